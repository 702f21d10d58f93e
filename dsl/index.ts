/** The rule language: the one public door of dsl/ (syntax, checking, formatting, language service). */
export type * from "./ast.js";
export { parse, type ParseResult } from "./parse.js";
export { EMPTY_SPAN, containsOffset, emptySpan, lineStarts, positionAt, spanMaker, spanOf, type SpanMaker, type TextOrigin } from "./span.js";
export { checkFile, type CheckResult } from "./checker/check-file.js";
export { declaresName, symbolOf, type NamedDeclaration } from "./checker/symbols.js";
export { emptyEnv, type CheckEnv, type FileRole, type SymbolInfo, type SymbolKind } from "./checker/environment.js";
export type { Reference } from "./checker/check-expr.js";
export { DIAGNOSTIC_CODES, diagnostic, formatDiagnostic, hasErrors, type Diagnostic, type DiagnosticCode, type Severity } from "./diagnostics.js";
export { format, printExpr, printRule } from "./format.js";
export { analyse, completionsAt, completionsIn, definitionAt, definitionIn, diagnosticsOf, expressionsOf, hoverAt, hoverIn, type Analysis, type Completion, type CompletionKind, type Hover } from "./language-service.js";
export { KEYWORDS, OUTCOMES, OUTCOME_LABELS, type Lang, type Outcome, type UnitName } from "./keywords.js";
export { BOOL, DATE, STRING, UNKNOWN, typeFromSchema, typeToString, unitText, type Description, type FieldInfo, type JsonSchema, type Type } from "./types.js";
export { BUILTINS, FIELD_ACCESS, builtinNamed } from "./builtins.js";
export { dayFromIso, isoFromDay } from "./dates.js";
export { childrenOf, forEachName } from "./ast-walk.js";
export { didYouMean, editDistance, nearest } from "./suggest.js";
export { roundHalfUp } from "./rounding.js";
export { unitOf, type UnitCode } from "./unit-code.js";
