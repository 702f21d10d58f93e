/**
 * Built-in functions: one table for the checker (argument and result types) and the evaluator
 * (implementation). Each has an English and a Dutch name. Implementations are total: they never
 * throw and never loop, so evaluation always terminates.
 */
import { nthWeekdayFrom, weekdayIndex } from "./dates.js";
import { roundHalfUp } from "./rounding.js";
import { BOOL, DATE, UNKNOWN, number, typeToString, type Description, type Type } from "./types.js";

export interface BuiltinCheck {
  /** The result type, or a message saying which argument is wrong and what was expected. */
  (args: readonly Type[]): Type | { error: string; argument: number };
}

export interface Builtin {
  readonly name: string;
  readonly nl: string;
  readonly arity: readonly [min: number, max: number];
  readonly signature: string;
  readonly doc: Description;
  readonly check: BuiltinCheck;
  readonly run: (args: readonly unknown[]) => unknown;
}

/** The longest list `range` gives. */
export const MAX_RANGE = 1000;

const isNumber = (t: Type) => t.kind === "number" || t.kind === "unknown";
const sameUnit = (a: Type, b: Type) => a.kind !== "number" || b.kind !== "number" || a.unit === b.unit;

function numberArgs(count: number, sameUnits: boolean): BuiltinCheck {
  return (args) => {
    for (let i = 0; i < Math.min(count, args.length); i++) {
      if (!isNumber(args[i]!)) return { error: `expected a number but found ${typeToString(args[i]!)}`, argument: i };
    }
    if (sameUnits && args.length > 1 && !sameUnit(args[0]!, args[1]!)) {
      return { error: `expected the same unit as the first argument (${typeToString(args[0]!)}) but found ${typeToString(args[1]!)}`, argument: 1 };
    }
    return args[0]!.kind === "number" ? args[0]! : UNKNOWN;
  };
}

/**
 * The callee of a field access on a computed value (`f(x).name` is `.field(f(x), "name")`). It starts
 * with a dot, which no name can, so a rule that writes `field(…)` calls an unknown function instead of
 * building a node the formatter would print as a field access.
 */
export const FIELD_ACCESS = ".field";

