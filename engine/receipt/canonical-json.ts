/**
 * Canonical JSON: sorted keys, no undefined fields, so equal inputs hash equally whatever their key
 * order. It runs once per student for the receipt's input hash, so the common cases are done by
 * hand: a string with nothing to escape is quoted directly, a number written as JSON writes it, and
 * an object's sorted keys and their JSON come from the shape cache (key-shapes.ts); anything else
 * goes through JSON.stringify, which defines the text.
 */
import { sortedKeysOf } from "./key-shapes.js";

const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

export function canonicalJson(value: unknown): string {
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
    for (let i = 0; i < value.length; i++) out += (i > 0 ? "," : "") + canonicalJson(value[i]);
    return out + "]";
  }
  const record = value as Record<string, unknown>;
  const { keys, fields } = sortedKeysOf(Object.keys(record));
  let out = "{";
  let first = true;
  for (let i = 0; i < keys.length; i++) {
    const v = record[keys[i]!];
    if (v === undefined) continue;
    out += (first ? "" : ",") + fields[i]! + canonicalJson(v);
    first = false;
  }
  return out + "}";
}
