/**
 * Which decisions read a given decision, directly or through others (their rules, the exceptions
 * faculty files add to them, the definitions they use): an exception to that decision may not read
 * any of them, or decisions would read each other in a cycle (RW044, docs/language.md "No cycles").
 * The version checker finds such a cycle (dsl/checker/decision-cycles.ts) but reports it at the
 * first decision of the cycle — often in another file than the one being edited — so the form does
 * not offer those decisions at all. The graph is the cycle finder's: the same names (nameKeys), the same edges.
 */
import { forEachName, nameKeys, type Expr, type Statement } from "../../../dsl/index.js";

export interface GraphFile {
  readonly namespace: string;
  readonly statements: readonly Statement[];
}

/** For each name `ns.name`, the names that read it (the reverse of the cycle finder's edges). */
export function readersOf(files: readonly GraphFile[]): Map<string, Set<string>> {
  const keyOf = nameKeys(files, new Set(files.map((f) => f.namespace)));
  const readers = new Map<string, Set<string>>();
  const edges = (f: GraphFile, reader: string, exprs: readonly (Expr | null)[]) => {
    for (const e of exprs) {
      forEachName(e, (path) => {
        const read = keyOf(f, path);
        if (read) readers.set(read, (readers.get(read) ?? new Set()).add(reader));
      });
    }
  };
  for (const f of files) {
    for (const s of f.statements) {
      if (s.kind === "Declaration" && s.name) edges(f, `${f.namespace}.${s.name}`, [s.value]);
      if (s.kind === "DecisionDecl" && s.name) edges(f, `${f.namespace}.${s.name}`, [s.forEach?.collection ?? null, ...s.rules.flatMap((r) => [r.condition, r.value])]);
      // An exception is part of the decision it changes: what it reads, the decision reads.
      if (s.kind === "ExceptionDecl" && s.target) {
        const target = keyOf(f, s.target.path) ?? `${f.namespace}.${s.target.path.join(".")}`;
        edges(f, target, s.rules.flatMap((r) => [r.condition, r.value]));
      }
    }
  }
  return readers;
}

/** Every name that reads `key`, directly or through others. */
export function readingBack(readers: ReadonlyMap<string, ReadonlySet<string>>, key: string): Set<string> {
  const out = new Set<string>();
  const queue = [key];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const r of readers.get(next) ?? []) if (!out.has(r)) queue.push((out.add(r), r));
  }
  return out;
}
