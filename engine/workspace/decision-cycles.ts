/**
 * Cycles of decision reads across the files of a version (RW044), kept up to date while typing: the
 * version checker finds them when the version is checked as a whole, but a faculty exception typed
 * in the editor can close one without changing anything structural. They are found again only when
 * an edit changes what the graph is made of — the names a file declares and the names each of its
 * statements reads (`graphKey`); any other edit cannot add or remove an edge.
 */
import { decisionCycles, expressionsOf, forEachName, type Diagnostic, type Statement } from "../../dsl/index.js";
import type { Doc } from "./model.js";

/** What of a file the decision graph is built from: per statement, its kind, name or target, and the names it reads. */
export function graphKey(statements: readonly Statement[]): string {
  const parts: string[] = [];
  for (const s of statements) {
    const own = s.kind === "Declaration" || s.kind === "DecisionDecl" ? (s.name ?? "") : s.kind === "ExceptionDecl" ? (s.target?.path.join(".") ?? "") : "";
    const read: string[] = [];
    for (const e of expressionsOf(s)) forEachName(e, (path) => read.push(path.join(".")));
    parts.push(`${s.kind} ${own}: ${read.join(" ")}`);
  }
  return parts.join("\n");
}

/** The cross-file cycles of a version's placed documents, as `regelwerk check` reports them. */
export function crossFileDecisionCycles(placed: readonly Doc[], namespaces: ReadonlySet<string>): Diagnostic[] {
  return decisionCycles(
    placed.map((d) => ({ namespace: d.namespace!, source: d.uri, statements: d.file!.ast.statements })),
    namespaces,
    "across-files",
  );
}
