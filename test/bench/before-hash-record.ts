/**
 * The input hash's canonical JSON and the batch's NDJSON record as they were before the shape cache
 * and the hand-written record (main 5324985): the benchmark times them beside the current ones in
 * the same process, and the tests hold the current ones to their output byte for byte.
 */
import type { RegulationVersion } from "../../engine/check/index.js";
import type { EvaluationResult } from "../../engine/evaluate/index.js";
import { explainDecision } from "../../engine/explain/index.js";
import { studentId, type RecordOptions } from "../../engine/node/batch-record.js";

const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
const keyJson = new Map<string, string>();
const KEY_CACHE_LIMIT = 10_000;

function quoteKey(key: string): string {
  let text = keyJson.get(key);
  if (text === undefined) {
    text = JSON.stringify(key);
    if (keyJson.size < KEY_CACHE_LIMIT) keyJson.set(key, text);
  }
  return text;
}

export function canonicalJsonBefore(value: unknown): string {
  switch (typeof value) {
    case "string":
      return NEEDS_ESCAPE.test(value) ? JSON.stringify(value) : `"${value}"`;
    case "number":
      return Number.isFinite(value) ? String(value) : "null";
    case "boolean":
      return value ? "true" : "false";
    case "object":
      break;
    default:
      return JSON.stringify(value) ?? "null";
  }
  if (value === null) return "null";
  if (Array.isArray(value)) {
    let out = "[";
    for (let i = 0; i < value.length; i++) out += (i > 0 ? "," : "") + canonicalJsonBefore(value[i]);
    return out + "]";
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = "{";
  let first = true;
  for (const key of keys) {
    const v = record[key];
    if (v === undefined) continue;
    out += (first ? "" : ",") + quoteKey(key) + ":" + canonicalJsonBefore(v);
    first = false;
  }
  return out + "}";
}

export function ndjsonRecordBefore(line: number, context: Readonly<Record<string, unknown>>, result: EvaluationResult, version: RegulationVersion, options: RecordOptions): string {
  const decisions = [];
  for (const d of result.decisions) {
    if (options.only && !options.only.includes(d.outcome)) continue;
    decisions.push({
      id: d.id,
      outcome: d.outcome,
      value: d.value ?? null,
      file: d.source?.file ?? null,
      missing: d.missing,
      ...(options.explain ? { explanation: explainDecision(d, version, options.explain) } : {}),
    });
  }
  return JSON.stringify({ id: studentId(context), line, decisions, receipt: result.receipt });
}
