/**
 * Run-time values. Numbers are JS numbers (units were checked statically), dates are day numbers,
 * lists are arrays, records are objects. A fact the context does not give is a `Missing` that
 * remembers which facts were needed; an undecidable parameter is a `Conflicted`.
 */
/** What Missing and Conflicted have in common: one class test tells an undecided value from any other. */
export abstract class Undecided {}

export class Missing extends Undecided {
  constructor(readonly facts: readonly string[]) {
    super();
  }
  static merge(a: Missing, b: unknown): Missing {
    if (!(b instanceof Missing)) return a;
    return new Missing([...new Set([...a.facts, ...b.facts])]);
  }
}

/** A parameter set differently by two files of the same layer that both apply. */
export class Conflicted extends Undecided {
  constructor(
    readonly name: string,
    readonly sources: readonly string[],
  ) {
    super();
  }
}


/** Missing or Conflicted: a value that stops a rule from deciding. */
export function isUndecided(value: unknown): value is Missing | Conflicted {
  return value instanceof Undecided;
}


/** The name of one element of a `for each` or aggregate: its `code`, else its `id`, else its position. */
export function elementKey(element: unknown, index: number): string {
  const e = element && typeof element === "object" ? (element as Record<string, unknown>) : null;
  const key = e?.code ?? e?.id;
  return typeof key === "string" || typeof key === "number" ? String(key) : String(index);
}

/** The path of one element of a list (`courses[A1]`): the list's path and the element's key. */
export function elementPath(prefix: string, element: unknown, index: number): string {
  return `${prefix}[${elementKey(element, index)}]`;
}

/** The argument as an explanation names it: an element's `code` (or `id`), a value as written, else its path. */
export function argumentCode(value: unknown, path: string): string {
  if (value !== null && typeof value === "object") {
    const key = (value as Record<string, unknown>).code ?? (value as Record<string, unknown>).id;
    return typeof key === "string" || typeof key === "number" ? String(key) : path;
  }
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}
