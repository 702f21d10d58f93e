/**
 * Condition coverage of the examples: rule coverage says each rule decided some example, but a rule
 * `refused if a and b` that decides once says nothing of `b` alone. Here each condition of each
 * rule — each operand of `and`/`or` (through `not`), down to a comparison, an `any`/`all`, a fact,
 * a definition or a parameter — must have been evaluated both true and false by the examples, with
 * the rule reached (a condition skipped by short-circuit evaluation was not evaluated).
 *
 * What a condition evaluated to is read from the traces of the test runs: comparisons, `any`/`all`,
 * facts and definitions are observed by the compiled rules. A field of a `for each` element used as
 * a condition on its own (`c.exempt`) is not observed: its value is read from the element of the
 * context the decision is about, and whether it was evaluated follows from the evaluation order
 * and the other conditions; what still has no value (a function call used as a condition) is
 * inferred from the rule's outcome where only one value fits, and otherwise left unknown for that
 * run. A run where a condition lacked facts counts for neither.
 *
 * A condition that is the exact complement of an earlier rule's condition in the same block
 * (complements.ts) cannot be false where it is reached; it counts as covered through the earlier
 * condition when that one is seen both true and false and this one is seen with the value its rule
 * needs.
 */
import type * as A from "../../dsl/index.js";
import { printExpr } from "../../dsl/index.js";
import type { RegulationFile, RegulationVersion } from "../check/index.js";
import { fileLang } from "../compile/index.js";
import type { DecisionResult } from "../evaluate/index.js";
import { complementPair } from "./complements.js";
import { argumentCode, elementKey, isUndecided, type DefinitionBodies, type Observation, type RuleTrace, type StepReason } from "../runtime/index.js";

/** A condition of a rule: where it is, its text, and what the examples made of it. */
export interface Condition {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly text: string;
  seenTrue: boolean;
  seenFalse: boolean;
  /** Set where this condition is the complement of `of`, an earlier rule's condition; `holds`: its value where its rule applies. */
  complement: { readonly of: Condition; readonly holds: boolean } | null;
}

/** Covered as the complement of an earlier rule's condition (see above), not by being seen both ways. */
export function coveredAsComplement(c: Condition): boolean {
  if (c.seenTrue && c.seenFalse) return false;
  return c.complement !== null && (c.complement.holds ? c.seenTrue : c.seenFalse) && c.complement.of.seenTrue && c.complement.of.seenFalse;
}

/** Shown by the examples to change the outcome: seen both true and false, or covered as a complement. */
export function conditionCovered(c: Condition): boolean {
  return (c.seenTrue && c.seenFalse) || coveredAsComplement(c);
}

type Tree = { kind: "and" | "or"; left: Tree; right: Tree } | { kind: "not"; operand: Tree } | { kind: "atom"; index: number };

interface Atom {
  readonly condition: Condition;
  /** How a trace names it: condition text (Dutch keywords), fact path or definition name; null: not observed. */
  readonly observedAs: { kind: "condition" | "fact" | "symbol"; key: string } | { kind: "call"; key: string; variable: string | null } | null;
  /** A name whose head is a variable (`c.exempt`): its path, read from the element the decision is for. */
  readonly variablePath: readonly string[] | null;
}

interface RuleConditions {
  readonly tree: Tree;
  readonly atoms: readonly Atom[];
}

export interface ConditionCoverage {
  /** Every condition of every rule (and of every definition's body, where asked), in file and position order. */
  readonly conditions: readonly Condition[];
  /** Record the traces of one evaluation of the student context `given` (and what its definitions' bodies tested). */
  record(decisions: readonly DecisionResult[], given: unknown, bodies?: DefinitionBodies): void;
}

/** What the head of a name is: a fact of the context, a name of the version, or a variable. */
interface Names {
  readonly facts: ReadonlySet<string>;
  /** Namespaces, and the names declared in the file's namespace. */
  readonly symbols: ReadonlySet<string>;
}

