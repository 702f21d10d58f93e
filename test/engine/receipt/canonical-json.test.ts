/**
 * The receipt's canonical JSON was made faster by hand; its text must stay what it was, byte for
 * byte, or every input hash would change. The implementation before the change is kept here and
 * compared on generated values (any JSON, odd strings, undefined fields, non-JSON values) and on a
 * generated cohort of student contexts.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "../../../engine/receipt/index.js";
import { generateCohort } from "../../bench/cohort.js";

/** canonicalJson as it was before the fast paths. */
function previousCanonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) {
    let out = "[";
    for (let i = 0; i < value.length; i++) out += (i > 0 ? "," : "") + previousCanonicalJson(value[i]);
    return out + "]";
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = "{";
  let first = true;
  for (const key of keys) {
    const v = record[key];
    if (v === undefined) continue;
    out += (first ? "" : ",") + JSON.stringify(key) + ":" + previousCanonicalJson(v);
    first = false;
  }
  return out + "}";
}

const oddStrings = fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.constantFrom('"', "\\", "\n", "\u2028", "\ud800", "\udc00x", "é", "\u0000", "💡"));
const values = fc.anything({ key: oddStrings, values: [oddStrings, fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.constant(-0)], withBoxedValues: true, withDate: true, withMap: true, withNullPrototype: true, withSparseArray: true });

describe("canonicalJson", () => {
  it("writes the same text as before on any value", () => {
    fc.assert(fc.property(values, (v) => {
        expect(canonicalJson(v)).toBe(previousCanonicalJson(v));
      }), { numRuns: 2000 });
  });

  it("writes the same text as before on generated students, and sorts keys", () => {
    for (const student of generateCohort(300)) expect(canonicalJson(student)).toBe(previousCanonicalJson(student));
    expect(canonicalJson({ b: 1, a: [true, "x\ny", { d: undefined, c: NaN }] })).toBe('{"a":[true,"x\\ny",{"c":null}],"b":1}');
  });
});
