/**
 * A small fuzz run in every `npm test` (a fixed seed, so a failure is reproducible with
 * `npm run fuzz -- --runs 15 --seed 7`): no crash, every diagnostic positioned, formatting idempotent.
 */
import { expect, it } from "vitest";
import { fuzz } from "./fuzz.js";

it("rules, regulation files and contexts survive a small fuzz run", () => {
  const report = fuzz(15, 7);
  expect(report.findings.filter((f) => f.kind !== "slow")).toEqual([]);
}, 120_000);
