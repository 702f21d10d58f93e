/**
 * The checker for one rule file: declarations and their duplicates, the structure of decisions and
 * exceptions, what a supplement may touch (aanvulling) versus what needs an approved deviation
 * (afwijking), cycles between definitions, and (through ExprChecker) names, types and units.
 */
import type * as A from "../ast.js";
import { diagnostic, type Diagnostic, type DiagnosticCode } from "../diagnostics.js";
import { didYouMean } from "../suggest.js";
import { UNKNOWN, typeToString, type Type } from "../types.js";
import type { CheckEnv, SymbolInfo } from "./environment.js";
import { declaresName, symbolOf } from "./symbols.js";
import { decisionCycles } from "./decision-cycles.js";
import { ExprChecker, compatible, type ExprScope, type Reference } from "./check-expr.js";

export interface CheckResult {
  readonly diagnostics: Diagnostic[];
  /** The type of every expression that was checked. */
  readonly types: ReadonlyMap<A.Expr, Type>;
  /** Symbols this file declares (parameters, definitions, decisions), in the file's namespace. */
  readonly symbols: ReadonlyMap<string, SymbolInfo>;
  readonly references: readonly Reference[];
}

const NO_VARIABLES: ExprScope = { variables: new Map() };

export function checkFile(file: A.RuleFile, env: CheckEnv): CheckResult {
  const diagnostics: Diagnostic[] = [];
  const report = (code: DiagnosticCode, message: string, span: A.Span) => diagnostics.push(diagnostic(code, message, span, env.source));
  const symbols = new Map<string, SymbolInfo>();
  const declarations = new Map<string, A.Declaration>();
  const own = env.externals.get(env.namespace);

  // Declarations first, so rules may use names declared further down.
  for (const statement of file.statements) {
    if (!declaresName(statement)) continue;
    if (!statement.name) continue;
    const previous = symbols.get(statement.name);
    if (previous) {
      report("RW030-duplicate-name", `'${statement.name}' is already declared in this file at line ${previous.span.line}`, statement.nameSpan);
      continue;
    }
    const inArticle = own?.get(statement.name);
    if (inArticle && inArticle.source !== env.source) {
      const hint = statement.kind === "DecisionDecl" ? "use `exception to` to change it" : "use `set` to change it";
      report("RW030-duplicate-name", `'${statement.name}' is already declared by ${inArticle.source}: ${hint}`, statement.nameSpan);
      continue;
    }
    symbols.set(statement.name, symbolOf(statement, env.namespace, env.source));
    if (statement.kind !== "DecisionDecl") declarations.set(statement.name, statement);
  }

  // Parameters and definitions are typed on first use; a name met again while being typed is a cycle.
  const typing = new Set<string>();
  const typed = new Set<string>();
  let exprs: ExprChecker;
  const local = (name: string): SymbolInfo | undefined => {
    const symbol = symbols.get(name);
    if (!symbol) return own?.get(name);
    if (symbol.kind === "decision" || typed.has(name)) return symbol;
    const decl = declarations.get(name)!;
    if (typing.has(name)) {
      // Invariant: evaluation terminates. A definition of an element that calls itself (directly or
      // through others) would be recursion, which the language leaves out on purpose.
      if (decl.parameters.length > 0 || [...typing].some((n) => (declarations.get(n)?.parameters.length ?? 0) > 0)) {
        report("RW048-recursive-definition", `'${name}' calls itself (directly or through other definitions): a definition of an element may not be recursive, so that every evaluation ends`, decl.nameSpan);
      } else {
        report("RW041-cyclic-definition", `'${name}' is defined in terms of itself: definitions may not refer back to one another in a cycle`, decl.nameSpan);
      }
      return { ...symbol, type: UNKNOWN };
    }
    typing.add(name);
    const parameters = decl.parameters.map((p) => ({ name: p.name, element: elementTypeOf(p, exprs, report) }));
    const scope: ExprScope = parameters.length === 0 ? NO_VARIABLES : { variables: new Map(parameters.map((p) => [p.name, p.element])) };
    const type = exprs.check(decl.value, scope);
    typing.delete(name);
    typed.add(name);
    const done = parameters.length === 0 ? { ...symbol, type } : { ...symbol, type, parameters };
    symbols.set(name, done);
    return done;
  };
  exprs = new ExprChecker(env, diagnostics, local, () => [...symbols.keys(), ...(own?.keys() ?? [])]);
  for (const name of declarations.keys()) local(name);

  for (const statement of file.statements) {
    switch (statement.kind) {
      case "Declaration":
        break;
      case "DecisionDecl": {
        const scope = forEachScope(statement.forEach, exprs, report);
        checkRules(statement.rules, scope, exprs, report, "decision");
        const symbol = symbols.get(statement.name);
        if (symbol && symbol.source === env.source && symbol.span === statement.nameSpan) {
          const element = scope.variables.get(statement.forEach?.variable ?? "");
          // A decision's type is its values' (what `value(…)` reads, decision-ref.ts).
          const valued = statement.rules.find((r) => r.value);
          symbols.set(statement.name, {
            ...symbol,
            type: valued?.value ? exprs.types.get(valued.value) ?? UNKNOWN : UNKNOWN,
            forEach: statement.forEach ? { variable: statement.forEach.variable, element: element ?? UNKNOWN } : null,
          });
        }
        if (statement.rules.length === 0) report("RW042-decision-without-rules", `decision '${statement.name}' has no rules: expected a rule such as \`allowed if …\``, statement.nameSpan);
        break;
      }
      case "ExceptionDecl":
        checkException(statement, env, exprs, report);
        break;
      case "SetDecl":
        checkSet(statement, env, exprs, report);
        break;
      default:
        statement satisfies never;
    }
  }
  const namespaces = new Set([env.namespace, ...env.externals.keys()]);
  diagnostics.push(...decisionCycles([{ namespace: env.namespace, source: env.source, statements: file.statements }], namespaces, "within-file"));
  return { diagnostics, types: exprs.types, symbols, references: exprs.references };
}

