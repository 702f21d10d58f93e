/**
 * Expressions → closures. Names are resolved once, here; evaluating a student is then a pass over
 * data. Missing facts propagate as `Missing` (three-valued `and`/`or`), conflicted parameters as
 * `Conflicted`. Aggregates loop over finite lists only, so evaluation always terminates.
 */
import type * as A from "../../dsl/index.js";
import { FIELD_ACCESS, UNKNOWN, builtinNamed, dayFromIso, unitOf, type Lang, type Type } from "../../dsl/index.js";
import { printedExpr } from "./printed.js";
import { compileDecisionRef } from "./compile-decision-ref.js";
import { givenOverride } from "./given-override.js";
import type { ElementDefinition } from "./element-definition.js";
import { Conflicted, Missing, UNSET, argumentCode, displayValue, elementKey, factDay, isUndecided, slotPath, type Code, type FoldObservation, type FoldStep, type Frame, type Observation, type StepReason } from "../runtime/index.js";

/** What the compiler needs to know about names outside the expression. */
export interface NameResolver {
  /** A parameter or definition by its first name segment(s): returns its code and how many segments it used. */
  symbol(path: readonly string[]): { code: Code; consumed: number; memo?: number; kind?: "parameter" | "definition" } | null;
  /** Constant context roots that are not facts (the calendar), as day numbers. */
  constant(head: string): Readonly<Record<string, unknown>> | null;
}

export interface CompileContext {
  readonly resolver: NameResolver;
  readonly types: ReadonlyMap<A.Expr, Type>;
  readonly lang: Lang;
  /** Variable name → slot, for the variables in scope. */
  readonly variables: ReadonlyMap<string, number>;
  /** Allocates a fresh slot for an aggregate's variable. */
  allocateSlot(): number;
  /** Allocates a memo index for a hoisted aggregate; null where nothing is hoisted. */
  readonly allocateMemo: (() => number) | null;
  /**
   * Whether conditions record what they saw. Only a rule's own conditions are ever recorded (a
   * definition's reads are not, see compile-shared), so rules are compiled twice, traced and not:
   * evaluating without traces then pays nothing for them.
   */
  readonly traced: boolean;
  /**
   * Inside a fold's step while its steps are recorded: the comparisons the step tests say why the
   * running value changed; what aggregates inside it look at does not (it would list every element
   * of every year).
   */
  readonly foldStep?: boolean;
  /** The article namespace of the file being compiled: `outcome(x)` names `ns.x` (decision-ref). */
  readonly namespace?: string;
}

/** Comparisons tolerate this much binary noise; generated code (generate-writer.ts, EPS) uses the same. */
export const EPSILON = 1e-9;

/** Read a field; a value the context does not give is Missing, named by its path. */
function fullPath(prefix: string, fields: readonly string[]): string {
  return prefix ? [prefix, ...fields].join(".") : fields.join(".");
}

/** `leafType` is the type of the value read: a date arrives as ISO text and becomes a day number. */
export function readPath(start: unknown, fields: readonly string[], prefix: string, leafType: Type = UNKNOWN): unknown {
  let value = start;
  // The path is spelled out only when a fact is missing: a value that is there costs no string.
  for (let i = 0; i < fields.length; i++) {
    // The fact needed is the whole path the rule reads, even where a record above it is absent.
    if (value === null || value === undefined || typeof value !== "object") return new Missing([fullPath(prefix, fields)]);
    value = (value as Record<string, unknown>)[fields[i]!];
    if (value === undefined || value === null) return new Missing([fullPath(prefix, fields)]);
  }
  // Dates arrive as ISO text in the context and are day numbers inside rules.
  if (leafType.kind === "date" && typeof value === "string") return factDay(value) ?? new Missing([fields.length > 0 ? fullPath(prefix, fields) : prefix]);
  return value;
}


export function compileExpr(expr: A.Expr | null, cx: CompileContext): Code {
  if (!expr) return () => new Missing(["(incomplete rule)"]);
  const code = compileNode(expr, cx);
  if (!cx.traced || !isObserved(expr)) return code;
  return recorded(expr, code, cx);
}

