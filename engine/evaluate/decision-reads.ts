/**
 * The decision reader of one evaluation (decision-ref): a rule that reads another decision's
 * outcome gets that decision's result for this student and scope, after layers. Each decision is
 * decided once per student: a decision read before the loop reaches it is decided then (the
 * loop takes the stored result), so decisions are evaluated in the order of what they read. The
 * checker refuses cycles (RW044); a cycle it could not see gives an undetermined read, not a loop.
 */
import { childrenOf, expressionsOf, type Expr } from "../../dsl/index.js";
import type { CompiledDecision, CompiledRegulation } from "../compile/index.js";
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

/** Decides one decision for the current student (evaluate.ts), whatever else is being decided. */
export type DecideOne = (d: CompiledDecision) => Decided;

const IN_PROGRESS = Symbol("deciding");

const decisionsById = new WeakMap<CompiledRegulation, Map<string, CompiledDecision>>();

/**
 * The ids of the decisions some rule of the scope reads (empty: evaluation keeps no results). Only
 * these are kept per student; a decision nobody reads is decided by the loop alone, as before.
 */
const reads = new WeakMap<CompiledRegulation, ReadonlySet<string>>();
const fileReads = new WeakMap<object, readonly string[]>();

export function decisionsRead(compiled: CompiledRegulation): ReadonlySet<string> {
  let r = reads.get(compiled);
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
    reads.set(compiled, (r = ids));
  }
  return r;
}

function collectReads(expr: Expr | null, namespace: string, into: string[]): void {
  if (expr === null) return;
  if (expr.kind === "DecisionRef") into.push(expr.target.path.length >= 2 ? expr.target.path.join(".") : `${namespace}.${expr.target.path[0] ?? ""}`);
  for (const child of childrenOf(expr)) collectReads(child, namespace, into);
}

export class DecisionReads implements DecisionReader {
  private readonly byId: Map<string, CompiledDecision>;
  readonly decided = new Map<string, Decided | typeof IN_PROGRESS>();

  constructor(
    compiled: CompiledRegulation,
    private readonly decide: DecideOne,
  ) {
    let byId = decisionsById.get(compiled);
    if (!byId) decisionsById.set(compiled, (byId = new Map(compiled.decisions.map((d) => [d.id, d]))));
    this.byId = byId;
  }

  /** The stored results of a decision, deciding it first if no rule has read it yet. */
  resultsOf(d: CompiledDecision): Decided | null {
    const stored = this.decided.get(d.id);
    if (stored === IN_PROGRESS) return null;
    if (stored) return stored;
    this.decided.set(d.id, IN_PROGRESS);
    const made = this.decide(d);
    this.decided.set(d.id, made);
    return made;
  }

  read(id: string, element: unknown, perElement: boolean): DecisionRead {
    const d = this.byId.get(id);
    if (!d) return unread(id, `(${id} is not decided in this scope)`);
    const decided = this.resultsOf(d);
    if (!decided) return unread(id, `(${id} reads its own outcome)`);
    let at = 0;
    if (perElement && decided.elements) {
      const index = decided.elements.indexOf(element);
      const key = elementKey(element, index);
      at = index >= 0 ? index : decided.results.findIndex((r) => r.item?.key === key);
      if (at < 0) return unread(`${id}[${key}]`, `(${id} decides nothing for ${key})`);
    }
    const r = decided.results[at]!;
    return { outcome: r.outcome, raw: decided.raws[at], missing: r.missing, conflict: r.conflict, observation: observationOf(r) };
  }
}

function unread(id: string, why: string): DecisionRead {
  const observation: DecisionObservation = {
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
  return { outcome: "undetermined", raw: undefined, missing: [why], conflict: [], observation };
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
