/**
 * Layers in the sense of default logic: which files apply to a student (their faculty, campus and
 * programme), and how specific each file's layer is. The most specific applicable layer decides.
 */
import type { Layer, LoadedFile } from "../load/index.js";

export interface Scope {
  readonly faculty?: string;
  readonly campus?: string;
  readonly programme?: string;
}

/** How specific a layer is: the higher, the more specific (programme > campus > faculty > general). */
export const LAYER_RANK: Record<Layer, number> = { general: 0, faculty: 1, campus: 2, programme: 3 };

/** Which faculty, campus and programme a student's context puts them in: the scope that selects layers. */
export function scopeOf(context: Readonly<Record<string, unknown>>): Scope {
  const enrolment = (context.enrolment ?? {}) as Record<string, unknown>;
  const programme = (enrolment.programme ?? {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === "string" ? v : undefined);
  return { faculty: text(enrolment.faculty), campus: text(enrolment.campus), programme: text(programme.id) };
}

export function scopeKey(scope: Scope): string {
  return `${scope.faculty ?? ""}|${scope.campus ?? ""}|${scope.programme ?? ""}`;
}

/** A general text applies to everyone; a faculty file to its faculty, narrowed by campus and programmes. */
export function appliesTo(file: LoadedFile, scope: Scope): boolean {
  const s = file.meta.scope;
  if (file.meta.kind === "general") return true;
  if (!s || s.faculty !== scope.faculty) return false;
  if (s.campus && s.campus !== scope.campus) return false;
  if (s.programmes && !(scope.programme && s.programmes.includes(scope.programme))) return false;
  return true;
}

/**
 * The faculty whose courses a file binds whatever the student's programme (`scope.per_course`), or
 * null. Its exceptions to per-course decisions apply, for students of every faculty, to the elements
 * (courses, ISP changes) of that faculty: per-course decisions take the course's faculty's layer.
 */
export function courseFacultyOf(file: LoadedFile): string | null {
  const s = file.meta.scope;
  return file.meta.kind !== "general" && s?.per_course === true && s.faculty ? s.faculty : null;
}

/** Items grouped by layer, the most specific layer first: the order in which exceptions are tried. */
export function byLayerMostSpecificFirst<T>(items: readonly T[], layerOf: (item: T) => Layer): T[][] {
  const groups = new Map<Layer, T[]>();
  for (const item of items) groups.set(layerOf(item), [...(groups.get(layerOf(item)) ?? []), item]);
  return [...groups.entries()].sort(([a], [b]) => LAYER_RANK[b] - LAYER_RANK[a]).map(([, group]) => group);
}

/** The items of the most specific layer present: several of them that disagree are a conflict. */
export function mostSpecific<T>(items: readonly T[], layerOf: (item: T) => Layer): T[] {
  return byLayerMostSpecificFirst(items, layerOf)[0] ?? [];
}
