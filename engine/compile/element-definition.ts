/**
 * A definition of an element (`definition no_credit(c in courses) = …`), compiled once for the
 * version: its body reads the element through the slot of its parameter, which a call fills for the
 * time of the call. The value is kept per student and per element (the frame's memo holds a map), so
 * a rule per course and a count over the courses compute each course's value once. Terminates by
 * construction: the checker refuses a definition that calls itself (RW048), and a call met again
 * while its own value is computed gives a missing value instead of looping.
 */
import { UNKNOWN, unitOf, type Lang } from "../../dsl/index.js";
import type * as A from "../../dsl/index.js";
import type { RegulationFile } from "../check/index.js";
import { originOf } from "../load/index.js";
import { Conflicted, IN_PROGRESS, Missing, UNSET, displayValue, type Code, type Frame, type Observation, type StepReason } from "../runtime/index.js";
import { compileExpr, reasonsIn, type CompileContext } from "./compile-expr.js";

/**
 * Why a call gave its value: the conditions its body tested, and each definition of an element it
 * called in turn (`art47.has_credit(V) → waar`) followed by that call's own reasons, each once.
 */
function callReasons(observations: readonly Observation[]): StepReason[] {
  const out: StepReason[] = [];
  const seen = new Set<string>();
  const add = (r: StepReason) => {
    if (seen.has(r.text)) return;
    seen.add(r.text);
    out.push(r);
  };
  for (const o of observations) {
    if (o.kind === "condition") for (const r of reasonsIn([o])) add(r);
    else if (o.kind === "definition" && o.argument !== undefined) {
      const text = `${o.name}(${o.argument})`;
      add({ text, text_nl: text, value: o.value, display: o.display });
      for (const r of o.why ?? []) add(r);
    }
  }
  return out;
}
import { generateValue, recordSource } from "./generate-rules.js";

/** What a call site reaches through the frame's symbol table. */
export interface ElementDefinition {
  readonly isElementDefinition: true;
  /** The value for these arguments (`paths`: how each argument is named in a missing fact). */
  value(f: Frame, args: readonly unknown[], paths: readonly string[]): unknown;
  /** The value as a traced rule records it: with the argument's code and the conditions the body tested. */
  traced(f: Frame, args: readonly unknown[], paths: readonly string[], codes: readonly string[]): Observation;
}

interface Source {
  readonly file: RegulationFile;
  readonly expr: A.Expr | null;
  readonly label: A.Label | null;
}

export interface ElementDefinitionInput {
  readonly name: string;
  readonly decl: A.Declaration;
  /** The file that declares it. */
  readonly file: RegulationFile;
  readonly from: Source | Conflicted;
  /** A compile context with these variables bound to slots. */
  readonly contextFor: (file: RegulationFile, variables: ReadonlyMap<string, number>) => CompileContext;
  readonly allocateSlot: () => number;
  readonly allocateMemo: () => number;
  readonly generated: boolean;
  readonly lang: (file: RegulationFile) => Lang;
}

/**
 * The memo of one student: argument → value, one map level per parameter.
 * Invariant: the map is noted in `f.written`, so the next student's frame starts without it (kept
 * frames reset only the memo entries written; an unnoted map kept the previous student's values).
 */
function lookup(f: Frame, memo: number, args: readonly unknown[]): { map: Map<unknown, unknown>; key: unknown } {
  let map = f.memo[memo] as Map<unknown, unknown> | typeof UNSET | undefined;
  if (map === UNSET || map === undefined) {
    f.memo[memo] = map = new Map();
    f.written.push(memo);
  }
  for (let i = 0; i < args.length - 1; i++) {
    let next = map.get(args[i]) as Map<unknown, unknown> | undefined;
    if (!next) map.set(args[i], (next = new Map()));
    map = next;
  }
  return { map, key: args[args.length - 1] };
}

