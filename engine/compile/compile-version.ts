/**
 * Compile a regulation version for one scope (faculty, campus, programme) into closures: the files
 * that apply, parameters as the most specific applicable layer sets them, definitions, and per
 * decision its general rules plus the exceptions of each applicable layer, most specific first.
 * Done once per scope; evaluating a student then does no parsing and no name lookup.
 */
import { UNKNOWN, dayFromIso, printExpr, unitOf, type Lang, type Outcome, type Type } from "../../dsl/index.js";
import type * as A from "../../dsl/index.js";
import type { RegulationFile, RegulationVersion } from "../check/index.js";
import { appliesTo, byLayerMostSpecificFirst, mostSpecific, type Scope } from "../layers/index.js";
import { originOf, type Layer, type Origin } from "../load/index.js";
import { portableSha256, rulesHash, type Hasher } from "../receipt/index.js";
import { Conflicted, IN_PROGRESS, Missing, UNSET, displayValue, type Code, type SourceRef } from "../runtime/index.js";
import { compileExpr, type CompileContext, type NameResolver } from "./compile-expr.js";
import { printedRule } from "./printed.js";
import { ruleId } from "./rule-id.js";

export type { Scope };

export interface CompiledRule {
  /** Stable id for coverage: `file:line`. */
  readonly id: string;
  readonly outcome: Outcome | null;
  readonly condition: Code | null;
  readonly value: Code | null;
  readonly valueType: Type;
  readonly reason: A.Label | null;
  readonly paragraph: string | null;
  readonly text: string;
  readonly textNl: string;
  readonly source: SourceRef;
}

export interface CompiledRuleSet {
  readonly kind: "rule" | "exception";
  readonly file: RegulationFile;
  readonly layer: Layer;
  readonly origin: Origin;
  readonly rules: readonly CompiledRule[];
}

export interface CompiledDecision {
  readonly id: string;
  readonly namespace: string;
  readonly name: string;
  readonly label: A.Label | null;
  readonly paragraph: string | null;
  readonly file: RegulationFile;
  readonly forEach: { readonly slot: number; readonly collection: Code; readonly path: string } | null;
  /** Exceptions grouped by layer, most specific layer first. */
  readonly exceptions: readonly (readonly CompiledRuleSet[])[];
  readonly base: CompiledRuleSet;
}

export interface CompiledRegulation {
  readonly version: RegulationVersion;
  readonly scope: Scope;
  readonly decisions: readonly CompiledDecision[];
  readonly memoSize: number;
  readonly slotCount: number;
  /** Hash of the text of every file that applies to this scope (and of the sets it uses). */
  readonly rulesHash: string;
  readonly files: readonly RegulationFile[];
}

interface SymbolEntry {
  readonly key: string;
  readonly kind: "parameter" | "definition";
  readonly name: string;
  readonly memo: number;
  readonly file: RegulationFile;
  readonly decl: A.Declaration;
  /** Where the value used comes from: the declaration, or the supplement that set it. */
  valueFrom: { file: RegulationFile; expr: A.Expr | null; label: A.Label | null } | Conflicted;
  code: Code | null;
}

/** Where a rule or value is written, for traces and explanations (spans are file-absolute). */
export function sourceRef(span: A.Span): SourceRef {
  return { file: span.file, line: span.line, column: span.column };
}

export function fileLang(file: RegulationFile): Lang {
  return file.ast.lang ?? "en";
}

