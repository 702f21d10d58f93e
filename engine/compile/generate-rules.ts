/**
 * A rule set, or the value of a parameter or definition, as one generated JavaScript function
 * (`new Function`: the Node-only path; the editor's browser code never calls this). A rule set's
 * function tries its rules top to bottom exactly as runRules in evaluate.ts does with closures and
 * returns the index of the rule that decided; it allocates nothing unless a rule lacks facts.
 * Traces still run the closures (rules compiled `traced`): generated code records nothing.
 */
import type * as A from "../../dsl/index.js";
import type { Lang } from "../../dsl/index.js";
import type { Code, Frame } from "../runtime/index.js";
import type { CompileContext } from "./compile-expr.js";
import { gen, testU, undecidedOf, valueOf, type Binding, type GenScope } from "./generate-expr.js";
import { Writer, maybe, type Val } from "./generate-writer.js";
import type { RuleSetOut } from "./generated-runtime.js";
import { printedExpr, printedRule } from "./printed.js";

export interface GeneratedRuleSet {
  /**
   * The index of the rule that decided (its value in `out.value`); -1 when no rule applies; -2 when
   * a rule lacked facts and no earlier rule decided (`out.open`, `out.undecided`).
   */
  readonly run: (f: Frame, out: RuleSetOut) => number;
  readonly source: string;
}

const sources = new WeakMap<object, string>();

/** The generated source behind a rule set's or a symbol's code; undefined for closures. */
export function generatedSourceOf(code: object): string | undefined {
  return sources.get(code);
}

/** Remember that `code` runs `source` (a symbol's memoising wrapper around its generated value). */
export function recordSource(code: object, source: string): void {
  sources.set(code, source);
}

/**
 * Variables bound around the code (a decision's `for each`, a definition's parameters): read from
 * the frame's slots once, at the top. Their slots hold whole paths (frame.ts, slotIndexes -1), so
 * `frame.slotPaths` is read directly.
 */
function scopeFor(cx: CompileContext, w: Writer): GenScope {
  const bindings = new Map<string, Binding>();
  for (const [variable, slot] of cx.variables) {
    const local = w.name(variable);
    w.topLine(`const ${local} = frame.slots[${slot}];`);
    bindings.set(variable, { js: local, pathJs: `frame.slotPaths[${slot}]` });
  }
  return { cx, bindings };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ");
}

function instantiate<T>(w: Writer, name: string, params: string, comment: string): { fn: T; source: string } {
  const fnName = w.name(name);
  const { text, values } = w.source(`${fnName}(${params})`, comment);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the point of this module; Node only.
  const fn = new Function("R", text)(values) as T;
  return { fn, source: text };
}

/**
 * A per-course faculty file's exception (scope.per_course): its rules hold only for an element of
 * that faculty, read from the element bound in `slot` (compile-shared's gatedByCourseFaculty).
 */
export interface CourseGate {
  readonly slot: number;
  readonly faculty: string;
}

/**
 * The gate, once at the top (it reads only the bound element and the enrolment, the same for every
 * rule): true, false or undefined (unknown), with the Missing of the facts it lacks. A gate that is
 * false makes every rule's condition false, so the set applies to nothing.
 */
function writeGate(gate: CourseGate, w: Writer): { holds: string; missing: string } {
  const obj = w.helper("obj");
  const faculty = JSON.stringify(gate.faculty);
  const [own, enrolment, holds, missing] = [w.name("gate_own"), w.name("gate_enrolment"), w.name("gate"), w.name("gate_missing")];
  w.line(`// Rules of a file for the courses of faculty ${gate.faculty} only (scope.per_course): the course's faculty, else the enrolment's.`);
  w.line(`const ${own} = ${obj}(frame.slots[${gate.slot}])?.faculty;`);
  w.line(`const ${enrolment} = ${obj}(frame.root.enrolment)?.faculty;`);
  w.line(`const ${holds} = typeof ${own} === "string" ? ${own} === ${faculty} : typeof ${enrolment} === "string" ? ${enrolment} === ${faculty} : undefined;`);
  w.line(`if (${holds} === false) return -1;`);
  w.line(`const ${missing} = ${holds} === undefined ? new ${w.helper("Missing")}([frame.slotPaths[${gate.slot}] + ".faculty", "enrolment.faculty"]) : null;`);
  return { holds, missing };
}

