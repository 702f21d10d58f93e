/**
 * The receipt's canonical JSON was made faster by hand; its text must stay what it was, byte for
 * byte, or every input hash would change. The implementation before the change is kept here and
 * compared on generated values (any JSON, odd strings, undefined fields, non-JSON values), on
 * objects with odd keys built in any key order (the shape cache, key-shapes.ts, remembers each order
 * apart), and on a generated cohort of student contexts.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "../../../engine/receipt/index.js";
import { generateCohort } from "../../bench/cohort.js";

/**
 * canonicalJson as it was before the fast paths: the plain definition, keys sorted as strings and
 * every key and leaf written by JSON.stringify. (Not JSON.stringify of a re-sorted object: it would
 * write integer-like keys first, "1","2","10", where the canonical order is "1","10","2".)
 */
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

/** Keys that sort or quote unlike plain names, or that a joined shape key would confuse ("a,b"). */
const oddKeys = fc.oneof(
  fc.constantFrom("__proto__", "constructor", "toString", "1", "10", "2", "01", "-1", "1.5", "4294967294", "4294967295", "", "a", "b", "a,b", ",", "a\u0000b", "é", "e\u0301", "💡", "\ud800", "\udc00", '"', "\\", "\n", "\u2028", "A", "_"),
  fc.string({ maxLength: 3 }),
  fc.nat(40).map(String),
);

/** An object with these own fields in this order (defineProperty: "__proto__" becomes an own field). */
function objectOf(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const [key, value] of entries) Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
  return o;
}

const entriesOf = <T>(value: fc.Arbitrary<T>) => fc.uniqueArray(fc.tuple(oddKeys, value), { selector: ([key]) => key, maxLength: 8 });
const leaves = fc.oneof(fc.constant(undefined), fc.constant(null), fc.boolean(), fc.integer(), fc.double(), oddStrings);
const { tree } = fc.letrec<{ tree: unknown }>((tie) => ({
  tree: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaves, fc.array(tie("tree"), { maxLength: 4 }), entriesOf(tie("tree")).map(objectOf)),
}));

describe("canonicalJson with remembered key orders", () => {
  it("writes the plain definition's text for objects with odd keys and undefined fields", () => {
    fc.assert(fc.property(tree, (v) => {
        expect(canonicalJson(v)).toBe(previousCanonicalJson(v));
      }), { numRuns: 3000 });
  });

  it("writes the same text for the same fields inserted in any order", () => {
    fc.assert(fc.property(entriesOf(tree), fc.nat(), (entries, turn) => {
        const rotated = entries.map((_, i) => entries[(i + turn) % entries.length]!);
        const text = canonicalJson(objectOf(entries));
        expect(text).toBe(previousCanonicalJson(objectOf(entries)));
        expect(canonicalJson(objectOf(rotated))).toBe(text);
        expect(canonicalJson(objectOf([...entries].reverse()))).toBe(text);
        expect(canonicalJson(objectOf(entries))).toBe(text); // again, from the cache
      }), { numRuns: 2000 });
  });

  it("sorts integer-like keys as strings, and tells apart key lists that join alike", () => {
    expect(canonicalJson({ 2: "b", a: 0, 10: "c", 1: "a" })).toBe('{"1":"a","10":"c","2":"b","a":0}');
    expect(canonicalJson({ "a,b": 1 })).toBe('{"a,b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe('{"a":1,"b":2}');
    expect(canonicalJson({ a: 1 })).toBe('{"a":1}');
    expect(canonicalJson(objectOf([["__proto__", { x: 1 }], ["b", undefined]]))).toBe('{"__proto__":{"x":1}}');
  });
});
