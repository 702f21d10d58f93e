/** `regelwerk diff`: exit codes as diff(1) — 0 no differences, 1 differences, 2 trouble — in every output form. */
import { describe, expect, it } from "vitest";
import { runCli as run } from "../../support/run-cli.js";

const OLD = "regulations/kuleuven-oer/2020-2021";

describe("regelwerk diff", () => {
  it("exits 0 and says so when there is no difference", () => {
    const r = run("diff", OLD, OLD, "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.out).toContain("no differences");
    const json = run("diff", OLD, OLD, "--json");
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out).articles).toEqual([]);
  });

  it("exits 2 for a folder that is not a version, a missing folder, or a wrong option", () => {
    expect(run("diff", OLD, "regulations").code).toBe(2);
    const missing = run("diff", OLD, "no/such/dir");
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("no/such/dir: no such directory");
    expect(run("diff", OLD).code).toBe(2);
    expect(run("diff", OLD, OLD, "--lang", "fr").code).toBe(2);
    expect(run("diff", OLD, OLD, "--json", "--html").code).toBe(2);
  });
});
