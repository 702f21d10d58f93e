/**
 * The decision reader of one evaluation (decision-ref): a rule that reads another decision's
 * outcome gets that decision's result for this student and scope, after layers. The loop decides
 * the decisions some rule reads first, each after what it reads (decision-order.ts), and stores
 * their results here by slot; a read is then a look-up, never a decision decided on demand.
 */
import { childrenOf, expressionsOf, type Expr } from "../../dsl/index.js";
import { compilationKey, type CompiledRegulation } from "../compile/index.js";
import { displayValue, elementKey, type DecisionObservation, type DecisionRead, type DecisionReader } from "../runtime/index.js";
import type { DecisionResult } from "./evaluate.js";

/** A decision's results for one student: one, or one per element (with the list they are for). */
export interface Decided {
  readonly results: readonly DecisionResult[];
  /** The raw value of each result (what rules compute with), by position. */
  readonly raws: readonly unknown[];
  /** The elements decided, by position; null for a decision decided once. */
  readonly elements: readonly unknown[] | null;
}

/**
 * The ids of the decisions some rule of the scope reads (empty: evaluation keeps no results). Only
 * these are kept per student; a decision nobody reads is decided by the loop alone, as before.
 */
const reads = new WeakMap<object, ReadonlySet<string>>(); // by compilationKey: the same files read the same decisions
const fileReads = new WeakMap<object, readonly string[]>();

export function decisionsRead(compiled: CompiledRegulation): ReadonlySet<string> {
  let r = reads.get(compilationKey(compiled));
  if (r === undefined) {
    const ids = new Set<string>();
    for (const file of compiled.files) {
      let own = fileReads.get(file);
      if (own === undefined) {
        const found: string[] = [];
        for (const s of file.ast.statements) for (const e of expressionsOf(s)) collectReads(e, file.namespace, found);
        fileReads.set(file, (own = found));
      }
      for (const id of own) ids.add(id);
    }
    reads.set(compilationKey(compiled), (r = ids));
  }
  return r;
}

function collectReads(expr: Expr | null, namespace: string, into: string[]): void {
  if (expr === null) return;
  if (expr.kind === "DecisionRef") into.push(expr.target.path.length >= 2 ? expr.target.path.join(".") : `${namespace}.${expr.target.path[0] ?? ""}`);
  for (const child of childrenOf(expr)) collectReads(child, namespace, into);
}

/**
 * One scope's stored results, kept with the frame's arrays (evaluate.ts) and emptied per student:
 * the slot of a decision is its place in the plan's order. Reads hand back one reused answer
 * (evaluation is synchronous and each read is used before the next), so nothing is allocated per read.
 */
export class DecisionReads implements DecisionReader {
  readonly decided: (Decided | undefined)[];
  private readonly answer: { outcome: DecisionRead["outcome"]; raw: unknown; id: string; missing: readonly string[]; conflict: readonly string[]; observation: DecisionObservation | null } = {
    outcome: "undetermined",
    raw: undefined,
    id: "",
    missing: [],
    conflict: [],
    observation: null,
  };

  constructor(private readonly slotOf: ReadonlyMap<string, number>) {
    this.decided = new Array<Decided | undefined>(slotOf.size).fill(undefined);
  }

  /** A new student: nothing decided yet. */
  clear(): void {
    this.decided.fill(undefined);
  }

  read(id: string, element: unknown, perElement: boolean, traced: boolean): DecisionRead {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return this.unread(id, `(${id} is not decided in this scope)`, traced);
    const decided = this.decided[slot];
    // Empty only in a cycle the checker could not see (RW044): the decision would read its own outcome.
    if (decided === undefined) return this.unread(id, `(${id} reads its own outcome)`, traced);
    let at = 0;
    if (perElement && decided.elements) {
      const index = decided.elements.indexOf(element);
      const key = elementKey(element, index);
      at = index >= 0 ? index : decided.results.findIndex((r) => r.item?.key === key);
      if (at < 0) return this.unread(`${id}[${key}]`, `(${id} decides nothing for ${key})`, traced);
    }
    const r = decided.results[at]!;
    const a = this.answer;
    a.outcome = r.outcome;
    a.raw = decided.raws[at];
    a.id = r.id;
    a.missing = r.missing;
    a.conflict = r.conflict;
    a.observation = traced ? observationOf(r) : null;
    return a;
  }

  /**
   * A read that finds no result: undetermined, lacking no fact of the student's (`missing` names
   * only context fields the evaluator can supply); why it found none is in the trace, for the explanation.
   */
  private unread(id: string, why: string, traced: boolean): DecisionRead {
    const a = this.answer;
    a.outcome = "undetermined";
    a.raw = undefined;
    a.id = id;
    a.missing = NONE;
    a.conflict = NONE;
    a.observation = traced ? unreadObservation(id, why) : null;
    return a;
  }
}

const NONE: readonly string[] = Object.freeze([]);

function unreadObservation(id: string, why: string): DecisionObservation {
  return {
    kind: "decision",
    id,
    article: "",
    paragraph: null,
    label: null,
    outcome: "undetermined",
    value: null,
    unit: null,
    display: "",
    rule: null,
    reason: null,
    source: null,
    layer: "general",
    origin: { article: id.split(".")[0] ?? id, role: "general" },
    missing: [why],
  };
}

function observationOf(r: DecisionResult): DecisionObservation {
  return {
    kind: "decision",
    id: r.id,
    article: r.article,
    paragraph: r.paragraph,
    label: r.label,
    outcome: r.outcome,
    value: r.value,
    unit: r.unit,
    display: r.display ?? displayValue(r.value, { kind: "unknown" }),
    rule: r.rule,
    reason: r.reason,
    source: r.source,
    layer: r.layer,
    origin: r.origin,
    missing: r.missing,
  };
}