type Report = (code: DiagnosticCode, message: string, span: A.Span) => void;

/** The element type of `c in courses` in `definition no_credit(c in courses)`. */
function elementTypeOf(parameter: A.ElementParameter, exprs: ExprChecker, report: Report): Type {
  const collection = exprs.check(parameter.collection, NO_VARIABLES);
  if (collection.kind === "list") return collection.element;
  if (collection.kind !== "unknown" && parameter.collection) {
    report("RW022-not-a-list", `'${parameter.name} in …' names the list the element comes from, but found ${typeToString(collection)}`, parameter.collection.span);
  }
  return UNKNOWN;
}

function forEachScope(forEach: A.ForEach | null, exprs: ExprChecker, report: Report): ExprScope {
  if (!forEach) return NO_VARIABLES;
  const collection = exprs.check(forEach.collection, NO_VARIABLES);
  let element: Type = UNKNOWN;
  if (collection.kind === "list") element = collection.element;
  else if (collection.kind !== "unknown" && forEach.collection) {
    report("RW022-not-a-list", `'for each' ranges over a list but found ${typeToString(collection)}`, forEach.collection.span);
  }
  return { variables: new Map([[forEach.variable, element]]) };
}

/** `kind`: a decision's own rules, an exception (no otherwise), or an exception in a deviation (otherwise allowed). */
function checkRules(rules: readonly A.Rule[], scope: ExprScope, exprs: ExprChecker, report: Report, kind: "decision" | "exception" | "deviation"): void {
  let otherwise: A.Rule | null = null;
  for (const rule of rules) {
    if (otherwise) {
      if (rule.isOtherwise) report("RW031-duplicate-otherwise", `a decision has one 'otherwise'; the first is at line ${otherwise.span.line}`, rule.span);
      else report("RW032-rule-after-otherwise", `this rule is never reached: 'otherwise' at line ${otherwise.span.line} already decides`, rule.span);
    }
    if (rule.isOtherwise && !otherwise) otherwise = rule;
    if (rule.isOtherwise && kind === "exception") {
      report(
        "RW034-exception-with-otherwise",
        "an exception only applies where its conditions hold: 'otherwise' would replace the general rule for everyone, which only a deviation (afwijking) may do",
        rule.span,
      );
    }
    if (rule.condition) exprs.condition(rule.condition, scope);
    if (rule.value) exprs.check(rule.value, scope);
  }
  const last = rules[rules.length - 1];
  if (kind === "decision" && rules.length > 0 && !otherwise && last) {
    report("RW033-missing-otherwise", "no 'otherwise' rule: when no rule applies the outcome is not_applicable", last.span);
  }
}

