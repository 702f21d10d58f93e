/**
 * Supplement or deviation, by meaning. Titel 0 lets a faculty supplement (aanvulling) add rules
 * "op voorwaarde dat die niet strijdig zijn met de bepalingen van dit reglement"; taking away what
 * the general text grants is a deviation (afwijking), which needs the Academic Council. A general
 * rule that allows something "in elk geval" (in any case; said so in its reason) is such a right.
 *
 * The check looks for a witness: every example of the version in which a right decides is
 * evaluated again in the scope of each supplement with an exception to that decision; where the
 * supplement then refuses (or requires something), it narrows the right — a warning at the
 * supplement's rule (RW064), naming the right and the example.
 */
import { diagnostic, type Diagnostic } from "../../dsl/index.js";
import type { RegulationFile, RegulationVersion } from "../check/index.js";
import { Evaluator } from "../evaluate/index.js";
import type { Hasher } from "../receipt/index.js";

const RIGHT = /\bin (elk|ieder) geval\b|\bin any case\b/i;

interface Right {
  readonly decision: string;
  readonly article: string;
  readonly file: RegulationFile;
  readonly line: number;
  readonly reason: string;
}

function rightsOf(version: RegulationVersion): Right[] {
  const out: Right[] = [];
  for (const file of version.files) {
    if (file.meta.kind !== "general") continue;
    for (const s of file.ast.statements) {
      if (s.kind !== "DecisionDecl") continue;
      for (const rule of s.rules) {
        const reason = [rule.reason?.nl, rule.reason?.en].filter(Boolean).join(" / ");
        if (rule.outcome === "allowed" && RIGHT.test(reason)) out.push({ decision: `${file.namespace}.${s.name}`, article: String(file.meta.article), file, line: rule.span.line, reason });
      }
    }
  }
  return out;
}

/** The supplements with an exception to a decision. */
function supplementsTo(version: RegulationVersion, decision: string): RegulationFile[] {
  return version.files.filter(
    (f) => f.meta.kind === "supplement" && f.ast.statements.some((s) => s.kind === "ExceptionDecl" && s.target && `${s.target.path.length === 1 ? `${f.namespace}.` : ""}${s.target.path.join(".")}` === decision),
  );
}

/** The example's context placed in the supplement's scope: its faculty, campus and first programme. */
function inScopeOf(given: Record<string, unknown>, file: RegulationFile): Record<string, unknown> {
  const scope = file.meta.scope ?? {};
  const enrolment = { ...((given.enrolment as Record<string, unknown> | undefined) ?? {}) };
  if (scope.faculty) enrolment.faculty = scope.faculty;
  if (scope.campus) enrolment.campus = scope.campus;
  else delete enrolment.campus;
  if (scope.programmes?.[0]) enrolment.programme = { ...((enrolment.programme as Record<string, unknown> | undefined) ?? {}), id: scope.programmes[0] };
  return { ...given, enrolment };
}

export function narrowedRights(version: RegulationVersion, hasher?: Hasher): Diagnostic[] {
  const rights = rightsOf(version);
  if (rights.length === 0) return [];
  const evaluator = new Evaluator(version, hasher);
  const out: Diagnostic[] = [];
  const reported = new Set<string>();
  const examples = version.files.flatMap((file) => file.meta.tests.map((test) => ({ file, test })));
  for (const right of rights) {
    const supplements = supplementsTo(version, right.decision);
    if (supplements.length === 0) continue;
    for (const { file: exampleFile, test } of examples) {
      const before = evaluator.evaluate(test.given, { article: right.article, hashInput: false });
      for (const d of before.decisions) {
        if (d.id.replace(/\[.*\]$/, "") !== right.decision || d.outcome !== "allowed" || d.source?.line !== right.line || d.source.file !== right.file.path) continue;
        for (const supplement of supplements) {
          const after = evaluator.evaluate(inScopeOf(test.given, supplement), { article: right.article, hashInput: false }).decisions.find((x) => x.id === d.id);
          if (!after || (after.outcome !== "refused" && after.outcome !== "required") || after.source?.file !== supplement.path) continue;
          const key = `${supplement.path}:${after.source.line}`;
          if (reported.has(key)) continue;
          reported.add(key);
          const rule = supplement.ast.statements.flatMap((s) => (s.kind === "ExceptionDecl" ? s.rules : [])).find((r) => r.span.line === after.source!.line);
          out.push(
            diagnostic(
              "RW064-supplement-narrows-right",
              `this supplement ${after.outcome === "refused" ? "refuses" : "adds a requirement to"} what the general text allows in any case (${right.file.relPath}:${right.line}: "${right.reason}"): the example '${test.name}' of ${exampleFile.relPath}, placed in ${supplement.meta.scope?.faculty ?? "this scope"}, is ${after.outcome} by this rule (${d.id}); a text that takes away a general right is a deviation (kind: deviation, with the Academic Council's approval), or the supplement is read so that it leaves the right alone`,
              rule?.span ?? supplement.ast.span,
              supplement.path,
            ),
          );
        }
      }
    }
  }
  return out;
}
