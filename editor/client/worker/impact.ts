/**
 * What a draft changes beyond its own file, before it is saved: every example of the version's
 * other files whose student the draft's scope reaches, and every example student, evaluated with
 * the version as saved and as drafted; each decision the draft declares or makes an exception to
 * whose outcome or value moves is listed, and an example that expects the old outcome is marked
 * as one that will fail.
 */
import { Evaluator, appliesTo, portableSha256, scopeOf, type RegulationFile, type RegulationVersion } from "../../../engine/index.js";

export interface ImpactChange {
  /** The file of the example (`regulations/…/art-22/iiw.yaml`), or `examples/<name>.yaml` for an example student. */
  readonly where: string;
  readonly name: string;
  readonly decision: string;
  readonly before: string;
  readonly after: string;
  /** The example expects the outcome it had before: it fails with the draft. */
  readonly breaksTest: boolean;
}

export interface Impact {
  /** How many examples and students the draft's scope reaches (and so were evaluated twice). */
  readonly checked: number;
  readonly changes: readonly ImpactChange[];
}

/** Qualified ids of the decisions a file declares or makes exceptions to. */
export function decisionsOf(file: RegulationFile): Set<string> {
  const ids = new Set<string>();
  for (const s of file.ast.statements) {
    if (s.kind === "DecisionDecl") ids.add(`${file.namespace}.${s.name}`);
    if (s.kind === "ExceptionDecl" && s.target) ids.add(s.target.path.length > 1 ? s.target.path.join(".") : `${file.namespace}.${s.target.path[0]}`);
  }
  return ids;
}

const shown = (d: { outcome: string; display: string | null } | undefined) => (d ? (d.display ? `${d.outcome} (${d.display})` : d.outcome) : "—");

function expectedOutcome(file: RegulationFile, expect: Readonly<Record<string, unknown>>, id: string): string | null {
  for (const [key, value] of Object.entries(expect)) {
    const qualified = key.includes(".") ? key : `${file.namespace}.${key}`;
    if (qualified !== id) continue;
    return typeof value === "string" ? value : ((value as { outcome?: string }).outcome ?? null);
  }
  return null;
}

type Outcomes = Map<string, { outcome: string; display: string | null }>;

/**
 * The saved version's outcomes, computed once per case and kept while the saved text is the same:
 * a draft is typed key by key, and only its own side needs evaluating again.
 */
export class Baseline {
  private readonly evaluator: Evaluator | null;
  private readonly memo = new Map<string, Outcomes>();
  constructor(readonly key: string, readonly version: RegulationVersion | null) {
    this.evaluator = version ? new Evaluator(version, portableSha256) : null;
  }
  outcomes(caseKey: string, given: Readonly<Record<string, unknown>>): Outcomes {
    let known = this.memo.get(caseKey);
    if (!known) {
      known = new Map((this.evaluator?.evaluate(given).decisions ?? []).map((d) => [d.id, d]));
      this.memo.set(caseKey, known);
    }
    return known;
  }
}

export function impactOf(
  baseline: Baseline,
  draft: RegulationVersion,
  uri: string,
  students: Readonly<Record<string, Readonly<Record<string, unknown>>>>,
): Impact {
  const base = baseline.version;
  const drafted = draft.files.find((f) => f.path === uri);
  const saved = base?.files.find((f) => f.path === uri);
  if (!drafted) return { checked: 0, changes: [] };
  const touched = new Set([...decisionsOf(drafted), ...(saved ? decisionsOf(saved) : [])]);
  const reaches = (given: Readonly<Record<string, unknown>>) => appliesTo(drafted, scopeOf(given)) || (saved ? appliesTo(saved, scopeOf(given)) : false);
  const cases: { where: string; name: string; given: Readonly<Record<string, unknown>>; file: RegulationFile | null; expect: Readonly<Record<string, unknown>> }[] = [];
  for (const file of draft.files) {
    if (file.path === uri) continue;
    for (const test of file.meta.tests) if (reaches(test.given)) cases.push({ where: file.path, name: test.name, given: test.given, file, expect: test.expect });
  }
  for (const [where, student] of Object.entries(students)) if (reaches(student)) cases.push({ where, name: where.replace(/^.*\//, ""), given: student, file: null, expect: {} });
  const after = new Evaluator(draft, portableSha256);
  const changes: ImpactChange[] = [];
  for (const c of cases) {
    let old: Outcomes;
    let now: Outcomes;
    try {
      old = baseline.outcomes(`${c.where}\u0000${c.name}`, c.given);
      now = new Map(after.evaluate(c.given).decisions.map((d) => [d.id, d]));
    } catch {
      continue; // A student the draft cannot evaluate is the diagnostics' business, not the impact's.
    }
    for (const id of new Set([...old.keys(), ...now.keys()])) {
      if (!touched.has(id.replace(/\[.*\]$/, ""))) continue;
      const [b, a] = [shown(old.get(id)), shown(now.get(id))];
      if (a === b) continue;
      const expected = c.file ? expectedOutcome(c.file, c.expect, id) : null;
      changes.push({ where: c.where, name: c.name, decision: id, before: b, after: a, breaksTest: expected !== null && expected !== now.get(id)?.outcome });
    }
  }
  return { checked: cases.length, changes };
}