export function compileElementDefinition(input: ElementDefinitionInput): { code: Code; definition: ElementDefinition } {
  const { decl, from } = input;
  const slots = decl.parameters.map(() => input.allocateSlot());
  const variables = new Map(decl.parameters.map((p, i) => [p.name, slots[i]!] as const));
  const valueMemo = input.allocateMemo();
  const tracedMemo = input.allocateMemo();
  let body: Code;
  let tracedBody: Code;
  let source: string | null = null;
  if (from instanceof Conflicted) {
    body = tracedBody = () => from;
  } else {
    const cx = input.contextFor(from.file, variables);
    const made = input.generated ? generateValue(input.name, from.expr, input.lang(from.file), cx) : null;
    body = made ? made.code : compileExpr(from.expr, cx);
    source = made ? made.source : null;
    // The body's own conditions, recorded for the call's trace (closures, as traced rules are).
    tracedBody = compileExpr(from.expr, { ...cx, traced: true, allocateMemo: null });
  }
  const file = from instanceof Conflicted ? null : from.file;
  const type = (file && !(from instanceof Conflicted) && from.expr && file.check.types.get(from.expr)) || UNKNOWN;
  const unit = unitOf(type);
  const label = (from instanceof Conflicted ? null : from.label) ?? decl.label;
  const span = from instanceof Conflicted ? decl.nameSpan : from.expr?.span ?? decl.nameSpan;
  const originFile = file ?? input.file;
  const described = {
    name: input.name,
    label: label ? { nl: label.nl, en: label.en } : null,
    source: { file: span.file, line: span.line, column: span.column },
  };

  /** Run `code` with the arguments in the parameters' slots, and the slots as they were after. */
  const run = (f: Frame, code: Code, args: readonly unknown[], paths: readonly string[]): unknown => {
    const before = slots.map((s) => f.slots[s]);
    const beforePaths = slots.map((s) => f.slotPaths[s]!);
    const beforeIndexes = slots.map((s) => f.slotIndexes[s]!);
    slots.forEach((s, i) => {
      f.slots[s] = args[i];
      f.slotPaths[s] = paths[i]!;
      f.slotIndexes[s] = -1;
    });
    try {
      return code(f);
    } finally {
      slots.forEach((s, i) => {
        f.slots[s] = before[i];
        f.slotPaths[s] = beforePaths[i]!;
        f.slotIndexes[s] = beforeIndexes[i]!;
      });
    }
  };

  const value = (f: Frame, args: readonly unknown[], paths: readonly string[]): unknown => {
    const { map, key } = lookup(f, valueMemo, args);
    let v = map.get(key);
    if (v === IN_PROGRESS) return new Missing([`(${input.name} calls itself)`]);
    if (v !== undefined) return v;
    map.set(key, IN_PROGRESS);
    // A definition's own reads are not the rule's observations: the call records them itself.
    const saved = f.observations;
    f.observations = null;
    try {
      v = run(f, body, args, paths);
    } finally {
      f.observations = saved;
    }
    map.set(key, v);
    return v;
  };

  const definition: ElementDefinition = {
    isElementDefinition: true,
    value,
    traced(f, args, paths, codes) {
      // Invariant: the traced value is the value (the same body, recording); kept per element too.
      const { map, key } = lookup(f, tracedMemo, args);
      let seen = map.get(key) as Observation | undefined;
      if (seen) return seen;
      const saved = f.observations;
      f.observations = [];
      let v: unknown;
      let why: StepReason[];
      try {
        v = run(f, tracedBody, args, paths);
        why = callReasons(f.observations);
      } finally {
        f.observations = saved;
      }
      seen = {
        kind: "definition",
        name: described.name,
        label: described.label,
        source: described.source,
        layer: originFile.layer,
        origin: originOf(originFile),
        argument: codes.join(", "),
        why,
        value: v,
        unit,
        display: displayValue(v, type),
      };
      map.set(key, seen);
      return seen;
    },
  };
  const code: Code = () => definition;
  if (source) recordSource(code, source);
  return { code, definition };
}
