/**
 * Expressions → JavaScript source, for a Node-only path where `new Function` is allowed (the
 * browser keeps the closures of compile-expr.ts). The source reads like hand-written code: facts
 * as locals read once, comparisons in a line, aggregates as `for` loops; an aggregate that reads no
 * bound variable is computed once per student (the frame's memo). Invariant: every expression gives
 * the value compile-expr's closure gives, undecided values included (the same missing facts, in the
 * same order, and conflicts). A node kind this file does not know calls the closure compiled for it,
 * so a new kind of expression works here before anyone writes code for it.
 */
import type * as A from "../../dsl/index.js";
import { FIELD_ACCESS, UNKNOWN, builtinNamed, dayFromIso } from "../../dsl/index.js";
import { compileExpr, literalValue, readPath, readsAny, type CompileContext } from "./compile-expr.js";
import { givenOverride } from "./given-override.js";
import { printedExpr } from "./printed.js";
import { decided, fieldOf, maybe, type Val, type Writer } from "./generate-writer.js";
import { referencedId } from "./compile-decision-ref.js";

/** A variable bound around the code: its element's local, and code giving its path (for missing facts). */
export interface Binding {
  readonly js: string;
  readonly pathJs: string;
}

export interface GenScope {
  /** Names, types, slots and memo indices, as the closure compiler has them (fallbacks compile with it). */
  readonly cx: CompileContext;
  readonly bindings: ReadonlyMap<string, Binding>;
}

/** The node kinds written out as JavaScript; any other calls its closure (tests take kinds out to run that path). */
export const GENERATED_KINDS = new Set(["NumberLit", "StringLit", "DateLit", "BoolLit", "ListLit", "RecordLit", "NameRef", "Call", "DefinitionCall", "Aggregate", "Unary", "Binary", "Conditional", "OutcomeLit", "DecisionRef", "Fold"]);

const AGGREGATES = new Set(["sum", "count", "smallest", "largest", "any", "all"]);
const OPERATORS = new Set(["+", "-", "*", "/", "=", "!=", "<", "<=", ">", ">=", "and", "or", "in"]);

/** A node written out as JavaScript: its kind, and its operator or aggregate, are ones this file knows. */
function generated(n: { kind: string; operator?: unknown; aggregate?: unknown }): boolean {
  if (!GENERATED_KINDS.has(n.kind)) return false;
  if (n.kind === "Binary") return OPERATORS.has(n.operator as string);
  if (n.kind === "Unary") return n.operator === "not" || n.operator === "-";
  if (n.kind === "Aggregate") return AGGREGATES.has(n.aggregate as string);
  return true;
}

/** Does the tree hold a node kind this generator does not know (then loops keep the frame's slots up to date)? */
export function containsUnknown(node: unknown): boolean {
  if (node === null || typeof node !== "object") return false;
  if (Array.isArray(node)) return node.some(containsUnknown);
  const n = node as { kind?: unknown; span?: unknown; operator?: unknown; aggregate?: unknown };
  if (typeof n.kind === "string" && n.span !== undefined && !generated(n as { kind: string })) return true;
  for (const [key, value] of Object.entries(node)) if (key !== "span" && !key.endsWith("Span") && containsUnknown(value)) return true;
  return false;
}

/** Code that is true when the value is undecided; null when it never is. */
export function testU(v: Val, w: Writer): string | null {
  if (v.u === "no") return null;
  return v.u === "absent" ? `${v.js} === undefined` : `${v.js} instanceof ${w.helper("Undecided")}`;
}

/** The undecided value itself, where testU holds. */
export function undecidedOf(v: Val): string {
  return v.u === "absent" ? v.missing! : v.js;
}

/** The value as the closure would give it (a missing fact as its Missing). */
export function valueOf(v: Val): string {
  return v.u === "absent" ? `(${v.js} === undefined ? ${v.missing} : ${v.js})` : v.js;
}

function bind(w: Writer, hint: string, js: string, undecided: boolean): Val {
  const name = w.name(hint);
  w.line(`const ${name} = ${js};`);
  return undecided ? maybe(name) : decided(name);
}