export const BUILTINS: readonly Builtin[] = [
  {
    name: "min",
    nl: "min",
    arity: [2, 2],
    signature: "min(a, b)",
    doc: { en: "The smaller of two numbers of the same unit.", nl: "Het kleinste van twee getallen met dezelfde eenheid." },
    check: numberArgs(2, true),
    run: ([a, b]) => Math.min(a as number, b as number),
  },
  {
    name: "max",
    nl: "max",
    arity: [2, 2],
    signature: "max(a, b)",
    doc: { en: "The larger of two numbers of the same unit.", nl: "Het grootste van twee getallen met dezelfde eenheid." },
    check: numberArgs(2, true),
    run: ([a, b]) => Math.max(a as number, b as number),
  },
  {
    name: "round",
    nl: "afronden",
    arity: [1, 2],
    signature: "round(x) or round(x, decimals)",
    doc: {
      en: "Rounds half up (OER Title 0 'Afrondingen'): below .5 down, from and including .5 up.",
      nl: "Rondt af volgens titel 0 'Afrondingen': tot 0,5 naar beneden, vanaf en inclusief 0,5 naar boven.",
    },
    check: (args) => {
      if (!isNumber(args[0]!)) return { error: `expected a number but found ${typeToString(args[0]!)}`, argument: 0 };
      if (args[1] && !(args[1].kind === "unknown" || (args[1].kind === "number" && args[1].unit === null))) {
        return { error: `expected a number of decimals without unit but found ${typeToString(args[1])}`, argument: 1 };
      }
      return args[0]!;
    },
    run: ([x, d]) => roundHalfUp(x as number, (d as number | undefined) ?? 0),
  },
  {
    name: "floor",
    nl: "naar_beneden",
    arity: [1, 1],
    signature: "floor(x)",
    doc: { en: "The whole part, rounded down ('per full 12 hours').", nl: "Het gehele deel, naar beneden ('per volle 12 uren')." },
    check: numberArgs(1, false),
    run: ([x]) => Math.floor(Number((x as number).toPrecision(15))),
  },
  {
    name: "percent",
    nl: "percentage",
    arity: [2, 2],
    signature: "percent(part, whole)",
    doc: { en: "part / whole × 100, in %; not rounded.", nl: "deel / geheel × 100, in %; niet afgerond." },
    check: (args) => {
      const r = numberArgs(2, true)(args);
      return "error" in r ? r : number("percent");
    },
    run: ([a, b]) => ((b as number) === 0 ? 0 : ((a as number) / (b as number)) * 100),
  },
  {
    name: "days_between",
    nl: "dagen_tussen",
    arity: [2, 2],
    signature: "days_between(from, to)",
    doc: { en: "The number of days from one date to another.", nl: "Het aantal dagen van de ene datum tot de andere." },
    check: (args) => {
      for (let i = 0; i < 2; i++) {
        const t = args[i]!;
        if (t.kind !== "date" && t.kind !== "unknown") return { error: `expected a date but found ${typeToString(t)}`, argument: i };
      }
      return number("days");
    },
    run: ([a, b]) => (b as number) - (a as number),
  },
  {
    name: "nth_weekday",
    nl: "nde_weekdag",
    arity: [3, 3],
    signature: 'nth_weekday(date, n, "wednesday")',
    doc: {
      en: "The n-th given weekday on or after a date: the third Wednesday of the academic year.",
      nl: "De n-de gegeven weekdag op of na een datum: de derde woensdag van het academiejaar.",
    },
    check: (args) => {
      if (args[0]!.kind !== "date" && args[0]!.kind !== "unknown") return { error: `expected a date but found ${typeToString(args[0]!)}`, argument: 0 };
      if (!isNumber(args[1]!)) return { error: `expected a number but found ${typeToString(args[1]!)}`, argument: 1 };
      if (args[2]!.kind !== "string" && args[2]!.kind !== "unknown") return { error: `expected a weekday name but found ${typeToString(args[2]!)}`, argument: 2 };
      return DATE;
    },
    // The checker refuses unknown weekday literals; a computed one that is unknown yields no date.
    run: ([d, n, w]) => {
      const weekday = weekdayIndex(w as string);
      return weekday === null ? null : nthWeekdayFrom(d as number, n as number, weekday);
    },
  },
  {
    name: "year_start",
    nl: "beginjaar",
    arity: [1, 1],
    signature: 'year_start("2018-2019")',
    doc: {
      en: "The calendar year an academic year starts in (2018 for \"2018-2019\"), to order academic years.",
      nl: "Het kalenderjaar waarin een academiejaar begint (2018 voor \"2018-2019\"), om academiejaren te ordenen.",
    },
    check: (args) => {
      if (args[0]!.kind !== "string" && args[0]!.kind !== "unknown") return { error: `expected an academic year such as "2018-2019" but found ${typeToString(args[0]!)}`, argument: 0 };
      return number(null);
    },
    run: ([year]) => Number(String(year).slice(0, 4)),
  },
  {
    name: "first_known",
    nl: "eerst_gekend",
    arity: [2, 2],
    signature: "first_known(a, b)",
    doc: {
      en: "a if the context gives it, otherwise b (for example a reported figure, else a computed one). Never a silent default: when both are missing, so is the result.",
      nl: "a als de context het geeft, anders b (bv. een gemeld cijfer, anders een berekend). Nooit een stille standaardwaarde: ontbreken beide, dan ontbreekt ook het resultaat.",
    },
    check: (args) => {
      const [a, b] = args as [Type, Type];
      if (a.kind !== "unknown" && b.kind !== "unknown" && (a.kind !== b.kind || (a.kind === "number" && b.kind === "number" && a.unit !== b.unit))) {
        return { error: `expected both values to have one type (and unit): ${typeToString(a)} and ${typeToString(b)}`, argument: 1 };
      }
      return a.kind === "unknown" ? b : a;
    },
    // Evaluated lazily by the compiler (see compile-expr.ts): only reached when `a` is known.
    run: ([a]) => a,
  },
  {
    name: "range",
    nl: "reeks",
    arity: [2, 2],
    signature: "range(from, to)",
    doc: {
      en: "The whole numbers from `from` up to and including `to`, in order (empty when `to` is smaller; at most 1000): the calendar years a study career spans, for `accumulate`.",
      nl: "De gehele getallen van `from` tot en met `to`, in volgorde (leeg als `to` kleiner is; ten hoogste 1000): de kalenderjaren van een studieloopbaan, voor `accumuleer`.",
    },
    check: (args) => {
      const r = numberArgs(2, true)(args);
      return "error" in r ? r : { kind: "list", element: r.kind === "number" ? r : number(null) };
    },
    // Bounded: a list longer than any study career is no result rather than a runaway allocation.
    run: ([a, b]) => {
      const from = Math.ceil(a as number);
      const to = Math.floor(b as number);
      if (to - from + 1 > MAX_RANGE) return null;
      const out: number[] = [];
      for (let n = from; n <= to; n++) out.push(n);
      return out;
    },
  },
  {
    name: "contains",
    nl: "bevat",
    arity: [2, 2],
    signature: "contains(list, value)",
    doc: { en: "Whether a list holds a value.", nl: "Of een lijst een waarde bevat." },
    check: (args) => {
      if (args[0]!.kind !== "list" && args[0]!.kind !== "unknown") return { error: `expected a list but found ${typeToString(args[0]!)}`, argument: 0 };
      return BOOL;
    },
    run: ([list, value]) => (list as unknown[]).includes(value),
  },
];

const BY_NAME = new Map<string, Builtin>();
for (const b of BUILTINS) {
  BY_NAME.set(b.name, b);
  BY_NAME.set(b.nl, b);
}

export function builtinNamed(name: string): Builtin | undefined {
  return BY_NAME.get(name);
}

export function builtinNames(): string[] {
  return [...BY_NAME.keys()];
}
