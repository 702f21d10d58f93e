/**
 * Decisions that read each other in a cycle (RW044). A rule may read another decision's outcome
 * (`outcome(art24.x)`, decision-ref.ts), so decisions are evaluated in the order of what they read;
 * a decision that reads itself — directly, through other decisions, through definitions that read a
 * decision, or through an exception a faculty file adds to it — has no such order. The graph's nodes
 * are decisions, parameters and definitions (`ns.name`); a decision's edges are the names its rules
 * and the exceptions to it read. Cycles of definitions alone are RW041.
 */
import type * as A from "../ast.js";
import { forEachName } from "../ast-walk.js";
import { diagnostic, type Diagnostic } from "../diagnostics.js";

/** One file as the cycle finder sees it. */
export interface CycleFile {
  readonly namespace: string;
  readonly source: string;
  readonly statements: readonly A.Statement[];
}

export interface DecisionUse {
  readonly key: string;
  readonly span: A.Span;
  /** The file the reading rule is written in (an exception's is a faculty file). */
  readonly source: string;
}

export interface DecisionGraphNode {
  readonly key: string;
  readonly decision: boolean;
  readonly source: string;
  readonly span: A.Span;
  readonly uses: DecisionUse[];
}

/**
 * The key (`ns.name`) a name written in a file stands for, or null for a fact or variable: a name
 * its namespace declares (in any of its files), or `ns.name` of one of `namespaces`.
 */
export function nameKeys(files: readonly Pick<CycleFile, "namespace" | "statements">[], namespaces: ReadonlySet<string>): (file: Pick<CycleFile, "namespace">, path: readonly string[]) => string | null {
  const declared = new Map<string, Set<string>>();
  for (const file of files) {
    const names = declared.get(file.namespace) ?? new Set<string>();
    declared.set(file.namespace, names);
    for (const s of file.statements) if ((s.kind === "Declaration" || s.kind === "DecisionDecl") && s.name) names.add(s.name);
  }
  return (file, path) => {
    const [head, second] = path;
    if (!head) return null;
    if (declared.get(file.namespace)?.has(head)) return `${file.namespace}.${head}`;
    if (second !== undefined && namespaces.has(head)) return `${head}.${second}`;
    return null;
  };
}

/** Which cycles to report: those within one file (the file checker) or across files (the version checker). */
export type CycleReach = "within-file" | "across-files";

/**
 * The graph the cycles are found in: per decision, parameter and definition (`ns.name`), the names
 * its rules, value and the exceptions to it read. Evaluation orders decisions by it too
 * (engine/evaluate/decision-order.ts). `namespaces`: the article and set names `ns.name` may start with.
 */
export function decisionGraph(files: readonly CycleFile[], namespaces: ReadonlySet<string>): ReadonlyMap<string, DecisionGraphNode> {
  const nodes = new Map<string, DecisionGraphNode>();
  const keyOf = nameKeys(files, namespaces);
  const usesIn = (file: CycleFile, exprs: readonly (A.Expr | null)[], into: DecisionUse[]) => {
    for (const expr of exprs) {
      forEachName(expr, (path, ref) => {
        const key = keyOf(file, path);
        if (key) into.push({ key, span: ref.span, source: file.source });
      });
    }
  };
  const nodeFor = (key: string, decision: boolean, file: CycleFile, span: A.Span): DecisionGraphNode => {
    let node = nodes.get(key);
    if (!node) nodes.set(key, (node = { key, decision, source: file.source, span, uses: [] }));
    return node;
  };
  for (const file of files) {
    for (const s of file.statements) {
      if (s.kind === "Declaration" && s.name) usesIn(file, [s.value], nodeFor(`${file.namespace}.${s.name}`, false, file, s.nameSpan).uses);
      if (s.kind === "DecisionDecl" && s.name) {
        usesIn(file, [s.forEach?.collection ?? null, ...s.rules.flatMap((r) => [r.condition, r.value])], nodeFor(`${file.namespace}.${s.name}`, true, file, s.nameSpan).uses);
      }
    }
  }
  // An exception is part of the decision it changes: what it reads, the decision reads.
  for (const file of files) {
    for (const s of file.statements) {
      if (s.kind !== "ExceptionDecl" || !s.target) continue;
      const target = keyOf(file, s.target.path) ?? `${file.namespace}.${s.target.path.join(".")}`;
      const node = nodes.get(target);
      if (node?.decision) usesIn(file, s.rules.flatMap((r) => [r.condition, r.value]), node.uses);
    }
  }

  return nodes;
}

/**
 * Every cycle through at least one decision, as RW044 once per file whose rules read a step of it,
 * at the first such read (starting from a decision). `namespaces`: the article and set names `ns.name` may start with.
 */
export function decisionCycles(files: readonly CycleFile[], namespaces: ReadonlySet<string>, reach: CycleReach): Diagnostic[] {
  const nodes = decisionGraph(files, namespaces);
  const out: Diagnostic[] = [];
  const reported = new Set<string>();
  const state = new Map<string, "visiting" | "done">();
  const stack: { key: string; use: DecisionUse | null }[] = [];
  const visit = (key: string): void => {
    const node = nodes.get(key);
    if (!node || state.get(key) === "done") return;
    state.set(key, "visiting");
    for (const use of node.uses) {
      stack.push({ key, use });
      if (state.get(use.key) === "visiting") report(use.key);
      else visit(use.key);
      stack.pop();
    }
    state.set(key, "done");
  };
  const report = (closing: string): void => {
    const from = stack.findIndex((s) => s.key === closing);
    const steps = stack.slice(from);
    const cycleNodes = steps.map((s) => nodes.get(s.key)!);
    if (!cycleNodes.some((n) => n.decision)) return;
    const sources = new Set(cycleNodes.map((n) => n.source));
    if (reach === "within-file" ? sources.size !== 1 : sources.size === 1) return;
    const id = [...steps.map((s) => s.key)].sort().join(" ");
    if (reported.has(id)) return;
    reported.add(id);
    // Start the message at a decision, so it reads "the decision reads …".
    const start = cycleNodes.findIndex((n) => n.decision);
    const ordered = [...steps.slice(start), ...steps.slice(0, start)];
    const where = (n: DecisionGraphNode) => `${n.key} (${n.source}:${n.span.line}:${n.span.column})`;
    const chain = [...ordered.map((s) => where(nodes.get(s.key)!)), ordered[0]!.key].join(" → ");
    // Once in each file whose rules read a step of the cycle, at its first such read: a faculty file
    // whose exception closes the cycle is told so itself, not only the general text it reads.
    const told = new Set<string>();
    for (const step of ordered) {
      if (told.has(step.use!.source)) continue;
      told.add(step.use!.source);
      out.push(diagnostic("RW044-decision-cycle", `decisions read each other in a cycle: ${chain}; a decision may not depend on its own outcome`, step.use!.span, step.use!.source));
    }
  };
  for (const key of nodes.keys()) visit(key);
  return out;
}