/** `op` unless the operand is undecided (then that). */
function guard1(a: Val, op: string, w: Writer): string {
  const t = testU(a, w);
  return t === null ? op : `${t} ? ${undecidedOf(a)} : ${op}`;
}

/** `op` unless an operand is undecided: both are, their facts together; one is, that one. */
function guard2(a: Val, b: Val, op: string, w: Writer): string {
  const ta = testU(a, w);
  const tb = testU(b, w);
  if (ta === null) return guard1(b, op, w);
  if (tb === null) return guard1(a, op, w);
  return `${ta} ? (${tb} ? ${w.helper("mergeU")}(${undecidedOf(a)}, ${undecidedOf(b)}) : ${undecidedOf(a)}) : ${tb} ? ${undecidedOf(b)} : ${op}`;
}

function literal(value: number | string | boolean | null, w: Writer): string {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return w.ref(value, "number");
    return value < 0 || Object.is(value, -0) ? `(${Object.is(value, -0) ? "-0" : String(value)})` : String(value);
  }
  return JSON.stringify(value);
}

function incomplete(w: Writer): Val {
  return bind(w, "incomplete", `new ${w.helper("Missing")}(["(incomplete rule)"])`, true);
}

export function gen(expr: A.Expr | null, s: GenScope, w: Writer): Val {
  if (!expr) return incomplete(w);
  // A kind, operator or aggregate added to the language after this file was written: its closure.
  if (!generated(expr)) return fallback(expr, s, w);
  switch (expr.kind) {
    case "NumberLit":
    case "StringLit":
    case "BoolLit":
      return decided(literal(expr.value, w));
    case "DateLit":
      return decided(literal(dayFromIso(expr.value), w));
    case "ListLit":
      return sequence(expr.items, s, w, "list", (values) => [`[${values.join(", ")}]`]);
    case "RecordLit":
      return sequence(
        expr.fields.map((f) => f.value),
        s,
        w,
        "record",
        (values) => [`{ ${expr.fields.map((f, i) => `${JSON.stringify(f.name)}: ${values[i]}`).join(", ")} }`],
      );
    case "NameRef":
      return name(expr, s, w);
    case "Call":
      return call(expr, s, w);
    case "DefinitionCall":
      return definitionCall(expr, s, w);
    case "Aggregate":
      return aggregate(expr, s, w);
    case "Fold":
      return fold(expr, s, w);
    case "Unary": {
      const a = gen(expr.operand, s, w);
      return bind(w, expr.operator === "not" ? "not" : "negated", guard1(a, expr.operator === "not" ? `!${a.js}` : `-${a.js}`, w), a.u !== "no");
    }
    case "Binary":
      return binary(expr, s, w);
    case "Conditional":
      return conditional(expr, s, w);
    case "OutcomeLit":
      return decided(literal(expr.outcome, w));
    case "DecisionRef": {
      // Another decision's result, decided once per student (evaluate/decision-reads.ts).
      const id = JSON.stringify(referencedId(expr.target, s.cx.namespace ?? ""));
      const read = `${w.helper("readDecision")}(frame, ${id}, `;
      if (!expr.element) return bind(w, "decision", `${read}undefined, false, ${JSON.stringify(expr.read)})`, true);
      const e = gen(expr.element, s, w);
      return bind(w, "decision", guard1(e, `${read}${e.js}, true, ${JSON.stringify(expr.read)})`, w), true);
    }
    default:
      return fallback(expr, s, w);
  }
}

/** A node this generator does not know: the closure compiled for it, on the same frame. */
function fallback(expr: A.Expr, s: GenScope, w: Writer): Val {
  const code = w.ref(compileExpr(expr, s.cx), "closure", `compiled by compile-expr: ${(expr as { kind: string }).kind}`);
  return bind(w, "t", `${code}(frame)`, true);
}

