/** Which faculty, campus and programme a student's context puts them in: the scope that selects layers. */
import type { Scope } from "../compile/compile-version.js";

export function scopeOf(context: Readonly<Record<string, unknown>>): Scope {
  const enrolment = (context.enrolment ?? {}) as Record<string, unknown>;
  const programme = (enrolment.programme ?? {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === "string" ? v : undefined);
  return { faculty: text(enrolment.faculty), campus: text(enrolment.campus), programme: text(programme.id) };
}

export function scopeKey(scope: Scope): string {
  return `${scope.faculty ?? ""}|${scope.campus ?? ""}|${scope.programme ?? ""}`;
}
