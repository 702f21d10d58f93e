/**
 * The order in which a version's general texts are checked: an article after the articles whose
 * names it reads, so that a name of another article has its type when it is read (a date defined
 * in art. 21 is a date in art. 9's decision value, not a day number). Files that read each other in
 * a cycle keep their file order; the cycle of definitions itself is RW041 (crossFileCycles).
 */
import { expressionsOf, forEachName, type Expr, type RuleFile } from "../../dsl/index.js";

/** The namespaces a file's rules name as `ns.name` (the first part of each dotted name). */
export function namespacesRead(ast: RuleFile, known: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  const read = (expr: Expr | null) =>
    forEachName(expr, (path) => {
      if (path.length >= 2 && known.has(path[0]!)) out.add(path[0]!);
    });
  for (const s of ast.statements) for (const expr of expressionsOf(s)) read(expr);
  return out;
}

/** Indices of `items` (in file order) so that each comes after the namespaces it reads; depth first. */
export function dependencyOrder<T>(items: readonly T[], namespaceOf: (item: T) => string, reads: (item: T) => ReadonlySet<string>): number[] {
  const byNamespace = new Map<string, number>();
  items.forEach((item, i) => {
    if (!byNamespace.has(namespaceOf(item))) byNamespace.set(namespaceOf(item), i);
  });
  const order: number[] = [];
  const state = new Map<number, "visiting" | "done">();
  const visit = (i: number): void => {
    if (state.has(i)) return; // done, or a cycle: the file order decides
    state.set(i, "visiting");
    for (const ns of reads(items[i]!)) {
      const j = byNamespace.get(ns);
      if (j !== undefined && j !== i) visit(j);
    }
    state.set(i, "done");
    order.push(i);
  };
  items.forEach((_, i) => visit(i));
  return order;
}
