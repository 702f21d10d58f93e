/**
 * Types of expressions: names against the declarations and the context schema, units and their
 * mixing, conditions, lists and aggregates, enum values. Every expression gets a type (UNKNOWN where
 * an error was reported), recorded for the compiler and the explainer.
 */
import { joinSpans } from "../span.js";
import type * as A from "../ast.js";
import { FIELD_ACCESS, builtinNamed, builtinNames } from "../builtins.js";
import { WEEKDAYS, WEEKDAYS_NL, dayFromIso, weekdayIndex } from "../dates.js";
import { diagnostic, type Diagnostic } from "../diagnostics.js";
import { didYouMean, nearest } from "../suggest.js";
import { BOOL, DATE, STRING, UNKNOWN, assertNever, number, typeToString, unitText, type FieldInfo, type Type } from "../types.js";
import type { CheckEnv, SymbolInfo } from "./environment.js";

/** What a name in an expression turned out to be, for hover and go-to-definition. */
export interface Reference {
  readonly span: A.Span;
  readonly symbol: SymbolInfo | null;
  readonly field: FieldInfo | null;
  readonly path: string;
  readonly type: Type;
}

export interface ExprScope {
  /** Variables bound by `for each` and aggregates, innermost last. */
  readonly variables: ReadonlyMap<string, Type>;
}

export class ExprChecker {
  readonly types = new Map<A.Expr, Type>();
  readonly references: Reference[] = [];

  constructor(
    private readonly env: CheckEnv,
    private readonly diagnostics: Diagnostic[],
    /** Resolves a local (same-file or same-article) parameter or definition, typing it on demand. */
    private readonly local: (name: string) => SymbolInfo | undefined,
    private readonly localNames: () => string[],
  ) {}

  private report(code: Parameters<typeof diagnostic>[0], message: string, span: A.Span): void {
    this.diagnostics.push(diagnostic(code, message, span, this.env.source));
  }

  check(expr: A.Expr | null, scope: ExprScope): Type {
    if (!expr) return UNKNOWN;
    const type = this.infer(expr, scope);
    this.types.set(expr, type);
    return type;
  }

  /** Check an expression that must be a condition. */
  condition(expr: A.Expr | null, scope: ExprScope, what = "a condition"): void {
    const t = this.check(expr, scope);
    if (expr && t.kind !== "bool" && t.kind !== "unknown") {
      this.report("RW023-not-a-condition", `expected ${what} (true/false) but found ${typeToString(t)}`, expr.span);
    }
  }

  private infer(expr: A.Expr, scope: ExprScope): Type {
    switch (expr.kind) {
      case "NumberLit":
        return number(expr.unit);
      case "StringLit":
        return STRING;
      case "BoolLit":
        return BOOL;
      case "DateLit":
        if (dayFromIso(expr.value) === null) {
          this.report("RW024-invalid-date", `'${expr.value}' is not a calendar date: expected YYYY-MM-DD with a real month and day`, expr.span);
        }
        return DATE;
      case "ListLit": {
        const items = expr.items.map((i) => this.check(i, scope));
        const first = items.find((t) => t.kind !== "unknown") ?? UNKNOWN;
        expr.items.forEach((item, k) => {
          if (item && !compatible(first, items[k]!)) {
            this.report("RW020-type-mismatch", `list items must have one type: expected ${typeToString(first)} but found ${typeToString(items[k]!)}`, item.span);
          }
        });
        return { kind: "list", element: first };
      }
      case "RecordLit": {
        const fields: Record<string, FieldInfo> = {};
        for (const field of expr.fields) {
          if (fields[field.name]) {
            this.report("RW030-duplicate-name", `field '${field.name}' appears twice in this record`, field.nameSpan);
            continue;
          }
          fields[field.name] = { type: this.check(field.value, scope), description: null };
        }
        return { kind: "object", fields };
      }
      case "NameRef":
        return this.name(expr, scope);
      case "Call":
        return this.call(expr, scope);
      case "DefinitionCall":
        return this.definitionCall(expr, scope);
      case "Aggregate":
        return this.aggregate(expr, scope);
      case "Fold":
        return this.fold(expr, scope);
      case "Unary": {
        const t = this.check(expr.operand, scope);
        if (expr.operator === "not") {
          if (t.kind !== "bool" && t.kind !== "unknown" && expr.operand) {
            this.report("RW023-not-a-condition", `'not' expects a condition but found ${typeToString(t)}`, expr.operand.span);
          }
          return BOOL;
        }
        if (t.kind !== "number" && t.kind !== "unknown" && expr.operand) {
          this.report("RW020-type-mismatch", `'-' expects a number but found ${typeToString(t)}`, expr.operand.span);
          return UNKNOWN;
        }
        return t;
      }
      case "Binary":
        return this.binary(expr, scope);
      case "Conditional": {
        this.condition(expr.condition, scope);
        const a = this.check(expr.then, scope);
        const b = this.check(expr.otherwise, scope);
        if (expr.otherwise && !compatible(a, b)) {
          this.report("RW020-type-mismatch", `both branches must have one type: 'then' gives ${typeToString(a)}, 'otherwise' gives ${typeToString(b)}`, expr.otherwise.span);
        }
        return a.kind === "unknown" ? b : a;
      }
      case "OutcomeLit":
        return { kind: "string", values: [expr.outcome] };
      case "DecisionRef":
        return this.decisionRef(expr, scope);
      default:
        return assertNever(expr);
    }
  }

