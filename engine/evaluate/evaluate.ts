/**
 * Evaluate a compiled regulation for one student: per decision (per element for `for each`), the
 * most specific layer whose exception applies decides, then the general rule; equal layers that
 * disagree give `conflict`; missing facts give `undetermined` with the facts needed.
 */
import type { Outcome, Type } from "../../dsl/index.js";
import { compilationKey, constantMemo, type CompiledDecision, type CompiledRegulation, type CompiledRule, type CompiledRuleSet, type RuleSetOut } from "../compile/index.js";
import type { Layer } from "../load/index.js";
import { canonicalJson, portableSha256, type Hasher } from "../receipt/index.js";
import { Missing, UNSET, displayValue, elementKey, isUndecided, jsonValue, newFrame, type DecisionTrace, type DefinitionBodies, type Frame, type RuleTrace, type SourceRef } from "../runtime/index.js";
import { LazyReceipt, type Receipt } from "./lazy-receipt.js";
import { DecisionReads, type Decided } from "./decision-reads.js";
import { decisionPlan, slotsNeeded, type DecisionPlan } from "./decision-order.js";
import type { Origin } from "../load/index.js";
import { unitOf, type UnitCode } from "../../dsl/index.js";

export type ResultOutcome = Outcome | "undetermined" | "conflict";

export interface DecisionResult {
  readonly id: string;
  readonly article: string;
  readonly paragraph: string | null;
  readonly label: { readonly nl: string; readonly en: string | null } | null;
  readonly outcome: ResultOutcome;
  readonly value: unknown;
  readonly display: string | null;
  /** The unit of `value`: sp, percent, hours, days, date, or null. */
  readonly unit: UnitCode | null;
  /** For a decision per element (`for each`): the element's key and, where it has one, its name. */
  readonly item: { readonly key: string; readonly label: string | null } | null;
  /** The layer and file whose rule decided (for undetermined/conflict: where it stopped). */
  readonly layer: Layer;
  readonly source: SourceRef | null;
  readonly origin: Origin;
  /** For a conflict between exceptions of one layer: where each of them comes from. */
  readonly conflict_origins: readonly Origin[];
  readonly reason: { readonly nl: string; readonly en: string | null } | null;
  readonly rule: string | null;
  readonly missing: readonly string[];
  readonly conflict: readonly string[];
  readonly trace?: DecisionTrace;
}

export interface EvaluationResult {
  readonly regulation: { readonly id: string; readonly title: string; readonly version: string; readonly status: string };
  readonly receipt: Receipt;
  readonly decisions: readonly DecisionResult[];
}

export interface EvaluateOptions {
  readonly trace?: boolean;
  /** Only decisions of this article (number) or namespace. */
  readonly article?: string;
  readonly coverage?: Set<string>;
  /** Filled with what each definition's body tested (condition coverage of definitions; tests only). */
  readonly definitionBodies?: DefinitionBodies;
  /** Only the decision with this id (without element key): for what-if questions. */
  readonly only?: string;
  /** Hash the input for the receipt (default true); what-if searches skip it. */
  readonly hashInput?: boolean;
  /** SHA-256 for the input hash: the portable one unless the host gives a faster one. */
  readonly hasher?: Hasher;
}

/** A rule set that could not decide: the first open rule, and what it and later rules lacked. */
interface Open {
  readonly rule: CompiledRule;
  readonly missing: readonly string[];
  readonly conflict: readonly string[];
}

/** The value of the rule that `runRules` last returned as fired (evaluation is synchronous). */
let firedValue: unknown = undefined;

/** The raw value of the result `fired` last made (undefined for any other result): what `value(…)` reads. */
let lastRaw: unknown = undefined;

/**
 * Try a rule set top to bottom; the first rule whose condition holds decides (returned, its value in
 * `firedValue`); null when none applies. A rule whose condition lacks facts leaves the outcome open:
 * the scan goes on only to collect what else is missing, so "what is missing to decide?" is answered
 * in full. Nothing is allocated unless a rule lacks facts or tracing is on.
 */
