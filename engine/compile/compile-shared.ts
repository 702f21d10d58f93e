/**
 * What compiling a version does once for all its scopes: every name gets a memo index for the whole
 * version, and each rule set, exception, parameter and definition is compiled the first time a
 * scope needs it and kept for every later scope. Compiled code reaches parameters and definitions
 * through the frame's symbol table (`f.symbols[memo]`), so a scope whose supplement `set`s a
 * parameter gives its own code for that index while sharing every rule that reads it. A scope then
 * costs only its list of decisions, their exceptions and its symbol table (compile-version.ts).
 */
import { UNKNOWN, builtinNamed, dayFromIso, unitOf, type Lang } from "../../dsl/index.js";
import type * as A from "../../dsl/index.js";
import type { RegulationFile, RegulationVersion } from "../check/index.js";
import { courseFacultyOf } from "../layers/index.js";
import { originOf } from "../load/index.js";
import { Conflicted, IN_PROGRESS, Missing, UNSET, displayValue, isUndecided, newFrame, slotPath, type Code, type DefinitionBodies, type Frame, type GivenOverride, type Observation } from "../runtime/index.js";
import { compileExpr, foldTraceCode, type CompileContext, type NameResolver } from "./compile-expr.js";
import type { CompiledDecision, CompiledRule, CompiledRuleSet } from "./compile-version.js";
import { generateRuleSet, generateValue, recordSource, type CourseGate } from "./generate-rules.js";
import { compileElementDefinition } from "./element-definition.js";
import { printedRule } from "./printed.js";
import { ruleId } from "./rule-id.js";
import { isLiteral, noteConstant } from "./constant-parameters.js";

export interface SymbolEntry {
  readonly key: string;
  readonly kind: "parameter" | "definition";
  readonly name: string;
  readonly memo: number;
  readonly file: RegulationFile;
  readonly decl: A.Declaration;
}

/** Where the value of a parameter or definition comes from: its declaration or the `set` that won. */
export type ValueFrom = { readonly file: RegulationFile; readonly expr: A.Expr | null; readonly label: A.Label | null; readonly decl: object } | Conflicted;

/** A decision as every scope has it; the exceptions are added per scope. */
export type SharedDecision = Omit<CompiledDecision, "exceptions">;

export interface SharedVersion {
  readonly version: RegulationVersion;
  /** The general texts of the sets this version uses, with their manifests (for the rules hash). */
  readonly used: readonly { readonly manifest: object; readonly files: readonly RegulationFile[] }[];
  readonly usedFiles: readonly RegulationFile[];
  readonly symbols: ReadonlyMap<string, SymbolEntry>;
  /** Every decision of the used general texts and the version's files, in file order. */
  readonly decisionDecls: readonly { readonly file: RegulationFile; readonly decl: A.DecisionDecl }[];
  /** Every `set` of the version's files, in file order, with the name it sets. */
  readonly sets: readonly { readonly key: string; readonly file: RegulationFile; readonly decl: A.SetDecl }[];
  /** Per decision id, the exceptions made to it by files that are not general texts, in file order. */
  readonly exceptions: ReadonlyMap<string, readonly { readonly file: RegulationFile; readonly decl: A.ExceptionDecl }[]>;
  /** The code of a symbol whose value comes from `from`: compiled once per (symbol, source). */
  symbolCode(entry: SymbolEntry, from: ValueFrom): Code;
  decision(file: RegulationFile, decl: A.DecisionDecl): SharedDecision;
  exceptionSet(decision: SharedDecision, file: RegulationFile, decl: A.ExceptionDecl): CompiledRuleSet;
  /** Memo indices and slots handed out so far: a scope's frames need at least this many. */
  readonly memoSize: number;
  readonly slotCount: number;
}

const shared = { closures: new WeakMap<RegulationVersion, SharedVersion>(), generated: new WeakMap<RegulationVersion, SharedVersion>() };

/**
 * The version's shared compilation, kept with the version. `reuse: false` gives a fresh one that
 * also leaves aggregates unhoisted: the straightforward path the differential test compares with.
 * `generated`: rule sets and values also as generated JavaScript (generate-rules.ts), kept apart.
 */