  private name(expr: A.NameRef, scope: ExprScope): Type {
    const [head, ...rest] = expr.path;
    if (!head) return UNKNOWN;
    const headSpan = expr.segmentSpans[0]!;
    const variable = scope.variables.get(head);
    if (variable) return this.fields(variable, rest, expr, 1, head);

    const local = this.local(head);
    if (local) {
      this.references.push({ span: headSpan, symbol: local, field: null, path: head, type: local.type });
      return this.symbolValue(local, rest, expr, 1);
    }
    const namespace = this.env.externals.get(head);
    if (namespace) {
      const member = rest[0];
      if (member === undefined) {
        this.report("RW010-unknown-name", `'${head}' is an article or regulation set: expected '${head}.<name>'`, expr.span);
        return UNKNOWN;
      }
      const symbol = namespace.get(member);
      if (!symbol) {
        this.report("RW010-unknown-name", `'${member}' is not declared in ${head}${didYouMean(member, namespace.keys())}`, expr.segmentSpans[1]!);
        return UNKNOWN;
      }
      this.references.push({ span: joinSegments(expr, 0, 2), symbol, field: null, path: `${head}.${member}`, type: symbol.type });
      return this.symbolValue(symbol, rest.slice(1), expr, 2);
    }
    const root = this.env.context.kind === "object" ? this.env.context.fields[head] : undefined;
    if (root) {
      this.references.push({ span: headSpan, symbol: null, field: root, path: head, type: root.type });
      return this.fields(root.type, rest, expr, 1, head);
    }
    const candidates = [
      ...scope.variables.keys(),
      ...this.localNames(),
      ...this.env.externals.keys(),
      ...(this.env.context.kind === "object" ? Object.keys(this.env.context.fields) : []),
    ];
    this.report("RW010-unknown-name", `unknown name '${head}'${didYouMean(head, candidates)}`, headSpan);
    return UNKNOWN;
  }

  private symbolValue(symbol: SymbolInfo, rest: readonly string[], expr: A.NameRef, consumed: number): Type {
    if (symbol.kind === "decision") {
      const shown = expr.path.slice(0, consumed).join(".");
      this.report("RW020-type-mismatch", `'${shown}' is a decision: read its outcome with \`outcome(${shown}${symbol.decision?.perElement ? ", c" : ""})\` (decision-ref), compared with an outcome such as \`= allowed\``, expr.span);
      return UNKNOWN;
    }
    if (symbol.parameters && symbol.parameters.length > 0) {
      const written = expr.path.slice(0, consumed).join(".");
      this.report("RW013-wrong-argument-count", `'${written}' is a definition of an element: call it with ${symbol.parameters.length} argument(s), e.g. ${written}(${symbol.parameters.map((p) => p.name).join(", ")})`, expr.span);
      return UNKNOWN;
    }
    return this.fields(symbol.type, rest, expr, consumed, symbol.name);
  }