/** Conditions record what they saw when tracing is on. */
function recorded(expr: A.Expr, code: Code, cx: CompileContext): Code {
  const text = printedExpr(expr, cx.lang);
  const textNl = printedExpr(expr, "nl");
  const type = cx.types.get(expr) ?? UNKNOWN;
  const unit = unitOf(type);
  return (f) => {
    const value = code(f);
    if (f.observations !== null) f.observations.push({ kind: "condition", text, text_nl: textNl, value, unit, display: displayValue(value, type) });
    return value;
  };
}

function isObserved(expr: A.Expr): boolean {
  if (expr.kind === "Binary") return ["=", "!=", "<", "<=", ">", ">=", "in"].includes(expr.operator);
  return expr.kind === "Aggregate" && (expr.aggregate === "any" || expr.aggregate === "all");
}

function compileNode(expr: A.Expr, cx: CompileContext): Code {
  switch (expr.kind) {
    case "NumberLit":
    case "StringLit":
    case "BoolLit": {
      const value = expr.value;
      return () => value;
    }
    case "DateLit": {
      const day = dayFromIso(expr.value);
      return () => day;
    }
    case "ListLit": {
      const items = expr.items.map((i) => compileExpr(i, cx));
      return (f) => valuesOf(items, f);
    }
    case "RecordLit": {
      const fields = expr.fields.map((field) => [field.name, compileExpr(field.value, cx)] as const);
      return (f) => {
        const out: Record<string, unknown> = {};
        for (const [name, code] of fields) {
          const v = code(f);
          if (isUndecided(v)) return v;
          out[name] = v;
        }
        return out;
      };
    }
    case "NameRef":
      return compileName(expr, cx);
    case "Call":
      return compileCall(expr, cx);
    case "DefinitionCall":
      return compileDefinitionCall(expr, cx);
    case "Aggregate":
      return hoisted(expr, cx, compileAggregate(expr, cx));
    case "Fold":
      return compileFold(expr, cx);
    case "Unary": {
      const operand = compileExpr(expr.operand, cx);
      if (expr.operator === "not") {
        return (f) => {
          const v = operand(f);
          return isUndecided(v) ? v : !v;
        };
      }
      return (f) => {
        const v = operand(f);
        return isUndecided(v) ? v : -(v as number);
      };
    }
    case "Binary":
      return compileBinary(expr, cx);
    case "Conditional": {
      const c = compileExpr(expr.condition, cx);
      const a = compileExpr(expr.then, cx);
      const b = compileExpr(expr.otherwise, cx);
      return (f) => {
        const v = c(f);
        if (isUndecided(v)) return v;
        return v ? a(f) : b(f);
      };
    }
    case "OutcomeLit": {
      // Outcomes are compared by their canonical (English) name, as decisions give them.
      const outcome = expr.outcome;
      return () => outcome;
    }
    case "DecisionRef":
      return compileDecisionRef(expr, cx, (e) => compileExpr(e, cx));
    default:
      return expr satisfies never;
  }
}