/** Values one after the other, stopping at the first undecided one (lists, records, calls). */
function sequence(parts: readonly (A.Expr | null)[], s: GenScope, w: Writer, hint: string, finish: (values: string[], result: string) => string[]): Val {
  const result = w.name(hint);
  w.line(`let ${result};`);
  const values: string[] = [];
  let opened = 0;
  for (const part of parts) {
    const v = gen(part, s, w);
    const t = testU(v, w);
    if (t !== null) {
      w.open(`if (${t})`);
      w.line(`${result} = ${undecidedOf(v)};`);
      w.orElse();
      opened++;
    }
    values.push(v.js);
  }
  const [first, ...more] = finish(values, result);
  w.line(`${result} = ${first};`);
  for (const line of more) w.line(line);
  for (let i = 0; i < opened; i++) w.close();
  return maybe(result);
}

function name(expr: A.NameRef, s: GenScope, w: Writer): Val {
  const [head, ...rest] = expr.path as [string, ...string[]];
  const date = (s.cx.types.get(expr) ?? UNKNOWN).kind === "date";
  const binding = s.bindings.get(head);
  if (binding) return element(binding, rest, date, w);
  const symbol = s.cx.resolver.symbol(expr.path);
  if (symbol) {
    const symbolName = expr.path.slice(0, symbol.consumed).join(".");
    const read = symbol.memo === undefined ? `${w.ref(symbol.code, "symbol")}(frame)` : `${w.helper("sym")}(frame, ${symbol.memo})`;
    const v = bind(w, symbolName.replace(/\./g, "_"), read, true);
    const fields = expr.path.slice(symbol.consumed);
    if (fields.length === 0) return v;
    return bind(w, fields.join("_"), guard1(v, `${w.ref(readPath, "readPath")}(${v.js}, ${JSON.stringify(fields)}, ${JSON.stringify(symbolName)}, ${date})`, w), true);
  }
  const constant = s.cx.resolver.constant(head);
  if (constant) {
    const value = readPath(constant, rest, head);
    if (value === null || typeof value === "number" || typeof value === "string" || typeof value === "boolean") return decided(literal(value, w));
    return maybe(w.ref(value, expr.path.join("_")));
  }
  return w.fact(expr.path, date);
}

/** `c.credits` of a bound element: read where it is used, its path spelled out only when missing. */
function element(b: Binding, rest: readonly string[], date: boolean, w: Writer): Val {
  if (rest.length === 0) {
    if (!date) return decided(b.js);
    return bind(w, b.js, `${w.ref(readPath, "readPath")}(${b.js}, [], ${b.pathJs}, true)`, true);
  }
  let read = b.js;
  for (const field of rest) read = fieldOf(`${w.helper("obj")}(${read})`, field);
  read = `${w.helper("known")}(${read})`;
  const name = w.name(`${b.js}_${rest.join("_")}`);
  w.line(`const ${name} = ${date ? `${w.helper("day")}(${read})` : read};`);
  return { js: name, u: "absent", missing: `new ${w.helper("Missing")}([${w.helper("pathOf")}(${b.pathJs}, ${JSON.stringify(rest.join("."))})])` };
}

function call(expr: A.Call, s: GenScope, w: Writer): Val {
  if (expr.callee === FIELD_ACCESS) {
    const base = gen(expr.args[0] ?? null, s, w);
    const field = expr.args[1]?.kind === "StringLit" ? expr.args[1].value : "";
    return bind(w, field || "field", guard1(base, `${w.ref(readPath, "readPath")}(${base.js}, [${JSON.stringify(field)}], "")`, w), true);
  }
  const builtin = builtinNamed(expr.callee);
  if (!builtin) return bind(w, "unknown", `new ${w.helper("Missing")}([${JSON.stringify(`(unknown function ${expr.callee})`)}])`, true);
  if (builtin.name === "first_known") return firstKnown(expr, s, w);
  const run = w.ref(builtin.run, builtin.name);
  const noResult = `new ${w.helper("Missing")}([${JSON.stringify(`(${expr.callee}: no result for these values)`)}])`;
  return sequence(expr.args, s, w, builtin.name, (values, result) => [`${run}([${values.join(", ")}])`, `if (${result} === null) ${result} = ${noResult};`]);
}

/**
 * `no_credit(c)`: the arguments one after the other (the first undecided one is the value), then the
 * definition's memoised value for them (element-definition.ts), as compile-expr's closure does.
 */
