/**
 * A rule statement's meaning as text: the receipt's canonical syntax (engine/receipt: no positions,
 * comments, keyword language or declaration keyword), so the diff and the rules hash agree on what
 * counts as a change.
 */
import { canonicalJson, withoutLayout } from "../receipt/index.js";

export function canonicalSyntax(node: unknown): string {
  return canonicalJson(withoutLayout(node));
}

/** The same without the statement's name: two statements equal under this were renamed. */
export function canonicalBody(node: object): string {
  const { name: _name, ...rest } = node as { name?: string };
  return canonicalSyntax(rest);
}
