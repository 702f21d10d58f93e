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
    }
  | { readonly kind: "condition"; readonly text: string; readonly text_nl: string; readonly value: unknown; readonly unit: UnitCode | null; readonly display: string };

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