function compileName(expr: A.NameRef, cx: CompileContext): Code {
  const [head, ...rest] = expr.path;
  const slot = cx.variables.get(head!);
  if (slot !== undefined) {
    const type = cx.types.get(expr) ?? UNKNOWN;
    // `c.credits`: one field of the bound element, read directly when it is there.
    if (rest.length === 1 && type.kind !== "date") {
      const name = rest[0]!;
      return (f) => {
        const e = f.slots[slot];
        const v = e !== null && typeof e === "object" ? (e as Record<string, unknown>)[name] : undefined;
        return v !== undefined && v !== null ? v : readPath(e, rest, slotPath(f, slot), type);
      };
    }
    return (f) => {
      // The element's path only when a fact is missing: read once without it, again to name what is missing.
      const v = readPath(f.slots[slot], rest, "", type);
      return v instanceof Missing ? readPath(f.slots[slot], rest, slotPath(f, slot), type) : v;
    };
  }
  const symbol = cx.resolver.symbol(expr.path);
  if (symbol) {
    const fields = expr.path.slice(symbol.consumed);
    if (fields.length === 0) return symbol.code;
    const type = cx.types.get(expr) ?? UNKNOWN;
    const prefix = expr.path.slice(0, symbol.consumed).join(".");
    return (f) => {
      const v = symbol.code(f);
      return isUndecided(v) ? v : readPath(v, fields, prefix, type);
    };
  }
  const constant = cx.resolver.constant(head!);
  if (constant) {
    const value = readPath(constant, rest, head!);
    return () => value;
  }
  const type = cx.types.get(expr) ?? UNKNOWN;
  const path = expr.path;
  const display = path.join(".");
  const unit = unitOf(type);
  // `student.id`, `enrolment.faculty`: two fields of the context, read directly when they are there.
  if (path.length === 2 && type.kind !== "date") {
    const [first, second] = path as [string, string];
    return (f) => {
      const record = f.root[first];
      const direct = record !== null && typeof record === "object" ? (record as Record<string, unknown>)[second] : undefined;
      const value = direct !== undefined && direct !== null ? direct : readPath(f.root, path, "", type);
      if (f.observations !== null) f.observations.push({ kind: "fact", path: display, value, unit, display: displayValue(value, type) });
      return value;
    };
  }
  return (f) => {
    const value = readPath(f.root, path, "", type);
    if (f.observations !== null) f.observations.push({ kind: "fact", path: display, value, unit, display: displayValue(value, type) });
    return value;
  };
}

/**
 * `no_credit(c)`: the arguments, then the definition through the frame's symbol table (the value
 * per element is memoised there, element-definition.ts). A traced rule records the call: the
 * definition, the argument's code and the conditions the body tested.
 */
function compileDefinitionCall(expr: A.DefinitionCall, cx: CompileContext): Code {
  const symbol = cx.resolver.symbol(expr.callee.path);
  if (!symbol) return () => new Missing([`(unknown definition ${expr.callee.path.join(".")})`]);
  const definitionOf = symbol.code;
  const args = expr.args.map((a) => compileExpr(a, cx));
  const paths = expr.args.map((a) => argumentPath(a, cx));
  const traced = cx.traced;
  return (f) => {
    const values = valuesOf(args, f);
    if (isUndecided(values)) return values;
    const definition = definitionOf(f) as ElementDefinition;
    const named = paths.map((p) => p(f));
    if (traced && f.observations !== null) {
      const seen = definition.traced(f, values, named, values.map((v, i) => argumentCode(v, named[i]!)));
      f.observations.push(seen);
      return seen.value;
    }
    return definition.value(f, values, named);
  };
}

/** How an argument is named in a missing fact: a bound element's path (`courses[A1]`), else the expression. */
function argumentPath(expr: A.Expr | null, cx: CompileContext): (f: Frame) => string {
  if (expr?.kind === "NameRef" && cx.variables.has(expr.path[0]!)) return pathCode(expr, cx);
  const text = expr ? printedExpr(expr, cx.lang) : "";
  return () => text;
}

function compileCall(expr: A.Call, cx: CompileContext): Code {
  const args = expr.args.map((a) => compileExpr(a, cx));
  if (expr.callee === FIELD_ACCESS) {
    const base = args[0]!;
    const name = expr.args[1]?.kind === "StringLit" ? expr.args[1].value : "";
    return (f) => {
      const v = base(f);
      return isUndecided(v) ? v : readPath(v, [name], "");
    };
  }
  const builtin = builtinNamed(expr.callee);
  if (!builtin) return () => new Missing([`(unknown function ${expr.callee})`]);
  if (builtin.name === "first_known") {
    // Lazy: the second value is only looked at when the first is not given.
    const [a, b] = args as [Code, Code];
    // A given fact overriding a derived one is reported as given (traces only, given-override.ts).
    const given = givenOverride(expr, cx, (name) => cx.variables.has(name));
    const givenPath = pathCode(expr.args[0] ?? null, cx);
    return (f) => {
      const v = a(f);
      if (!(v instanceof Missing)) {
        if (given !== null && f.givens !== null) given(f, v, givenPath(f));
        return v;
      }
      // Missing only when both are; then giving either fact would settle it, so both are named.
      const w = b(f);
      return w instanceof Missing ? Missing.merge(v, w) : w;
    };
  }
  return (f) => {
    const values = valuesOf(args, f);
    if (isUndecided(values)) return values;
    const result = builtin.run(values);
    return result === null ? new Missing([`(${expr.callee}: no result for these values)`]) : result;
  };
}