function runRules(set: CompiledRuleSet, f: Frame, considered: RuleTrace[] | null): CompiledRule | Open | null {
  if (considered === null && set.generated !== null) return runGenerated(set, f);
  let openRule: CompiledRule | null = null;
  let openMissing: Set<string> | null = null;
  let openConflict: Set<string> | null = null;
  const rules = set.rules;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    const before = f.observations;
    if (considered) f.observations = [];
    const code = considered ? rule.traced : rule;
    const holds = code.condition ? code.condition(f) : true;
    let value: unknown = undefined;
    if (holds === true && code.value) value = code.value(f);
    const undecided = isUndecided(holds) ? holds : isUndecided(value) ? value : null;
    if (considered) {
      considered.push({
        kind: set.kind,
        source: rule.source,
        layer: set.layer,
        origin: set.origin,
        text: rule.text,
        text_nl: rule.textNl,
        applied: undecided ? "undetermined" : holds === true,
        observations: f.observations ?? [],
      });
      f.observations = before;
    }
    if (undecided) {
      if (!openRule) {
        openRule = rule;
        openMissing = new Set();
        openConflict = new Set();
      }
      if (undecided instanceof Missing) for (const m of undecided.facts) openMissing!.add(m);
      else for (const c of undecided.sources) openConflict!.add(c);
      continue;
    }
    if (holds === true) {
      if (openRule) break;
      f.coverage?.add(rule.id);
      firedValue = value;
      return rule;
    }
  }
  return openRule ? { rule: openRule, missing: [...openMissing!], conflict: [...openConflict!] } : null;
}

/** Filled by a generated rule set (one at a time: evaluation is synchronous and rule sets do not nest). */
const out: RuleSetOut = { value: undefined, open: -1, undecided: [] };

/** The same as runRules' loop, by the rule set's generated function: the same rule, value and facts. */
function runGenerated(set: CompiledRuleSet, f: Frame): CompiledRule | Open | null {
  const index = set.generated!.run(f, out);
  if (index >= 0) {
    const rule = set.rules[index]!;
    f.coverage?.add(rule.id);
    firedValue = out.value;
    out.value = undefined;
    return rule;
  }
  if (index === -1) return null;
  const missing = new Set<string>();
  const conflict = new Set<string>();
  for (const u of out.undecided) {
    if (u instanceof Missing) for (const m of u.facts) missing.add(m);
    else for (const c of u.sources) conflict.add(c);
  }
  out.undecided = [];
  return { rule: set.rules[out.open]!, missing: [...missing], conflict: [...conflict] };
}

function isOpen(o: CompiledRule | Open | null): o is Open {
  return o !== null && !("condition" in o);
}

type Item = DecisionResult["item"];
type Mutable<T> = { -readonly [K in keyof T]: T[K] };
const NO_STRINGS: readonly string[] = Object.freeze([]);
const NO_ORIGINS: readonly Origin[] = Object.freeze([]);

/** A result with the decision's own fields filled in; the caller fills in how it came out. */
function result(d: CompiledDecision, id: string, item: Item, outcome: ResultOutcome, set: CompiledRuleSet, source: SourceRef | null): Mutable<DecisionResult> {
  // Built field by field in one shape (no spreads): this runs once per decision per student.
  return {
    id,
    article: d.article,
    paragraph: d.paragraph,
    label: d.labelText,
    outcome,
    value: null,
    display: null,
    unit: null,
    item,
    layer: set.layer,
    source,
    origin: set.origin,
    conflict_origins: NO_ORIGINS,
    reason: null,
    rule: null,
    missing: NO_STRINGS,
    conflict: NO_STRINGS,
  };
}

function fired(d: CompiledDecision, id: string, item: Item, set: CompiledRuleSet, rule: CompiledRule, value: unknown): Mutable<DecisionResult> {
  const r = result(d, id, item, rule.outcome ?? "undetermined", set, rule.source);
  lastRaw = rule.value ? value : undefined;
  // The paragraph of the rule that decided, where it names one (art. 25 §3 inside a §1 decision).
  r.paragraph = rule.paragraph ?? d.paragraph;
  if (rule.value) {
    r.value = jsonValue(value, rule.valueType);
    r.display = displayValue(value, rule.valueType);
    r.unit = unitOf(rule.valueType);
  }
  r.reason = rule.reasonText;
  r.rule = rule.text;
  return r;
}

