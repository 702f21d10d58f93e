/**
 * The behavioural diff: a cohort of students through two versions, tallied per decision as outcome
 * transitions (`allowed → refused: 1 204`), with the file and line that decided in each version and
 * a few example students per transition. It takes one student at a time and keeps only the tally,
 * so a cohort of any size streams through in constant memory (the tally grows with the number of
 * distinct decisions and transitions, not of students).
 */
import type { DecisionResult, EvaluationResult } from "../evaluate/index.js";
import type { SideBySideRow } from "./side-by-side.js";

export const EXAMPLES_PER_TRANSITION = 3;

export interface Transition {
  readonly from: string;
  readonly to: string;
  count: number;
  /** Where the decision was taken in each version, for the first student of this transition. */
  readonly decided_by: { readonly old: string | null; readonly new: string | null };
  /** The first students (by id, or position in the cohort) that made this transition. */
  readonly examples: string[];
  /** For a transition that changes the outcome: each example's two explanations of this decision, side by side. */
  side_by_side?: ExampleSideBySide[];
}

export interface ExampleSideBySide {
  readonly student: string;
  readonly rows: readonly SideBySideRow[];
}

export interface DecisionTransitions {
  readonly decision: string;
  readonly article: string;
  /** A decision per course (`for each`): counts are decisions, one per student and course. */
  readonly per_element: boolean;
  readonly transitions: Transition[];
}

export interface BehaviourDiff {
  students: number;
  readonly decisions: DecisionTransitions[];
}

function baseId(d: DecisionResult): string {
  return d.item ? d.id.slice(0, d.id.length - d.item.key.length - 2) : d.id;
}

function where(d: DecisionResult | undefined): string | null {
  return d?.source ? `${d.source.file}:${d.source.line}` : null;
}

/** "absent" when a decision exists in one version only (a new or removed article, a course decision). */
const ABSENT = "absent";

export class BehaviourTally {
  private readonly byDecision = new Map<string, { entry: DecisionTransitions; byPair: Map<string, Transition> }>();
  private students = 0;
  /** The facts of the example students of changing transitions: a few per transition, so bounded. */
  private readonly contexts = new Map<string, Readonly<Record<string, unknown>>>();

  /** `context`: the student's facts, kept only when the student becomes an example of a changing transition. */
  add(student: string, before: EvaluationResult, after: EvaluationResult, context?: Readonly<Record<string, unknown>>): void {
    this.students++;
    // One map of the old decisions; each new one takes its partner out, what is left was removed.
    const old = new Map<string, DecisionResult>();
    for (const d of before.decisions) old.set(d.id, d);
    for (const b of after.decisions) {
      const a = old.get(b.id);
      if (a) old.delete(b.id);
      this.count(student, a, b, context);
    }
    for (const a of old.values()) this.count(student, a, undefined, context);
  }

  private count(student: string, a: DecisionResult | undefined, b: DecisionResult | undefined, context: Readonly<Record<string, unknown>> | undefined): void {
    const any = (b ?? a)!;
    const key = baseId(any);
    let slot = this.byDecision.get(key);
    if (!slot) {
      slot = { entry: { decision: key, article: any.article, per_element: any.item !== null, transitions: [] }, byPair: new Map() };
      this.byDecision.set(key, slot);
    }
    const from = a?.outcome ?? ABSENT;
    const to = b?.outcome ?? ABSENT;
    const pair = `${from}\u0000${to}`;
    let t = slot.byPair.get(pair);
    if (!t) {
      t = { from, to, count: 0, decided_by: { old: where(a), new: where(b) }, examples: [] };
      slot.byPair.set(pair, t);
      slot.entry.transitions.push(t);
    }
    t.count++;
    if (t.examples.length < EXAMPLES_PER_TRANSITION && !t.examples.includes(student)) {
      t.examples.push(student);
      if (context && from !== to) this.contexts.set(student, context);
    }
  }

  /** The facts of an example student of a changing transition (for its explanations side by side). */
  exampleContext(student: string): Readonly<Record<string, unknown>> | undefined {
    return this.contexts.get(student);
  }

  /** The tally so far: decisions in article order, transitions that change first, largest first. */
  result(): BehaviourDiff {
    const decisions = [...this.byDecision.values()].map((s) => ({
      ...s.entry,
      transitions: [...s.entry.transitions].sort((x, y) => Number(x.from === x.to) - Number(y.from === y.to) || y.count - x.count || `${x.from}${x.to}`.localeCompare(`${y.from}${y.to}`)),
    }));
    decisions.sort((x, y) => x.article.localeCompare(y.article, "en", { numeric: true }) || x.decision.localeCompare(y.decision));
    return { students: this.students, decisions };
  }
}

/** Only the decisions whose outcome changed for at least one student. */
/** The base id of a decision result: without the element key of a decision per course. */
export { baseId as decisionBaseId };

export function changedDecisions(diff: BehaviourDiff): DecisionTransitions[] {
  return diff.decisions.filter((d) => d.transitions.some((t) => t.from !== t.to));
}