  /**
   * `outcome(art24.x)` / `value(art24.x)` / `outcome(art47.y, c)`: the name must be a decision, and
   * its element named exactly when it decides per element. An outcome is one of the outcome words
   * (compared with `= allowed`, checked in binary()); a value has the type of the decision's values.
   */
  private decisionRef(expr: A.DecisionRef, scope: ExprScope): Type {
    const symbol = this.decisionSymbol(expr.target);
    const element = expr.element ? this.check(expr.element, scope) : null;
    if (!symbol) return UNKNOWN;
    const shown = expr.target.path.join(".");
    const info = symbol.decision;
    if (info?.perElement && !expr.element) {
      this.report("RW045-bad-decision-reference", `'${shown}' decides per element: name the element whose outcome is read, e.g. \`${expr.read}(${shown}, c)\``, expr.span);
    } else if (info && !info.perElement && expr.element) {
      this.report("RW045-bad-decision-reference", `'${shown}' decides once, not per element: write \`${expr.read}(${shown})\` without an element`, expr.element.span);
    } else if (element && symbol.forEach && !compatible(symbol.forEach.element, element)) {
      this.report("RW020-type-mismatch", `'${shown}' decides per element of type ${typeToString(symbol.forEach.element)} but is read for ${typeToString(element)}`, expr.element!.span);
    }
    if (expr.read === "outcome") return { kind: "string", values: this.outcomesOf(symbol) };
    if (!this.outcomesOf(symbol).includes("determined")) {
      this.report("RW045-bad-decision-reference", `'${shown}' never decides a value (no rule of it is \`determined\`): read its outcome with \`outcome(${shown})\``, expr.span);
      return UNKNOWN;
    }
    return symbol.type;
  }

  /** The decision a reference names (its own file's, its article's, or `artN.name`), with a reference for hover. */
  private decisionSymbol(target: A.NameRef): SymbolInfo | null {
    const [head, member] = target.path;
    if (!head) return null;
    const local = target.path.length === 1 ? this.local(head) : undefined;
    const namespace = target.path.length === 2 ? this.env.externals.get(head) : undefined;
    const symbol = local ?? (member !== undefined ? namespace?.get(member) : undefined);
    if (symbol?.kind === "decision") {
      this.references.push({ span: target.span, symbol, field: null, path: target.path.join("."), type: symbol.type });
      return symbol;
    }
    const candidates = [...this.localNames(), ...[...this.env.externals].flatMap(([ns, names]) => [...names.keys()].map((n) => `${ns}.${n}`))];
    const what = symbol ? `'${target.path.join(".")}' is a ${symbol.kind}, not a decision` : `'${target.path.join(".")}' is not a decision`;
    this.report("RW045-bad-decision-reference", `${what}: \`outcome(…)\` and \`value(…)\` read a decision's result${symbol ? "" : didYouMean(target.path.join("."), candidates)}`, target.span);
    return null;
  }

  /** Every outcome a decision can have: the version's count (exceptions included) or its own rules'. */
  private outcomesOf(symbol: SymbolInfo): readonly string[] {
    return this.env.decisionOutcomes?.get(`${symbol.namespace}.${symbol.name}`) ?? symbol.decision?.outcomes ?? [];
  }

  /** `outcome(x) = refused` where x never refuses: the comparison could never hold (or always holds). */
  private checkOutcomeCompared(read: A.Expr | null, other: A.Expr | null, type: Type): void {
    if (read?.kind !== "DecisionRef" || read.read !== "outcome" || type.kind !== "string" || !type.values) return;
    const words = other?.kind === "OutcomeLit" ? [other] : other?.kind === "ListLit" ? other.items.filter((i): i is A.OutcomeLit => i?.kind === "OutcomeLit") : [];
    for (const word of words) {
      if (type.values.includes(word.outcome)) continue;
      this.report("RW014-unknown-enum-value", `'${read.target.path.join(".")}' never decides ${word.outcome}: its outcomes are ${type.values.join(", ")}`, word.span);
    }
  }

