/**
 * The shape cache of canonicalJson is bounded: input with ever new keys (a hostile cohort) fills it
 * up to SHAPE_NODE_LIMIT and no further, and objects of shapes met after that are still written in
 * canonical order (sorted without the cache), as are those met before.
 */
import { describe, expect, it } from "vitest";
import { canonicalJson } from "../../../engine/receipt/index.js";
import { SHAPE_NODE_LIMIT, shapeNodeCount } from "../../../engine/receipt/key-shapes.js";

describe("the shape cache of canonicalJson", () => {
  it("stays within its limit on more shapes than it holds, and writes every one sorted", () => {
    expect(canonicalJson({ z: 1, "10": 2, "9": 3 })).toBe('{"10":2,"9":3,"z":1}');
    for (let i = 0; i < SHAPE_NODE_LIMIT + 5_000; i++) {
      expect(canonicalJson({ z: i, [`k${i}`]: true, "10": null })).toBe(`{"10":null,"k${i}":true,"z":${i}}`);
    }
    expect(shapeNodeCount()).toBeLessThanOrEqual(SHAPE_NODE_LIMIT);
    expect(shapeNodeCount()).toBeGreaterThan(SHAPE_NODE_LIMIT - 10);
    expect(canonicalJson({ y: 1, b: { d: 1, c: 2 }, "2": 0 })).toBe('{"2":0,"b":{"c":2,"d":1},"y":1}');
    expect(canonicalJson({ z: 1, "10": 2, "9": 3 })).toBe('{"10":2,"9":3,"z":1}');
  });
});