function definitionCall(expr: A.DefinitionCall, s: GenScope, w: Writer): Val {
  const symbol = s.cx.resolver.symbol(expr.callee.path);
  const written = expr.callee.path.join(".");
  if (!symbol) return bind(w, "unknown", `new ${w.helper("Missing")}([${JSON.stringify(`(unknown definition ${written})`)}])`, true);
  const read = symbol.memo === undefined ? `${w.ref(symbol.code, "symbol")}(frame)` : `${w.helper("sym")}(frame, ${symbol.memo})`;
  const paths = expr.args.map((a) => argumentPathJs(a, s));
  return sequence(expr.args, s, w, expr.callee.path[expr.callee.path.length - 1] ?? "call", (values) => [`${read}.value(frame, [${values.join(", ")}], [${paths.join(", ")}])`]);
}

/** How an argument is named in a missing fact: a bound element's path, else the expression as written. */
function argumentPathJs(expr: A.Expr | null, s: GenScope): string {
  if (expr?.kind === "NameRef") {
    const [head, ...rest] = expr.path as [string, ...string[]];
    const b = s.bindings.get(head);
    if (b) return rest.length === 0 ? b.pathJs : `${b.pathJs} + ${JSON.stringify("." + rest.join("."))}`;
  }
  return JSON.stringify(expr ? printedExpr(expr, s.cx.lang) : "");
}

/** Lazy: the second value is looked at only when the first is missing; both missing, both named. */
function firstKnown(expr: A.Call, s: GenScope, w: Writer): Val {
  const result = w.name("first_known");
  w.line(`let ${result};`);
  const Missing = w.helper("Missing");
  const isMissing = (v: Val) => (v.u === "no" ? "false" : v.u === "absent" ? `${v.js} === undefined` : `${v.js} instanceof ${Missing}`);
  const a = gen(expr.args[0] ?? null, s, w);
  w.open(`if (!(${isMissing(a)}))`);
  w.line(`${result} = ${a.js};`);
  // A given fact overriding a derived one is reported as given (traces only, given-override.ts).
  const given = givenOverride(expr, s.cx, (name) => s.bindings.has(name));
  if (given !== null) w.line(`if (frame.givens !== null) ${w.ref(given, "given")}(frame, ${result}, ${argumentPathJs(expr.args[0] ?? null, s)});`);
  w.orElse();
  const b = gen(expr.args[1] ?? null, s, w);
  w.line(`${result} = ${isMissing(b)} ? ${Missing}.merge(${undecidedOf(a)}, ${undecidedOf(b)}) : ${b.js};`);
  w.close();
  return maybe(result);
}

