import { describe, expect, it } from "vitest";
import { boundedMemo } from "../../../engine/runtime/bounded-memo.js";

describe("boundedMemo: a conversion kept per argument, up to a limit", () => {
  it("computes each argument once, an undefined result too", () => {
    const calls: string[] = [];
    const length = boundedMemo((s: string) => {
      calls.push(s);
      return s === "" ? undefined : s.length;
    });
    expect([length("ab"), length("ab"), length(""), length(""), length("abc")]).toEqual([2, 2, undefined, undefined, 3]);
    expect(calls).toEqual(["ab", "", "abc"]);
  });

  it("forgets everything kept when the limit is reached, and still gives the right result", () => {
    const calls: number[] = [];
    const double = boundedMemo((n: number) => {
      calls.push(n);
      return 2 * n;
    }, 3);
    expect([1, 2, 3].map(double)).toEqual([2, 4, 6]);
    expect(double(4)).toBe(8); // the fourth argument: the three kept are forgotten first
    expect(double(1)).toBe(2); // computed again
    expect(double(4)).toBe(8); // kept since the clearing
    expect(calls).toEqual([1, 2, 3, 4, 1]);
  });
});