  /** Walk `.field` segments through record types. */
  private fields(type: Type, rest: readonly string[], expr: A.NameRef, consumed: number, prefix: string): Type {
    let current = type;
    let path = prefix;
    for (let k = 0; k < rest.length; k++) {
      const segment = rest[k]!;
      const span = expr.segmentSpans[consumed + k]!;
      if (current.kind === "unknown") return UNKNOWN;
      if (current.kind !== "object") {
        this.report("RW011-unknown-field", `'${path}' is a ${typeToString(current)} and has no field '${segment}'`, span);
        return UNKNOWN;
      }
      const field: FieldInfo | undefined = current.fields[segment];
      if (!field) {
        this.report("RW011-unknown-field", `'${path}' has no field '${segment}'${didYouMean(segment, Object.keys(current.fields))}`, span);
        return UNKNOWN;
      }
      path = `${path}.${segment}`;
      this.references.push({ span, symbol: null, field, path, type: field.type });
      current = field.type;
    }
    return current;
  }

  private call(expr: A.Call, scope: ExprScope): Type {
    const args = expr.args.map((a) => this.check(a, scope));
    if (expr.callee === FIELD_ACCESS) {
      // Field access on a computed value, built by cst-to-ast from `f(x).name`.
      const base = args[0] ?? UNKNOWN;
      const name = expr.args[1]?.kind === "StringLit" ? expr.args[1].value : "";
      if (base.kind === "unknown") return UNKNOWN;
      if (base.kind !== "object" || !base.fields[name]) {
        this.report("RW011-unknown-field", `${typeToString(base)} has no field '${name}'`, expr.calleeSpan);
        return UNKNOWN;
      }
      return base.fields[name]!.type;
    }
    const builtin = builtinNamed(expr.callee);
    if (!builtin) {
      this.report("RW012-unknown-function", `unknown function '${expr.callee}'${didYouMean(expr.callee, builtinNames())}`, expr.calleeSpan);
      return UNKNOWN;
    }
    const [min, max] = builtin.arity;
    if (args.length < min || args.length > max) {
      const expected = min === max ? `${min}` : `${min} to ${max}`;
      this.report("RW013-wrong-argument-count", `'${expr.callee}' takes ${expected} argument(s) but was given ${args.length}: ${builtin.signature}`, expr.span);
      return UNKNOWN;
    }
    if (builtin.name === "nth_weekday" && expr.args[2]?.kind === "StringLit" && weekdayIndex(expr.args[2].value) === null) {
      const day = expr.args[2];
      this.report("RW014-unknown-enum-value", `"${day.value}" is not a weekday: expected one of ${WEEKDAYS.map((w) => `"${w}"`).join(", ")} (or in Dutch ${WEEKDAYS_NL.map((w) => `"${w}"`).join(", ")})${didYouMean(day.value, [...WEEKDAYS, ...WEEKDAYS_NL])}`, day.span);
      return UNKNOWN;
    }
    const result = builtin.check(args);
    if ("error" in result) {
      const arg = expr.args[result.argument];
      const code = /unit/.test(result.error) ? "RW021-unit-mismatch" : "RW020-type-mismatch";
      this.report(code, `'${expr.callee}': ${result.error}`, arg?.span ?? expr.span);
      return UNKNOWN;
    }
    return result;
  }

  /** `no_credit(c)` / `art47.no_credit(c)`: a definition of an element, its arity and element types. */
  private definitionCall(expr: A.DefinitionCall, scope: ExprScope): Type {
    const args = expr.args.map((a) => this.check(a, scope));
    const path = expr.callee.path;
    const written = path.join(".");
    const [head, member] = path;
    if (!head) return UNKNOWN;
    let symbol: SymbolInfo | undefined;
    let span = expr.callee.segmentSpans[0]!;
    if (path.length === 1) symbol = scope.variables.has(head) ? undefined : this.local(head);
    else if (path.length === 2 && this.env.externals.has(head)) {
      symbol = this.env.externals.get(head)!.get(member!);
      span = joinSegments(expr.callee, 0, 2);
    }
    if (!symbol) {
      if (path.length === 1) {
        this.report("RW012-unknown-function", `unknown function '${written}'${didYouMean(written, builtinNames())}`, expr.callee.span);
      } else {
        this.report("RW010-unknown-name", `'${written}' is not a definition of an element: expected '<article>.<definition>(…)'`, expr.callee.span);
      }
      return UNKNOWN;
    }
    this.references.push({ span, symbol, field: null, path: `${symbol.namespace}.${symbol.name}`, type: symbol.type });
    const parameters = symbol.parameters ?? [];
    if (symbol.kind !== "definition" || parameters.length === 0) {
      this.report("RW049-not-a-definition-of-an-element", `'${written}' is a ${symbol.kind} without parameters, not a definition of an element: write it without (…)`, expr.callee.span);
      return UNKNOWN;
    }
    if (args.length !== parameters.length) {
      this.report("RW013-wrong-argument-count", `'${written}' takes ${parameters.length} argument(s) but was given ${args.length}: ${written}(${parameters.map((p) => p.name).join(", ")})`, expr.span);
      return UNKNOWN;
    }
    parameters.forEach((p, i) => {
      const arg = expr.args[i];
      if (arg && !compatible(p.element, args[i]!)) {
        this.report("RW020-type-mismatch", `'${written}': '${p.name}' is ${typeToString(p.element)} but was given ${typeToString(args[i]!)}`, arg.span);
      }
    });
    return symbol.type;
  }