function treeOf(expr: A.Expr | null, atoms: Atom[], file: RegulationFile, names: Names, conditionsOnly = false): Tree | null {
  if (!expr) return null;
  if (expr.kind === "Binary" && (expr.operator === "and" || expr.operator === "or")) {
    const left = treeOf(expr.left, atoms, file, names, conditionsOnly);
    const right = treeOf(expr.right, atoms, file, names, conditionsOnly);
    return left && right ? { kind: expr.operator, left, right } : null;
  }
  if (expr.kind === "Unary" && expr.operator === "not") {
    const operand = treeOf(expr.operand, atoms, file, names, conditionsOnly);
    return operand ? { kind: "not", operand } : null;
  }
  const text = printExpr(expr, fileLang(file));
  let observedAs: Atom["observedAs"] = null;
  let variablePath: readonly string[] | null = null;
  if ((expr.kind === "Binary" && ["=", "!=", "<", "<=", ">", ">=", "in"].includes(expr.operator)) || (expr.kind === "Aggregate" && (expr.aggregate === "any" || expr.aggregate === "all"))) {
    observedAs = { kind: "condition", key: printExpr(expr, "nl") };
  } else if (expr.kind === "DefinitionCall") {
    // A definition of an element, called: its value is in the trace, under the element's code.
    const arg = expr.args[0];
    observedAs = { kind: "call", key: expr.callee.path.join("."), variable: expr.args.length === 1 && arg?.kind === "NameRef" && arg.path.length === 1 ? arg.path[0]! : null };
  } else if (expr.kind === "NameRef") {
    const head = expr.path[0]!;
    // A variable's fields (`c.exempt` in a rule per course) are not observed.
    if (names.symbols.has(head)) observedAs = { kind: "symbol", key: expr.path.join(".") };
    else if (names.facts.has(head)) observedAs = { kind: "fact", key: expr.path.join(".") };
    else variablePath = expr.path;
  }
  // A definition of an element's trace gives only the conditions its body tested and the calls it made (`why`).
  if (conditionsOnly && observedAs?.kind !== "condition" && observedAs?.kind !== "call") observedAs = null;
  const index = atoms.length;
  atoms.push({ condition: { file: file.path, line: expr.span.line, column: expr.span.column, text, seenTrue: false, seenFalse: false, complement: null }, observedAs, variablePath });
  return { kind: "atom", index };
}

/** The value of each observed condition in one rule's evaluation; undefined where it was not seen. */
function observedValues(atoms: readonly Atom[], observations: readonly Observation[], element: { variable: string; value: unknown } | null): (unknown | undefined)[] {
  return atoms.map((atom) => {
    if (!atom.observedAs) return undefined;
    if (atom.observedAs.kind === "call") return callValue(atom.observedAs, observations, element);
    const { kind, key } = atom.observedAs;
    if (kind === "symbol") return symbolValue(key.split("."), observations);
    const found = observations.find((o) => (kind === "condition" ? o.kind === "condition" && o.text_nl === key : o.kind === "fact" && o.path === key));
    return found ? found.value : undefined;
  });
}

/** A call of a definition of an element as observed: on the decision's own element where the argument is its variable. */
function callValue(call: { key: string; variable: string | null }, observations: readonly Observation[], element: { variable: string; value: unknown } | null): unknown {
  const code = element && call.variable === element.variable ? argumentCode(element.value, "") : null;
  const found = observations.find(
    (o) => o.kind === "definition" && o.argument !== undefined && (o.name === call.key || o.name.endsWith(`.${call.key}`)) && (code === null || o.argument === code),
  );
  return found ? found.value : undefined;
}

/**
 * A parameter or definition as observed, or a field of it (`career.second_refused`, where the
 * definition's value is a record): the longest leading part of the path that names an observation.
 */
function symbolValue(path: readonly string[], observations: readonly Observation[]): unknown {
  for (let k = path.length; k >= 1; k--) {
    const key = path.slice(0, k).join(".");
    const found = observations.find((o) => (o.kind === "definition" || o.kind === "parameter") && (o.name === key || key.endsWith(`.${o.name}`) || o.name.endsWith(`.${key}`)));
    if (!found) continue;
    let value = found.value;
    for (const field of path.slice(k)) value = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[field] : undefined;
    return value;
  }
  return undefined;
}

/**
 * Evaluate the tree left to right with short-circuit, with `values` for the atoms; returns the
 * value and the atoms evaluated, or null when an atom evaluated has no value.
 */
function simulate(tree: Tree, values: readonly (boolean | undefined)[], evaluated: Set<number>): boolean | null {
  switch (tree.kind) {
    case "atom": {
      evaluated.add(tree.index);
      return values[tree.index] ?? null;
    }
    case "not": {
      const v = simulate(tree.operand, values, evaluated);
      return v === null ? null : !v;
    }
    default: {
      const l = simulate(tree.left, values, evaluated);
      if (l === null) return null;
      if (tree.kind === "and" ? !l : l) return l;
      return simulate(tree.right, values, evaluated);
    }
  }
}

/**
 * From one traced evaluation of a rule: which atoms were evaluated, with which value. Observed
 * atoms were evaluated with the value seen. The others — those read from the decision's element
 * (`computed`, value known, evaluation not) and the rest (free) — are solved for: every assignment
 * of the free ones under which short-circuit evaluation reaches exactly the observed atoms and
 * gives the rule's result is kept, and an atom counts where all kept assignments evaluate it with
 * one value.
 */
