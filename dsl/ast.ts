/**
 * The abstract syntax of the rule language: readonly data, a `kind` on every node, a span on every
 * node, and `null` where error recovery left a hole. No methods: stages are plain functions.
 */
import type { AggregateName, Lang, Outcome, UnitName } from "./keywords.js";

/**
 * A place in a file: `file` is the file's id (its path as the loader names it), offsets are 0-based
 * into the whole file, lines and columns 1-based. Spans are file-absolute from the lexer on, so no
 * later stage re-maps them (a rules block inside YAML is parsed with its origin in the file).
 */
export interface Span {
  readonly file: string;
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** Text with an optional English translation: `"Minimumgrens" / "Minimum"`. */
export interface Label {
  readonly kind: "Label";
  readonly span: Span;
  readonly nl: string;
  readonly en: string | null;
}

export type BinaryOperator = "+" | "-" | "*" | "/" | "=" | "!=" | "<" | "<=" | ">" | ">=" | "and" | "or" | "in";

export interface NumberLit {
  readonly kind: "NumberLit";
  readonly span: Span;
  readonly value: number;
  /** Text as written, so the formatter prints `18.33` and not `18.330000000000002`. */
  readonly text: string;
  readonly unit: UnitName | null;
}
export interface StringLit {
  readonly kind: "StringLit";
  readonly span: Span;
  readonly value: string;
}
export interface DateLit {
  readonly kind: "DateLit";
  readonly span: Span;
  /** ISO date `YYYY-MM-DD`. */
  readonly value: string;
}
export interface BoolLit {
  readonly kind: "BoolLit";
  readonly span: Span;
  readonly value: boolean;
}
export interface ListLit {
  readonly kind: "ListLit";
  readonly span: Span;
  readonly items: readonly (Expr | null)[];
}
/** A record: `{ step: "aanvraag", deadline: 2017-10-15 }`. */
export interface RecordLit {
  readonly kind: "RecordLit";
  readonly span: Span;
  readonly fields: readonly { readonly name: string; readonly nameSpan: Span; readonly value: Expr | null }[];
}
/** A dotted name: `enrolment.credits_taken`, `art22.minimum`, `c.credits`. */
export interface NameRef {
  readonly kind: "NameRef";
  readonly span: Span;
  readonly path: readonly string[];
  /** Span of each segment, for hover and go-to-definition. */
  readonly segmentSpans: readonly Span[];
}
export interface Call {
  readonly kind: "Call";
  readonly span: Span;
  readonly callee: string;
  readonly calleeSpan: Span;
  readonly args: readonly (Expr | null)[];
}
/**
 * A call of a definition with element parameters: `no_credit(c)`, `art47.no_credit(c)`. The callee
 * is a name (its segments' spans serve hover); built-in functions stay `Call`.
 */
export interface DefinitionCall {
  readonly kind: "DefinitionCall";
  readonly span: Span;
  readonly callee: NameRef;
  readonly args: readonly (Expr | null)[];
}
/** `sum(c.credits for c in courses where c.semester = "second")`, `count(c in courses where …)`. */
export interface Aggregate {
  readonly kind: "Aggregate";
  readonly span: Span;
  readonly aggregate: AggregateName;
  /** The mapped expression; null for `count(x in list …)`, where the element itself is counted. */
  readonly body: Expr | null;
  readonly variable: string;
  readonly variableSpan: Span;
  readonly collection: Expr | null;
  readonly filter: Expr | null;
}
export interface Unary {
  readonly kind: "Unary";
  readonly span: Span;
  readonly operator: "-" | "not";
  readonly operand: Expr | null;
}
export interface Binary {
  readonly kind: "Binary";
  readonly span: Span;
  readonly operator: BinaryOperator;
  readonly left: Expr | null;
  readonly right: Expr | null;
}
export interface Conditional {
  readonly kind: "Conditional";
  readonly span: Span;
  readonly condition: Expr | null;
  readonly then: Expr | null;
  readonly otherwise: Expr | null;
}

/**
 * A bounded fold: `accumulate(s = { balance: 140 sp } for y in years where … then { balance: … })`.
 * `accumulator` starts as `initial`; for each element of `collection`, in its order (only those
 * meeting `filter`), it becomes `step`, which reads the accumulator and the element. One step per
 * element of a finite list and no recursion: it terminates by construction.
 */
export interface Fold {
  readonly kind: "Fold";
  readonly span: Span;
  /** The keyword as written (`accumulate` / `accumuleer`), for hover. */
  readonly keywordSpan: Span;
  readonly accumulator: string;
  readonly accumulatorSpan: Span;
  readonly initial: Expr | null;
  readonly variable: string;
  readonly variableSpan: Span;
  readonly collection: Expr | null;
  readonly filter: Expr | null;
  readonly step: Expr | null;
}

/** An outcome word in an expression (`allowed`, `toegestaan`): compared with a decision's outcome. */
export interface OutcomeLit {
  readonly kind: "OutcomeLit";
  readonly span: Span;
  readonly outcome: Outcome;
}

/**
 * Another decision's result read by a rule (dsl/decision-ref.ts): `outcome(art24.credit_limit_deviation)`
 * is its outcome, `value(art12.x)` the value of a `determined` decision; for a decision per element
 * the element is named: `outcome(art47.second_period_retake, c)`.
 */
export interface DecisionRef {
  readonly kind: "DecisionRef";
  readonly span: Span;
  readonly read: "outcome" | "value";
  /** The function word as written (`outcome`, `uitkomst`, `value`, `waarde`), for hover. */
  readonly calleeSpan: Span;
  readonly target: NameRef;
  readonly element: Expr | null;
}

export type Expr = NumberLit | StringLit | DateLit | BoolLit | ListLit | RecordLit | NameRef | Call | DefinitionCall | Aggregate | Fold | Unary | Binary | Conditional | OutcomeLit | DecisionRef;

/** One line of a decision: `refused with 25 sp if x < minimum "reden" §2`. */
export interface Rule {
  readonly kind: "Rule";
  readonly span: Span;
  readonly outcome: Outcome | null;
  readonly outcomeSpan: Span;
  readonly value: Expr | null;
  /** null for the `otherwise` rule. */
  readonly condition: Expr | null;
  readonly isOtherwise: boolean;
  readonly reason: Label | null;
  readonly paragraph: string | null;
}

/** Parameters and definitions share one form; `role` says which keyword introduced it. */
export type DeclarationRole = "parameter" | "definition";

/** `c in courses` of `definition no_credit(c in courses)`: the element a call hands over, and the list it is of. */
export interface ElementParameter {
  readonly name: string;
  readonly nameSpan: Span;
  readonly collection: Expr | null;
}

/** `parameter minimum = 25 sp "reden"` or `definition earned = sum(…)`. */
export interface Declaration {
  readonly kind: "Declaration";
  readonly role: DeclarationRole;
  /** The keyword as written (`parameter`, `definition`, `definitie`), or "" where recovery inserted it. */
  readonly keyword: string;
  readonly span: Span;
  readonly name: string;
  readonly nameSpan: Span;
  readonly label: Label | null;
  readonly value: Expr | null;
  /** A definition of an element (`definition no_credit(c in courses)`); empty for a plain one. */
  readonly parameters: readonly ElementParameter[];
}
/** `set art4.max_remaining = 9 sp "reden"`: a supplement fills in a parameter of the article. */
export interface SetDecl {
  readonly kind: "SetDecl";
  readonly span: Span;
  readonly target: NameRef | null;
  readonly value: Expr | null;
  readonly label: Label | null;
}
export interface ForEach {
  readonly kind: "ForEach";
  readonly span: Span;
  readonly variable: string;
  readonly variableSpan: Span;
  readonly collection: Expr | null;
}
export interface DecisionDecl {
  readonly kind: "DecisionDecl";
  readonly span: Span;
  readonly name: string;
  readonly nameSpan: Span;
  readonly label: Label | null;
  readonly paragraph: string | null;
  readonly forEach: ForEach | null;
  readonly rules: readonly Rule[];
}
export interface ExceptionDecl {
  readonly kind: "ExceptionDecl";
  readonly span: Span;
  readonly target: NameRef | null;
  readonly label: Label | null;
  readonly paragraph: string | null;
  readonly rules: readonly Rule[];
}

export type Statement = Declaration | SetDecl | DecisionDecl | ExceptionDecl;

export interface Comment {
  readonly span: Span;
  readonly text: string;
}

export interface RuleFile {
  readonly kind: "RuleFile";
  readonly span: Span;
  readonly statements: readonly Statement[];
  readonly comments: readonly Comment[];
  /** The language of the first keyword, or null for a file without keywords. */
  readonly lang: Lang | null;
}

export type AnyNode = Expr | Rule | Statement | Label | ForEach | RuleFile;