  private aggregate(expr: A.Aggregate, scope: ExprScope): Type {
    const collection = this.check(expr.collection, scope);
    let element: Type = UNKNOWN;
    if (collection.kind === "list") element = collection.element;
    else if (collection.kind !== "unknown" && expr.collection) {
      this.report("RW022-not-a-list", `'${expr.aggregate}' ranges over a list but '${describeExpr(expr.collection)}' is a ${typeToString(collection)}`, expr.collection.span);
    }
    const variables = new Map(scope.variables);
    variables.set(expr.variable, element);
    const inner: ExprScope = { variables };
    if (expr.filter) this.condition(expr.filter, inner, "a condition after 'where'");
    switch (expr.aggregate) {
      case "count":
        if (expr.body) this.check(expr.body, inner);
        return number(null);
      case "sum": {
        const body = this.check(expr.body, inner);
        if (!expr.body) {
          this.report("RW020-type-mismatch", "'sum' needs a value to add up: `sum(c.credits for c in courses)`", expr.span);
          return UNKNOWN;
        }
        if (body.kind !== "number" && body.kind !== "unknown") {
          this.report("RW020-type-mismatch", `'sum' adds numbers but found ${typeToString(body)}`, expr.body.span);
          return UNKNOWN;
        }
        return body;
      }
      case "smallest":
      case "largest": {
        const body = this.check(expr.body, inner);
        if (!expr.body) {
          this.report("RW020-type-mismatch", `'${expr.aggregate}' needs a value to compare: \`${expr.aggregate}(s.deadline for s in steps)\``, expr.span);
          return UNKNOWN;
        }
        if (body.kind !== "number" && body.kind !== "date" && body.kind !== "unknown") {
          this.report("RW020-type-mismatch", `'${expr.aggregate}' compares numbers or dates but found ${typeToString(body)}`, expr.body.span);
          return UNKNOWN;
        }
        return body;
      }
      case "all":
      case "any":
        if (!expr.body && expr.aggregate === "all") {
          this.report("RW023-not-a-condition", "'all' needs a condition: `all(c.passed for c in courses)`", expr.span);
        }
        if (expr.body) this.condition(expr.body, inner);
        return BOOL;
      default:
        return assertNever(expr.aggregate);
    }
  }

  /**
   * `accumulate(s = init for y in list where … then step)`: the accumulator is a number (with its
   * unit) or a record of named numbers, conditions, texts and dates, and every step gives it back
   * with the same type: the running value keeps one type from the first element to the last.
   */
  private fold(expr: A.Fold, scope: ExprScope): Type {
    const initial = this.check(expr.initial, scope);
    if (expr.initial && !isAccumulatorType(initial)) {
      this.report("RW020-type-mismatch", `the accumulator '${expr.accumulator}' must start as a number or a record of named numbers, conditions, texts or dates, but starts as ${describeType(initial)}`, expr.initial.span);
    }
    const collection = this.check(expr.collection, scope);
    let element: Type = UNKNOWN;
    if (collection.kind === "list") element = collection.element;
    else if (collection.kind !== "unknown" && expr.collection) {
      this.report("RW022-not-a-list", `'accumulate' goes over a list but '${describeExpr(expr.collection)}' is a ${typeToString(collection)}`, expr.collection.span);
    }
    if (expr.accumulator && expr.accumulator === expr.variable) {
      this.report("RW030-duplicate-name", `'${expr.variable}' names both the accumulator and the element: give them different names`, expr.variableSpan);
    }
    const variables = new Map(scope.variables);
    const accumulator = isAccumulatorType(initial) ? initial : UNKNOWN;
    // Where both have one name (an error reported above), it names the accumulator: no cascade.
    variables.set(expr.variable, element);
    variables.set(expr.accumulator, accumulator);
    const inner: ExprScope = { variables };
    if (expr.filter) this.condition(expr.filter, inner, "a condition after 'where'");
    const step = this.check(expr.step, inner);
    if (expr.step && !compatible(accumulator, step)) {
      this.report("RW020-type-mismatch", `each step must give the accumulator '${expr.accumulator}' its own type: it starts as ${describeType(accumulator)} but the step after 'then' gives ${describeType(step)}${recordDifference(accumulator, step)}`, expr.step.span);
    }
    return accumulator.kind === "unknown" ? (isAccumulatorType(step) ? step : UNKNOWN) : accumulator;
  }

