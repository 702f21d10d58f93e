/**
 * Golden fixtures: `valid/*.rw` must check without errors and format (keeping the author's line
 * breaks, as `regelwerk fmt` does) to `*.formatted.rw`;
 * `invalid/*.rw` must give the diagnostics in `*.errors.txt` (with a caret under each). Every code
 * of the catalogue has a bad fixture. `npm run test:update` rewrites the expected files.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyse } from "../../dsl/language-service.js";
import { DIAGNOSTIC_CODES } from "../../dsl/diagnostics.js";
import { format } from "../../dsl/format.js";
import { parse } from "../../dsl/parse.js";
import { fixtureEnv } from "../support/fixture-env.js";
import { renderBaseline } from "../support/render.js";

const root = join(import.meta.dirname, "golden");
const update = process.env.UPDATE_GOLDEN === "1";

function compare(path: string, actual: string): void {
  if (update || !existsSync(path)) {
    if (!update) throw new Error(`${path} is missing: run npm run test:update and review it`);
    writeFileSync(path, actual);
    return;
  }
  expect(actual).toBe(readFileSync(path, "utf8"));
}

const fixtures = (dir: string) => readdirSync(join(root, dir)).filter((f) => f.endsWith(".rw") && !f.endsWith(".formatted.rw"));

describe("valid fixtures", () => {
  for (const name of fixtures("valid")) {
    it(name, () => {
      const text = readFileSync(join(root, "valid", name), "utf8");
      const { diagnostics, ast } = analyse(text, fixtureEnv(text, name));
      expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      const formatted = format(ast, undefined, text);
      compare(join(root, "valid", name.replace(/\.rw$/, ".formatted.rw")), formatted);
      // Round trip: formatting the formatted text changes nothing.
      expect(format(parse(formatted).ast, undefined, formatted)).toBe(formatted);
    });
  }
});

describe("invalid fixtures", () => {
  for (const name of fixtures("invalid")) {
    it(name, () => {
      const text = readFileSync(join(root, "invalid", name), "utf8");
      const { diagnostics } = analyse(text, fixtureEnv(text, name));
      expect(diagnostics.length).toBeGreaterThan(0);
      compare(join(root, "invalid", name.replace(/\.rw$/, ".errors.txt")), renderBaseline(text, diagnostics));
    });
  }

  it("every diagnostic code of the language has a bad fixture that produces it", () => {
    const produced = new Set<string>();
    for (const name of fixtures("invalid")) {
      const text = readFileSync(join(root, "invalid", name), "utf8");
      for (const d of analyse(text, fixtureEnv(text, name)).diagnostics) produced.add(d.code);
    }
    // RW05x codes belong to the loader (YAML, schemas, files), RW06x to provision citations: test/engine covers them.
    const languageCodes = Object.keys(DIAGNOSTIC_CODES).filter((c) => !c.startsWith("RW05") && !c.startsWith("RW06"));
    expect(languageCodes.filter((c) => !produced.has(c))).toEqual([]);
  });
});
