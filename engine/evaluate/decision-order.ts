/**
 * The order decisions read by others are decided in, once per compiled scope: a decision read
 * (`outcome(art24.x)`) comes before every decision that reads it, directly or through definitions
 * and exceptions, so when the loop reaches a reader the result it reads is already there — a read
 * is an index into this student's results. The graph is the checker's (RW044 refuses its cycles);
 * a cycle it could not see leaves the read's result empty, which reads as undetermined, not a loop.
 */
import { decisionGraph, type DecisionGraphNode } from "../../dsl/index.js";
import { compilationKey, type CompiledDecision, type CompiledRegulation } from "../compile/index.js";
import { decisionsRead } from "./decision-reads.js";

export interface DecisionPlan {
  /** Per read decision (its slot), its position in the scope's decisions, each after what it reads. */
  readonly order: readonly number[];
  /** The slot of each decision some rule reads, by id (the other decisions have none). */
  readonly slotOf: ReadonlyMap<string, number>;
  /** Per position in the scope's decisions: its slot, or -1 for a decision no rule reads. */
  readonly slotAt: readonly number[];
  /** For an evaluation of some decisions only (`--article`, what-if's `only`): the slots they need, in order. */
  readonly needed: Map<string, readonly number[]>;
  readonly graph: ReadonlyMap<string, DecisionGraphNode>;
}

/** By compilation, not by scope: the plan depends only on the files (compilationKey). */
const plans = new WeakMap<object, DecisionPlan>();

/** The plan of a scope whose rules read decisions; null when none does (the loop keeps no results). */
export function decisionPlan(compiled: CompiledRegulation): DecisionPlan | null {
  const read = decisionsRead(compiled);
  if (read.size === 0) return null;
  let plan = plans.get(compilationKey(compiled));
  if (plan !== undefined) return plan;
  const namespaces = new Set(compiled.version.files.map((f) => f.namespace));
  for (const f of compiled.files) namespaces.add(f.namespace);
  const graph = decisionGraph(
    compiled.files.map((f) => ({ namespace: f.namespace, source: f.path, statements: f.ast.statements })),
    namespaces,
  );
  const positions = new Map<string, number>();
  compiled.decisions.forEach((d, i) => {
    if (read.has(d.id)) positions.set(d.id, i);
  });
  const order: number[] = [];
  visitInOrder(graph, compiled.decisions.map((d) => d.id), (key) => {
    const at = positions.get(key);
    if (at !== undefined) order.push(at);
  });
  const slotOf = new Map<string, number>();
  const slotAt: number[] = compiled.decisions.map(() => -1);
  order.forEach((at, slot) => {
    slotOf.set(compiled.decisions[at]!.id, slot);
    slotAt[at] = slot;
  });
  plans.set(compilationKey(compiled), (plan = { order, slotOf, slotAt, needed: new Map(), graph }));
  return plan;
}

/**
 * The slots the decisions that `selects` picks need decided first (themselves among them where read),
 * in plan order; computed once per `key` (the selection's name) and kept with the plan.
 */
export function slotsNeeded(compiled: CompiledRegulation, plan: DecisionPlan, key: string, selects: (d: CompiledDecision) => boolean): readonly number[] {
  let slots = plan.needed.get(key);
  if (slots === undefined) {
    const reached = new Set<string>();
    visitInOrder(plan.graph, compiled.decisions.filter(selects).map((d) => d.id), (k) => reached.add(k));
    slots = plan.order.flatMap((at, slot) => (reached.has(compiled.decisions[at]!.id) ? [slot] : []));
    plan.needed.set(key, slots);
  }
  return slots;
}

/**
 * Depth first from each root, calling `done` with each node after every node it uses: a post-order,
 * so what is read comes first. An edge back to a node still being visited (a cycle) is skipped.
 */
function visitInOrder(graph: ReadonlyMap<string, DecisionGraphNode>, roots: readonly string[], done: (key: string) => void): void {
  const state = new Map<string, boolean>(); // false: visiting, true: done
  const visit = (key: string): void => {
    if (state.has(key)) return;
    state.set(key, false);
    for (const use of graph.get(key)?.uses ?? []) visit(use.key);
    state.set(key, true);
    done(key);
  };
  for (const root of roots) visit(root);
}