/**
 * Each code's value in order (a list's items, a call's arguments), or the first undecided one,
 * which makes the whole list or call undecided: the later ones are not computed. One array, the one returned.
 */
function valuesOf(codes: readonly Code[], f: Frame): unknown[] | Missing | Conflicted {
  const values: unknown[] = [];
  for (let i = 0; i < codes.length; i++) {
    const v = codes[i]!(f);
    if (isUndecided(v)) return v;
    values.push(v);
  }
  return values;
}

/** A readable path for a collection expression (`courses`, `c.attempts`), for naming missing facts. */
function pathCode(expr: A.Expr | null, cx: CompileContext): (f: Frame) => string {
  if (expr?.kind !== "NameRef") return () => "";
  const [head, ...rest] = expr.path;
  const slot = cx.variables.get(head!);
  if (slot !== undefined) {
    if (rest.length === 0) return (f) => slotPath(f, slot);
    const fields = `.${rest.join(".")}`;
    return (f) => slotPath(f, slot) + fields;
  }
  const path = expr.path.join(".");
  return () => path;
}

/**
 * An aggregate that reads no variable bound around it (`sum of c.credits for c in courses` inside a
 * rule per course) has one value per student: it is computed once and kept in the frame's memo.
 * Not while tracing, so every rule's trace still shows what the aggregate read.
 */
function hoisted(expr: A.Aggregate, cx: CompileContext, code: Code): Code {
  if (cx.allocateMemo === null || readsAny(expr, cx.variables)) return code;
  const memo = cx.allocateMemo();
  return (f) => {
    if (f.observations !== null) return code(f);
    let v = f.memo[memo];
    if (v === UNSET) {
      v = code(f);
      f.memo[memo] = v;
      f.written.push(memo);
    }
    return v;
  };
}

/** Does the expression name one of these variables anywhere (a shadowing inner variable counts too)? */
export function readsAny(node: unknown, variables: ReadonlyMap<string, number>): boolean {
  if (variables.size === 0 || node === null || typeof node !== "object") return false;
  if (Array.isArray(node)) return node.some((n) => readsAny(n, variables));
  const n = node as { kind?: unknown; path?: readonly string[] };
  if (n.kind === "NameRef" && n.path && variables.has(n.path[0]!)) return true;
  for (const [key, value] of Object.entries(node)) if (key !== "span" && !key.endsWith("Span") && readsAny(value, variables)) return true;
  return false;
}

function compileAggregate(expr: A.Aggregate, cx: CompileContext): Code {
  const collection = compileExpr(expr.collection, cx);
  const collectionPath = pathCode(expr.collection, cx);
  const slot = cx.allocateSlot();
  const inner: CompileContext = { ...cx, variables: new Map(cx.variables).set(expr.variable, slot), traced: cx.traced && !cx.foldStep };
  const body = expr.body ? compileExpr(expr.body, inner) : null;
  const filter = expr.filter ? compileExpr(expr.filter, inner) : null;
  const kind = expr.aggregate;
  return (f) => {
    const list = collection(f);
    if (isUndecided(list)) return list;
    if (!Array.isArray(list)) return new Missing([collectionPath(f) || "(list)"]);
    const prefix = collectionPath(f);
    let missing: Missing | Conflicted | null = null;
    let sum = 0;
    let count = 0;
    let extreme: number | null = null;
    let any = false;
    let all = true;
    for (let i = 0; i < list.length; i++) {
      f.slots[slot] = list[i];
      f.slotPaths[slot] = prefix;
      f.slotIndexes[slot] = i;
      if (filter) {
        const keep = filter(f);
        if (isUndecided(keep)) {
          missing = merge(missing, keep);
          continue;
        }
        if (!keep) continue;
      }
      if (kind === "count" && !body) {
        count++;
        continue;
      }
      if (!body) {
        any = true; // any(x in list where …): an element passed the filter
        continue;
      }
      const v = body(f);
      if (isUndecided(v)) {
        missing = merge(missing, v);
        continue;
      }
      if (kind === "sum") sum += v as number;
      else if (kind === "count") count++;
      else if (kind === "smallest") extreme = extreme === null ? (v as number) : Math.min(extreme, v as number);
      else if (kind === "largest") extreme = extreme === null ? (v as number) : Math.max(extreme, v as number);
      else if (v) any = true;
      else all = false;
    }
    switch (kind) {
      case "sum":
        return missing ?? sum;
      case "count":
        return missing ?? count;
      case "any":
        return any ? true : missing ?? false;
      case "all":
        return !all ? false : missing ?? true;
      case "smallest":
      case "largest":
        // Of an empty selection there is no smallest: the decision says so instead of inventing one.
        return missing ?? extreme ?? new Missing([`${prefix || "(list)"}: no element${filter ? " meets the condition" : ""}`]);
    }
  };
}

