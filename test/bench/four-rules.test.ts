/**
 * The engine comparison is only fair if every engine gives the same answers: the benchmark prints
 * its agreement lines, and this test fails when an engine stops agreeing with the hand-written code
 * (as when art. 22 §2 came to read art. 24's decision and the narrowed rule set lacked it).
 */
import { describe, expect, it } from "vitest";
import { openVersion } from "../../engine/index.js";
import { nodeFileSystem, nodeSha256 } from "../../engine/node/index.js";
import { generateCohort } from "./cohort.js";
import { regelwerkFour, type FourResult } from "./four-rules.js";
import { handWritten } from "./four-rules-hand.js";
import { jsonRulesEngine } from "./four-rules-json-rules-engine.js";
import { zenEngine } from "./four-rules-zen.js";

const version = openVersion(nodeFileSystem, "regulations/kuleuven-oer/2020-2021")!;
const cohort = generateCohort(300);
const closures = regelwerkFour(version, nodeSha256);
const generated = regelwerkFour(version, nodeSha256, true);
const hand = handWritten(closures.ruleIds);
const zen = zenEngine(closures.ruleIds);
const key = (r: readonly FourResult[]) => r.map((d) => `${d.id}=${d.outcome}@${d.rule}`).join(" ");

describe("the four rules of the engine comparison", () => {
  it("the cohort reaches every outcome of the hand-written rules that the benchmark reports", () => {
    const seen = new Set(cohort.flatMap((c) => hand(c).map((d) => `${d.id} ${d.outcome}`)));
    for (const expected of ["art22.minimum_credits refused", "art22.minimum_credits allowed", "art33.low_efficiency_refusal refused", "art34.binding_conditions required"]) expect(seen).toContain(expected);
  });

  it.each([
    ["Regelwerk, closures", (c: Record<string, unknown>) => closures.run(c, false)],
    ["Regelwerk, generated", (c: Record<string, unknown>) => generated.run(c, false)],
    ["Regelwerk, generated, traces on", (c: Record<string, unknown>) => generated.run(c, true)],
    ["json-rules-engine", jsonRulesEngine(closures.ruleIds)],
    ["zen-engine", (c: Record<string, unknown>) => zen(c, false)],
  ] as const)("%s agrees with the hand-written code on every student", async (_name, run) => {
    const differing: string[] = [];
    for (const c of cohort) {
      const got = key(await run(c));
      const want = key(hand(c));
      if (got !== want) differing.push(`${got}\n  expected ${want}`);
    }
    expect(differing.slice(0, 3)).toEqual([]);
  });
});