function undecided(d: CompiledDecision, id: string, item: Item, set: CompiledRuleSet, outcomes: readonly Open[]): Mutable<DecisionResult> {
  const conflict = outcomes.length === 1 ? [...new Set(outcomes[0]!.conflict)] : [...new Set(outcomes.flatMap((o) => o.conflict))];
  const r = result(d, id, item, conflict.length > 0 ? "conflict" : "undetermined", set, outcomes[0]!.rule.source);
  r.rule = outcomes[0]!.rule.text;
  r.missing = outcomes.length === 1 ? [...new Set(outcomes[0]!.missing)].sort() : [...new Set(outcomes.flatMap((o) => o.missing))].sort();
  r.conflict = conflict;
  return r;
}

function decide(d: CompiledDecision, f: Frame, id: string, trace: boolean, item: Item): DecisionResult {
  if (!trace) return decideGenerated(d, f, id, item);
  const considered: RuleTrace[] | null = trace ? [] : null;
  const r = d.exceptions.length === 0 ? decideByRule(d, f, id, item, considered) : decideWithExceptions(d, f, id, item, considered);
  if (considered) r.trace = { kind: "decision", id, outcome: r.outcome, considered };
  return r;
}

/**
 * Traces off: each rule set's generated function straight into the result, in the order
 * decideWithExceptions tries them (most specific layer first, then the general rules), with no
 * intermediate objects. A layer of several exceptions, or a set that runs as closures, takes the
 * general path from that point on (a layer before it that did not apply changes nothing).
 */
function decideGenerated(d: CompiledDecision, f: Frame, id: string, item: Item): DecisionResult {
  const layers = d.exceptions;
  for (let l = 0; l < layers.length; l++) {
    const layer = layers[l]!;
    const set = layer[0]!;
    if (layer.length !== 1 || set.generated === null) return decideWithExceptions({ ...d, exceptions: layers.slice(l) }, f, id, item, null);
    const index = set.generated.run(f, out);
    if (index === -1) continue;
    return index >= 0 ? firedAt(d, f, id, item, set, index) : openAt(d, id, item, set);
  }
  const base = d.base;
  if (base.generated === null) return decideByRule(d, f, id, item, null);
  const index = base.generated.run(f, out);
  if (index === -1) return result(d, id, item, "not_applicable", base, null);
  return index >= 0 ? firedAt(d, f, id, item, base, index) : openAt(d, id, item, base);
}

/** The rule at `index` of a generated set decided, its value in `out.value`. */
function firedAt(d: CompiledDecision, f: Frame, id: string, item: Item, set: CompiledRuleSet, index: number): Mutable<DecisionResult> {
  const rule = set.rules[index]!;
  f.coverage?.add(rule.id);
  const value = out.value;
  out.value = undefined;
  return fired(d, id, item, set, rule, value);
}

/**
 * A generated set stayed open: its first open rule, and the facts and conflicts of the undecided
 * values it noted, each once (missing facts sorted), as undecided() gives them from runGenerated.
 */
function openAt(d: CompiledDecision, id: string, item: Item, set: CompiledRuleSet): Mutable<DecisionResult> {
  const missing: string[] = [];
  const conflict: string[] = [];
  const noted = out.undecided;
  for (let i = 0; i < noted.length; i++) {
    const u = noted[i]!;
    if (u instanceof Missing) {
      for (const m of u.facts) if (!missing.includes(m)) missing.push(m);
    } else for (const c of u.sources) if (!conflict.includes(c)) conflict.push(c);
  }
  out.undecided = [];
  const r = result(d, id, item, conflict.length > 0 ? "conflict" : "undetermined", set, set.rules[out.open]!.source);
  r.rule = set.rules[out.open]!.text;
  r.missing = missing.sort();
  r.conflict = conflict;
  return r;
}

function decideByRule(d: CompiledDecision, f: Frame, id: string, item: Item, considered: RuleTrace[] | null): Mutable<DecisionResult> {
  const own = runRules(d.base, f, considered);
  if (own === null) return result(d, id, item, "not_applicable", d.base, null); // No rule applied: the explanation words it.
  if (isOpen(own)) return undecided(d, id, item, d.base, [own]);
  return fired(d, id, item, d.base, own, firedValue);
}

