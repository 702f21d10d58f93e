/**
 * What a draft changes before it is saved (the diff of issue 12 in the editor): the structural
 * diff of the version with the draft against the version in force (the file as the server has
 * it), and the draft's behavioural impact on a small generated cohort — per decision, how many
 * students move from which outcome to which. Both versions are built from the same texts but for
 * the one file, so nothing else the workspace holds can show up as a change.
 */
import type { Lang } from "../../../dsl/index.js";
import { checkVersion, Evaluator, loadVersion, memoryFileSystem, portableSha256, type LoadedVersion } from "../../../engine/index.js";
import { BehaviourTally, changedDecisions, diffVersions, generateCohort, isEmptyDiff, renderDiffText, summaryOf, type DecisionTransitions, type SummaryRow } from "../../../engine/diff/index.js";

export interface DraftChanges {
  /** The structural diff as `regelwerk diff` prints it; empty when the draft changes no structure. */
  readonly structural: string;
  readonly summary: readonly SummaryRow[];
  /** Null when the draft does not check (then no student can be evaluated under it). */
  readonly behaviour: { readonly students: number; readonly faculty: string | null; readonly decisions: readonly DecisionTransitions[] } | null;
  readonly problem: string | null;
}

export interface DraftInput {
  /** Every text the worker holds, the draft among them (URI → text). */
  readonly texts: Readonly<Record<string, string>>;
  readonly uri: string;
  readonly versionDir: string;
  /** The file as it is in force; null for a file that does not exist yet. */
  readonly stored: string | null;
  readonly cohort: { readonly size: number; readonly seed: number };
  readonly lang: Lang;
}

export function draftChanges(input: DraftInput): DraftChanges {
  const inForce: Record<string, string> = { ...input.texts };
  if (input.stored === null) delete inForce[input.uri];
  else inForce[input.uri] = input.stored;
  const before = loadVersion(memoryFileSystem(inForce), input.versionDir);
  const after = loadVersion(memoryFileSystem(input.texts), input.versionDir);
  if (!before || !after) return { structural: "", summary: [], behaviour: null, problem: `${input.versionDir}: no manifest` };
  const diff = diffVersions(before, after);
  const structural = isEmptyDiff(diff) ? "" : renderDiffText(diff, input.lang);
  const summary = summaryOf(diff);
  const checkedBefore = checkVersion(before);
  const checkedAfter = checkVersion(after);
  const errors = checkedAfter.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) return { structural, summary, behaviour: null, problem: `${errors.length} × ${errors[0]!.code}: ${errors[0]!.message}` };
  const faculty = facultyOf(after, input.uri);
  const old = new Evaluator(checkedBefore, portableSha256);
  const next = new Evaluator(checkedAfter, portableSha256);
  const tally = new BehaviourTally();
  let i = 0;
  const year = input.versionDir.split("/").at(-1);
  // A faculty's file can only change its own students: the cohort is that faculty's.
  for (const student of generateCohort({ ...input.cohort, ...(faculty ? { faculty } : {}), ...(year && /^\d{4}-\d{4}$/.test(year) ? { academicYear: year } : {}) })) {
    tally.add(`student ${++i}`, old.evaluate(student, { trace: false }), next.evaluate(student, { trace: false }));
  }
  const result = tally.result();
  return { structural, summary, behaviour: { students: result.students, faculty, decisions: changedDecisions(result) }, problem: null };
}

function facultyOf(version: LoadedVersion, uri: string): string | null {
  return version.files.find((f) => f.path === uri)?.meta.scope?.faculty ?? null;
}
