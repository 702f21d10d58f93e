/**
 * What the checker knows about the world outside one file: the student-context type, the symbols
 * of other files (the article this file supplements, other articles, other regulation sets), the
 * points an article opens to faculties, and the role of the file being checked.
 */
import type { Label, Span } from "../ast.js";
import type { Outcome } from "../keywords.js";
import type { Type } from "../types.js";

export type SymbolKind = "parameter" | "definition" | "decision";

export interface SymbolInfo {
  readonly kind: SymbolKind;
  readonly name: string;
  /** The article or regulation set it belongs to: `art22`, `learning_credit`. */
  readonly namespace: string;
  readonly type: Type;
  readonly label: Label | null;
  readonly source: string;
  readonly span: Span;
  /** For a decision over a collection: the variable and element type its rules see. */
  readonly forEach: { readonly variable: string; readonly element: Type } | null;
  /**
   * A definition of an element (`definition no_credit(c in courses)`): its parameters, each with the
   * element type a call must hand over (unknown until the definition is typed). Absent or empty: not called.
   */
  readonly parameters?: readonly { readonly name: string; readonly element: Type }[];
  /**
   * For a decision, what a rule that reads it (`outcome(…)`, decision-ref.ts) may compare: the
   * outcomes its own rules give (with not_applicable where it has no `otherwise`), and whether it
   * decides per element. Read from the declaration, so a decision further down is known too.
   */
  readonly decision?: { readonly outcomes: readonly Outcome[]; readonly perElement: boolean };
}

/** general = the article's own text; supplement = facultaire aanvulling; deviation = facultaire afwijking. */
export type FileRole = "general" | "supplement" | "deviation";

export interface CheckEnv {
  readonly context: Type;
  readonly namespace: string;
  readonly role: FileRole;
  /** A deviation must cite the Academic Council's approval (checked by the loader, known here). */
  readonly hasApproval: boolean;
  readonly externals: ReadonlyMap<string, ReadonlyMap<string, SymbolInfo>>;
  readonly openPoints: ReadonlyMap<string, ReadonlySet<string>>;
  readonly source: string;
  /**
   * Per decision id (`art24.credit_limit_deviation`), every outcome it can have once the version's
   * exceptions are counted; given by the version checker. Without it a decision's own rules say.
   */
  readonly decisionOutcomes?: ReadonlyMap<string, readonly Outcome[]>;
}

export function emptyEnv(context: Type, source = "<input>"): CheckEnv {
  return { context, namespace: "local", role: "general", hasApproval: false, externals: new Map(), openPoints: new Map(), source };
}