/**
 * `accumulate(s = init for y in list where … then step)`: the running value starts as `init` and
 * becomes `step` for each element in the list's order. One step per element of a finite list:
 * evaluation terminates. An element whose filter or step is undecided makes the result undecided
 * (a running value that skipped a year would be wrong from then on). When tracing, every step is
 * recorded as a `fold` observation.
 */
function compileFold(expr: A.Fold, cx: CompileContext): Code {
  const run = foldRunner(expr, cx);
  if (!cx.traced) return (f) => run(f, null);
  const observe = foldObserver(expr, cx, null, null);
  return (f) => {
    if (f.observations === null) return run(f, null);
    const steps: FoldStep[] = [];
    const value = run(f, steps);
    f.observations.push(observe(value, steps));
    return value;
  };
}

/**
 * The code that records a fold's steps as an observation, for the definition whose value the fold
 * is (compile-shared calls it when a traced rule reads that definition).
 */
export function foldTraceCode(expr: A.Fold, cx: CompileContext, name: string, label: { nl: string; en: string | null } | null): Code {
  const run = foldRunner(expr, { ...cx, traced: false });
  const observe = foldObserver(expr, cx, name, label);
  return (f) => {
    const steps: FoldStep[] = [];
    return observe(run(f, steps), steps);
  };
}

function foldObserver(expr: A.Fold, cx: CompileContext, name: string | null, label: { nl: string; en: string | null } | null): (value: unknown, steps: FoldStep[]) => FoldObservation {
  const type = cx.types.get(expr) ?? UNKNOWN;
  const head = (lang: Lang) => printedExpr({ ...expr, initial: null, filter: null, step: null }, lang);
  const text = head(cx.lang);
  const textNl = head("nl");
  const fields = type.kind === "object" ? Object.fromEntries(Object.entries(type.fields).map(([k, field]) => [k, unitOf(field.type)])) : null;
  return (value, steps) => ({ kind: "fold", text, text_nl: textNl, name, label, value, unit: unitOf(type), fields, display: displayValue(value, type), steps });
}

