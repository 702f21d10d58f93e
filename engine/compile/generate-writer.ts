/**
 * Writing one generated function: its lines with indentation, unique local names that say what
 * they hold (`enrolment_credits_remaining`, `credits_taken`), the facts it reads (one local each,
 * read once at the top: reading a fact has no effect, and a fact read in a loop is the same on
 * every turn), and the values it needs from outside (`R[i]`: helpers, sets, fallback closures).
 */
import * as helpers from "./generated-runtime.js";
import { Conflicted, IN_PROGRESS, Missing, UNSET, Undecided } from "../runtime/index.js";

/**
 * A generated value: `js` is an atom (a local, a literal or an outside value's name) that can be
 * read any number of times. `u` says whether it may be undecided: "no"; "maybe" (a Missing or
 * Conflicted object, told by `instanceof`); "absent" (a fact read at the top: undefined there means
 * missing, and `missing` is the code that makes the Missing naming it).
 */
export interface Val {
  readonly js: string;
  readonly u: "no" | "maybe" | "absent";
  readonly missing?: string;
}

export const decided = (js: string): Val => ({ js, u: "no" });
export const maybe = (js: string): Val => ({ js, u: "maybe" });

/** The runtime values generated code may name, by the name it uses. */
const OUTSIDE: Record<string, unknown> = { ...helpers, Missing, Conflicted, Undecided, UNSET, IN_PROGRESS };

const RESERVED = new Set(
  ("break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null " +
    "return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await " +
    "arguments eval undefined NaN Infinity Math Array Object Number String Set frame out open rules R EPS")
    .split(" "),
);

export class Writer {
  private readonly body: string[] = [];
  private readonly top: string[] = [];
  private depth = 1;
  private readonly used = new Set<string>([...RESERVED, ...Object.keys(OUTSIDE)]);
  private readonly outside: { name: string; value: unknown; note: string }[] = [];
  private readonly outsideNames = new Map<unknown, string>();
  private readonly helperNames = new Set<string>();
  private readonly factNames = new Map<string, string>();

  /** A fresh local name built from `hint`. */
  name(hint: string): string {
    let base = hint.replace(/[^A-Za-z0-9_$]/g, "_").replace(/_+/g, "_") || "t";
    if (/^[0-9]/.test(base)) base = `_${base}`;
    let name = base;
    for (let i = 2; this.used.has(name); i++) name = `${base}${i}`;
    this.used.add(name);
    return name;
  }

  line(text: string): void {
    this.body.push("  ".repeat(this.depth) + text);
  }

  open(head: string): void {
    this.line(head ? `${head} {` : "{");
    this.depth++;
  }

  close(tail = "}"): void {
    this.depth--;
    this.line(tail);
  }

  /** `else` between two blocks: `} else {`. */
  orElse(head = "else"): void {
    this.depth--;
    this.line(`} ${head} {`);
    this.depth++;
  }

  /** A line at the top of the function, before any other (a bound variable read from the frame). */
  topLine(text: string): void {
    this.top.push(`  ${text}`);
  }

  /** A runtime helper or class by its name (generated-runtime.ts, Missing, …). */
  helper(name: keyof typeof OUTSIDE & string): string {
    if (!this.helperNames.has(name)) {
      this.outside.push({ name, value: OUTSIDE[name], note: "" });
      this.helperNames.add(name);
    }
    return name;
  }

  /** A value from outside (a set, a closure), named once. */
  ref(value: unknown, hint: string, note = ""): string {
    const known = this.outsideNames.get(value);
    if (known !== undefined) return known;
    const name = this.name(hint);
    this.outside.push({ name, value, note });
    this.outsideNames.set(value, name);
    return name;
  }

  /**
   * A fact of the context, read once at the top of the function: records on the way as `obj(…)`
   * (undefined when absent or not a record), the fact itself as `known(…)`, a date as its day number.
   */
  fact(path: readonly string[], date: boolean): Val {
    const key = path.join(".") + (date ? "@date" : "");
    let name = this.factNames.get(key);
    if (name === undefined) {
      let record = "frame.root";
      for (let i = 0; i < path.length - 1; i++) record = this.record(path.slice(0, i + 1), record);
      name = this.name(path.join("_"));
      const read = `${this.helper("known")}(${fieldOf(record, path[path.length - 1]!)})`;
      this.top.push(`  const ${name} = ${date ? `${this.helper("day")}(${read})` : read};`);
      this.factNames.set(key, name);
    }
    return { js: name, u: "absent", missing: `new ${this.helper("Missing")}([${JSON.stringify(path.join("."))}])` };
  }

  private record(path: readonly string[], parent: string): string {
    const key = `${path.join(".")}{}`;
    let name = this.factNames.get(key);
    if (name === undefined) {
      name = this.name(`${path.join("_")}_record`);
      this.top.push(`  const ${name} = ${this.helper("obj")}(${fieldOf(parent, path[path.length - 1]!)});`);
      this.factNames.set(key, name);
    }
    return name;
  }

  /** The whole function, with the outside values it names bound from `R` before it. */
  source(signature: string, comment: string): { text: string; values: unknown[] } {
    const prelude = this.outside.map((o, i) => `const ${o.name} = R[${i}];${o.note ? ` // ${o.note}` : ""}`);
    const lines = ['"use strict";', "const EPS = 1e-9;", ...prelude, ...comment.split("\n").map((c) => `// ${c}`), `return function ${signature} {`, ...this.top, ...this.body, "};"];
    return { text: lines.join("\n") + "\n", values: this.outside.map((o) => o.value) };
  }
}

/** A field of the context's root, or of a record local that is undefined when the record is absent. */
export function fieldOf(record: string, field: string): string {
  const plain = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(field) && field !== "__proto__";
  const name = plain ? `.${field}` : `[${JSON.stringify(field)}]`;
  return record === "frame.root" ? `frame.root${name}` : `${record}?${plain ? name : `.${name}`}`;
}
