/**
 * The benchmarks' narrowed scopes: part of a regulation with every decision it reads, so the part
 * decides as the whole does; and asking about some files leaves the whole compilation's answers alone.
 */
import { describe, expect, it } from "vitest";
import { compileVersion, evaluate, openVersion } from "../../engine/index.js";
import { decisionsRead } from "../../engine/evaluate/index.js";
import { nodeFileSystem, nodeSha256 } from "../../engine/node/index.js";
import { generateCohort } from "./cohort.js";
import { narrowedTo } from "./narrowed.js";

const version = openVersion(nodeFileSystem, "regulations/kuleuven-oer/2020-2021")!;

describe("narrowedTo", () => {
  it("keeps the decisions the kept ones read (art. 22 §2 reads art. 24), and no others", () => {
    const all = compileVersion(version, {}, nodeSha256, { generated: false, shared: false });
    const narrowed = narrowedTo(all, (d) => d.id === "art22.minimum_credits");
    const ids = narrowed.decisions.map((d) => d.id);
    expect(ids).toContain("art22.minimum_credits");
    expect(ids).toContain("art24.credit_limit_deviation");
    expect(ids).not.toContain("art33.low_efficiency_refusal");
    expect(ids.length).toBeLessThan(all.decisions.length / 4);
  });

  it("leaves the whole compilation's decisions read as they were", () => {
    const all = compileVersion(version, {}, nodeSha256, { generated: false, shared: false });
    narrowedTo(all, (d) => d.id === "art22.minimum_credits");
    const fresh = compileVersion(version, {}, nodeSha256, { generated: false, shared: false });
    expect([...decisionsRead(all)].sort()).toEqual([...decisionsRead(fresh)].sort());
  });

  it("a narrowed scope decides its decisions as the whole scope does", () => {
    const all = compileVersion(version, {}, nodeSha256, { generated: true, shared: false });
    const keep = new Set(["art22.minimum_credits", "art22.maximum_credits", "art34.binding_conditions"]);
    const narrowed = narrowedTo(all, (d) => keep.has(d.id));
    for (const c of generateCohort(100)) {
      const pick = (r: ReturnType<typeof evaluate>) => r.decisions.filter((d) => keep.has(d.id)).map((d) => [d.id, d.outcome, d.rule, d.missing]);
      expect(pick(evaluate(narrowed, c, { hasher: nodeSha256 }))).toEqual(pick(evaluate(all, c, { hasher: nodeSha256 })));
    }
  });
});
