/**
 * Evaluation always terminates: definitions may not depend on each other in a cycle, within a file
 * (the checker) or across articles (the version check), and a cycle that slips through anyway is
 * undecidable at run time instead of endless.
 */
import { describe, expect, it } from "vitest";
import { compileVersion } from "../../../engine/index.js";
import { evaluate } from "../../../engine/index.js";
import { errorsOf, loadSet } from "../../support/regulation-set.js";

const cyclic = {
  "art-10/general.yaml": {
    id: "art10",
    article: 10,
    rules: 'definition a = art11.b + 1 sp\ndecision d:\n  allowed if a > 0 sp\n  otherwise refused',
  },
  "art-11/general.yaml": {
    id: "art11",
    article: 11,
    rules: "definition b = art10.a + 1 sp",
  },
};

describe("termination", () => {
  it("refuses definitions of two articles that depend on each other, naming the cycle", () => {
    const version = loadSet(cyclic);
    const cycles = errorsOf(version).filter((d) => d.code === "RW041-cyclic-definition");
    expect(cycles.length).toBeGreaterThan(0);
    expect(cycles[0]!.message).toMatch(/art10\.a → art11\.b → art10\.a|art11\.b → art10\.a → art11\.b/);
    expect(cycles[0]!.source).toMatch(/art-1[01]\/general\.yaml$/);
  });

  it("evaluates such a cycle to an undecidable outcome instead of looping", () => {
    const version = loadSet(cyclic);
    const result = evaluate(compileVersion(version, {}), {});
    const decision = result.decisions.find((d) => d.id === "art10.d");
    expect(decision?.outcome).toBe("undetermined");
    expect(decision?.missing.join()).toContain("is defined in terms of itself");
  });
});
