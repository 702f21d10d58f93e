/**
 * Helpers for the workspace tests: a small in-memory version (an article with a faculty
 * supplement, and a second article naming the first), `<|>` cursor markers in YAML text, files
 * read from disk into a path → text map, and a fresh workspace over the same texts to compare with.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "../../../dsl/index.js";
import { Workspace } from "../../../engine/index.js";
import { DIR, MANIFEST, regulationYaml } from "../../support/regulation-set.js";

export { DIR };
export const CURSOR = "<|>";

export const GENERAL = `${DIR}/art-10/general.yaml`;
export const LAW = `${DIR}/art-10/law.yaml`;
export const ART11 = `${DIR}/art-11/general.yaml`;

export function fixtureFiles(): Record<string, string> {
  return {
    [`${DIR}/manifest.yaml`]: MANIFEST,
    [GENERAL]: regulationYaml({
      id: "art10",
      article: 10,
      open: ["minimum_credits", "minimum"],
      rules: `
parameter minimum = 25 sp "ten minste 25 studiepunten"
parameter maximum = 72 sp "ten hoogste 72 studiepunten"
definition credits_taken "opgenomen studiepunten" = sum(c.credits for c in courses)
decision minimum_credits "Minimumgrens studiepunten" §2:
  allowed if credits_taken >= minimum
  otherwise refused
`,
      tests: `
- name: genoeg studiepunten
  given:
    courses: []
  expect:
    minimum_credits: refused
`,
    }),
    [LAW]: regulationYaml({
      article: 10,
      kind: "supplement",
      scope: { faculty: "LAW" },
      rules: `
exception to minimum_credits:
  allowed if credits_taken >= minimum - 5 sp
`,
    }),
    [ART11]: regulationYaml({
      id: "art11",
      article: 11,
      rules: `
decision maximum_credits:
  refused if art10.credits_taken > art10.maximum
  otherwise allowed
`,
    }),
  };
}

/** The text without its `<|>` marker, and the marker's offset. */
export function atCursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf(CURSOR);
  if (offset < 0) throw new Error("no <|> in the text");
  return { text: marked.replace(CURSOR, ""), offset };
}

/** Put a cursor marker before the `n`th (0-based) occurrence of `needle` (plus `plus` characters). */
export function mark(text: string, needle: string, plus = 0, n = 0): string {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`no ${needle} in the text`);
  }
  return text.slice(0, at + plus) + CURSOR + text.slice(at + plus);
}

/** Offset of the `n`th occurrence of `needle` in the text, plus `plus`. */
export function offsetOf(text: string, needle: string, plus = 0, n = 0): number {
  return atCursor(mark(text, needle, plus, n)).offset;
}

export function readTree(dir: string, out: Record<string, string> = {}): Record<string, string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) readTree(path, out);
    else out[path.split("\\").join("/")] = readFileSync(path, "utf8");
  }
  return out;
}

export function brief(d: Diagnostic): string {
  return `${d.span.line}:${d.span.column}-${d.span.endLine}:${d.span.endColumn} [${d.span.start},${d.span.end}) ${d.code} ${d.message}`;
}

/** Every document's diagnostics, as a fresh workspace over the same texts finds them. */
export function freshDiagnostics(ws: Workspace): Record<string, string[]> {
  const texts: Record<string, string> = {};
  for (const uri of ws.uris()) texts[uri] = ws.text(uri)!;
  return allDiagnostics(Workspace.fromFiles(texts));
}

export function allDiagnostics(ws: Workspace): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const uri of ws.uris()) out[uri] = ws.diagnostics(uri).map(brief);
  return out;
}
