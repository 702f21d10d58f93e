/**
 * parse(text) → { ast, diagnostics }. Never throws: lexing and parsing errors become diagnostics and
 * the AST keeps every statement that could be read (with `null` where recovery left holes).
 */
import type { IRecognitionException, IToken, TokenType } from "chevrotain";
import type * as A from "./ast.js";
import { AstBuilder, languageOfWord } from "./cst-to-ast.js";
import type { StatementCstNode } from "./cst-types.js";
import { diagnostic, type Diagnostic } from "./diagnostics.js";
import type { Lang } from "./keywords.js";
import { MAX_NESTING, tooDeepExpression, tooDeepToken } from "./nesting.js";
import { ruleParser } from "./parser.js";
import { fileOf, spanMaker, type SpanMaker, type TextOrigin } from "./span.js";
import * as T from "./tokens.js";

export interface ParseResult {
  readonly ast: A.RuleFile;
  readonly diagnostics: readonly Diagnostic[];
}

const STATEMENT_STARTS: ReadonlySet<TokenType> = new Set([
  T.Keyword.Parameter,
  T.Keyword.Definition,
  T.Keyword.Set,
  T.Keyword.Decision,
  T.Keyword.Exception,
]);

/** What a person would call each token kind in an error message. */
const TOKEN_DESCRIPTIONS: Record<string, string> = {
  Identifier: "a name",
  NumberLiteral: "a number",
  StringLiteral: 'a text in double quotes ("…")',
  DateLiteral: "a date (YYYY-MM-DD)",
  OutcomeWord: "an outcome (allowed, refused, required, warning, not_applicable, discretionary, determined)",
  AggregateWord: "sum, count, all or any",
  UnitWord: "a unit (sp, %, hours, days)",
  Paragraph: "a paragraph reference (§2)",
  Colon: "':'",
  Equals: "'='",
  LParen: "'('",
  RParen: "')'",
  LBracket: "'['",
  RBracket: "']'",
  Comma: "','",
  Dot: "'.'",
};

const RULE_DESCRIPTIONS: Record<string, string> = {
  statement: "a statement (parameter, definition, set, decision or exception)",
  rule: "a rule such as `allowed if …` or `otherwise refused`",
  outcomeClause: "an outcome (allowed, refused, required, warning, not_applicable, discretionary, determined)",
  atom: "a value: a number, a text, a date, a name or '('",
  numberLit: "a number",
  notExpr: "a condition",
  expression: "an expression",
};

function describeToken(type: TokenType): string {
  return TOKEN_DESCRIPTIONS[type.name] ?? `'${(type.name in T.Keyword ? type.name.toLowerCase() : type.name)}'`;
}

/**
 * Parse a rule text. `origin` names the file it is (a path) or where it sits in a file (a YAML
 * `rules:` block): every span and diagnostic is then in that file's coordinates.
 */
export function parse(text: string, origin: string | TextOrigin = "<input>"): ParseResult {
  const at = spanMaker(text, origin);
  const source = fileOf(origin);
  const diagnostics: Diagnostic[] = [];
  const lexed = T.ruleLexer.tokenize(text);
  for (const error of lexed.errors) {
    const found = text.slice(error.offset, error.offset + Math.max(1, error.length));
    const unterminated = found.startsWith('"');
    diagnostics.push(
      diagnostic(
        unterminated ? "RW003-unterminated-string" : "RW001-unexpected-character",
        unterminated
          ? "this text has no closing double quote on its line"
          : `unexpected character '${found}': expected a name, a number, a keyword or an operator`,
        unterminated ? at(error.offset, lineEnd(text, error.offset)) : at(error.offset, error.offset + Math.max(1, error.length)),
        source,
      ),
    );
  }
  // After an unterminated text the rest of its line is text too: its words are not tokens.
  const cut = lexed.errors.filter((e) => text[e.offset] === '"').map((e) => ({ from: e.offset, to: lineEnd(text, e.offset) }));
  const tokens = cut.length === 0 ? lexed.tokens : lexed.tokens.filter((t) => !cut.some((c) => t.startOffset > c.from && t.startOffset < c.to));
  const builder = new AstBuilder(at);
  const statements: A.Statement[] = [];
  let i = 0;
  // Tokens before the first statement keyword cannot belong to any statement.
  if (tokens.length > 0 && !STATEMENT_STARTS.has(tokens[0]!.tokenType)) {
    const first = tokens[0]!;
    diagnostics.push(
      diagnostic(
        "RW002-syntax-error",
        `expected ${RULE_DESCRIPTIONS.statement} but found '${first.image}'`,
        at(first.startOffset, first.endOffset! + 1),
        source,
      ),
    );
    while (i < tokens.length && !STATEMENT_STARTS.has(tokens[i]!.tokenType)) i++;
  }
  while (i < tokens.length) {
    let j = i + 1;
    while (j < tokens.length && !STATEMENT_STARTS.has(tokens[j]!.tokenType)) j++;
    const chunk = tokens.slice(i, j);
    const deepToken = tooDeepToken(chunk);
    if (deepToken) {
      diagnostics.push(nestedTooDeeply(at(deepToken.startOffset, deepToken.endOffset! + 1), source));
      i = j;
      continue;
    }
    ruleParser.input = chunk;
    const cst = ruleParser.statement() as StatementCstNode;
    const chunkSpan = at(chunk[0]!.startOffset, chunk[chunk.length - 1]!.endOffset! + 1);
    for (const error of ruleParser.errors) diagnostics.push(parseErrorDiagnostic(error, chunk, at, source));
    const statement = cst ? builder.statement(cst, chunkSpan) : null;
    const deepExpression = statement ? tooDeepExpression(statement) : null;
    if (deepExpression) diagnostics.push(nestedTooDeeply(deepExpression, source));
    else if (statement) statements.push(statement);
    i = j;
  }
  const lang = detectLanguage(tokens, diagnostics, at, source);
  const comments: A.Comment[] = (lexed.groups.comments ?? []).map((t: IToken) => ({
    span: at(t.startOffset, t.endOffset! + 1),
    text: t.image,
  }));
  // The file's span ends at its last character that is not white space: blank lines after the rules
  // are not indented in a YAML block, so a position on them has no place in the rules.
  const ast: A.RuleFile = { kind: "RuleFile", span: at(0, text.trimEnd().length), statements, comments, lang };
  return { ast, diagnostics };
}

