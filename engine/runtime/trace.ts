/**
 * Traces: a tree per decision — the decision, the rules and exceptions considered (the one that
 * decided, and those that did not apply), and under each the facts, parameters, definitions and
 * conditions it saw, with values and where each came from (Catala's runtime trace, Zen's tracer).
 */
import type { Outcome, UnitCode } from "../../dsl/index.js";
import type { Layer, Origin } from "../load/index.js";

export interface SourceRef {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** Something a rule looked at while deciding: the raw value with its unit code (`display` is for JSON readers). */
export type Observation =
  | { readonly kind: "fact"; readonly path: string; readonly value: unknown; readonly unit: UnitCode | null; readonly display: string }
  | {
      readonly kind: "parameter" | "definition";
      readonly name: string;
      readonly label: { nl: string; en: string | null } | null;
      readonly value: unknown;
      readonly unit: UnitCode | null;
      readonly display: string;
      readonly source: SourceRef;
      readonly layer: Layer;
      readonly origin: Origin;
      /** A derived fact whose value the context gave (the fact's path): reported as given, not computed. */
      readonly given?: string;
      /**
       * Facts of the context that overrode a derived fact inside the definition's computation (or in a
       * definition it reads), each once: reported as given, beside what was computed.
       */
      readonly overrides?: readonly GivenOverride[];
      /** A definition of an element, called: the argument's code (`A1`) and the conditions its body tested. */
      readonly argument?: string;
      readonly why?: readonly StepReason[];
    }
  | { readonly kind: "condition"; readonly text: string; readonly text_nl: string; readonly value: unknown; readonly unit: UnitCode | null; readonly display: string }
  | FoldObservation
  | DecisionObservation;

/**
 * Another decision's result read by a rule (`outcome(art24.x) = allowed`, decision-ref): which
 * decision, its outcome (and value), and the file and rule that decided it after layers.
 */
export interface DecisionObservation {
  readonly kind: "decision";
  /** With the element's key for a decision per element: `art47.second_period_retake[T0B01A]`. */
  readonly id: string;
  readonly article: string;
  readonly paragraph: string | null;
  readonly label: { nl: string; en: string | null } | null;
  readonly outcome: Outcome | "undetermined" | "conflict";
  readonly value: unknown;
  readonly unit: UnitCode | null;
  readonly display: string;
  /** The rule that decided, as written; null where no rule decided (not applicable, undetermined). */
  readonly rule: string | null;
  readonly reason: { nl: string; en: string | null } | null;
  readonly source: SourceRef | null;
  readonly layer: Layer;
  readonly origin: Origin;
  readonly missing: readonly string[];
}

/**
 * A fact of the context that overrode a derived fact inside a computation:
 * `first_known(h.credits_earned, courses_credits_earned)` with this year's entry giving 36 sp is
 * `{ path: "history[1].credits_earned", instead: "courses_credits_earned", value: 36 }`.
 */
export interface GivenOverride {
  /** The fact given, with the element it belongs to (`history[1].credits_earned`). */
  readonly path: string;
  /** What would have been computed without it, as written and with Dutch keywords. */
  readonly instead: string;
  readonly instead_nl: string;
  readonly value: unknown;
  readonly unit: UnitCode | null;
  readonly display: string;
}

/** A condition a fold's step tested, with its value: why the running value changed as it did. */
export interface StepReason {
  readonly text: string;
  readonly text_nl: string;
  readonly value: unknown;
  readonly display: string;
}

/** One step of `accumulate(…)`: the element, the running value before and after, and why. */
export interface FoldStep {
  /** The element as people name it: a year (`2019`), a text, or its `code`/`id`/position. */
  readonly element: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly before_display: string;
  readonly after_display: string;
  readonly why: readonly StepReason[];
}

/**
 * A fold seen by a rule (in its condition or value, or through a definition whose value is one):
 * every step, in the list's order. `fields` gives the unit of each field of a record accumulator.
 */
export interface FoldObservation {
  readonly kind: "fold";
  /** `accumulate(s for y in range(…))`: the fold's head, as written and with Dutch keywords. */
  readonly text: string;
  readonly text_nl: string;
  /** The definition whose value the fold is, or null for a fold inside a rule. */
  readonly name: string | null;
  /** The definition's label, for the explanation. */
  readonly label: { nl: string; en: string | null } | null;
  readonly value: unknown;
  readonly unit: UnitCode | null;
  readonly fields: Readonly<Record<string, UnitCode | null>> | null;
  readonly display: string;
  readonly steps: readonly FoldStep[];
}

export interface RuleTrace {
  readonly kind: "rule" | "exception";
  readonly source: SourceRef;
  readonly layer: Layer;
  readonly origin: Origin;
  /** The rule as written (the file's keyword language), and with Dutch keywords. */
  readonly text: string;
  readonly text_nl: string;
  /** true: it decided; false: its condition did not hold; "undetermined": facts were missing. */
  readonly applied: boolean | "undetermined";
  readonly observations: readonly Observation[];
}

export interface DecisionTrace {
  readonly kind: "decision";
  readonly id: string;
  readonly outcome: Outcome | "undetermined" | "conflict";
  readonly considered: readonly RuleTrace[];
}
