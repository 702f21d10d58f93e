/** The state of one evaluation: the student's facts, bound variables, memoised definitions, and the trace sink. */
import type { DecisionObservation, GivenOverride, Observation } from "./trace.js";
import { elementPath } from "./values.js";

export const UNSET: unique symbol = Symbol("unset");
/** A parameter or definition being computed: met again, it is a cycle. */
export const IN_PROGRESS: unique symbol = Symbol("in progress");

export interface Frame {
  readonly root: Readonly<Record<string, unknown>>;
  /** Values of variables bound by `for each` and aggregates, by slot. */
  readonly slots: unknown[];
  /**
   * Readable paths of the bound elements (`courses[A1]`), for naming missing facts: read them with
   * `slotPath`. Where `slotIndexes` holds an index, the entry is the path of the element's list.
   */
  readonly slotPaths: string[];
  /**
   * Per slot, -1 where `slotPaths` holds the element's whole path (a decision's `for each`, a
   * definition's argument, a fold's running value); else the element's index in the list whose path
   * `slotPaths` holds (an aggregate's or a fold's loop). Most elements an aggregate binds are read
   * and never named, so their paths are built only when asked for (building one per element was
   * ≈ 3 % of a traced evaluation of the whole regulation, ad hoc).
   */
  readonly slotIndexes: number[];
  /** Parameters and definitions (and hoisted aggregates), computed once per student. */
  readonly memo: unknown[];
  /**
   * The memo indices set since the frame was made or reset, each once: every write of a memo entry
   * that was UNSET adds its index, so a kept frame is reset by setting these back (a few dozen),
   * not the whole memo (the version's every parameter and definition).
   */
  readonly written: number[];
  /** Per memo index of a parameter or definition, the code of the scope being evaluated. */
  readonly symbols: readonly Code[];
  /** Null when tracing is off: every recording site tests it, so traces cost nothing then. */
  observations: Observation[] | null;
  /**
   * Null when tracing is off. Where a given fact overrode a derived one (`first_known(h.credits_earned,
   * courses_credits_earned)`), the override is added here; a definition being computed collects
   * those of its body (and of the definitions it reads) so that its trace reports them as given.
   */
  givens: GivenOverride[] | null;
  /** Rules that decided, for coverage; null outside tests. */
  readonly coverage: Set<string> | null;
  /** What each definition's body tested, for condition coverage; null outside tests that ask for it. */
  readonly definitionBodies: DefinitionBodies | null;
  /** Other decisions' results, for rules that read them (decision-ref); null where none can be read. */
  decisions: DecisionReader | null;
}

/** A decision's result as a rule reads it: decided once per student, after layers (evaluate/decision-reads.ts). */
export interface DecisionRead {
  readonly outcome: DecisionObservation["outcome"];
  /** The result's id, with the element's key for a decision per element. */
  readonly id: string;
  /** The value as rules compute with it (dates as day numbers); undefined where the rule gave none. */
  readonly raw: unknown;
  readonly missing: readonly string[];
  readonly conflict: readonly string[];
  /** What a traced rule records of the read; null when the read was not traced. */
  readonly observation: DecisionObservation | null;
}

export interface DecisionReader {
  /**
   * The decision `id`'s result; for a decision per element, the result for `element`; with its
   * observation when `traced`. Valid until the next read (the reader may reuse the object).
   */
  read(id: string, element: unknown, perElement: boolean, traced: boolean): DecisionRead;
}

export type Code = (f: Frame) => unknown;

/**
 * Per definition (keyed `file:line:column` of its body), what its body tested the first time it was
 * computed for the student — the conditions, facts and names a traced body records — and its value.
 */
export type DefinitionBodies = Map<string, { readonly observations: readonly Observation[]; readonly value: unknown }>;

export function newFrame(root: Readonly<Record<string, unknown>>, memoSize: number, slotCount: number, symbols: readonly Code[], trace: boolean, coverage: Set<string> | null, definitionBodies: DefinitionBodies | null = null): Frame {
  return {
    root,
    symbols,
    slots: new Array(slotCount).fill(undefined),
    slotPaths: new Array(slotCount).fill(""),
    slotIndexes: new Array(slotCount).fill(-1),
    memo: new Array(memoSize).fill(UNSET),
    written: [],
    observations: trace ? [] : null,
    givens: trace ? [] : null,
    coverage,
    definitionBodies,
    decisions: null,
  };
}

/** The path of the element bound in `slot` (`courses[A1]`), built the first time it is asked for. */
export function slotPath(f: Frame, slot: number): string {
  const index = f.slotIndexes[slot]!;
  if (index < 0) return f.slotPaths[slot]!;
  const path = elementPath(f.slotPaths[slot]!, f.slots[slot], index);
  f.slotPaths[slot] = path;
  f.slotIndexes[slot] = -1;
  return path;
}