  private binary(expr: A.Binary, scope: ExprScope): Type {
    const op = expr.operator;
    if (op === "and" || op === "or") {
      this.condition(expr.left, scope, `a condition on the left of '${op}'`);
      this.condition(expr.right, scope, `a condition on the right of '${op}'`);
      return BOOL;
    }
    const left = this.check(expr.left, scope);
    const right = this.check(expr.right, scope);
    if (!expr.left || !expr.right || left.kind === "unknown" || right.kind === "unknown") {
      return op === "+" || op === "-" || op === "*" || op === "/" ? (left.kind === "unknown" ? right : left) : BOOL;
    }
    if (op === "in") {
      if (right.kind !== "list") {
        this.report("RW022-not-a-list", `'in' expects a list on its right but found ${typeToString(right)}`, expr.right.span);
        return BOOL;
      }
      this.compareTypes(left, right.element, expr.left, expr.right, "in");
      if (expr.right.kind === "ListLit") for (const item of expr.right.items) this.checkEnumValue(left, item);
      this.checkOutcomeCompared(expr.left, expr.right, left);
      return BOOL;
    }
    if (op === "=" || op === "!=" || op === "<" || op === "<=" || op === ">" || op === ">=") {
      this.compareTypes(left, right, expr.left, expr.right, op);
      this.checkEnumValue(left, expr.right);
      this.checkEnumValue(right, expr.left);
      this.checkOutcomeCompared(expr.left, expr.right, left);
      this.checkOutcomeCompared(expr.right, expr.left, right);
      return BOOL;
    }
    return this.arithmetic(op, left, right, expr);
  }

  private compareTypes(left: Type, right: Type, l: A.Expr, r: A.Expr, op: string): void {
    if (left.kind === "unknown" || right.kind === "unknown") return;
    if (left.kind === "number" && right.kind === "number") {
      if (left.unit !== right.unit) {
        this.report(
          "RW021-unit-mismatch",
          `cannot compare ${describeUnit(left.unit)} with ${describeUnit(right.unit)} ('${op}'): expected the same unit on both sides`,
          r.span,
        );
      }
      return;
    }
    const ordered = op === "<" || op === "<=" || op === ">" || op === ">=";
    if (left.kind !== right.kind || (ordered && left.kind !== "date" && left.kind !== "number")) {
      this.report("RW020-type-mismatch", `cannot compare ${typeToString(left)} with ${typeToString(right)} using '${op}'`, r.span);
    }
    void l;
  }

  /** `programme.kind = "bridgin"`: the text must be one of the field's allowed values. */
  private checkEnumValue(type: Type, other: A.Expr | null): void {
    if (type.kind !== "string" || !type.values || other?.kind !== "StringLit") return;
    if (type.values.includes(other.value)) return;
    const hint = nearest(other.value, type.values);
    this.report(
      "RW014-unknown-enum-value",
      `"${other.value}" is not a possible value: expected one of ${type.values.map((v) => `"${v}"`).join(", ")}${hint ? `; did you mean "${hint}"?` : ""}`,
      other.span,
    );
  }

