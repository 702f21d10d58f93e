/**
 * `outcome(art24.x)` and `value(art24.x)` (decision-ref) as closures: the frame's decision reader
 * gives the referenced decision's result, decided once per student after layers (the faculty text
 * that applies to the student counts). Three-valued like a fact: a decision that is undetermined
 * makes the read Missing, with the facts it lacks; a conflict is Conflicted; neither is an outcome.
 */
import type * as A from "../../dsl/index.js";
import { Conflicted, Missing, type Code, type DecisionRead, type Frame } from "../runtime/index.js";
import type { CompileContext } from "./compile-expr.js";

/** The id a reference names: `art24.x` as written, or `x` in the file's own article. */
export function referencedId(target: A.NameRef, namespace: string): string {
  return target.path.length >= 2 ? target.path.join(".") : `${namespace}.${target.path[0] ?? ""}`;
}

/**
 * What a read gives a rule: the outcome or value, or the undecided value that stops it. An
 * undetermined read lacks what the decision read lacks — context fields only; a read that lacks none
 * (a decision decided without a value, one not decided here) is Missing with no fact: the reader is
 * undetermined, and why is in the read's observation, for the trace and the explanation.
 */
export function readResult(r: DecisionRead, read: "outcome" | "value"): unknown {
  if (r.outcome === "undetermined") return r.missing.length > 0 ? new Missing(r.missing) : NOTHING_MISSING;
  if (r.outcome === "conflict") return new Conflicted(r.id, r.conflict);
  if (read === "outcome") return r.outcome;
  // A decision that decided without a value (not applicable, refused): the value read has none to give.
  return r.raw === undefined || r.raw === null ? NOTHING_MISSING : r.raw;
}

/** Undetermined without a fact to name (Missing values are never changed: merges make new ones). */
const NOTHING_MISSING = new Missing([]);

/** One read at run time, for the closure below and for generated code (generated-runtime's readDecision). */
export function readDecisionAt(f: Frame, id: string, element: unknown, perElement: boolean, read: "outcome" | "value"): unknown {
  if (f.decisions === null) return NOTHING_MISSING; // no reader: evaluated outside a scope's loop
  const traced = f.observations !== null;
  const r = f.decisions.read(id, element, perElement, traced);
  if (traced) f.observations!.push(r.observation!);
  return readResult(r, read);
}

export function compileDecisionRef(expr: A.DecisionRef, cx: CompileContext, compileElement: (e: A.Expr) => Code): Code {
  const id = referencedId(expr.target, cx.namespace ?? "");
  const read = expr.read;
  const element = expr.element ? compileElement(expr.element) : null;
  if (!element) return (f: Frame) => readDecisionAt(f, id, undefined, false, read);
  return (f: Frame) => {
    const e = element(f);
    return e instanceof Missing || e instanceof Conflicted ? e : readDecisionAt(f, id, e, true, read);
  };
}
