/**
 * The checker environment golden fixtures and language-service tests run in: the real student
 * context schema, plus an article `art22` (with `minimum_credits` and `minimum` open to faculties,
 * `maximum` not) and a per-course decision `art35.third_enrolment`, as a loaded version would give.
 * A fixture's first line may set its role: `# role: supplement` or `# role: deviation approved`.
 */
import { checkFile } from "../../dsl/checker/check-file.js";
import type { CheckEnv, FileRole, SymbolInfo } from "../../dsl/checker/environment.js";
import { parse } from "../../dsl/parse.js";
import { contextTypeFor } from "../../engine/check/index.js";

const ARTICLE_22 = `
parameter minimum = 25 sp "ten minste 25 studiepunten"
parameter maximum = 72 sp "ten hoogste 72 studiepunten"
definition credits_taken "opgenomen studiepunten" = sum(c.credits for c in courses)
decision minimum_credits "Minimumgrens studiepunten" §2:
  allowed if credits_taken >= minimum
  otherwise refused
`;

const ARTICLE_35 = `
decision third_enrolment "Derde inschrijving" for each c in courses:
  refused if count(a in c.attempts where not a.passed) >= 2
  otherwise allowed
`;

const context = contextTypeFor({
  id: "fixture",
  title: "fixture",
  academic_year: "2020-2021",
  status: "draft",
  language: "nl",
  sources: [{ title: "fixture" }],
  calendar: { academic_year_start: { date: "2020-09-21", source: "fixture" } },
});

function declare(namespace: string, text: string, externals: Map<string, Map<string, SymbolInfo>>): void {
  const result = checkFile(parse(text).ast, {
    context,
    namespace,
    role: "general",
    hasApproval: false,
    externals,
    openPoints: new Map(),
    source: `${namespace}.yaml`,
  });
  externals.set(namespace, new Map(result.symbols));
}

const externals = new Map<string, Map<string, SymbolInfo>>();
declare("art22", ARTICLE_22, externals);
declare("art35", ARTICLE_35, externals);

export function fixtureEnv(text: string, source = "fixture.rw"): CheckEnv {
  const header = /^#\s*role:\s*(general|supplement|deviation)(\s+approved)?/.exec(text);
  const role = (header?.[1] ?? "general") as FileRole;
  return {
    context,
    namespace: role === "general" ? "local" : "art22",
    role,
    hasApproval: Boolean(header?.[2]),
    externals,
    openPoints: new Map([
      ["art22", new Set(["minimum_credits", "minimum"])],
      ["art35", new Set(["third_enrolment"])],
    ]),
    source,
  };
}
