/**
 * The explanation of an evaluation as data: per decision its outcome code, where it is in the
 * regulation, the layer and file that decided, the provision quoted, the glossary terms, the rules
 * considered with what they saw, the missing facts, the conflict sources and what would have to
 * change. Codes and values, no sentences: render.ts words it in Dutch or English.
 */
import type { Lang, UnitName } from "../../dsl/index.js";
import type { DecisionResult, Receipt, ResultOutcome } from "../evaluate/index.js";
import type { SourceRef } from "../runtime/index.js";
import type { UnitCode } from "../../dsl/index.js";
import type { Layer } from "../load/index.js";
import type { Origin } from "../load/index.js";

export interface Text {
  readonly nl: string;
  readonly en: string | null;
}

/** A value as the rules saw it, typed: the renderer words it (numbers with their unit, waar/true). */
export type ValueNode =
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "number"; readonly value: number; readonly unit: UnitName | null }
  | { readonly kind: "date"; readonly iso: string }
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "list"; readonly length: number }
  /** A record; a fold's running state gives its fields (in the record's order). */
  | { readonly kind: "record"; readonly fields?: readonly { readonly name: string; readonly value: ValueNode }[] }
  | { readonly kind: "none" }
  /** Not known: the facts that would decide it. */
  | { readonly kind: "missing"; readonly facts: readonly string[] }
  /** Set differently by layers of equal rank: the files. */
  | { readonly kind: "conflict"; readonly sources: readonly string[] };

export type ObservationNode =
  | { readonly kind: "fact"; readonly path: string; readonly value: ValueNode }
  | { readonly kind: "condition"; readonly text: string; readonly text_nl: string; readonly value: ValueNode }
  | { readonly kind: "parameter" | "definition"; readonly name: string; readonly label: Text | null; readonly value: ValueNode; readonly origin: Origin; readonly source: SourceRef; readonly given?: string; readonly overrides?: readonly GivenNode[]; readonly argument?: string; readonly why?: readonly ReasonNode[] }
  | FoldNode
  | DecisionReadNode;

/**
 * Another decision a rule read (decision-ref): its id, where it stands, what it decided (and its
 * value), the reason, and the file and rule that decided it for this student.
 */
export interface DecisionReadNode {
  readonly kind: "decision";
  readonly id: string;
  readonly article: string;
  readonly paragraph: string | null;
  readonly label: Text | null;
  readonly outcome: ResultOutcome;
  readonly value: ValueNode | null;
  readonly reason: Text | null;
  readonly origin: Origin;
  readonly source: SourceRef | null;
  readonly missing: readonly string[];
}

/**
 * A fact of the context that overrode a derived fact inside a definition's computation: the fact
 * with its element (`history[1].credits_earned`), its value, and what it replaced as written.
 */
export interface GivenNode {
  readonly path: string;
  readonly value: ValueNode;
  readonly instead: string;
  readonly instead_nl: string;
}

/** A condition a definition of an element tested for the element it was called with (`why` of a call). */
export interface ReasonNode {
  readonly text: string;
  readonly text_nl: string;
  readonly value: ValueNode;
}

/** One step of a fold: the element (a year), the running value before and after, and the conditions it tested. */
export interface FoldStepNode {
  readonly element: string;
  readonly before: ValueNode;
  readonly after: ValueNode;
  readonly why: readonly { readonly text: string; readonly text_nl: string; readonly value: ValueNode }[];
}

/** `accumulate(…)` as a rule saw it: the definition it is the value of (if any), its result, every step. */
export interface FoldNode {
  readonly kind: "fold";
  readonly name: string | null;
  readonly label: Text | null;
  readonly text: string;
  readonly text_nl: string;
  readonly value: ValueNode;
  readonly steps: readonly FoldStepNode[];
}

export interface RuleExplanation {
  readonly kind: "rule" | "exception";
  readonly origin: Origin;
  readonly source: SourceRef;
  /** The rule as written (the file's keyword language), and with Dutch keywords. */
  readonly text: string;
  readonly text_nl: string;
  readonly applied: boolean | "undetermined";
  /** What it saw, each once; a condition that only restates a fact it saw, or compares the outcome of a decision it read, is left out. */
  readonly observations: readonly ObservationNode[];
}

export interface GlossaryEntry {
  readonly term: string;
  readonly definition: Text;
}

export interface WhatIfNode {
  readonly fact: string;
  readonly from: ValueNode;
  readonly to: ValueNode;
  readonly unit: UnitCode | null;
  readonly outcome: ResultOutcome;
}

export interface DecisionExplanation {
  readonly id: string;
  readonly outcome: ResultOutcome;
  /** The decided value (an amount, a date), if the decision has one. */
  readonly value: ValueNode | null;
  readonly article: string;
  readonly paragraph: string | null;
  readonly label: Text | null;
  readonly item: DecisionResult["item"];
  readonly reason: Text | null;
  /** The layer and file that decided (for undetermined/conflict: where it stopped); null if no rule applied. */
  readonly decidedBy: { readonly origins: readonly Origin[]; readonly layer: Layer; readonly source: SourceRef } | null;
  readonly provision: { readonly paragraph: string; readonly quote: Text } | null;
  /** The glossary terms the decision's title, reason and quote mention, per language of the text. */
  readonly terms: Readonly<Record<Lang, readonly GlossaryEntry[]>>;
  readonly missing: readonly string[];
  readonly conflict: readonly string[];
  readonly whatIf: WhatIfNode | null;
  /** Every rule and exception considered, in order (empty without a trace). */
  readonly rules: readonly RuleExplanation[];
}

export interface Explanation {
  /** `language`: the language of the regulation's own text (its title). */
  readonly regulation: { readonly id: string; readonly title: string; readonly version: string; readonly language: Lang };
  readonly decisions: readonly DecisionExplanation[];
  readonly receipt: Receipt;
}