  private arithmetic(op: "+" | "-" | "*" | "/", left: Type, right: Type, expr: A.Binary): Type {
    const l = expr.left!;
    const r = expr.right!;
    if (left.kind === "date" || right.kind === "date") {
      // date ± days → date; date − date → days.
      if (left.kind === "date" && right.kind === "number" && right.unit === "days" && (op === "+" || op === "-")) return DATE;
      if (left.kind === "number" && left.unit === "days" && right.kind === "date" && op === "+") return DATE;
      if (left.kind === "date" && right.kind === "date" && op === "-") return number("days");
      this.report("RW021-unit-mismatch", `'${op}' on ${typeToString(left)} and ${typeToString(right)}: dates take + or - a number of days, or - another date`, r.span);
      return UNKNOWN;
    }
    if (left.kind !== "number") {
      this.report("RW020-type-mismatch", `'${op}' expects numbers but found ${typeToString(left)}`, l.span);
      return UNKNOWN;
    }
    if (right.kind !== "number") {
      this.report("RW020-type-mismatch", `'${op}' expects numbers but found ${typeToString(right)}`, r.span);
      return UNKNOWN;
    }
    if (op === "+" || op === "-") {
      if (left.unit !== right.unit) {
        this.report("RW021-unit-mismatch", `cannot ${op === "+" ? "add" : "subtract"} ${describeUnit(right.unit)} ${op === "+" ? "to" : "from"} ${describeUnit(left.unit)}`, r.span);
        return UNKNOWN;
      }
      return left;
    }
    if (op === "*") {
      if (left.unit && right.unit) {
        this.report("RW021-unit-mismatch", `cannot multiply ${describeUnit(left.unit)} by ${describeUnit(right.unit)}: one side must be a plain number`, r.span);
        return UNKNOWN;
      }
      return number(left.unit ?? right.unit);
    }
    // Division: sp / sp is a plain ratio; sp / 2 stays in sp.
    if (right.unit === null) return left;
    if (left.unit === right.unit) return number(null);
    this.report("RW021-unit-mismatch", `cannot divide ${describeUnit(left.unit)} by ${describeUnit(right.unit)}`, r.span);
    return UNKNOWN;
  }
}

function describeUnit(unit: Parameters<typeof unitText>[0]): string {
  return unit ? `a number in ${unitText(unit)}` : "a number without unit";
}

export function compatible(a: Type, b: Type): boolean {
  if (a.kind === "unknown" || b.kind === "unknown") return true;
  if (a.kind === "number" && b.kind === "number") return a.unit === b.unit;
  if (a.kind === "list" && b.kind === "list") return compatible(a.element, b.element);
  if (a.kind === "object" && b.kind === "object") {
    const keys = Object.keys(a.fields);
    return keys.length === Object.keys(b.fields).length && keys.every((k) => b.fields[k] !== undefined && compatible(a.fields[k]!.type, b.fields[k]!.type));
  }
  return a.kind === b.kind;
}

/** A fold's running value: a number, or a record of plain named values (no lists or nested records). */
function isAccumulatorType(type: Type): boolean {
  if (type.kind === "number") return true;
  if (type.kind !== "object") return false;
  const fields = Object.values(type.fields);
  return fields.length > 0 && fields.every((f) => ["number", "bool", "string", "date", "unknown"].includes(f.type.kind));
}

/** A type as a message names it; a record with its fields (`record { balance: number in sp, … }`). */
function describeType(type: Type): string {
  if (type.kind !== "object") return typeToString(type);
  return `record { ${Object.entries(type.fields).map(([name, f]) => `${name}: ${typeToString(f.type)}`).join(", ")} }`;
}

/** What differs between two record types: "; missing field 'x', extra field 'y'". */
function recordDifference(expected: Type, found: Type): string {
  if (expected.kind !== "object" || found.kind !== "object") return "";
  const missing = Object.keys(expected.fields).filter((k) => !found.fields[k]);
  const extra = Object.keys(found.fields).filter((k) => !expected.fields[k]);
  const parts = [...missing.map((k) => `missing field '${k}'`), ...extra.map((k) => `extra field '${k}'`)];
  return parts.length > 0 ? `; ${parts.join(", ")}` : "";
}

function joinSegments(expr: A.NameRef, from: number, to: number): A.Span {
  return joinSpans(expr.segmentSpans[from]!, expr.segmentSpans[Math.min(to, expr.segmentSpans.length) - 1]!);
}

function describeExpr(expr: A.Expr): string {
  return expr.kind === "NameRef" ? expr.path.join(".") : expr.kind;
}
