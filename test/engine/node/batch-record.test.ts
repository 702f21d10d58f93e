/**
 * The NDJSON record of `regelwerk batch` is now written as bytes, with the entries of plain decisions
 * kept from earlier students: its bytes must stay what the encoded JSON.stringify of the record gave
 * before (test/bench/before-hash-record.ts keeps that implementation), for generated students
 * (complete and not: values, missing facts), with --only and --explain, for decisions whose id,
 * outcome or file change from one student to the next, and beyond the cache's limit.
 */
import { describe, expect, it } from "vitest";
import { Evaluator, openVersion, type EvaluationResult } from "../../../engine/index.js";
import { nodeFileSystem, nodeSha256 } from "../../../engine/node/index.js";
import { writeNdjsonRecord, type RecordOptions } from "../../../engine/node/batch-record.js";
import { ByteSink } from "../../../engine/node/byte-sink.js";
import { PLAIN_DECISION_LIMIT, plainDecisionCount } from "../../../engine/node/plain-decision-bytes.js";
import { generateCohort } from "../../../engine/diff/index.js";
import { ndjsonRecordBefore } from "../../bench/before-hash-record.js";

const version = openVersion(nodeFileSystem, "regulations/kuleuven-oer/2020-2021")!;
const evaluator = new Evaluator(version, nodeSha256, { generated: true });
const plain: RecordOptions = { format: "ndjson", only: null, explain: null, columns: [] };
const sink = new ByteSink();

function bytesNow(line: number, context: Record<string, unknown>, result: EvaluationResult, options: RecordOptions): Buffer {
  writeNdjsonRecord(sink, line, context, result, version, options);
  return Buffer.from(sink.take());
}

function expectSameRecord(line: number, context: Record<string, unknown>, result: EvaluationResult, options: RecordOptions = plain): void {
  const before = Buffer.from(ndjsonRecordBefore(line, context, result, version, options));
  const now = bytesNow(line, context, result, options);
  expect(now.toString()).toBe(before.toString());
  expect(now.equals(before)).toBe(true);
}

/** A result with these decisions (only the fields the record reads are filled in). */
function resultOf(decisions: readonly Record<string, unknown>[]): EvaluationResult {
  return { regulation: { id: "r", title: "t", version: "v", status: "s" }, receipt: { regulation: "r", version: "v", scope: { faculty: "Ö" }, rules_hash: "h", engine_version: "e", input_hash: "i" }, decisions } as unknown as EvaluationResult;
}

const decision = (id: string, outcome: string, file: string | null, more: Record<string, unknown> = {}) => ({ id, outcome, value: null, source: file === null ? null : { file }, missing: [], ...more });

describe("the NDJSON record of batch", () => {
  it("writes the bytes it wrote before, for generated students, complete and not", () => {
    const students = [...generateCohort({ size: 40, seed: 5, complete: true }), ...generateCohort({ size: 40, seed: 6 })];
    let withMissing = 0;
    for (const [i, student] of students.entries()) {
      const context = JSON.parse(JSON.stringify(student)) as Record<string, unknown>;
      const result = evaluator.evaluate(context, {});
      if (result.decisions.some((d) => d.missing.length > 0)) withMissing++;
      expectSameRecord(i + 1, context, result);
      expectSameRecord(i + 1, context, result); // again, every plain entry now from the cache
      if (i % 10 === 0) expectSameRecord(i + 1, context, result, { ...plain, only: ["required", "refused", "undetermined"] });
      if (i % 40 === 0) expectSameRecord(i + 1, context, result, { ...plain, explain: i === 0 ? "nl" : "en" });
    }
    expect(withMissing).toBeGreaterThan(0);
  });

  it("tells kept entries apart by outcome and file, and writes odd ids, values and no file as JSON does", () => {
    const runs = [
      [decision("a.x", "required", "f1.yaml"), decision("a.y[\"é\\n💡\"]", "allowed", "dir/ü.yaml"), decision("a.z", "determined", null)],
      [decision("a.x", "refused", "f1.yaml"), decision("a.y[\"é\\n💡\"]", "allowed", "dir/other.yaml"), decision("a.z", "determined", "f3.yaml")],
      [decision("a.x", "required", "f1.yaml", { value: 3 }), decision("a.z", "determined", null, { missing: ["student.id", "x\"y"] }), decision("a.w", "determined", "f", { value: { b: [1, "\u2028"], a: null } })],
      [decision("a.z", "determined", null, { value: undefined }), decision("a.x", "refused", "f1.yaml"), decision("a.x", "required", "f1.yaml")],
    ];
    for (let round = 0; round < 2; round++) {
      for (const [i, decisions] of runs.entries()) expectSameRecord(i, { student: { id: i % 2 ? 7 : "s\"1" } }, resultOf(decisions));
      expectSameRecord(9, {}, resultOf([]));
    }
  });

  it("keeps at most its limit of entries, and writes the ones it cannot keep all the same", () => {
    const many = Array.from({ length: PLAIN_DECISION_LIMIT + 2_000 }, (_, i) => decision(`art.d[${i}]`, i % 3 ? "required" : "allowed", `f${i % 7}.yaml`));
    for (let start = 0; start < many.length; start += 4_000) expectSameRecord(start, {}, resultOf(many.slice(start, start + 4_000)));
    expect(plainDecisionCount()).toBeLessThanOrEqual(PLAIN_DECISION_LIMIT);
    expectSameRecord(1, {}, resultOf(many.slice(-50)));
  });
});
