/**
 * No literal year in a rule file of the OER or the learning credit: dates are calendar points of
 * the version's manifest, read by name (`calendar.academic_year_start`), so that a new academic
 * year (`regelwerk version new`) moves every date at once. A literal date, or an academic year
 * written out (`"2020-2021"`), would stay behind. One place may name the year: a parameter
 * `academic_year`, the version's own year when the context gives none, equal to the manifest's.
 * The teacher-training sets are left out: their
 * rule files carry the source's own dated tables of one year (VUB's internship periods of
 * 2021-2022, lerarenstage.be's timeline of 2017-2018), which are that version's data.
 */
import { describe, expect, it } from "vitest";
import { childrenOf, expressionsOf, type Expr } from "../../dsl/index.js";
import { openAll } from "../../engine/index.js";
import { nodeFileSystem } from "../../engine/node/index.js";

const versions = openAll(nodeFileSystem, "regulations").filter((v) => ["kuleuven-oer", "flanders-learning-credit"].includes(v.manifest.id));
const ACADEMIC_YEAR = /^\d{4}-\d{4}$/;

function literalYears(expr: Expr | null, into: string[]): void {
  if (expr === null) return;
  if (expr.kind === "DateLit") into.push(`${expr.span.line}:${expr.span.column} date`);
  if (expr.kind === "StringLit" && ACADEMIC_YEAR.test(expr.value)) into.push(`${expr.span.line}:${expr.span.column} "${expr.value}"`);
  for (const child of childrenOf(expr)) literalYears(child, into);
}

describe("no literal year in the rules", () => {
  it("covers the OER's versions and the learning credit's", () => {
    expect(versions.map((v) => v.manifest.id).sort()).toEqual(["flanders-learning-credit", "kuleuven-oer", "kuleuven-oer"]);
  });

  it.each(versions.map((v) => [`${v.manifest.id} ${v.manifest.academic_year}`, v] as const))("%s", (_name, version) => {
    const found: string[] = [];
    for (const file of version.files) {
      const here: string[] = [];
      for (const statement of file.ast.statements) {
        if (statement.kind === "Declaration" && statement.role === "parameter" && statement.name === "academic_year" && statement.value?.kind === "StringLit") {
          expect(statement.value.value, `${file.path}: parameter academic_year`).toBe(version.manifest.academic_year);
          continue;
        }
        for (const e of expressionsOf(statement)) literalYears(e, here);
      }
      found.push(...here.map((at) => `${file.path}:${at}`));
    }
    expect(found).toEqual([]);
  });
});
