/**
 * Every bundled regulation file is formatted, as `regelwerk fmt --check regulations` holds it in CI:
 * a failure names each file that is not (fix: `npx regelwerk fmt --write regulations`) and each file
 * the formatter had to skip (its YAML or rules do not parse).
 */
import { expect, it } from "vitest";
import { formatPaths } from "../../engine/cli/fmt.js";

it("every bundled regulation file is formatted (npx regelwerk fmt --write regulations)", () => {
  const outcomes = formatPaths(["regulations"], undefined, false);
  expect(outcomes.length).toBeGreaterThan(100);
  const notFormatted = outcomes.filter((o) => o.status === "changed").map((o) => o.path);
  const skipped = outcomes.filter((o) => o.status === "skipped").map((o) => `${o.path}: ${o.reason}`);
  expect(notFormatted, "not formatted").toEqual([]);
  expect(skipped, "skipped by the formatter").toEqual([]);
}, 120_000);