export function generateRuleSet(name: string, rules: readonly A.Rule[], lang: Lang, cx: CompileContext, courseGate: CourseGate | null = null): GeneratedRuleSet {
  const w = new Writer();
  const s = scopeFor(cx, w);
  const note = w.helper("note");
  const gate = courseGate ? writeGate(courseGate, w) : null;
  w.line("let open = -1;");
  w.open("rules:");
  rules.forEach((rule, i) => {
    w.line(`// ${oneLine(printedRule(rule, lang))}`);
    w.open("");
    const fire = (value: string) => {
      // A rule that holds after one that lacked facts does not decide: the outcome stays open.
      w.line("if (open >= 0) break rules;");
      w.line(`out.value = ${value};`);
      w.line(`return ${i};`);
    };
    // `if true` (a value that is always given) holds without a test.
    const always = rule.condition?.kind === "BoolLit" && rule.condition.value === true;
    const written = rule.condition && !always ? gen(rule.condition, s, w) : null;
    const condition = gate ? gated(gate, written, i, w) : written;
    if (condition) w.open(`if (${condition.js} === true)`);
    if (rule.value) {
      const value = gen(rule.value, s, w);
      const t = testU(value, w);
      if (t !== null) {
        w.line(`if (${t}) open = ${note}(out, open, ${i}, ${undecidedOf(value)});`);
        w.open("else");
      }
      fire(value.js);
      if (t !== null) w.close();
    } else fire("undefined");
    if (condition) {
      const t = testU(condition, w);
      w.close(t === null ? "}" : `} else if (${t}) open = ${note}(out, open, ${i}, ${undecidedOf(condition)});`);
    }
    w.close();
  });
  w.close();
  w.line("return open < 0 ? -1 : -2;");
  const { fn, source } = instantiate<GeneratedRuleSet["run"]>(w, name, "frame, out", `rules of ${name}`);
  return { run: fn, source };
}

/**
 * `gate and condition` as the gated closure gives it: the condition itself where the gate holds,
 * else (the course's faculty unknown) false, the facts of both, a conflict, or the gate's facts.
 */
function gated(gate: { holds: string; missing: string }, condition: Val | null, i: number, w: Writer): Val {
  const name = w.name(`gated_${i}`);
  const value = condition ? valueOf(condition) : "true";
  w.line(`const ${name} = ${gate.holds} === true ? ${value} : ${w.helper("gateAnd")}(${gate.missing}, ${value});`);
  return maybe(name);
}

/** The value of a parameter or definition: `frame` in, the value (or Missing/Conflicted) out. */
export function generateValue(name: string, expr: A.Expr | null, lang: Lang, cx: CompileContext): { code: Code; source: string } {
  const w = new Writer();
  const s = scopeFor(cx, w);
  const v = gen(expr, s, w);
  w.line(`return ${valueOf(v)};`);
  const { fn, source } = instantiate<Code>(w, name, "frame", `${name} = ${expr ? oneLine(printedExpr(expr, lang)) : "(incomplete)"}`);
  return { code: fn, source };
}

/**
 * The generated source of one compiled scope, for reading and for golden tests: each decision's
 * rule sets (general rules, then exceptions, most specific layer first), then the parameters and
 * definitions whose code was generated. Empty where the scope was compiled to closures only.
 */
export function scopeSource(compiled: { readonly decisions: readonly { readonly base: { readonly generated: GeneratedRuleSet | null }; readonly exceptions: readonly (readonly { readonly generated: GeneratedRuleSet | null }[])[] }[]; readonly symbols: readonly Code[] }, only: (text: string) => boolean = () => true): string {
  const parts: string[] = [];
  for (const d of compiled.decisions) for (const set of [d.base, ...d.exceptions.flat()]) if (set.generated && only(set.generated.source)) parts.push(set.generated.source);
  for (const code of compiled.symbols) {
    const source = code && generatedSourceOf(code);
    if (source && only(source)) parts.push(source);
  }
  return parts.join("\n");
}