function decideWithExceptions(d: CompiledDecision, f: Frame, id: string, item: Item, considered: RuleTrace[] | null): Mutable<DecisionResult> {
  for (const layer of d.exceptions) {
    if (layer.length === 1) {
      // One exception in the layer (the common case): it decides, stays open, or leaves it to the next layer.
      const set = layer[0]!;
      const o = runRules(set, f, considered);
      if (o === null) continue;
      if (isOpen(o)) return undecided(d, id, item, set, [o]);
      return fired(d, id, item, set, o, firedValue);
    }
    const hits: { set: CompiledRuleSet; rule: CompiledRule; value: unknown }[] = [];
    const open: { set: CompiledRuleSet; outcome: Open }[] = [];
    for (const set of layer) {
      const o = runRules(set, f, considered);
      if (isOpen(o)) open.push({ set, outcome: o });
      else if (o !== null) hits.push({ set, rule: o, value: firedValue });
    }
    // An exception that may apply but lacks facts keeps the decision open: it could win or conflict.
    if (open.length > 0) return undecided(d, id, item, open[0]!.set, open.map((o) => o.outcome));
    if (hits.length === 0) continue;
    const distinct = new Set(hits.map((h) => `${h.rule.outcome}|${canonicalJson(jsonValue(h.value, h.rule.valueType))}`));
    if (distinct.size > 1) {
      const r = result(d, id, item, "conflict", hits[0]!.set, hits[0]!.rule.source);
      r.conflict_origins = hits.map((h) => h.set.origin);
      r.conflict = hits.map((h) => h.set.file.path);
      return r;
    }
    return fired(d, id, item, hits[0]!.set, hits[0]!.rule, hits[0]!.value);
  }
  return decideByRule(d, f, id, item, considered);
}

/** A `for each` list's elements as its decisions name them: key, item (key and label) and path, by position. */
interface ElementNames {
  readonly path: string;
  readonly keys: string[];
  readonly items: Item[];
  readonly paths: string[];
}

function elementNames(list: readonly unknown[], path: string): ElementNames {
  const keys: string[] = [];
  const items: Item[] = [];
  const paths: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const key = elementKey(list[i], i);
    keys.push(key);
    // One item object per element, shared by the decisions over it (results are read-only).
    items.push({ key, label: itemLabel(list[i]) });
    paths.push(`${path}[${key}]`);
  }
  return { path, keys, items, paths };
}

/** The name people know an element by: a course's name, a table row's name or description (in that order). */
function itemLabel(element: unknown): string | null {
  if (!element || typeof element !== "object") return null;
  // Spelled out field by field: one property load each, the same shape at each site (runs per element).
  const e = element as { name?: unknown; title?: unknown; what?: unknown; description?: unknown };
  if (typeof e.name === "string") return e.name;
  if (typeof e.title === "string") return e.title;
  if (typeof e.what === "string") return e.what;
  if (typeof e.description === "string") return e.description;
  return null;
}


/**
 * A frame's arrays, kept per compiled scope and reset for each student instead of allocated: a
 * student's slots, paths and memo are several kilobytes, and a fresh set per student made garbage
 * collection most of the cost of evaluating a few decisions. `busy` while an evaluation holds them
 * (a nested evaluation of the same scope gets fresh ones); results never refer to them.
 */
interface KeptArrays {
  readonly slots: unknown[];
  readonly slotPaths: string[];
  readonly slotIndexes: number[];
  readonly memo: unknown[];
  readonly written: number[];
  /** The results of the decisions some rule reads (null: none does), emptied per student. */
  readonly reads: DecisionReads | null;
  busy: boolean;
}

/** By compilationKey: every scope of one compilation has the same symbols and slots, so one set of arrays serves them all. */
const kept = new WeakMap<object, KeptArrays>();

