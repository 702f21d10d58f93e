/**
 * Rounding per OER Title 0 "Afrondingen": below .5 down, from and including .5 up — to the unit, or
 * to a number of decimals where a provision says so (18,33 %).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { builtinNamed } from "../../dsl/builtins.js";
import { roundHalfUp } from "../../dsl/rounding.js";

describe("roundHalfUp", () => {
  it("rounds .5 up and anything below .5 down", () => {
    expect(roundHalfUp(29.5)).toBe(30);
    expect(roundHalfUp(29.4999)).toBe(29);
    expect(roundHalfUp(0.5)).toBe(1);
    expect(roundHalfUp(2.5)).toBe(3); // not banker's rounding
    expect(roundHalfUp(29)).toBe(29);
  });

  it("rounds to a number of decimals", () => {
    expect(roundHalfUp(0.125, 2)).toBe(0.13);
    expect(roundHalfUp(18.333333333333332, 2)).toBe(18.33);
    expect(roundHalfUp((11 / 60) * 100, 2)).toBe(18.33);
    expect(roundHalfUp(14.45, 1)).toBe(14.5);
    expect(roundHalfUp(99.995, 2)).toBe(100);
  });

  it("is not fooled by decimals that binary floating point stores just below .5", () => {
    // 1.005 is stored as 1.00499999999999989…, 2.675 as 2.67499999999999982…
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(2.675, 2)).toBe(2.68);
    expect(roundHalfUp(8.345, 2)).toBe(8.35);
    expect(roundHalfUp(0.1 + 0.2, 1)).toBe(0.3);
  });

  it("rounds negative numbers symmetrically (half away from zero)", () => {
    expect(roundHalfUp(-29.5)).toBe(-30);
    expect(roundHalfUp(-29.4)).toBe(-29);
    expect(roundHalfUp(-0.125, 2)).toBe(-0.13);
    expect(roundHalfUp(-18.333, 2)).toBe(-18.33);
    expect(roundHalfUp(-0.4) === 0).toBe(true);
  });

  it("leaves non-finite values alone", () => {
    expect(roundHalfUp(Number.NaN)).toBeNaN();
    expect(roundHalfUp(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
  });

  it("rounds every decimal text with one extra digit as on paper", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 2 }), fc.nat(), fc.integer({ min: 0, max: 9 }), (whole, decimals, fraction, last) => {
        const scale = 10 ** decimals;
        const frac = fraction % scale;
        const digits = decimals === 0 ? "" : String(frac).padStart(decimals, "0");
        const value = Number(`${whole}.${digits}${last}`);
        const expected = (whole * scale + frac + (last >= 5 ? 1 : 0)) / scale;
        expect(roundHalfUp(value, decimals)).toBe(expected);
        expect(roundHalfUp(-value, decimals) + 0).toBe(-expected + 0); // + 0: -0 and 0 alike
      }),
      { numRuns: 500 },
    );
  });

  it("leaves whole numbers unchanged, however large", () => {
    expect(roundHalfUp(123_456_789_012_345)).toBe(123_456_789_012_345);
    expect(roundHalfUp(1_234_567_890_123.4)).toBe(1_234_567_890_123);
  });
});

describe("the round built-in", () => {
  it("uses the same rounding in English and Dutch (afronden), to the unit by default", () => {
    const en = builtinNamed("round")!;
    expect(builtinNamed("afronden")).toBe(en);
    expect(en.run([29.5])).toBe(30);
    expect(en.run([29.4999])).toBe(29);
    expect(en.run([0.125, 2])).toBe(0.13);
  });
});
