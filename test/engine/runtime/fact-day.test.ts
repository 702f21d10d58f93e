import { describe, expect, it } from "vitest";
import { dayFromIso } from "../../../dsl/index.js";
import { factDay } from "../../../engine/runtime/index.js";

describe("factDay: a date fact's text as a day number, parsed once per text", () => {
  it("gives what dayFromIso gives, the first time and from the cache", () => {
    for (const iso of ["2020-09-14", "2021-02-28", "1970-01-01", "2024-02-29"]) {
      expect(factDay(iso)).toBe(dayFromIso(iso));
      expect(factDay(iso)).toBe(dayFromIso(iso));
    }
    expect(factDay("2020-09-14")).toBe(18519);
  });

  it("gives null for text that is no calendar date, every time", () => {
    for (const text of ["2021-02-29", "14/09/2020", "", "2020-9-14"]) {
      expect(factDay(text)).toBeNull();
      expect(factDay(text)).toBeNull();
    }
  });

  it("stays right after its cache is emptied (more than 4096 distinct texts)", () => {
    for (let day = 0; day < 5000; day++) {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      expect(factDay(iso)).toBe(day);
    }
    expect(factDay("1970-01-02")).toBe(1);
  });
});
