/**
 * Whether two texts of a regulation file have the same effect on other files' outcomes: the same
 * rules, kind, scope and approval. Titles, provisions, interpretations and the file's own tests
 * change no other file's outcome, so the effects pane need not evaluate anything for them.
 */
import { parse } from "yaml";

export function sameEffect(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    const [x, y] = [parse(a), parse(b)] as [Record<string, unknown> | null, Record<string, unknown> | null];
    const key = (d: Record<string, unknown> | null) => JSON.stringify([d?.["rules"], d?.["kind"], d?.["scope"], d?.["approval"], d?.["article"], d?.["id"], d?.["open_to_faculties"]]);
    return key(x) === key(y);
  } catch {
    return false;
  }
}
