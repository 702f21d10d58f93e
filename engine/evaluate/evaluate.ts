/**
 * Evaluate a compiled regulation for one student: per decision (per element for `for each`), the
 * most specific layer whose exception applies decides, then the general rule; equal layers that
 * disagree give `conflict`; missing facts give `undetermined` with the facts needed.
 */
import type { Label, Outcome, Type } from "../../dsl/index.js";
import type { CompiledDecision, CompiledRegulation, CompiledRule, CompiledRuleSet } from "../compile/index.js";
import type { Layer } from "../load/index.js";
import { canonicalJson, portableSha256, type Hasher } from "../receipt/index.js";
import { Missing, displayValue, elementKey, isUndecided, jsonValue, newFrame, type DecisionTrace, type Frame, type RuleTrace, type SourceRef } from "../runtime/index.js";
import { ENGINE_VERSION } from "../version.js";
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

export interface Receipt {
  readonly regulation: string;
  readonly version: string;
  readonly scope: Readonly<Record<string, string>>;
  readonly rules_hash: string;
  readonly engine_version: string;
  readonly input_hash: string;
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
  /** Only the decision with this id (without element key): for what-if questions. */
  readonly only?: string;
  /** Hash the input for the receipt (default true); what-if searches skip it. */
  readonly hashInput?: boolean;
  /** SHA-256 for the input hash: the portable one unless the host gives a faster one. */
  readonly hasher?: Hasher;
}

type RuleOutcome =
  | { readonly kind: "fired"; readonly rule: CompiledRule; readonly value: unknown }
  | { readonly kind: "none" }
  | { readonly kind: "undecided"; readonly rule: CompiledRule; readonly missing: readonly string[]; readonly conflict: readonly string[] };

/**
 * Try a rule set top to bottom; the first rule whose condition holds decides. A rule whose condition
 * lacks facts leaves the outcome open: the scan goes on only to collect what else is missing, so
 * "what is missing to decide?" is answered in full.
 */
const NONE: RuleOutcome = { kind: "none" };

function runRules(set: CompiledRuleSet, f: Frame, considered: RuleTrace[] | null): RuleOutcome {
  // Allocated only once a rule lacks facts: most rule sets decide or pass without any.
  let openRule: CompiledRule | null = null;
  let openMissing: Set<string> | null = null;
  let openConflict: Set<string> | null = null;
  const open = (): RuleOutcome => ({ kind: "undecided", rule: openRule!, missing: [...openMissing!], conflict: [...openConflict!] });
  for (const rule of set.rules) {
    const before = f.observations;
    if (considered) f.observations = [];
    const holds = rule.condition ? rule.condition(f) : true;
    let value: unknown = undefined;
    if (holds === true && rule.value) value = rule.value(f);
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
      if (openRule) return open();
      f.coverage?.add(rule.id);
      return { kind: "fired", rule, value };
    }
  }
  return openRule ? open() : NONE;
}

function articleOf(d: CompiledDecision): string {
  return String(d.file.meta.article);
}

function labelOf(label: Label | null): DecisionResult["label"] {
  return label ? { nl: label.nl, en: label.en } : null;
}

type Item = DecisionResult["item"];

function decide(d: CompiledDecision, f: Frame, id: string, trace: boolean, item: Item): DecisionResult {
  const considered: RuleTrace[] | null = trace ? [] : null;
  const base = {
    id,
    article: articleOf(d),
    paragraph: d.paragraph,
    label: labelOf(d.label),
  };
  // Built field by field (no spreads): this runs once per decision per student.
  const finish = (r: Omit<DecisionResult, keyof typeof base | "trace" | "unit" | "item" | "conflict_origins"> & { paragraph?: string | null; unit?: UnitCode | null; conflict_origins?: readonly Origin[] }): DecisionResult => {
    const result: { -readonly [K in keyof DecisionResult]: DecisionResult[K] } = {
      id,
      article: base.article,
      paragraph: r.paragraph !== undefined ? r.paragraph : base.paragraph,
      label: base.label,
      outcome: r.outcome,
      value: r.value,
      display: r.display,
      unit: r.unit ?? null,
      item,
      layer: r.layer,
      source: r.source,
      origin: r.origin,
      conflict_origins: r.conflict_origins ?? [],
      reason: r.reason,
      rule: r.rule,
      missing: r.missing,
      conflict: r.conflict,
    };
    if (considered) result.trace = { kind: "decision", id, outcome: r.outcome, considered };
    return result;
  };
  const fired = (set: CompiledRuleSet, o: Extract<RuleOutcome, { kind: "fired" }>) =>
    finish({
      // The paragraph of the rule that decided, where it names one (art. 25 §3 inside a §1 decision).
      paragraph: o.rule.paragraph ?? d.paragraph,
      outcome: o.rule.outcome ?? "undetermined",
      value: o.rule.value ? jsonValue(o.value, o.rule.valueType) : null,
      display: o.rule.value ? displayValue(o.value, o.rule.valueType) : null,
      unit: o.rule.value ? unitOf(o.rule.valueType) : null,
      layer: set.layer,
      source: o.rule.source,
      origin: set.origin,
      reason: labelOf(o.rule.reason),
      rule: o.rule.text,
      missing: [],
      conflict: [],
    });
  const undecided = (set: CompiledRuleSet, outcomes: Extract<RuleOutcome, { kind: "undecided" }>[]) => {
    const conflict = [...new Set(outcomes.flatMap((o) => o.conflict))];
    return finish({
      outcome: conflict.length > 0 ? "conflict" : "undetermined",
      value: null,
      display: null,
      layer: set.layer,
      source: outcomes[0]!.rule.source,
      origin: set.origin,
      reason: null,
      rule: outcomes[0]!.rule.text,
      missing: [...new Set(outcomes.flatMap((o) => o.missing))].sort(),
      conflict,
    });
  };

  for (const layer of d.exceptions) {
    const results = layer.map((set) => ({ set, outcome: runRules(set, f, considered) }));
    const hits = results.filter((r): r is { set: CompiledRuleSet; outcome: Extract<RuleOutcome, { kind: "fired" }> } => r.outcome.kind === "fired");
    const open = results.filter((r): r is { set: CompiledRuleSet; outcome: Extract<RuleOutcome, { kind: "undecided" }> } => r.outcome.kind === "undecided");
    // An exception that may apply but lacks facts keeps the decision open: it could win or conflict.
    if (open.length > 0) return undecided(open[0]!.set, open.map((o) => o.outcome));
    if (hits.length === 0) continue;
    const distinct = new Set(hits.map((h) => `${h.outcome.rule.outcome}|${canonicalJson(jsonValue(h.outcome.value, h.outcome.rule.valueType))}`));
    if (distinct.size > 1) {
      return finish({
        outcome: "conflict",
        value: null,
        display: null,
        layer: hits[0]!.set.layer,
        source: hits[0]!.outcome.rule.source,
        origin: hits[0]!.set.origin,
        conflict_origins: hits.map((h) => h.set.origin),
        reason: null,
        rule: null,
        missing: [],
        conflict: hits.map((h) => h.set.file.path),
      });
    }
    return fired(hits[0]!.set, hits[0]!.outcome);
  }
  const own = runRules(d.base, f, considered);
  if (own.kind === "fired") return fired(d.base, own);
  if (own.kind === "undecided") return undecided(d.base, [own]);
  return finish({
    outcome: "not_applicable",
    value: null,
    display: null,
    layer: d.base.layer,
    source: null,
    origin: d.base.origin,
    // No rule applied: the outcome and the absent source say so; the explanation words it.
    reason: null,
    rule: null,
    missing: [],
    conflict: [],
  });
}

