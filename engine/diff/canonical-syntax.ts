/**
 * A rule statement's meaning as text: the receipt's idea (engine/receipt, the rules hash) of syntax
 * without positions, comments or keyword language. The keyword a declaration was written with
 * (`definition` or `definitie`) is layout here too: its `role` carries the meaning.
 */
import { canonicalJson } from "../receipt/index.js";

const LAYOUT_KEYS = new Set(["span", "comments", "lang", "text", "keyword"]);

function withoutLayout(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutLayout);
  if (node === null || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (LAYOUT_KEYS.has(key) || key.endsWith("Span") || key.endsWith("Spans")) continue;
    out[key] = withoutLayout(value);
  }
  return out;
}

export function canonicalSyntax(node: unknown): string {
  return canonicalJson(withoutLayout(node));
}

/** The same without the statement's name: two statements equal under this were renamed. */
export function canonicalBody(node: object): string {
  const { name: _name, ...rest } = node as { name?: string };
  return canonicalSyntax(rest);
}
