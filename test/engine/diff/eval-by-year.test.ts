/**
 * The calendar as data: a context's academic year selects the OER version `eval` uses; a year the set
 * has no version of is refused (exit 2) with the years it has; `--regulation` still chooses. And no
 * rule of the OER writes a year or a date: they name calendar points of the manifest.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadVersion, regulationPaths } from "../../../engine/load/index.js";
import { nodeFileSystem } from "../../../engine/node/index.js";
import { runCli as run } from "../../support/run-cli.js";

const STUDENT = readFileSync("examples/low-efficiency-bachelor.yaml", "utf8");

function withYear(year: string): string {
  return STUDENT.replace(/academic_year: 2020-2021/, `academic_year: ${year}`);
}

function tmpContext(name: string, text: string): string {
  const path = join(tmpdir(), `rw-eval-by-year-${process.pid}-${name}.yaml`);
  writeFileSync(path, text);
  return path;
}

describe("eval picks the version of the context's academic year", () => {
  it.each(["2020-2021", "2021-2022"])("%s", (year) => {
    const r = run("eval", tmpContext(year, withYear(year)), "--json", "--article", "81");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).receipt.version).toBe(year);
  });

  it("refuses a year the set has no version of, naming the years it has", () => {
    const r = run("eval", tmpContext("2019", withYear("2019-2020")));
    expect(r.code).toBe(2);
    expect(r.err).toBe("regelwerk: the context's academic year 2019-2020 (enrolment.academic_year) has no version of kuleuven-oer: it has 2020-2021, 2021-2022; pass --regulation <version folder> to choose one\n");
    expect(r.out).toBe("");
  });

  it("lets --regulation choose explicitly", () => {
    const r = run("eval", tmpContext("explicit", withYear("2019-2020")), "--regulation", "regulations/kuleuven-oer/2021-2022", "--json", "--article", "33");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).receipt.version).toBe("2021-2022");
  });
});

describe("rule files name calendar points, never a year or a date", () => {
  it.each(["2020-2021", "2021-2022"])("OER %s", (year) => {
    const dir = `regulations/kuleuven-oer/${year}`;
    const literals = loadVersion(nodeFileSystem, dir)!.files.flatMap((f) => {
      const { start, end } = f.ast.span;
      return [...f.text.slice(start, end).matchAll(/\b(19|20)\d\d\b/g)].map((m) => `${f.relPath}: ${m[0]}`);
    });
    expect(regulationPaths(nodeFileSystem, dir).length).toBeGreaterThan(100);
    expect(literals).toEqual([]);
  });
});