/** The name people know an element by: a course's name, a table row's name or description. */
function itemLabel(element: unknown): string | null {
  if (!element || typeof element !== "object") return null;
  const e = element as Record<string, unknown>;
  for (const field of ["name", "title", "what", "description"]) if (typeof e[field] === "string") return e[field] as string;
  return null;
}


export function matchesArticle(d: CompiledDecision, article: string | undefined): boolean {
  if (article === undefined) return true;
  const a = article.replace(/^art\.?\s*/i, "");
  return articleOf(d) === a || d.namespace === article;
}

export function evaluate(compiled: CompiledRegulation, context: Readonly<Record<string, unknown>>, options: EvaluateOptions = {}): EvaluationResult {
  const trace = options.trace ?? false;
  const f = newFrame(context, compiled.memoSize, compiled.slotCount, compiled.symbols, trace, options.coverage ?? null);
  const decisions: DecisionResult[] = [];
  for (const d of compiled.decisions) {
    if (!matchesArticle(d, options.article)) continue;
    if (options.only !== undefined && d.id !== options.only) continue;
    if (!d.forEach) {
      decisions.push(decide(d, f, d.id, trace, null));
      continue;
    }
    const list = d.forEach.collection(f);
    if (!Array.isArray(list)) {
      const missing = list instanceof Missing ? list.facts : [d.forEach.path];
      decisions.push({
        id: d.id,
        article: articleOf(d),
        paragraph: d.paragraph,
        label: labelOf(d.label),
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
      });
      continue;
    }
    list.forEach((element, i) => {
      f.slots[d.forEach!.slot] = element;
      const key = elementKey(element, i);
      f.slotPaths[d.forEach!.slot] = `${d.forEach!.path}[${key}]`;
      decisions.push(decide(d, f, `${d.id}[${key}]`, trace, { key, label: itemLabel(element) }));
    });
  }
  const v = compiled.version.manifest;
  const scope: Record<string, string> = {};
  for (const [k, val] of Object.entries(compiled.scope)) if (val !== undefined) scope[k] = val;
  return {
    regulation: { id: v.id, title: v.title, version: v.academic_year, status: v.status },
    receipt: receipt(v.id, v.academic_year, scope, compiled.rulesHash, options.hashInput === false ? null : context, options.hasher ?? portableSha256),
    decisions,
  };
}

/**
 * The receipt, with the input hash computed when first read (writing the receipt, `JSON.stringify`,
 * `structuredClone` and spreads all read it): canonicalising and hashing a student is most of the
 * cost of a decision run whose receipt nobody asks for. Invariant: the context is not changed after
 * evaluation (the engine never changes it), so the hash read later is the hash of what was evaluated.
 */
function receipt(regulation: string, version: string, scope: Record<string, string>, rulesHash: string, input: Readonly<Record<string, unknown>> | null, hasher: Hasher): Receipt {
  let inputHash: string | null = input === null ? "" : null;
  return {
    regulation,
    version,
    scope,
    rules_hash: rulesHash,
    engine_version: ENGINE_VERSION,
    get input_hash(): string {
      if (inputHash === null) inputHash = hasher(canonicalJson(input));
      return inputHash;
    },
  };
}