export function sharedVersion(version: RegulationVersion, reuse = true, generated = false): SharedVersion {
  if (!reuse) return buildShared(version, false, generated);
  const cache = generated ? shared.generated : shared.closures;
  let s = cache.get(version);
  if (!s) {
    s = buildShared(version, true, generated);
    cache.set(version, s);
  }
  return s;
}

export function fileLang(file: RegulationFile): Lang {
  return file.ast.lang ?? "en";
}

/** Where a rule or value is written, for traces and explanations (spans are file-absolute). */
export function sourceRef(span: A.Span): { file: string; line: number; column: number } {
  return { file: span.file, line: span.line, column: span.column };
}

export function qualify(file: RegulationFile, path: readonly string[]): string {
  return path.length >= 2 ? path.join(".") : `${file.namespace}.${path.join(".")}`;
}

function buildShared(version: RegulationVersion, hoist: boolean, generated: boolean): SharedVersion {
  const used = collectUsed(version).map((v) => ({ manifest: v.manifest, files: v.files.filter((f) => f.meta.kind === "general") }));
  const usedFiles = used.flatMap((v) => v.files);
  let memoSize = 0;
  let slotCount = 0;
  const allocateSlot = () => slotCount++;
  const allocateMemo = () => memoSize++;

  // A general text's names live in its article's namespace; a supplement's own names only in its file.
  // General names are declared by general texts alone, which apply to every scope, so the first
  // declaration of a name is the same in every scope.
  const symbols = new Map<string, SymbolEntry>();
  const keyFor = (file: RegulationFile, name: string) => (file.meta.kind === "general" ? `${file.namespace}.${name}` : `${file.path}::${name}`);
  const sets: { key: string; file: RegulationFile; decl: A.SetDecl }[] = [];
  const exceptions = new Map<string, { file: RegulationFile; decl: A.ExceptionDecl }[]>();
  const decisionDecls: { file: RegulationFile; decl: A.DecisionDecl }[] = [];
  for (const file of [...usedFiles, ...version.files]) {
    const own = !usedFiles.includes(file);
    for (const s of file.ast.statements) {
      if (s.kind === "Declaration" && s.name) {
        const key = keyFor(file, s.name);
        if (!symbols.has(key)) symbols.set(key, { key, kind: s.role, name: s.name, memo: allocateMemo(), file, decl: s });
      } else if (s.kind === "DecisionDecl" && s.name) {
        decisionDecls.push({ file, decl: s });
      } else if (own && s.kind === "SetDecl" && s.target) {
        sets.push({ key: qualify(file, s.target.path), file, decl: s });
      } else if (own && s.kind === "ExceptionDecl" && s.target && file.meta.kind !== "general") {
        const id = qualify(file, s.target.path);
        exceptions.set(id, [...(exceptions.get(id) ?? []), { file, decl: s }]);
      }
    }
  }

  const calendar: Record<string, number | string | null> = { academic_year: version.manifest.academic_year };
  for (const [name, entry] of Object.entries(version.manifest.calendar ?? {})) calendar[name] = dayFromIso(entry.date);

  const contextFor = (file: RegulationFile, variables: ReadonlyMap<string, number>, inRule: boolean): CompileContext => ({
    resolver: resolverFor(file, symbols, calendar),
    types: file.check.types,
    lang: fileLang(file),
    variables,
    allocateSlot,
    // Only inside rules: a rule is never evaluated while a definition is being computed, so a
    // hoisted aggregate cannot see a definition half-way (see compile-expr's hoisting).
    allocateMemo: hoist && inRule ? allocateMemo : null,
    traced: false,
    namespace: file.namespace,
  });

  const ruleSet = (kind: CompiledRuleSet["kind"], file: RegulationFile, rules: readonly A.Rule[], cx: CompileContext, name: string, gate: CourseGate | null = null): CompiledRuleSet => ({
    kind,
    file,
    layer: file.layer,
    origin: originOf(file),
    rules: compileRules(rules, file, cx),
    generated: generated ? generateRuleSet(name, rules, cx.lang, cx, gate) : null,
  });

  const symbolCodes = new Map<object, Code>();
  const decisions = new Map<A.DecisionDecl, SharedDecision>();
  // The variables a decision's rules see (its `for each` variable): its exceptions see them too.
  const variablesOf = new Map<SharedDecision, ReadonlyMap<string, number>>();
  const exceptionSets = new Map<A.ExceptionDecl, Map<SharedDecision, CompiledRuleSet>>();
  return {
    version,
    used,
    usedFiles,
    symbols,
    decisionDecls,
    sets,
    exceptions,
    get memoSize() {
      return memoSize;
    },
    get slotCount() {
      return slotCount;
    },
    symbolCode(entry, from) {
      const cacheKey = from instanceof Conflicted ? null : from.decl;
      const cached = cacheKey && symbolCodes.get(cacheKey);
      if (cached) return cached;
      const code =
        entry.decl.parameters.length > 0
          ? compileElementDefinition({
              name: entry.key.includes("::") ? entry.name : entry.key,
              decl: entry.decl,
              file: entry.file,
              from,
              contextFor: (file, variables) => contextFor(file, variables, false),
              allocateSlot,
              allocateMemo,
              generated,
              lang: fileLang,
            }).code
          : compileSymbol(entry, from, (file) => contextFor(file, new Map(), false), generated, allocateMemo);
      if (cacheKey) symbolCodes.set(cacheKey, code);
      return code;
    },
    decision(file, s) {
      let d = decisions.get(s);
      if (!d) {
        let forEach: CompiledDecision["forEach"] = null;
        const variables = new Map<string, number>();
        if (s.forEach) {
          const slot = allocateSlot();
          variables.set(s.forEach.variable, slot);
          forEach = { slot, collection: compileExpr(s.forEach.collection, contextFor(file, new Map(), false)), path: s.forEach.collection?.kind === "NameRef" ? s.forEach.collection.path.join(".") : "" };
        }
        d = {
          id: `${file.namespace}.${s.name}`,
          namespace: file.namespace,
          name: s.name!,
          label: s.label,
          article: String(file.meta.article),
          labelText: labelText(s.label),
          paragraph: s.paragraph,
          file,
          forEach,
          base: ruleSet("rule", file, s.rules, contextFor(file, variables, true), `${file.namespace}.${s.name}`),
        };
        decisions.set(s, d);
        variablesOf.set(d, variables);
      }
      return d;
    },
    exceptionSet(decision, file, ex) {
      let perDecision = exceptionSets.get(ex);
      if (!perDecision) exceptionSets.set(ex, (perDecision = new Map()));
      let set = perDecision.get(decision);
      if (!set) {
        const faculty = courseFacultyOf(file);
        // A per-course faculty file's rules hold only for courses of its faculty: the gate wraps the
        // closures and opens the generated function (generate-rules.ts, writeGate).
        const gate = faculty && decision.forEach ? { slot: decision.forEach.slot, faculty } : null;
        const compiled = ruleSet("exception", file, ex.rules, contextFor(file, variablesOf.get(decision)!, true), `${decision.id} except ${file.path}`, gate);
        // Field by field as ruleSet builds it (no spread): one shape for every rule set the evaluation loop reads.
        set = gate ? { kind: compiled.kind, file: compiled.file, layer: compiled.layer, origin: compiled.origin, rules: compiled.rules.map((r) => gatedByCourseFaculty(r, gate.slot, gate.faculty)), generated: compiled.generated } : compiled;
        perDecision.set(decision, set);
      }
      return set;
    },
  };
}