/** Find the decision or parameter a supplement names, in its own article or a qualified one. */
function resolveTarget(target: A.NameRef, env: CheckEnv): { namespace: string; name: string; symbol: SymbolInfo | undefined; candidates: string[] } {
  const [first, second] = target.path;
  if (target.path.length >= 2 && env.externals.has(first!)) {
    const ns = env.externals.get(first!)!;
    return { namespace: first!, name: second!, symbol: ns.get(second!), candidates: [...ns.keys()].map((n) => `${first}.${n}`) };
  }
  const own = env.externals.get(env.namespace);
  const candidates = [...env.externals.entries()].flatMap(([ns, names]) => [...names.keys()].map((n) => `${ns}.${n}`));
  return { namespace: env.namespace, name: target.path.join("."), symbol: own?.get(target.path.join(".")), candidates };
}

function checkOpen(kind: "exception" | "set", namespace: string, name: string, span: A.Span, env: CheckEnv, report: Report): void {
  if (env.role === "general") return;
  if (env.role === "deviation") {
    if (!env.hasApproval) {
      report("RW037-deviation-without-approval", "a deviation (facultaire afwijking) must cite the Academic Council's approval (`approval:` in the file)", span);
    }
    return;
  }
  const open = env.openPoints.get(namespace);
  if (!open?.has(name)) {
    const listed = open && open.size > 0 ? `; it opens: ${[...open].join(", ")}` : "; it opens nothing to faculties";
    report(
      "RW036-not-open-to-faculties",
      `${namespace} does not open '${name}' to faculty supplements${listed}. A supplement may only fill what the article leaves to faculties; to change it, make this file a deviation (kind: deviation) that cites its approval`,
      span,
    );
  }
  void kind;
}

function checkException(statement: A.ExceptionDecl, env: CheckEnv, exprs: ExprChecker, report: Report): void {
  if (env.role === "general") {
    report("RW038-exception-in-general-text", "the general text of an article declares decisions; exceptions belong in faculty, campus or programme files", statement.span);
  }
  let scope: ExprScope = NO_VARIABLES;
  if (statement.target) {
    const { namespace, name, symbol, candidates } = resolveTarget(statement.target, env);
    if (!symbol || symbol.kind !== "decision") {
      report("RW035-unknown-exception-target", `'${statement.target.path.join(".")}' is not a decision${didYouMean(statement.target.path.join("."), candidates)}`, statement.target.span);
    } else {
      checkOpen("exception", namespace, name, statement.target.span, env, report);
      if (symbol.forEach) scope = { variables: new Map([[symbol.forEach.variable, symbol.forEach.element]]) };
    }
  }
  checkRules(statement.rules, scope, exprs, report, env.role === "deviation" ? "deviation" : "exception");
}

function checkSet(statement: A.SetDecl, env: CheckEnv, exprs: ExprChecker, report: Report): void {
  const value = exprs.check(statement.value, NO_VARIABLES);
  if (env.role === "general") {
    report("RW038-exception-in-general-text", "the general text declares parameters with `parameter`; `set` belongs in faculty, campus or programme files", statement.span);
  }
  if (!statement.target) return;
  const { namespace, name, symbol, candidates } = resolveTarget(statement.target, env);
  if (!symbol || symbol.kind !== "parameter") {
    report("RW039-set-unknown-parameter", `'${statement.target.path.join(".")}' is not a parameter${didYouMean(statement.target.path.join("."), candidates)}`, statement.target.span);
    return;
  }
  checkOpen("set", namespace, name, statement.target.span, env, report);
  if (statement.value && !compatible(symbol.type, value)) {
    const code = symbol.type.kind === "number" && value.kind === "number" ? "RW021-unit-mismatch" : "RW020-type-mismatch";
    report(code, `'${name}' is a ${typeToString(symbol.type)} but is set to a ${typeToString(value)}`, statement.value.span);
  }
}