function solve(rule: RuleConditions, observed: readonly unknown[], computed: ReadonlyMap<number, boolean>, holds: boolean): Map<number, boolean> | null {
  const known = new Map<number, boolean>();
  for (const [i, v] of observed.entries()) {
    if (v === undefined) continue;
    if (isUndecided(v) || typeof v !== "boolean") return null;
    known.set(i, v);
  }
  const unsure = rule.atoms.flatMap((a, i) => (a.observedAs === null ? [i] : []));
  const free = unsure.filter((i) => !computed.has(i));
  if (unsure.length === 0 || free.length > 8) return known;
  const agreed = new Map<number, boolean | "mixed">();
  let fits = 0;
  for (let mask = 0; mask < 1 << free.length; mask++) {
    const values: (boolean | undefined)[] = rule.atoms.map((_, i) => known.get(i) ?? computed.get(i));
    free.forEach((atom, bit) => (values[atom] = (mask & (1 << bit)) !== 0));
    const evaluated = new Set<number>();
    if (simulate(rule.tree, values, evaluated) !== holds) continue;
    // Observed atoms are exactly those evaluated (an observable atom not seen was not reached).
    if (!rule.atoms.every((a, i) => a.observedAs === null || evaluated.has(i) === known.has(i))) continue;
    fits++;
    for (const atom of unsure) {
      const v = evaluated.has(atom) ? values[atom]! : "mixed";
      const before = agreed.get(atom);
      agreed.set(atom, before === undefined || before === v ? v : "mixed");
    }
  }
  if (fits > 0) for (const [atom, v] of agreed) if (v !== "mixed") known.set(atom, v);
  return known;
}

/** Whether a definition's body combines conditions (`a and b`, `not a`): its operands are then conditions of their own. */
function combinesConditions(expr: A.Expr | null): boolean {
  return (expr?.kind === "Binary" && (expr.operator === "and" || expr.operator === "or")) || (expr?.kind === "Unary" && expr.operator === "not");
}

const spanKey = (span: A.Span) => `${span.file}:${span.line}:${span.column}`;

/**
 * The conditions of a version's rules, ready to record test runs. With `definitions`, also the
 * operands of each definition whose body combines conditions (`definition x = a and b`): a plain
 * definition's are seen when some rule reads it (what its body tested, from `bodies`), a definition
 * of an element's per element, from the call's trace.
 */
export function conditionCoverage(version: RegulationVersion, definitions = false): ConditionCoverage {
  const facts = new Set<string>(version.contextType.kind === "object" ? Object.keys(version.contextType.fields) : []);
  const declared = new Map<string, Set<string>>();
  const namespaces = new Set<string>();
  for (const f of [...version.files, ...version.uses.flatMap((u) => u.files)]) {
    namespaces.add(f.namespace);
    const names = declared.get(f.namespace) ?? new Set<string>();
    for (const name of f.check.symbols.keys()) names.add(name);
    declared.set(f.namespace, names);
  }
  const byRule = new Map<string, RuleConditions>();
  const byBody = new Map<string, RuleConditions>();
  const byElementBody = new Map<string, RuleConditions>();
  const conditions: Condition[] = [];
  // Decisions per element of a list of the context (`for each c in courses`): the variable and the list.
  const perElement = new Map<string, { variable: string; list: readonly string[] }>();
  for (const file of version.files) {
    for (const s of file.ast.statements) {
      if (s.kind === "DecisionDecl" && s.forEach?.collection?.kind === "NameRef") perElement.set(`${file.namespace}.${s.name}`, { variable: s.forEach.variable, list: s.forEach.collection.path });
    }
  }
  for (const file of version.files) {
    const names: Names = { facts, symbols: new Set([...namespaces, ...(declared.get(file.namespace) ?? [])]) };
    for (const s of file.ast.statements) {
      if (definitions && s.kind === "Declaration" && s.role === "definition" && combinesConditions(s.value)) {
        const atoms: Atom[] = [];
        const tree = treeOf(s.value, atoms, file, names, s.parameters.length > 0);
        if (!tree) continue;
        (s.parameters.length > 0 ? byElementBody : byBody).set(spanKey(s.value!.span), { tree, atoms });
        conditions.push(...atoms.map((a) => a.condition));
        continue;
      }
      if (s.kind !== "DecisionDecl" && s.kind !== "ExceptionDecl") continue;
      const earlier: { condition: A.Expr; atoms: readonly Atom[] }[] = [];
      for (const rule of s.rules) {
        const atoms: Atom[] = [];
        const tree = treeOf(rule.condition, atoms, file, names);
        if (!tree) continue;
        byRule.set(`${rule.span.file}:${rule.span.line}:${rule.span.column}`, { tree, atoms });
        conditions.push(...atoms.map((a) => a.condition));
        markComplement(rule.condition!, atoms, earlier);
        earlier.push({ condition: rule.condition!, atoms });
      }
    }
  }
  return {
    conditions,
    record(decisions, given, bodies) {
      for (const d of decisions) {
        const element = d.item ? elementOf(d, given, perElement) : null;
        for (const trace of d.trace?.considered ?? []) {
          recordRule(byRule, trace, element);
          if (byElementBody.size > 0) recordElementBodies(byElementBody, trace.observations);
        }
      }
      for (const [key, body] of bodies ?? []) {
        const rule = byBody.get(key);
        if (rule && typeof body.value === "boolean") mark(rule, solve(rule, observedValues(rule.atoms, body.observations, null), new Map(), body.value));
      }
    },
  };
}

