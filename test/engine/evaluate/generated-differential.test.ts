/**
 * Generated JavaScript (compile/generate-*.ts, the Node path) must give what the closures give: a
 * generated cohort over many scopes is evaluated by both, traces off and on, and every decision is
 * compared whole — outcome, value, display, deciding rule and file, missing facts, conflicts, the
 * trace — and the receipt. Half the students lose facts first (fields deleted at random, records
 * replaced by text), so undetermined decisions and their missing-fact lists are compared too.
 */
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { compileVersion, evaluate, openVersion, scopeOf, type CompiledRegulation, receiptData } from "../../../engine/index.js";
import { random } from "../../../engine/diff/index.js";
import { nodeFileSystem } from "../../../engine/node/index.js";
import { generateCohort } from "../../bench/cohort.js";

const openOer = () => openVersion(nodeFileSystem, relative(process.cwd(), join(import.meta.dirname, "..", "..", "..", "regulations", "kuleuven-oer", "2020-2021")))!;

/** A copy of the student with some facts gone: a field deleted, set to null, or a record made text. */
function damaged(student: Record<string, unknown>, r: () => number): Record<string, unknown> {
  const copy = structuredClone(student);
  const visit = (node: unknown, depth: number): void => {
    if (node === null || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      // The scope's own fields stay, so the student keeps its faculty and campus.
      if (depth === 1 && (key === "faculty" || key === "campus" || key === "academic_year")) continue;
      const x = r();
      if (x < 0.04) delete record[key];
      else if (x < 0.06) record[key] = null;
      else if (x < 0.065 && typeof record[key] === "object") record[key] = "not a record";
      else visit(record[key], depth + 1);
    }
  };
  visit(copy, 0);
  return copy;
}

describe("generated code", () => {
  it("gives the closures' results on a generated cohort, whole and with facts missing, traces off and on", { timeout: 300_000 }, () => {
    const version = openOer();
    const r = random(11);
    const generated = new Map<string, CompiledRegulation>();
    const closures = new Map<string, CompiledRegulation>();
    let decisions = 0;
    let undetermined = 0;
    for (const [i, whole] of generateCohort(160, 23).entries()) {
      const student = i % 2 === 1 ? damaged(whole, r) : whole;
      const scope = scopeOf(student);
      const key = JSON.stringify(scope);
      if (!generated.has(key)) {
        generated.set(key, compileVersion(version, scope, undefined, { generated: true }));
        closures.set(key, compileVersion(version, scope, undefined, { generated: false }));
      }
      for (const trace of [false, true]) {
        const expected = evaluate(closures.get(key)!, student, { trace });
        const actual = evaluate(generated.get(key)!, student, { trace });
        expect(actual.decisions.length, `student ${i}`).toBe(expected.decisions.length);
        actual.decisions.forEach((d, k) => expect(d, `student ${i} ${trace ? "traced" : "untraced"}, ${d.id}`).toEqual(expected.decisions[k]));
        expect(receiptData(actual.receipt)).toEqual(receiptData(expected.receipt));
        decisions += actual.decisions.length;
        undetermined += actual.decisions.filter((d) => d.outcome === "undetermined").length;
      }
    }
    // Many scopes, many decisions, and missing facts among them: a comparison of nothing would pass too.
    expect(generated.size).toBeGreaterThan(50);
    expect(decisions).toBeGreaterThan(160 * 2 * 100);
    expect(undetermined).toBeGreaterThan(500);
    // The generated path did run: its rule sets are functions with source.
    const some = [...generated.values()][0]!;
    expect(some.decisions.every((d) => d.base.generated !== null && d.base.generated.source.includes("return function"))).toBe(true);
    expect([...closures.values()][0]!.decisions.every((d) => d.base.generated === null)).toBe(true);
  });
});
