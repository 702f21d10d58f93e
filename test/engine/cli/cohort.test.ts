/**
 * `regelwerk cohort` never buffers its whole output: when the output says it is full
 * (io.outputFull, given by bin/regelwerk.js for a pipe to a slower reader such as `regelwerk batch -`),
 * it waits for room before the next student, and writes the same students as without waiting.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { main } from "../../../engine/cli/main.js";

describe("regelwerk cohort", () => {
  it("waits whenever the output is full, and writes every student once, in order", async () => {
    const argv = ["cohort", "--size", "30", "--seed", "4"];
    let direct = "";
    expect(main(argv, { out: (t) => void (direct += t), err: () => undefined })).toBe(0);

    let out = "";
    let written = 0;
    let waits = 0;
    let waiting = false;
    const code = main(argv, {
      out: (t) => {
        expect(waiting, "written while the output was full").toBe(false);
        out += t;
        written++;
      },
      err: () => undefined,
      outputFull: () => {
        if (written % 7 !== 0) return null;
        waits++;
        waiting = true;
        return sleep(1).then(() => void (waiting = false));
      },
    });
    expect(code).toBeInstanceOf(Promise);
    expect(await code).toBe(0);
    expect(waits).toBe(4);
    expect(out).toBe(direct);
    expect(out.trim().split("\n")).toHaveLength(30);
  });
});
