/**
 * The behavioural half of `regelwerk diff`: every student of a cohort (an NDJSON file read line by
 * line, or generated on the fly) evaluated under both versions and tallied; only the tally is kept.
 * A line that is not a valid student stops the run with its file and line (exit 2).
 */
import { existsSync, statSync } from "node:fs";
import type { Lang } from "../../dsl/index.js";
import { BehaviourTally, changedDecisions, generateCohort, SharedScopes, sideBySide, type BehaviourDiff } from "../diff/index.js";
import { canonicalJson, contextProblems, contextValidator, openVersion, type RegulationVersion } from "../index.js";
import { nodeFileSystem as fs, nodeSha256 } from "../node/index.js";
import { UsageError } from "./exit-codes.js";
import { ndjsonLines } from "./ndjson-lines.js";

export type CohortSource = { readonly file: string } | { readonly size: number; readonly seed: number };

interface Student {
  readonly where: string;
  readonly context: Record<string, unknown>;
}

function* studentsOf(source: CohortSource): Generator<Student> {
  if ("size" in source) {
    let i = 0;
    for (const context of generateCohort(source)) yield { where: `generated student ${++i}`, context };
    return;
  }
  if (!existsSync(source.file) || statSync(source.file).isDirectory()) throw new UsageError(`--cohort ${source.file}: cannot read this file`);
  for (const { line, text } of ndjsonLines(source.file)) {
    let context: unknown;
    try {
      context = JSON.parse(text);
    } catch (error) {
      throw new UsageError(`${source.file}:${line}: not a JSON object (${error instanceof Error ? error.message : String(error)}); expected one student context per line`);
    }
    if (context === null || typeof context !== "object" || Array.isArray(context)) throw new UsageError(`${source.file}:${line}: expected a student context (a JSON object) per line`);
    yield { where: `${source.file}:${line}`, context: context as Record<string, unknown> };
  }
}

export function checkedVersion(dir: string): RegulationVersion {
  const version = openVersion(fs, dir);
  if (!version) throw new UsageError(`${dir}: no manifest.yaml; expected a regulation version folder`);
  const errors = version.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) throw new UsageError(`${dir}: the regulation has ${errors.length} error(s); run \`regelwerk check ${dir}\``);
  return version;
}

export function behaviourDiff(before: RegulationVersion, after: RegulationVersion, source: CohortSource, lang: Lang = "nl"): BehaviourDiff {
  // Scopes compiled once per set of applicable files and held within a bound: memory stays flat.
  const old = new SharedScopes(before, nodeSha256);
  const next = new SharedScopes(after, nodeSha256);
  // Two versions usually share their context schema: then each student is validated once.
  const sameSchema = canonicalJson(before.contextSchema) === canonicalJson(after.contextSchema);
  const validators = sameSchema ? [contextValidator(after.contextSchema)] : [contextValidator(before.contextSchema), contextValidator(after.contextSchema)];
  const tally = new BehaviourTally();
  for (const { where, context } of studentsOf(source)) {
    for (const validate of validators) {
      const problems = contextProblems(context, validate);
      if (problems.length > 0) throw new UsageError(`${where}: not a valid student context: ${problems.slice(0, 3).join("; ")}`);
    }
    const id = (context.student as { id?: unknown } | undefined)?.id;
    tally.add(typeof id === "string" ? id : where, old.evaluate(context), next.evaluate(context), context);
  }
  const result = tally.result();
  // Each example of a changing transition: its two explanations of that decision, side by side.
  for (const d of changedDecisions(result)) {
    for (const t of d.transitions) {
      if (t.from === t.to) continue;
      t.side_by_side = t.examples.flatMap((student) => {
        const context = tally.exampleContext(student);
        if (!context) return [];
        const rows = sideBySide(before, after, old.evaluate(context, true), next.evaluate(context, true), lang, (id) => id === d.decision || id.startsWith(`${d.decision}[`));
        return [{ student, rows: rows.filter((r) => (r.old?.outcome ?? "absent") === t.from && (r.new?.outcome ?? "absent") === t.to) }];
      });
    }
  }
  return result;
}