function holdArrays(compiled: CompiledRegulation): KeptArrays {
  const arrays = kept.get(compilationKey(compiled));
  if (arrays === undefined || arrays.busy) {
    const fresh = newFrame({}, compiled.memoSize, compiled.slotCount, compiled.symbols, false, null);
    // Kept arrays serve one compilation for many students: its literal parameters are set once.
    for (const [memo, value] of constantMemo(compiled.symbols)) fresh.memo[memo] = value;
    const plan = decisionPlan(compiled);
    const reads = plan === null ? null : new DecisionReads(plan.slotOf);
    const made: KeptArrays = { slots: fresh.slots, slotPaths: fresh.slotPaths, slotIndexes: fresh.slotIndexes, memo: fresh.memo, written: fresh.written, reads, busy: true };
    if (arrays === undefined) kept.set(compilationKey(compiled), made);
    return made;
  }
  // Only the memo entries the previous student set go back to UNSET (every memo write notes its
  // index in `written`): the memo then reads as newFrame fills it, at the cost of the entries used
  // rather than the version's every parameter and definition. Reset here, when the arrays are
  // taken, so an evaluation that threw half-way leaves nothing behind either. Slots and their
  // paths are not reset: a slot is always written by the `for each` or aggregate that binds it
  // before any code reads it, so the previous student's value there is never seen.
  const { memo, written } = arrays;
  for (let i = 0; i < written.length; i++) memo[written[i]!] = UNSET;
  written.length = 0;
  arrays.reads?.clear();
  arrays.busy = true;
  return arrays;
}

function frameFor(compiled: CompiledRegulation, arrays: KeptArrays, context: Readonly<Record<string, unknown>>, trace: boolean, coverage: Set<string> | null, definitionBodies: DefinitionBodies | null): Frame {
  return { root: context, symbols: compiled.symbols, slots: arrays.slots, slotPaths: arrays.slotPaths, slotIndexes: arrays.slotIndexes, memo: arrays.memo, written: arrays.written, observations: trace ? [] : null, givens: trace ? [] : null, coverage, definitionBodies, decisions: arrays.reads };
}

/** Every result of one decision for the student in `f` (one per element for `for each`), with raw values. */
function decideAll(d: CompiledDecision, f: Frame, trace: boolean): Decided {
  if (!d.forEach) {
    lastRaw = undefined;
    const r = decide(d, f, d.id, trace, null);
    return { results: [r], raws: [lastRaw], elements: null };
  }
  const list = d.forEach.collection(f);
  if (!Array.isArray(list)) return { results: [listUndetermined(d, list)], raws: [undefined], elements: null };
  const { slot, path } = d.forEach;
  const results: DecisionResult[] = [];
  const raws: unknown[] = [];
  for (let i = 0; i < list.length; i++) {
    const element: unknown = list[i];
    f.slots[slot] = element;
    const key = elementKey(element, i);
    f.slotPaths[slot] = `${path}[${key}]`;
    f.slotIndexes[slot] = -1;
    lastRaw = undefined;
    results.push(decide(d, f, `${d.id}[${key}]`, trace, { key, label: itemLabel(element) }));
    raws.push(lastRaw);
  }
  return { results, raws, elements: list };
}

/** A decision per element whose list the context does not give. */
function listUndetermined(d: CompiledDecision, list: unknown): DecisionResult {
  const missing = list instanceof Missing ? list.facts : [d.forEach!.path];
  return {
    id: d.id,
    article: d.article,
    paragraph: d.paragraph,
    label: d.labelText,
    outcome: "undetermined",
    value: null,
    display: null,
    unit: null,
    item: null,
    layer: d.base.layer,
    source: null,
    origin: d.base.origin,
    conflict_origins: [],
    reason: null,
    rule: null,
    missing,
    conflict: [],
  };
}

export function matchesArticle(d: CompiledDecision, article: string | undefined): boolean {
  if (article === undefined) return true;
  const a = article.replace(/^art\.?\s*/i, "");
  return d.article === a || d.namespace === article;
}

export function evaluate(compiled: CompiledRegulation, context: Readonly<Record<string, unknown>>, options: EvaluateOptions = {}): EvaluationResult {
  return evaluateWith(compiled, context, options, options.hasher ?? portableSha256);
}

/** `evaluate` with the hasher given apart from the options (the Evaluator's own, without copying the options per student). */
export function evaluateWith(compiled: CompiledRegulation, context: Readonly<Record<string, unknown>>, options: EvaluateOptions, hasher: Hasher): EvaluationResult {
  const trace = options.trace ?? false;
  const arrays = holdArrays(compiled);
  try {
    return evaluateIn(compiled, frameFor(compiled, arrays, context, trace, options.coverage ?? null, options.definitionBodies ?? null), context, options, hasher);
  } finally {
    arrays.busy = false;
  }
}