function labelText(label: A.Label | null): { readonly nl: string; readonly en: string | null } | null {
  return label ? Object.freeze({ nl: label.nl, en: label.en }) : null;
}

function collectUsed(version: RegulationVersion, seen = new Set<RegulationVersion>()): RegulationVersion[] {
  const out: RegulationVersion[] = [];
  for (const used of version.uses) {
    if (seen.has(used)) continue;
    seen.add(used);
    out.push(...collectUsed(used, seen), used);
  }
  return out;
}

/** A parameter or definition: computed once per student, then read from the memo. */
function compileSymbol(entry: SymbolEntry, from: ValueFrom, contextFor: (file: RegulationFile) => CompileContext, generated: boolean, allocateMemo: () => number): Code {
  const made = from instanceof Conflicted || !generated ? null : generateValue(entry.key.replace("::", " "), from.expr, fileLang(from.file), contextFor(from.file));
  const value: Code = from instanceof Conflicted ? () => from : made ? made.code : compileExpr(from.expr, contextFor(from.file));
  const type = (from instanceof Conflicted ? undefined : from.expr && from.file.check.types.get(from.expr)) ?? UNKNOWN;
  const source = from instanceof Conflicted ? sourceRef(entry.decl.nameSpan) : sourceRef(from.expr?.span ?? entry.decl.nameSpan);
  const originFile = from instanceof Conflicted ? entry.file : from.file;
  const label = from instanceof Conflicted ? entry.decl.label : from.label ?? entry.decl.label;
  const memo = entry.memo;
  const unit = unitOf(type);
  const override = from instanceof Conflicted ? null : overrideOf(from.expr, contextFor(from.file));
  const observation = {
    kind: entry.kind,
    name: entry.key.includes("::") ? entry.name : entry.key,
    label: label ? { nl: label.nl, en: label.en } : null,
    source,
    layer: originFile.layer,
    origin: originOf(originFile),
  };
  // A definition whose value is a fold shows its steps wherever a traced rule reads it.
  const steps = !(from instanceof Conflicted) && from.expr?.kind === "Fold" ? foldTraceCode(from.expr, contextFor(from.file), observation.name, observation.label) : null;
  // Invariant: within one student the value, whether it is given and the fold's steps do not change
  // (a parameter or definition binds no variable), so a traced read records the same observation
  // every time: it is built at the first read and kept in the frame's memo beside the value.
  // Condition coverage of definitions (tests only): the body once more, traced, the first time the
  // student's value is computed; compiled on first use, so evaluation outside tests pays nothing.
  const body = entry.kind === "definition" && !(from instanceof Conflicted) && from.expr ? { expr: from.expr, file: from.file } : null;
  const bodyKey = body ? `${body.expr.span.file}:${body.expr.span.line}:${body.expr.span.column}` : null;
  let tracedBody: Code | null = null;
  const recordBody = (f: Frame, bodies: DefinitionBodies, v: unknown) => {
    if (!body || bodies.has(bodyKey!)) return;
    tracedBody ??= compileExpr(body.expr, { ...contextFor(body.file), traced: true, allocateMemo: null });
    const saved = f.observations;
    const seen: Observation[] = [];
    f.observations = seen;
    try {
      tracedBody(f);
    } finally {
      f.observations = saved;
    }
    bodies.set(bodyKey!, { observations: seen, value: v });
  };
  const seenMemo = allocateMemo();
  const stepsMemo = steps ? allocateMemo() : -1;
  // While tracing: the given facts that overrode a derived fact in computing this value (given-override.ts).
  const givensMemo = entry.kind === "definition" ? allocateMemo() : -1;
  const code: Code = (f) => {
    let v = f.memo[memo];
    if (v === IN_PROGRESS) return new Missing([`(${observation.name} is defined in terms of itself)`]);
    if (v === UNSET) {
      // A definition's own reads are not the rule's observations: only its value is recorded.
      const saved = f.observations;
      f.observations = null;
      // While tracing, the overrides met in computing this value are those pushed after `mark`.
      const givens = givensMemo >= 0 ? f.givens : null;
      const mark = givens !== null ? givens.length : 0;
      // Invariant: evaluation terminates. The checker refuses cycles between definitions; this
      // guard makes a cycle it could not see (across files, through `set`) undecidable, not endless.
      f.memo[memo] = IN_PROGRESS;
      f.written.push(memo);
      v = value(f);
      f.observations = saved;
      f.memo[memo] = v;
      if (bodyKey !== null && f.definitionBodies !== null) recordBody(f, f.definitionBodies, v);
      if (givens !== null) {
        f.memo[givensMemo] = givens.length === mark ? NO_GIVENS : ownGivens(givens.slice(mark), override?.path, observation.name);
        f.written.push(givensMemo);
        // Taken back off: the lines below hand them, as this definition reports them, to its reader.
        if (givens.length !== mark) givens.length = mark;
      }
    }
    // What read this value depends on the same given facts (a definition reading this one, while tracing).
    if (f.givens !== null && givensMemo >= 0) {
      const givens = f.memo[givensMemo];
      // Indexed, not for…of: an array iterator per read was ≈ 400 bytes a student of garbage.
      if (Array.isArray(givens)) for (let i = 0; i < givens.length; i++) f.givens.push(givens[i] as GivenOverride);
    }
    if (f.observations !== null) {
      let seen = f.memo[seenMemo];
      if (seen === UNSET || seen === undefined) {
        const given = override !== null && override.isGiven(f) ? override.path : null;
        // Its own override is said once, as `given`; the others as overrides inside its computation.
        const recorded = givensMemo >= 0 && Array.isArray(f.memo[givensMemo]) ? (f.memo[givensMemo] as GivenOverride[]) : NO_GIVENS;
        const givens = recorded.length === 0 || given === null ? recorded : recorded.filter((g) => g.path !== given);
        f.memo[seenMemo] = seen = symbolObservation(observation, given, v, unit, displayValue(v, type), givens);
        f.written.push(seenMemo);
      }
      f.observations.push(seen as Observation);
      if (steps) {
        let recorded = f.memo[stepsMemo];
        if (recorded === UNSET || recorded === undefined) {
          f.memo[stepsMemo] = recorded = steps(f);
          f.written.push(stepsMemo);
        }
        f.observations.push(recorded as Observation);
      }
    }
    return v;
  };
  if (made) recordSource(code, made.source);
  // A literal parameter gives the same value to every student: a kept frame holds it from the start.
  if (entry.kind === "parameter" && !(from instanceof Conflicted) && isLiteral(from.expr)) noteConstant(code, value(newFrame({}, 0, 0, [], false, null)));
  return code;
}