function foldRunner(expr: A.Fold, cx: CompileContext): (f: Frame, steps: FoldStep[] | null) => unknown {
  const initial = compileExpr(expr.initial, { ...cx, traced: false });
  const collection = compileExpr(expr.collection, { ...cx, traced: false });
  const collectionPath = pathCode(expr.collection, cx);
  const accumulatorSlot = cx.allocateSlot();
  const elementSlot = cx.allocateSlot();
  const inner: CompileContext = { ...cx, traced: false, variables: new Map(cx.variables).set(expr.accumulator, accumulatorSlot).set(expr.variable, elementSlot) };
  const filter = expr.filter ? compileExpr(expr.filter, inner) : null;
  const step = compileExpr(expr.step, inner);
  // The step again, recording the conditions it tests: only run when the steps are recorded.
  const explained = compileExpr(expr.step, { ...inner, traced: true, foldStep: true, allocateMemo: null });
  const accumulatorType = cx.types.get(expr) ?? UNKNOWN;
  const collectionType = expr.collection ? cx.types.get(expr.collection) : undefined;
  const elementType = collectionType?.kind === "list" ? collectionType.element : UNKNOWN;
  const elementName = (element: unknown, i: number) => (element !== null && typeof element === "object" ? elementKey(element, i) : displayValue(element, elementType));
  const steps = (f: Frame, record: FoldStep[] | null): unknown => {
    let value = initial(f);
    if (isUndecided(value)) return value;
    const list = collection(f);
    if (isUndecided(list)) return list;
    if (!Array.isArray(list)) return new Missing([collectionPath(f) || "(list)"]);
    const prefix = collectionPath(f);
    for (let i = 0; i < list.length; i++) {
      f.slots[elementSlot] = list[i];
      f.slotPaths[elementSlot] = prefix;
      f.slotIndexes[elementSlot] = i;
      f.slots[accumulatorSlot] = value;
      f.slotPaths[accumulatorSlot] = expr.accumulator;
      f.slotIndexes[accumulatorSlot] = -1;
      if (filter) {
        const keep = filter(f);
        if (isUndecided(keep)) return keep;
        if (!keep) continue;
      }
      if (record === null) {
        value = step(f);
        if (isUndecided(value)) return value;
        continue;
      }
      const seen: Observation[] = [];
      f.observations = seen;
      const next = explained(f);
      f.observations = null;
      record.push({ element: elementName(list[i], i), before: value, after: next, before_display: displayValue(value, accumulatorType), after_display: displayValue(next, accumulatorType), why: reasonsIn(seen) });
      if (isUndecided(next)) return next;
      value = next;
    }
    return value;
  };
  return (f, record) => {
    if (record === null) return steps(f, null);
    // What the fold reads is shown by its steps, not as the rule's own observations.
    const saved = f.observations;
    f.observations = null;
    const value = steps(f, record);
    f.observations = saved;
    return value;
  };
}

/** The conditions a step tested, each once (the first value seen), in the order tested. */
export function reasonsIn(observations: readonly Observation[]): StepReason[] {
  const out: StepReason[] = [];
  const seen = new Set<string>();
  for (const o of observations) {
    if (o.kind !== "condition" || seen.has(o.text)) continue;
    seen.add(o.text);
    out.push({ text: o.text, text_nl: o.text_nl, value: o.value, display: o.display });
  }
  return out;
}

function merge(a: Missing | Conflicted | null, b: Missing | Conflicted): Missing | Conflicted {
  if (b instanceof Conflicted) return b;
  if (a instanceof Conflicted) return a;
  return a ? Missing.merge(a, b) : b;
}

function compileBinary(expr: A.Binary, cx: CompileContext): Code {
  const left = compileExpr(expr.left, cx);
  const right = compileExpr(expr.right, cx);
  switch (expr.operator) {
    case "and":
      return (f) => {
        const a = left(f);
        if (a === false) return false;
        const b = right(f);
        if (b === false) return false;
        if (isUndecided(a)) return isUndecided(b) ? merge(a, b) : a;
        return b;
      };
    case "or":
      return (f) => {
        const a = left(f);
        if (a === true) return true;
        const b = right(f);
        if (b === true) return true;
        if (isUndecided(a)) return isUndecided(b) ? merge(a, b) : a;
        return b;
      };
    case "in": {
      const items = expr.right?.kind === "ListLit" ? expr.right.items.map(literalValue) : null;
      if (items && !items.includes(undefined)) return inLiterals(left, items as (number | string | boolean)[]);
      return compareGeneral(left, right, operator("in"));
    }
    default: {
      const constant = literalValue(expr.right);
      if (constant !== undefined) {
        const fast = comparedWith(expr.operator, constant, left);
        if (fast) return fast;
      }
      return compareGeneral(left, right, operator(expr.operator));
    }
  }
}

function compareGeneral(left: Code, right: Code, op: (a: unknown, b: unknown) => unknown): Code {
  return (f) => {
    const a = left(f);
    const b = right(f);
    if (isUndecided(a)) return isUndecided(b) ? merge(a, b) : a;
    if (isUndecided(b)) return b;
    return op(a, b);
  };
}

