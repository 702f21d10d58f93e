/**
 * Whether the rate per decision holds as more articles are encoded (issue 9's target): the whole
 * regulation narrowed to the first quarter, half, three quarters and all of its articles (their
 * namespaces in the order the compiled scope lists them, each with the decisions it reads), every
 * size warm, traces off, on the same students and in the same process as the whole regulation's rows.
 */
import { compilationKey, evaluate, type CompiledRegulation, type Evaluator, type Hasher } from "../../engine/index.js";
import type { CompiledDecision } from "../../engine/compile/index.js";
import { narrowedTo } from "./narrowed.js";
import { medianSeconds } from "./timing.js";

export interface GrowthRow {
  readonly articles: number;
  readonly of: number;
  readonly lastArticle: string;
  readonly decisionsPerStudent: number;
  readonly decisionsPerSecond: number;
}

export async function rateAsArticlesGrow(evaluator: Evaluator, students: readonly Record<string, unknown>[], hasher: Hasher, rounds: number): Promise<GrowthRow[]> {
  // From each compiled scope once (a few hundred), not from every student's (≈ 437 decisions each).
  const scopes = new Set(students.map((c) => evaluator.compiledFor(c)));
  const namespaces = [...new Set([...scopes].flatMap((s) => s.decisions.map((d) => d.namespace)))];
  const rows: GrowthRow[] = [];
  for (const share of [0.25, 0.5, 0.75, 1]) {
    const count = Math.ceil(share * namespaces.length);
    const kept = new Set(namespaces.slice(0, count));
    const narrowed = narrowedViews(evaluator, (d) => kept.has(d.namespace));
    let decisions = 0;
    for (const c of students) decisions += evaluate(narrowed(c), c, { hasher }).decisions.length;
    const seconds = await medianSeconds(rounds, () => {
      for (const c of students) evaluate(narrowed(c), c, { hasher });
    });
    rows.push({ articles: count, of: namespaces.length, lastArticle: namespaces[count - 1]!, decisionsPerStudent: decisions / students.length, decisionsPerSecond: decisions / seconds });
  }
  return rows;
}

/**
 * Each student's compiled scope narrowed by `keep`, made once per scope. Scopes compiled from the
 * same files share one narrowed decisions array, as they share the full one (compilationKey): the
 * frame's kept arrays and the decision plan are then made once per compilation, as the engine's are.
 */
function narrowedViews(evaluator: Evaluator, keep: (d: CompiledDecision) => boolean): (c: Record<string, unknown>) => CompiledRegulation {
  const decisionsOf = new Map<object, readonly CompiledDecision[]>();
  const views = new Map<CompiledRegulation, CompiledRegulation>();
  return (c) => {
    const full = evaluator.compiledFor(c);
    let view = views.get(full);
    if (view === undefined) {
      let decisions = decisionsOf.get(compilationKey(full));
      if (decisions === undefined) decisionsOf.set(compilationKey(full), (decisions = narrowedTo(full, keep).decisions));
      views.set(full, (view = { ...full, decisions }));
    }
    return view;
  };
}