/** Where the rule's condition is the complement of the nearest earlier rule's in the block, link its atom to that rule's. */
function markComplement(condition: A.Expr, atoms: readonly Atom[], earlier: readonly { condition: A.Expr; atoms: readonly Atom[] }[]): void {
  const at = (list: readonly Atom[], e: A.Expr) => list.find((a) => a.condition.line === e.span.line && a.condition.column === e.span.column)?.condition;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const pair = complementPair(earlier[i]!.condition, condition);
    const of = pair && at(earlier[i]!.atoms, pair.earlier);
    const later = pair && at(atoms, pair.later);
    if (pair && of && later) {
      later.complement = { of, holds: pair.holds };
      return;
    }
  }
}

/** The element of the context a decision per element is about, with the variable naming it. */
function elementOf(d: DecisionResult, given: unknown, perElement: ReadonlyMap<string, { variable: string; list: readonly string[] }>): { variable: string; value: unknown } | null {
  const info = perElement.get(d.id.replace(/\[.*\]$/, ""));
  if (!info || !d.item) return null;
  let list: unknown = given;
  for (const name of info.list) list = list && typeof list === "object" ? (list as Record<string, unknown>)[name] : undefined;
  if (!Array.isArray(list)) return null;
  const value = list.find((e, i) => elementKey(e, i) === d.item!.key);
  return value === undefined ? null : { variable: info.variable, value };
}

/** Calls of definitions of an element that a rule recorded: their bodies' conditions, from the call's `why`. */
function recordElementBodies(byElementBody: ReadonlyMap<string, RuleConditions>, observations: readonly Observation[]): void {
  for (const o of observations) {
    if (o.kind !== "definition" || o.argument === undefined || typeof o.value !== "boolean") continue;
    const rule = byElementBody.get(`${o.source.file}:${o.source.line}:${o.source.column}`);
    if (!rule) continue;
    mark(rule, solve(rule, reasonValues(rule.atoms, o.why ?? []), new Map(), o.value));
  }
}

/**
 * The value of each atom of a definition of an element's body in one call, from the call's reasons:
 * a condition by its text, a call of a definition of an element by its name (`art47.has_credit(V)`).
 */
function reasonValues(atoms: readonly Atom[], why: readonly StepReason[]): (unknown | undefined)[] {
  return atoms.map((atom) => {
    const seen = atom.observedAs;
    if (seen?.kind === "condition") return why.find((r) => r.text_nl === seen.key)?.value;
    if (seen?.kind === "call") return why.find((r) => r.text.startsWith(`${seen.key}(`) || r.text.includes(`.${seen.key}(`))?.value;
    return undefined;
  });
}

function mark(rule: RuleConditions, known: ReadonlyMap<number, boolean> | null): void {
  for (const [i, v] of known ?? []) {
    const c = rule.atoms[i]!.condition;
    if (v) c.seenTrue = true;
    else c.seenFalse = true;
  }
}

function recordRule(byRule: ReadonlyMap<string, RuleConditions>, trace: RuleTrace, element: { variable: string; value: unknown } | null): void {
  if (trace.applied === "undetermined") return;
  const rule = byRule.get(`${trace.source.file}:${trace.source.line}:${trace.source.column}`);
  if (!rule) return;
  const computed = new Map<number, boolean>();
  rule.atoms.forEach((a, i) => {
    if (!element || !a.variablePath || a.variablePath[0] !== element.variable) return;
    let v: unknown = element.value;
    for (const name of a.variablePath.slice(1)) v = v && typeof v === "object" ? (v as Record<string, unknown>)[name] : undefined;
    if (typeof v === "boolean") computed.set(i, v);
  });
  mark(rule, solve(rule, observedValues(rule.atoms, trace.observations, element), computed, trace.applied));
}