function binary(expr: A.Binary, s: GenScope, w: Writer): Val {
  if (expr.operator === "and" || expr.operator === "or") return logical(expr, s, w);
  const a = gen(expr.left, s, w);
  const EPS = "EPS";
  if (expr.operator === "in") {
    const items = expr.right?.kind === "ListLit" ? expr.right.items.map(literalValue) : null;
    if (items && !items.includes(undefined)) {
      const values = items as (number | string | boolean)[];
      const set = w.ref(new Set<unknown>(values), "IN", JSON.stringify(values));
      const numbers = values.filter((x): x is number => typeof x === "number");
      const op = numbers.length === 0 ? `${set}.has(${a.js})` : `typeof ${a.js} !== "number" ? ${set}.has(${a.js}) : ${w.helper("inNumbers")}(${a.js}, ${w.ref(numbers, "NUMBERS")}, ${EPS})`;
      return bind(w, "is_in", guard1(a, op, w), a.u !== "no");
    }
  }
  const b = gen(expr.right, s, w);
  const [x, y] = [a.js, b.js];
  const bothNumbers = typeof literalValue(expr.right) === "number" ? `typeof ${x} === "number"` : `typeof ${x} === "number" && typeof ${y} === "number"`;
  let op: string;
  let undecided = a.u !== "no" || b.u !== "no";
  switch (expr.operator) {
    case "+":
    case "-":
    case "*":
      op = `${x} ${expr.operator} ${y}`;
      break;
    case "/":
      op = `${y} === 0 ? new ${w.helper("Missing")}(["(division by zero)"]) : ${x} / ${y}`;
      undecided = true;
      break;
    case "=":
      op = typeof literalValue(expr.right) === "string" || typeof literalValue(expr.right) === "boolean" ? `${x} === ${y}` : `${bothNumbers} ? Math.abs(${x} - ${y}) < ${EPS} : ${x} === ${y}`;
      break;
    case "!=":
      op = typeof literalValue(expr.right) === "string" || typeof literalValue(expr.right) === "boolean" ? `${x} !== ${y}` : `${bothNumbers} ? Math.abs(${x} - ${y}) >= ${EPS} : ${x} !== ${y}`;
      break;
    // Ordered comparisons tolerate binary noise, as compile-expr's do.
    case "<":
      op = `${x} < ${y} - ${EPS}`;
      break;
    case "<=":
      op = `${x} <= ${y} + ${EPS}`;
      break;
    case ">":
      op = `${x} > ${y} + ${EPS}`;
      break;
    case ">=":
      op = `${x} >= ${y} - ${EPS}`;
      break;
    case "in":
      op = `${w.helper("inList")}(${x}, ${y}, ${EPS})`;
      break;
  }
  return bind(w, hintOf(expr.operator), guard2(a, b, op, w), undecided);
}

function hintOf(operator: A.BinaryOperator): string {
  const names: Partial<Record<A.BinaryOperator, string>> = { "+": "plus", "-": "minus", "*": "times", "/": "quotient", in: "is_in" };
  return names[operator] ?? "holds";
}

/** Three-valued `and`/`or`: a false (true) side decides; otherwise an undecided side keeps it open. */
function logical(expr: A.Binary, s: GenScope, w: Writer): Val {
  const decisive = expr.operator === "and" ? "false" : "true";
  const result = w.name(expr.operator === "and" ? "both" : "either");
  w.line(`let ${result};`);
  const a = gen(expr.left, s, w);
  w.open(`if (${a.js} === ${decisive})`);
  w.line(`${result} = ${decisive};`);
  w.orElse();
  const b = gen(expr.right, s, w);
  w.line(`if (${b.js} === ${decisive}) ${result} = ${decisive};`);
  const ta = testU(a, w);
  const tb = testU(b, w);
  if (ta !== null) w.line(`else if (${ta}) ${result} = ${tb === null ? undecidedOf(a) : `${tb} ? ${w.helper("mergeU")}(${undecidedOf(a)}, ${undecidedOf(b)}) : ${undecidedOf(a)}`};`);
  w.line(`else ${result} = ${valueOf(b)};`);
  w.close();
  return a.u === "no" && b.u === "no" ? decided(result) : maybe(result);
}

function conditional(expr: A.Conditional, s: GenScope, w: Writer): Val {
  const result = w.name("chosen");
  w.line(`let ${result};`);
  const c = gen(expr.condition, s, w);
  const t = testU(c, w);
  if (t !== null) {
    w.line(`if (${t}) ${result} = ${undecidedOf(c)};`);
    w.open(`else if (${c.js})`);
  } else w.open(`if (${c.js})`);
  w.line(`${result} = ${valueOf(gen(expr.then, s, w))};`);
  w.orElse();
  w.line(`${result} = ${valueOf(gen(expr.otherwise, s, w))};`);
  w.close();
  return maybe(result);
}

/** The path of a collection, as code giving it (for missing facts; built only when one is missing). */
function collectionPath(expr: A.Expr | null, s: GenScope): string {
  if (expr?.kind !== "NameRef") return '""';
  const [head, ...rest] = expr.path;
  const binding = s.bindings.get(head!);
  if (binding) return rest.length === 0 ? binding.pathJs : `${binding.pathJs} + ${JSON.stringify(`.${rest.join(".")}`)}`;
  return JSON.stringify(expr.path.join("."));
}

/**
 * An aggregate that reads no variable bound around it has one value per student: computed once and
 * kept in the frame's memo (rules only; compile-shared hands out memo indices only there).
 */
