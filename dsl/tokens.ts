/**
 * Tokens of the rule language. Every keyword accepts its English and its Dutch spelling
 * (see keywords.ts); identifiers are ASCII snake_case so that both keyword sets stay reserved.
 */
import { createToken, Lexer, type TokenType } from "chevrotain";
import { AGGREGATES, KEYWORDS, OUTCOMES, UNITS, UNIT_SINGULARS, type KeywordSpelling } from "./keywords.js";

export const WhiteSpace = createToken({ name: "WhiteSpace", pattern: /[ \t\r\n]+/, group: Lexer.SKIPPED });
/** Comments are kept in their own group so the formatter can print them back. */
export const Comment = createToken({ name: "Comment", pattern: /#[^\n\r]*/, group: "comments" });

export const Identifier = createToken({ name: "Identifier", pattern: /[A-Za-z_][A-Za-z0-9_]*/ });

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\%]/g, "\\$&");
}

function wordPattern(words: readonly string[]): RegExp {
  const unique = [...new Set(words)].sort((a, b) => b.length - a.length);
  const alternatives = unique.map(escape).join("|");
  // A word keyword must not run on into an identifier ("in" vs "initial"): longer_alt does that,
  // the boundary keeps "%" (not a word) working too.
  return new RegExp(`(?:${alternatives})(?![A-Za-z0-9_])`);
}

function keyword(name: string, spellings: readonly string[]): TokenType {
  return createToken({ name, pattern: wordPattern(spellings), longer_alt: Identifier });
}

function spellingsOf(entry: KeywordSpelling): string[] {
  return [entry.en, entry.nl];
}

/** Structural keywords by canonical name. */
export const Keyword = Object.fromEntries(
  Object.entries(KEYWORDS).map(([name, spelling]) => [name, keyword(name, spellingsOf(spelling))]),
) as Record<keyof typeof KEYWORDS, TokenType>;

/** One token for every outcome word; the image tells which. */
export const OutcomeWord = keyword(
  "OutcomeWord",
  Object.values(OUTCOMES).flatMap(spellingsOf),
);

/** One token for every aggregate word (sum, count, all, any, smallest, largest). */
export const AggregateWord = keyword(
  "AggregateWord",
  Object.values(AGGREGATES).flatMap(spellingsOf),
);

const unitWords = [...Object.values(UNITS).flatMap(spellingsOf), ...Object.keys(UNIT_SINGULARS)].filter((w) => w !== "%");
export const UnitWord = keyword("UnitWord", unitWords);
export const Percent = createToken({ name: "Percent", pattern: /%/ });

export const DateLiteral = createToken({ name: "DateLiteral", pattern: /\d{4}-\d{2}-\d{2}(?![0-9])/ });
export const NumberLiteral = createToken({ name: "NumberLiteral", pattern: /\d+(?:\.\d+)?/ });
export const StringLiteral = createToken({ name: "StringLiteral", pattern: /"(?:[^"\\\n\r]|\\.)*"/ });
export const Paragraph = createToken({ name: "Paragraph", pattern: /§\s*\d+[a-z]?(?:\s*[-–]\s*\d+[a-z]?)?/ });

export const NotEquals = createToken({ name: "NotEquals", pattern: /!=|≠/ });
export const LessEquals = createToken({ name: "LessEquals", pattern: /<=|≤/ });
export const GreaterEquals = createToken({ name: "GreaterEquals", pattern: />=|≥/ });
export const Less = createToken({ name: "Less", pattern: /</ });
export const Greater = createToken({ name: "Greater", pattern: />/ });
export const Equals = createToken({ name: "Equals", pattern: /=/ });
export const Plus = createToken({ name: "Plus", pattern: /\+/ });
export const Minus = createToken({ name: "Minus", pattern: /-/ });
export const Star = createToken({ name: "Star", pattern: /\*/ });
export const Slash = createToken({ name: "Slash", pattern: /\// });
export const LParen = createToken({ name: "LParen", pattern: /\(/ });
export const RParen = createToken({ name: "RParen", pattern: /\)/ });
export const LBracket = createToken({ name: "LBracket", pattern: /\[/ });
export const RBracket = createToken({ name: "RBracket", pattern: /]/ });
export const LBrace = createToken({ name: "LBrace", pattern: /{/ });
export const RBrace = createToken({ name: "RBrace", pattern: /}/ });
export const Comma = createToken({ name: "Comma", pattern: /,/ });
export const Colon = createToken({ name: "Colon", pattern: /:/ });
export const Dot = createToken({ name: "Dot", pattern: /\./ });

/** Order matters: longer and more specific patterns first, identifiers last. */
export const allTokens: TokenType[] = [
  WhiteSpace,
  Comment,
  DateLiteral,
  NumberLiteral,
  StringLiteral,
  Paragraph,
  NotEquals,
  LessEquals,
  GreaterEquals,
  Less,
  Greater,
  Equals,
  Plus,
  Minus,
  Star,
  Slash,
  LParen,
  RParen,
  LBracket,
  RBracket,
  LBrace,
  RBrace,
  Comma,
  Colon,
  Dot,
  Percent,
  ...Object.values(Keyword),
  OutcomeWord,
  AggregateWord,
  UnitWord,
  Identifier,
];

export const ruleLexer = new Lexer(allTokens, { positionTracking: "full", ensureOptimizations: false });
