/**
 * Speed work on evaluation must not change a single result. A generated cohort (every fact the
 * rules read, spread over faculties, campuses and programme kinds) is evaluated against the whole
 * OER, traces off and on, and each student's results — every decision's id, outcome, value, deciding
 * file and rule, missing facts, conflicts, and the receipt — are compared with the digests recorded
 * before the change (golden/cohort-digests.txt; `npm run test:update` records them anew). A digest
 * per student keeps the golden file small; a mismatch names the student and the first decisions.
 * Then another cohort is evaluated twice, by the fast path (code shared across scopes, aggregates
 * hoisted) and by the straightforward one (each scope compiled alone, nothing hoisted), and the
 * whole results are compared, traces included.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { canonicalJson, compileVersion, evaluate, Evaluator, openVersion, scopeOf, type CompiledRegulation, type EvaluationResult, receiptData } from "../../../engine/index.js";
import { nodeFileSystem } from "../../../engine/node/index.js";
import { generateCohort } from "../../bench/cohort.js";

const GOLDEN = join(import.meta.dirname, "golden", "cohort-digests.txt");
const update = process.env.UPDATE_GOLDEN === "1";
const SIZE = 150;

/** What must stay identical, without the trace's internals (its outcome per rule is kept). */
function essentials(result: EvaluationResult) {
  return {
    receipt: receiptData(result.receipt),
    decisions: result.decisions.map((d) => ({
      id: d.id,
      outcome: d.outcome,
      value: d.value,
      display: d.display,
      unit: d.unit,
      file: d.source?.file ?? null,
      line: d.source?.line ?? null,
      layer: d.layer,
      rule: d.rule,
      missing: d.missing,
      conflict: d.conflict,
      considered: d.trace?.considered.map((c) => `${c.source.line}:${String(c.applied)}`) ?? null,
    })),
  };
}

// Opened by a path relative to the repository, so the deciding files' names (in the digests) are
// the same in every checkout.
const openOer = () => openVersion(nodeFileSystem, relative(process.cwd(), join(import.meta.dirname, "..", "..", "..", "regulations", "kuleuven-oer", "2020-2021")))!;

describe("evaluation of a generated cohort", () => {
  it("gives the same results on the fast path as on the straightforward one, traces off and on", { timeout: 300_000 }, () => {
    const version = openOer();
    const fast = new Evaluator(version);
    const plain = new Map<string, CompiledRegulation>();
    let decisions = 0;
    for (const [i, student] of generateCohort(120, 7).entries()) {
      const scope = scopeOf(student);
      const key = JSON.stringify(scope);
      if (!plain.has(key)) plain.set(key, compileVersion(version, scope, undefined, { shared: false }));
      for (const trace of [false, true]) {
        const expected = evaluate(plain.get(key)!, student, { trace });
        const actual = fast.evaluate(student, { trace });
        expect(actual.decisions.length, `student ${i}`).toBe(expected.decisions.length);
        actual.decisions.forEach((d, k) => expect(d, `student ${i} ${trace ? "traced" : "untraced"}, ${d.id}`).toEqual(expected.decisions[k]));
        expect(receiptData(actual.receipt)).toEqual(receiptData(expected.receipt));
        decisions += actual.decisions.length;
      }
    }
    // The cohort reaches many scopes and most decisions; a comparison of nothing would pass too.
    expect(plain.size).toBeGreaterThan(50);
    expect(decisions).toBeGreaterThan(120 * 2 * 100);
  });

  it("gives the results recorded before the speed work", { timeout: 300_000 }, () => {
    const version = openOer();
    const evaluator = new Evaluator(version);
    const lines: string[] = [];
    const summaries: string[] = [];
    for (const [i, student] of generateCohort(SIZE).entries()) {
      for (const trace of [false, true]) {
        const e = essentials(evaluator.evaluate(student, { trace }));
        lines.push(`${i} ${trace ? "trace" : "plain"} ${createHash("sha256").update(canonicalJson(e)).digest("hex")}`);
        if (!trace) summaries.push(e.decisions.slice(0, 3).map((d) => `${d.id}=${d.outcome}`).join(" "));
      }
    }
    const text = lines.join("\n") + "\n";
    if (update || !existsSync(GOLDEN)) writeFileSync(GOLDEN, text);
    const expected = readFileSync(GOLDEN, "utf8").split("\n");
    lines.forEach((line, k) => expect(line, `student ${line.split(" ")[0]} (${summaries[Number(line.split(" ")[0])]})`).toBe(expected[k]));
  });
});