function aggregate(expr: A.Aggregate, s: GenScope, w: Writer): Val {
  if (s.cx.allocateMemo === null || readsAny(expr, s.cx.variables)) return loop(expr, s, w);
  const memo = s.cx.allocateMemo();
  const result = w.name(`${expr.aggregate}_${expr.variable}`);
  w.line(`let ${result} = frame.memo[${memo}];`);
  w.open(`if (${result} === ${w.helper("UNSET")})`);
  w.line(`${result} = frame.memo[${memo}] = ${valueOf(loop(expr, s, w))};`);
  w.line(`frame.written.push(${memo});`);
  w.close();
  return maybe(result);
}

function loop(expr: A.Aggregate, s: GenScope, w: Writer): Val {
  const list = gen(expr.collection, s, w);
  const prefix = collectionPath(expr.collection, s);
  const kind = expr.aggregate;
  const result = w.name(`${kind}_${expr.variable}`);
  const Missing = w.helper("Missing");
  w.line(`let ${result};`);
  const t = testU(list, w);
  if (t !== null) {
    w.line(`if (${t}) ${result} = ${undecidedOf(list)};`);
    w.line(`else if (!Array.isArray(${list.js})) ${result} = new ${Missing}([${prefix} || "(list)"]);`);
  } else w.line(`if (!Array.isArray(${list.js})) ${result} = new ${Missing}([${prefix} || "(list)"]);`);
  w.open("else");
  const missing = w.name("missing");
  w.line(`let ${missing} = null;`);
  const acc = w.name(kind === "smallest" || kind === "largest" ? "extreme" : kind);
  w.line(`let ${acc} = ${{ sum: "0", count: "0", smallest: "null", largest: "null", any: "false", all: "true" }[kind]};`);
  const i = w.name("i");
  const el = w.name(expr.variable);
  w.open(`for (let ${i} = 0; ${i} < ${list.js}.length; ${i}++)`);
  w.line(`const ${el} = ${list.js}[${i}];`);
  const slot = s.cx.allocateSlot();
  const pathJs = `${w.helper("elementPath")}(${prefix}, ${el}, ${i})`;
  // A closure inside reads the element from the frame's slots, as the closure compiler's loops leave it.
  // Its path as the list's and the index (frame.ts, slotIndexes): built only if the closure names it.
  if (containsUnknown([expr.filter, expr.body])) w.line(`frame.slots[${slot}] = ${el}; frame.slotPaths[${slot}] = ${prefix}; frame.slotIndexes[${slot}] = ${i};`);
  const inner: GenScope = { cx: { ...s.cx, variables: new Map(s.cx.variables).set(expr.variable, slot) }, bindings: new Map(s.bindings).set(expr.variable, { js: el, pathJs }) };
  const skipIfUndecided = (v: Val) => {
    const tv = testU(v, w);
    if (tv !== null) w.line(`if (${tv}) { ${missing} = ${w.helper("mergeU")}(${missing}, ${undecidedOf(v)}); continue; }`);
  };
  if (expr.filter) {
    const keep = gen(expr.filter, inner, w);
    skipIfUndecided(keep);
    w.line(`if (!${keep.js}) continue;`);
  }
  if (!expr.body) {
    if (kind === "count") w.line(`${acc}++;`);
    else if (kind === "any") w.line(`${acc} = true;`); // any(x in list where …): an element passed the filter
  } else {
    const v = gen(expr.body, inner, w);
    skipIfUndecided(v);
    const x = v.js;
    w.line(
      {
        sum: `${acc} += ${x};`,
        count: `${acc}++;`,
        smallest: `${acc} = ${acc} === null ? ${x} : Math.min(${acc}, ${x});`,
        largest: `${acc} = ${acc} === null ? ${x} : Math.max(${acc}, ${x});`,
        any: `if (${x}) ${acc} = true;`,
        all: `if (!${x}) ${acc} = false;`,
      }[kind],
    );
  }
  w.close();
  const noElement = `new ${Missing}([(${prefix} || "(list)") + ${JSON.stringify(`: no element${expr.filter ? " meets the condition" : ""}`)}])`;
  w.line(
    `${result} = ${
      {
        sum: `${missing} ?? ${acc}`,
        count: `${missing} ?? ${acc}`,
        any: `${acc} ? true : ${missing} ?? false`,
        all: `!${acc} ? false : ${missing} ?? true`,
        smallest: `${missing} ?? ${acc} ?? ${noElement}`,
        largest: `${missing} ?? ${acc} ?? ${noElement}`,
      }[kind]
    };`,
  );
  w.close();
  return maybe(result);
}