function evaluateIn(compiled: CompiledRegulation, f: Frame, context: Readonly<Record<string, unknown>>, options: EvaluateOptions, hasher: Hasher): EvaluationResult {
  const trace = f.observations !== null;
  const decisions: DecisionResult[] = [];
  // Many decisions go over the same list (the courses): its elements' names are made once per student.
  let named: Map<unknown[], ElementNames> | null = null;
  const reads = f.decisions as DecisionReads | null;
  const plan = reads === null ? null : decisionPlan(compiled);
  // The decisions some rule reads first, each after what it reads, into the reader's slots: a
  // read later is a look-up (the loop below gives them in file order with the others).
  if (plan !== null) decideRead(compiled, plan, reads!, f, trace, options);
  const all = compiled.decisions;
  for (let at = 0; at < all.length; at++) {
    const d = all[at]!;
    if (!matchesArticle(d, options.article)) continue;
    if (options.only !== undefined && d.id !== options.only) continue;
    if (plan !== null && plan.slotAt[at]! >= 0) {
      const done = reads!.decided[plan.slotAt[at]!];
      if (done) for (const r of done.results) decisions.push(r);
      continue;
    }
    if (!d.forEach) {
      decisions.push(decide(d, f, d.id, trace, null));
      continue;
    }
    const list = d.forEach.collection(f);
    if (!Array.isArray(list)) {
      decisions.push(listUndetermined(d, list));
      continue;
    }
    const { slot, path } = d.forEach;
    let names = named?.get(list);
    if (names === undefined || names.path !== path) {
      names = elementNames(list, path);
      (named ??= new Map()).set(list, names);
    }
    for (let i = 0; i < list.length; i++) {
      f.slots[slot] = list[i];
      f.slotPaths[slot] = names.paths[i]!;
      f.slotIndexes[slot] = -1;
      decisions.push(decide(d, f, `${d.id}[${names.keys[i]!}]`, trace, names.items[i]!));
    }
  }
  const head = headOf(compiled);
  return {
    regulation: head.regulation,
    receipt: new LazyReceipt(head.regulation.id, head.regulation.version, head.scope, compiled.rulesHash, options.hashInput === false ? null : context, hasher),
    decisions,
  };
}

/**
 * Decides the decisions some rule reads, in the plan's order (what is read before its readers), each
 * once: all of them, or for an evaluation of some decisions only, those these need and themselves.
 */
function decideRead(compiled: CompiledRegulation, plan: DecisionPlan, reads: DecisionReads, f: Frame, trace: boolean, options: EvaluateOptions): void {
  if (options.article === undefined && options.only === undefined) {
    for (let slot = 0; slot < plan.order.length; slot++) reads.decided[slot] = decideAll(compiled.decisions[plan.order[slot]!]!, f, trace);
    return;
  }
  const key = `${options.article ?? ""}|${options.only ?? ""}`;
  const slots = slotsNeeded(compiled, plan, key, (d) => matchesArticle(d, options.article) && (options.only === undefined || d.id === options.only));
  for (const slot of slots) reads.decided[slot] = decideAll(compiled.decisions[plan.order[slot]!]!, f, trace);
}

/** What every result of one compiled scope says about the regulation and the scope: built once, frozen, shared. */
interface Head {
  readonly regulation: EvaluationResult["regulation"];
  readonly scope: Readonly<Record<string, string>>;
}

const heads = new WeakMap<CompiledRegulation, Head>();

function headOf(compiled: CompiledRegulation): Head {
  let head = heads.get(compiled);
  if (head === undefined) {
    const v = compiled.version.manifest;
    const scope: Record<string, string> = {};
    for (const [k, val] of Object.entries(compiled.scope)) if (val !== undefined) scope[k] = val;
    head = { regulation: Object.freeze({ id: v.id, title: v.title, version: v.academic_year, status: v.status }), scope: Object.freeze(scope) };
    heads.set(compiled, head);
  }
  return head;
}
