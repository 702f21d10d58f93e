/** The rule language: the one public door of dsl/ (parse, check, format, language service). */
export type * from "./ast.js";
export { parse, type ParseResult } from "./parse.js";
export { checkFile, type CheckResult } from "./checker/check-file.js";
export { declaresName, symbolOf, type NamedDeclaration } from "./checker/symbols.js";
export { emptyEnv, type CheckEnv, type FileRole, type SymbolInfo, type SymbolKind } from "./checker/environment.js";
export { DIAGNOSTIC_CODES, diagnostic, formatDiagnostic, hasErrors, type Diagnostic, type DiagnosticCode, type Severity } from "./diagnostics.js";
export { format, printExpr, printRule } from "./format.js";
export { analyse, completionsAt, definitionAt, diagnosticsOf, hoverAt, type Analysis, type Completion, type Hover } from "./language-service.js";
export { KEYWORDS, OUTCOMES, OUTCOME_LABELS, type Lang, type Outcome } from "./keywords.js";
export { typeFromSchema, typeToString, type JsonSchema, type Type } from "./types.js";
export { BUILTINS } from "./builtins.js";
export { roundHalfUp } from "./rounding.js";