/**
 * `accumulate` (fold): the initial value, then the step for each element that passes the filter,
 * the accumulator a local; the first undecided initial value, list, filter or step is the value, as
 * compile-expr's foldRunner gives it. Nothing is recorded: traced rules run the closures, and a
 * definition's fold steps are recorded by foldTraceCode.
 */
function fold(expr: A.Fold, s: GenScope, w: Writer): Val {
  const Missing = w.helper("Missing");
  const result = w.name("fold");
  w.line(`let ${result};`);
  let opened = 0;
  const initial = gen(expr.initial, s, w);
  const ti = testU(initial, w);
  if (ti !== null) {
    w.open(`if (${ti})`);
    w.line(`${result} = ${undecidedOf(initial)};`);
    w.orElse();
    opened++;
  }
  const list = gen(expr.collection, s, w);
  const prefix = collectionPath(expr.collection, s);
  const tl = testU(list, w);
  if (tl !== null) {
    w.line(`if (${tl}) ${result} = ${undecidedOf(list)};`);
    w.line(`else if (!Array.isArray(${list.js})) ${result} = new ${Missing}([${prefix} || "(list)"]);`);
  } else w.line(`if (!Array.isArray(${list.js})) ${result} = new ${Missing}([${prefix} || "(list)"]);`);
  w.open("else");
  const acc = w.name(expr.accumulator);
  w.line(`let ${acc} = ${initial.js};`);
  const i = w.name("i");
  const el = w.name(expr.variable);
  const accumulatorSlot = s.cx.allocateSlot();
  const elementSlot = s.cx.allocateSlot();
  const pathJs = `${w.helper("elementPath")}(${prefix}, ${el}, ${i})`;
  w.open(`for (let ${i} = 0; ${i} < ${list.js}.length; ${i}++)`);
  w.line(`const ${el} = ${list.js}[${i}];`);
  // A closure inside reads the element and the accumulator from the frame's slots, as foldRunner leaves them.
  if (containsUnknown([expr.filter, expr.step])) {
    w.line(`frame.slots[${elementSlot}] = ${el}; frame.slotPaths[${elementSlot}] = ${prefix}; frame.slotIndexes[${elementSlot}] = ${i};`);
    w.line(`frame.slots[${accumulatorSlot}] = ${acc}; frame.slotPaths[${accumulatorSlot}] = ${JSON.stringify(expr.accumulator)}; frame.slotIndexes[${accumulatorSlot}] = -1;`);
  }
  const inner: GenScope = {
    cx: { ...s.cx, variables: new Map(s.cx.variables).set(expr.accumulator, accumulatorSlot).set(expr.variable, elementSlot) },
    bindings: new Map(s.bindings).set(expr.accumulator, { js: acc, pathJs: JSON.stringify(expr.accumulator) }).set(expr.variable, { js: el, pathJs }),
  };
  const stopIfUndecided = (v: Val) => {
    const t = testU(v, w);
    if (t !== null) w.line(`if (${t}) { ${result} = ${undecidedOf(v)}; break; }`);
  };
  if (expr.filter) {
    const keep = gen(expr.filter, inner, w);
    stopIfUndecided(keep);
    w.line(`if (!${keep.js}) continue;`);
  }
  const next = gen(expr.step, inner, w);
  stopIfUndecided(next);
  w.line(`${acc} = ${next.js};`);
  w.close();
  w.line(`if (${result} === undefined) ${result} = ${acc};`);
  w.close();
  for (let k = 0; k < opened; k++) w.close();
  return maybe(result);
}