/** `x in ["a", "b"]` against a list of literals: a set for texts, numbers within the tolerance. */
function inLiterals(left: Code, items: readonly (number | string | boolean)[]): Code {
  const exact = new Set<unknown>(items);
  const numbers = items.filter((x): x is number => typeof x === "number");
  return (f) => {
    const a = left(f);
    if (isUndecided(a)) return a;
    if (typeof a !== "number") return exact.has(a);
    for (let i = 0; i < numbers.length; i++) if (Math.abs(numbers[i]! - a) < EPSILON) return true;
    return false;
  };
}

/** The value of a literal number, text or truth value; undefined for anything else. */
export function literalValue(expr: A.Expr | null): number | string | boolean | undefined {
  return expr?.kind === "NumberLit" || expr?.kind === "StringLit" || expr?.kind === "BoolLit" ? expr.value : undefined;
}

/**
 * A comparison with a literal on the right (`x >= 30`, `kind = "bachelor"`), the commonest kind of
 * condition, as one closure per operator: the same result as the general case, without calling the
 * literal's code and the operator's. A literal is never undecided, so only the left side is tested.
 */
function comparedWith(op: A.BinaryOperator, b: number | string | boolean, left: Code): Code | null {
  if (typeof b === "number") {
    switch (op) {
      case "<":
        return (f) => {
          const a = left(f);
          return isUndecided(a) ? a : (a as number) < b - EPSILON;
        };
      case "<=":
        return (f) => {
          const a = left(f);
          return isUndecided(a) ? a : (a as number) <= b + EPSILON;
        };
      case ">":
        return (f) => {
          const a = left(f);
          return isUndecided(a) ? a : (a as number) > b + EPSILON;
        };
      case ">=":
        return (f) => {
          const a = left(f);
          return isUndecided(a) ? a : (a as number) >= b - EPSILON;
        };
      case "=":
        return (f) => {
          const a = left(f);
          return isUndecided(a) ? a : typeof a === "number" ? Math.abs(a - b) < EPSILON : a === b;
        };
      case "!=":
        return (f) => {
          const a = left(f);
          return isUndecided(a) ? a : typeof a === "number" ? Math.abs(a - b) >= EPSILON : a !== b;
        };
      default:
        return null;
    }
  }
  switch (op) {
    case "=":
      return (f) => {
        const a = left(f);
        return isUndecided(a) ? a : a === b;
      };
    case "!=":
      return (f) => {
        const a = left(f);
        return isUndecided(a) ? a : a !== b;
      };
    default:
      return null;
  }
}

function operator(op: Exclude<A.BinaryOperator, "and" | "or">): (a: unknown, b: unknown) => unknown {
  switch (op) {
    case "+":
      return (a, b) => (a as number) + (b as number);
    case "-":
      return (a, b) => (a as number) - (b as number);
    case "*":
      return (a, b) => (a as number) * (b as number);
    case "/":
      return (a, b) => ((b as number) === 0 ? new Missing(["(division by zero)"]) : (a as number) / (b as number));
    case "=":
      return (a, b) => (typeof a === "number" && typeof b === "number" ? Math.abs(a - b) < EPSILON : a === b);
    case "!=":
      return (a, b) => (typeof a === "number" && typeof b === "number" ? Math.abs(a - b) >= EPSILON : a !== b);
    // Ordered comparisons tolerate binary noise: 0.1 + 0.2 <= 0.3 holds, as it does on paper.
    case "<":
      return (a, b) => (a as number) < (b as number) - EPSILON;
    case "<=":
      return (a, b) => (a as number) <= (b as number) + EPSILON;
    case ">":
      return (a, b) => (a as number) > (b as number) + EPSILON;
    case ">=":
      return (a, b) => (a as number) >= (b as number) - EPSILON;
    case "in":
      return (a, b) => (b as unknown[]).some((x) => (typeof x === "number" && typeof a === "number" ? Math.abs(x - a) < EPSILON : x === a));
  }
}
