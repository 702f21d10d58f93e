/**
 * Text mutations for the property tests: delete, insert or replace a character, or delete,
 * duplicate, swap or replace a token, so that broken inputs stay close to real rule files.
 */
import fc from "fast-check";
import { AGGREGATES, KEYWORDS, OUTCOMES, UNITS } from "../../dsl/keywords.js";
import { BUILTINS } from "../../dsl/builtins.js";

/** Characters that matter to the lexer, plus a few it does not know. */
export const CHARS = [..."az_Z09 \n\t\r\"#§()[]{},:.=<>!-+*/%\\≤≥≠–é~@$;'`", "\u{1F600}", "\u0000"];

/** Words of the language in both keyword sets, names of the context, and literals. */
export const WORDS: readonly string[] = [
  ...Object.values(KEYWORDS).flatMap((k) => [k.en, k.nl]),
  ...Object.values(OUTCOMES).flatMap((k) => [k.en, k.nl]),
  ...Object.values(AGGREGATES).flatMap((k) => [k.en, k.nl]),
  ...Object.values(UNITS).flatMap((k) => [k.en, k.nl]),
  ...BUILTINS.flatMap((b) => [b.name, b.nl]),
  "field",
  "courses",
  "enrolment",
  "student",
  "calendar",
  "c",
  "c.credits",
  "enrolment.programme.kind",
  "art22.minimum",
  "art22",
  "art35.third_enrolment",
  "0",
  "25 sp",
  "18.33 %",
  "2020-09-21",
  "2020-02-30",
  '"bridging"',
  '"x" / "y"',
  "§2",
  "§ 2 - 3",
  "# comment\n",
  "\n",
  ":",
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  ",",
  "=",
  "<=",
  "-",
  "/",
  ".",
];

const TOKEN = /"(?:[^"\\\n]|\\.)*"|\d{4}-\d{2}-\d{2}|\d+(?:\.\d+)?|[A-Za-z_][A-Za-z0-9_]*|\s+|#[^\n]*|./gsu;

export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

export type Mutation =
  | { readonly kind: "deleteChar" | "deleteToken" | "duplicateToken"; readonly at: number }
  | { readonly kind: "insertChar" | "replaceChar"; readonly at: number; readonly char: string }
  | { readonly kind: "insertToken" | "replaceToken"; readonly at: number; readonly word: string }
  | { readonly kind: "swapTokens"; readonly at: number; readonly other: number };

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom("deleteChar" as const, "deleteToken" as const, "duplicateToken" as const), at: fc.nat() }),
  fc.record({ kind: fc.constantFrom("insertChar" as const, "replaceChar" as const), at: fc.nat(), char: fc.constantFrom(...CHARS) }),
  fc.record({ kind: fc.constantFrom("insertToken" as const, "replaceToken" as const), at: fc.nat(), word: fc.constantFrom(...WORDS) }),
  fc.record({ kind: fc.constant("swapTokens" as const), at: fc.nat(), other: fc.nat() }),
);

export function mutate(text: string, m: Mutation): string {
  switch (m.kind) {
    case "deleteChar": {
      if (text.length === 0) return text;
      const i = m.at % text.length;
      return text.slice(0, i) + text.slice(i + 1);
    }
    case "insertChar": {
      const i = m.at % (text.length + 1);
      return text.slice(0, i) + m.char + text.slice(i);
    }
    case "replaceChar": {
      if (text.length === 0) return m.char;
      const i = m.at % text.length;
      return text.slice(0, i) + m.char + text.slice(i + 1);
    }
    default: {
      const ts = tokens(text);
      if (ts.length === 0) return m.kind === "insertToken" || m.kind === "replaceToken" ? m.word : text;
      const i = m.at % ts.length;
      switch (m.kind) {
        case "deleteToken":
          ts.splice(i, 1);
          break;
        case "duplicateToken":
          ts.splice(i, 0, ts[i]!);
          break;
        case "insertToken":
          ts.splice(i, 0, ` ${m.word} `);
          break;
        case "replaceToken":
          ts[i] = m.word;
          break;
        case "swapTokens": {
          const j = m.other % ts.length;
          [ts[i], ts[j]] = [ts[j]!, ts[i]!];
          break;
        }
      }
      return ts.join("");
    }
  }
}

export function mutateAll(text: string, mutations: readonly Mutation[]): string {
  return mutations.reduce(mutate, text);
}