/**
 * What a traced rule records of a parameter or definition it read, field by field in the order the
 * traces have always given (`given` only for a derived fact the context gave).
 */
function symbolObservation(o: Omit<Observation & { kind: "parameter" | "definition" }, "value" | "unit" | "display" | "given" | "overrides">, given: string | null, value: unknown, unit: Observation["unit"], display: string, overrides: readonly GivenOverride[]): Observation {
  // Literals, not a spread: a spread builds its object in the runtime, several times slower.
  if (overrides.length === 0) {
    return given === null
      ? { kind: o.kind, name: o.name, label: o.label, source: o.source, layer: o.layer, origin: o.origin, value, unit, display }
      : { kind: o.kind, name: o.name, label: o.label, source: o.source, layer: o.layer, origin: o.origin, given, value, unit, display };
  }
  return given === null
    ? { kind: o.kind, name: o.name, label: o.label, source: o.source, layer: o.layer, origin: o.origin, value, unit, display, overrides }
    : { kind: o.kind, name: o.name, label: o.label, source: o.source, layer: o.layer, origin: o.origin, given, value, unit, display, overrides };
}

const NO_GIVENS: readonly GivenOverride[] = Object.freeze([]);

/** A definition's overrides, each once; its own override (`own`) named by the definition it replaced. */
function ownGivens(met: readonly GivenOverride[], own: string | undefined, name: string): readonly GivenOverride[] {
  const distinct = met.length === 1 ? met : distinctGivens(met);
  return distinct.map((g) => (g.path === own ? { path: g.path, instead: name, instead_nl: name, value: g.value, unit: g.unit, display: g.display } : g));
}