export function compileVersion(version: RegulationVersion, scope: Scope, hasher: Hasher = portableSha256): CompiledRegulation {
  const used = collectUsed(version).map((v) => ({ manifest: v.manifest, files: v.files.filter((f) => f.meta.kind === "general") }));
  const usedFiles = used.flatMap((v) => v.files);
  const own = version.files.filter((f) => appliesTo(f, scope));
  const files = [...usedFiles, ...own];
  const symbols = new Map<string, SymbolEntry>();
  let memoSize = 0;
  let slotCount = 0;
  const allocateSlot = () => slotCount++;

  const keyFor = (file: RegulationFile, name: string) => (file.meta.kind === "general" ? `${file.namespace}.${name}` : `${file.path}::${name}`);
  for (const file of files) {
    for (const s of file.ast.statements) {
      if (s.kind === "Declaration" && s.name) {
        const key = keyFor(file, s.name);
        if (symbols.has(key)) continue;
        symbols.set(key, {
          key,
          kind: s.role,
          name: s.name,
          memo: memoSize++,
          file,
          decl: s,
          valueFrom: { file, expr: s.value, label: s.label },
          code: null,
        });
      }
    }
  }
  applySets(own, symbols);

  const calendar: Record<string, number | string | null> = { academic_year: version.manifest.academic_year };
  for (const [name, entry] of Object.entries(version.manifest.calendar ?? {})) calendar[name] = dayFromIso(entry.date);

  const contextFor = (file: RegulationFile, variables: ReadonlyMap<string, number>): CompileContext => ({
    resolver: resolverFor(file, symbols, calendar),
    types: file.check.types,
    lang: fileLang(file),
    variables,
    allocateSlot,
  });

  for (const entry of symbols.values()) {
    const from = entry.valueFrom;
    const value: Code =
      from instanceof Conflicted ? () => from : compileExpr(from.expr, contextFor(from.file, new Map()));
    const type = (from instanceof Conflicted ? undefined : from.expr && from.file.check.types.get(from.expr)) ?? UNKNOWN;
    const source = from instanceof Conflicted ? sourceRef(entry.decl.nameSpan) : sourceRef(from.expr?.span ?? entry.decl.nameSpan);
    const originFile = from instanceof Conflicted ? entry.file : from.file;
    const label = from instanceof Conflicted ? entry.decl.label : from.label ?? entry.decl.label;
    const memo = entry.memo;
    const unit = unitOf(type);
    const observation = {
      kind: entry.kind,
      name: entry.key.includes("::") ? entry.name : entry.key,
      label: label ? { nl: label.nl, en: label.en } : null,
      source,
      layer: originFile.layer,
      origin: originOf(originFile),
    };
    entry.code = (f) => {
      let v = f.memo[memo];
      if (v === IN_PROGRESS) return new Missing([`(${observation.name} is defined in terms of itself)`]);
      if (v === UNSET) {
        // A definition's own reads are not the rule's observations: only its value is recorded.
        const saved = f.observations;
        f.observations = null;
        // Invariant: evaluation terminates. The checker refuses cycles between definitions; this
        // guard makes a cycle it could not see (across files, through `set`) undecidable, not endless.
        f.memo[memo] = IN_PROGRESS;
        v = value(f);
        f.observations = saved;
        f.memo[memo] = v;
      }
      if (f.observations !== null) f.observations.push({ ...observation, value: v, unit, display: displayValue(v, type) });
      return v;
    };
  }

  const decisions: CompiledDecision[] = [];
  for (const file of files) {
    for (const s of file.ast.statements) {
      if (s.kind !== "DecisionDecl" || !s.name) continue;
      let forEach: CompiledDecision["forEach"] = null;
      const variables = new Map<string, number>();
      if (s.forEach) {
        const slot = allocateSlot();
        variables.set(s.forEach.variable, slot);
        forEach = { slot, collection: compileExpr(s.forEach.collection, contextFor(file, new Map())), path: s.forEach.collection?.kind === "NameRef" ? s.forEach.collection.path.join(".") : "" };
      }
      const id = `${file.namespace}.${s.name}`;
      const exceptionFiles = own.filter((f) => f !== file && f.meta.kind !== "general" && targetsOf(f, id).length > 0);
      const sets: CompiledRuleSet[] = [];
      for (const ef of exceptionFiles) {
        for (const ex of targetsOf(ef, id)) {
          const set: CompiledRuleSet = { kind: "exception", file: ef, layer: ef.layer, origin: originOf(ef), rules: compileRules(ex.rules, ef, contextFor(ef, variables)) };
          sets.push(set);
        }
      }
      const exceptions = byLayerMostSpecificFirst(sets, (set) => set.layer);
      decisions.push({
        id,
        namespace: file.namespace,
        name: s.name,
        label: s.label,
        paragraph: s.paragraph,
        file,
        forEach,
        exceptions,
        base: { kind: "rule", file, layer: file.layer, origin: originOf(file), rules: compileRules(s.rules, file, contextFor(file, variables)) },
      });
    }
  }
  return { version, scope, decisions, memoSize, slotCount, rulesHash: rulesHash([...used, { manifest: version.manifest, files: own }], hasher), files };
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

/** The exceptions a file makes to a decision id (`art22.minimum_credits`). */
function targetsOf(file: RegulationFile, id: string): A.ExceptionDecl[] {
  return file.ast.statements.filter((s): s is A.ExceptionDecl => s.kind === "ExceptionDecl" && s.target !== null && qualify(file, s.target.path) === id);
}

function qualify(file: RegulationFile, path: readonly string[]): string {
  return path.length >= 2 ? path.join(".") : `${file.namespace}.${path.join(".")}`;
}

/** `set` statements: the most specific applicable layer wins; two of that layer that differ conflict. */
function applySets(files: readonly RegulationFile[], symbols: Map<string, SymbolEntry>): void {
  const sets = new Map<string, { file: RegulationFile; decl: A.SetDecl }[]>();
  for (const file of files) {
    for (const s of file.ast.statements) {
      if (s.kind !== "SetDecl" || !s.target) continue;
      const key = qualify(file, s.target.path);
      sets.set(key, [...(sets.get(key) ?? []), { file, decl: s }]);
    }
  }
  for (const [key, candidates] of sets) {
    const entry = symbols.get(key);
    if (!entry) continue;
    const winners = mostSpecific(candidates, (c) => c.file.layer);
    const texts = new Set(winners.map((w) => printExpr(w.decl.value)));
    entry.valueFrom =
      texts.size > 1
        ? new Conflicted(key, winners.map((w) => w.file.path))
        : { file: winners[0]!.file, expr: winners[0]!.decl.value, label: winners[0]!.decl.label };
  }
}

function resolverFor(file: RegulationFile, symbols: ReadonlyMap<string, SymbolEntry>, calendar: Readonly<Record<string, unknown>>): NameResolver {
  return {
    symbol(path) {
      const [head, second] = path;
      const local = (file.meta.kind !== "general" && symbols.get(`${file.path}::${head}`)) || symbols.get(`${file.namespace}.${head}`);
      // Codes are filled in after every symbol is known, so references go through the entry.
      if (local) return { code: (f) => local.code!(f), consumed: 1 };
      if (second !== undefined) {
        const other = symbols.get(`${head}.${second}`);
        if (other) return { code: (f) => other.code!(f), consumed: 2 };
      }
      return null;
    },
    constant: (head) => (head === "calendar" ? calendar : null),
  };
}

function compileRules(rules: readonly A.Rule[], file: RegulationFile, cx: CompileContext): CompiledRule[] {
  return rules.map((rule) => {
    const source = sourceRef(rule.span);
    return {
      id: ruleId(source.file, source.line),
      outcome: rule.outcome,
      condition: rule.condition ? compileExpr(rule.condition, cx) : null,
      value: rule.value ? compileExpr(rule.value, cx) : null,
      valueType: (rule.value && file.check.types.get(rule.value)) ?? UNKNOWN,
      reason: rule.reason,
      paragraph: rule.paragraph,
      text: printedRule(rule, cx.lang),
      textNl: printedRule(rule, "nl"),
      source,
    };
  });
}