/** A statement nested deeper than the checker and formatter can follow is left out of the AST. */
function nestedTooDeeply(span: A.Span, source: string): Diagnostic {
  return diagnostic(
    "RW043-nested-too-deeply",
    `this statement nests more than ${MAX_NESTING} levels deep (brackets, not, minus, if … then … otherwise, or a chain of operators); expected at most ${MAX_NESTING}: give parts of it a name with \`definition\``,
    span,
    source,
  );
}

function lineEnd(text: string, offset: number): number {
  const end = text.indexOf("\n", offset);
  return end < 0 ? text.length : end;
}

function parseErrorDiagnostic(error: IRecognitionException, chunk: IToken[], at: SpanMaker, source: string): Diagnostic {
  const token = error.token;
  const real = Number.isFinite(token.startOffset) && token.tokenType.name !== "EOF";
  // At the end of input (or at a token inserted by recovery) anchor just after the last real token.
  const anchor = real ? token : chunk[chunk.length - 1]!;
  const span = real
    ? at(anchor.startOffset, anchor.endOffset! + 1)
    : at(anchor.endOffset! + 1, anchor.endOffset! + 1);
  const found = real ? `'${token.image}'` : "the end of the statement";
  const expected = expectedFrom(error);
  return diagnostic("RW002-syntax-error", `expected ${expected} but found ${found}`, span, source);
}

function expectedFrom(error: IRecognitionException): string {
  const mismatch = /Expecting token of type --> (\w+) <--/.exec(error.message);
  if (mismatch) {
    const type = Object.values(T).find((t): t is TokenType => typeof t === "object" && t !== null && "name" in t && (t as TokenType).name === mismatch[1]);
    const keyword = T.Keyword[mismatch[1] as keyof typeof T.Keyword];
    if (keyword) return `'${mismatch[1]!.toLowerCase()}'`;
    return type ? describeToken(type) : mismatch[1]!;
  }
  const rule = error.context.ruleStack[error.context.ruleStack.length - 1] ?? "expression";
  return RULE_DESCRIPTIONS[rule] ?? RULE_DESCRIPTIONS.expression!;
}

/** A file is written in one keyword language; mixing them is allowed but flagged. */
function detectLanguage(tokens: IToken[], diagnostics: Diagnostic[], at: SpanMaker, source: string): Lang | null {
  let lang: Lang | null = null;
  for (const token of tokens) {
    if (token.tokenType === T.Identifier || token.tokenType === T.StringLiteral) continue;
    const word = languageOfWord(token.image);
    if (!word) continue;
    if (!lang) lang = word;
    else if (word !== lang) {
      diagnostics.push(
        diagnostic(
          "RW040-mixed-languages",
          `'${token.image}' is ${word === "nl" ? "a Dutch" : "an English"} keyword in a file written with ${lang === "nl" ? "Dutch" : "English"} keywords`,
          at(token.startOffset, token.endOffset! + 1),
          source,
        ),
      );
      return lang;
    }
  }
  return lang;
}