/** Each given fact once (a definition read twice gives its overrides twice), in the order first met. */
function distinctGivens(givens: readonly GivenOverride[]): readonly GivenOverride[] {
  const seen = new Set<string>();
  return givens.filter((g) => {
    const key = `${g.path}\u0000${g.instead}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A derived fact with an override: a definition `first_known(<fact>, <computation>)` whose first
 * value is a fact of the student context (not a parameter, definition or calendar date). When the
 * context gives that fact, the definition's value is the given one and traces say so (`given`), so
 * an explanation reports it as given rather than computed (docs/language.md, "Derived facts").
 */
function overrideOf(expr: A.Expr | null, cx: CompileContext): { readonly path: string; isGiven(f: Frame): boolean } | null {
  if (expr?.kind !== "Call" || builtinNamed(expr.callee)?.name !== "first_known") return null;
  const fact = expr.args[0];
  if (fact?.kind !== "NameRef" || cx.resolver.symbol(fact.path) || cx.resolver.constant(fact.path[0]!)) return null;
  const code = compileExpr(fact, cx);
  return {
    path: fact.path.join("."),
    isGiven(f) {
      const saved = f.observations;
      f.observations = null;
      const v = code(f);
      f.observations = saved;
      return !isUndecided(v);
    },
  };
}

function resolverFor(file: RegulationFile, symbols: ReadonlyMap<string, SymbolEntry>, calendar: Readonly<Record<string, unknown>>): NameResolver {
  // Through the frame's symbol table: the scope decides which code computes the value.
  const viaTable = (entry: SymbolEntry): Code => {
    const memo = entry.memo;
    return (f) => f.symbols[memo]!(f);
  };
  return {
    symbol(path) {
      const [head, second] = path;
      const local = (file.meta.kind !== "general" && symbols.get(`${file.path}::${head}`)) || symbols.get(`${file.namespace}.${head}`);
      if (local) return { code: viaTable(local), consumed: 1, memo: local.memo, kind: local.kind };
      if (second !== undefined) {
        const other = symbols.get(`${head}.${second}`);
        if (other) return { code: viaTable(other), consumed: 2, memo: other.memo, kind: other.kind };
      }
      return null;
    },
    constant: (head) => (head === "calendar" ? calendar : null),
  };
}

/** Rules compiled twice: as they run without traces, and recording their conditions (nothing hoisted). */
function compileRules(rules: readonly A.Rule[], file: RegulationFile, cx: CompileContext): CompiledRule[] {
  const traced: CompileContext = { ...cx, traced: true, allocateMemo: null };
  return rules.map((rule) => {
    const source = sourceRef(rule.span);
    return {
      id: ruleId(source.file, source.line),
      outcome: rule.outcome,
      condition: rule.condition ? compileExpr(rule.condition, cx) : null,
      value: rule.value ? compileExpr(rule.value, cx) : null,
      traced: { condition: rule.condition ? compileExpr(rule.condition, traced) : null, value: rule.value ? compileExpr(rule.value, traced) : null },
      valueType: (rule.value && file.check.types.get(rule.value)) ?? UNKNOWN,
      reason: rule.reason,
      reasonText: labelText(rule.reason),
      paragraph: rule.paragraph,
      text: printedRule(rule, cx.lang),
      textNl: printedRule(rule, "nl"),
      source,
    };
  });
}

/**
 * A rule of a file that binds the courses of its faculty (scope.per_course): it holds only for an
 * element of that faculty — the element's `faculty`, else the enrolment's (a course of the student's
 * own programme) — and `and` stays three-valued: unknown faculty and a holding condition are unknown.
 * Traced, the faculty the rule looked at is recorded as a fact.
 */
function gatedByCourseFaculty(rule: CompiledRule, slot: number, faculty: string): CompiledRule {
  const gate = (f: Frame): unknown => {
    const element = f.slots[slot];
    const own = element && typeof element === "object" ? (element as Record<string, unknown>).faculty : undefined;
    const enrolment = f.root.enrolment && typeof f.root.enrolment === "object" ? (f.root.enrolment as Record<string, unknown>).faculty : undefined;
    const path = typeof own === "string" ? `${slotPath(f, slot)}.faculty` : "enrolment.faculty";
    const value = typeof own === "string" ? own : enrolment;
    if (f.observations !== null && typeof value === "string") f.observations.push({ kind: "fact", path, value, unit: null, display: JSON.stringify(value) });
    return typeof value === "string" ? value === faculty : new Missing([`${slotPath(f, slot)}.faculty`, "enrolment.faculty"]);
  };
  const and = (condition: Code | null): Code => (f) => {
    const g = gate(f);
    if (g === false) return false;
    if (condition === null) return g;
    const c = condition(f);
    if (c === false || g === true) return c;
    return c instanceof Missing ? Missing.merge(g as Missing, c) : isUndecided(c) ? c : g;
  };
  return { ...rule, condition: and(rule.condition), traced: { ...rule.traced, condition: and(rule.traced.condition) } };
}
