/**
 * The manifests of two versions: the calendar date by date (with where each new date comes from),
 * and every other field. A list of records with ids (the programmes) is compared record by record,
 * so a new programme shows as one change and not as the whole list. The academic year and the title
 * change every year; they are reported like any other field.
 */
import type { LoadedVersion, Manifest } from "../load/index.js";
import { canonicalJson } from "../receipt/index.js";
import type { CalendarChange, FieldChange } from "./model.js";

export function diffCalendar(before: Manifest, after: Manifest): CalendarChange[] {
  const a = before.calendar ?? {};
  const b = after.calendar ?? {};
  const out: CalendarChange[] = [];
  for (const name of [...new Set([...Object.keys(a), ...Object.keys(b)])]) {
    const old = a[name];
    const next = b[name];
    if (old && next && canonicalJson(old) === canonicalJson(next)) continue;
    const origin = next ?? old!;
    out.push({
      name,
      change: !old ? "added" : !next ? "removed" : "changed",
      ...(old ? { old: old.date } : {}),
      ...(next ? { new: next.date } : {}),
      source: origin.source,
      ...(origin.not_in_seeds ? { not_in_seeds: true } : {}),
      ...(next?.to_confirm ? { to_confirm: next.to_confirm } : {}),
    });
  }
  return out;
}

function isIdList(value: unknown): value is { id: string }[] {
  return Array.isArray(value) && value.length > 0 && value.every((x) => x !== null && typeof x === "object" && typeof (x as { id?: unknown }).id === "string");
}

export function diffManifest(before: Manifest, after: Manifest): FieldChange[] {
  const out: FieldChange[] = [];
  const a = before as unknown as Record<string, unknown>;
  const b = after as unknown as Record<string, unknown>;
  for (const field of [...new Set([...Object.keys(a), ...Object.keys(b)])]) {
    if (field === "calendar" || canonicalJson(a[field]) === canonicalJson(b[field])) continue;
    if (isIdList(a[field]) || isIdList(b[field])) {
      const old = new Map(((a[field] ?? []) as { id: string }[]).map((x) => [x.id, x]));
      const next = new Map(((b[field] ?? []) as { id: string }[]).map((x) => [x.id, x]));
      for (const id of [...new Set([...old.keys(), ...next.keys()])]) {
        if (canonicalJson(old.get(id)) === canonicalJson(next.get(id))) continue;
        out.push({ field: `${field}[${id}]`, ...(old.has(id) ? { old: old.get(id) } : {}), ...(next.has(id) ? { new: next.get(id) } : {}) });
      }
    } else out.push({ field, ...(a[field] !== undefined ? { old: a[field] } : {}), ...(b[field] !== undefined ? { new: b[field] } : {}) });
  }
  return out;
}

export function versionRef(version: Pick<LoadedVersion, "dir" | "manifest">): { dir: string; id: string; academic_year: string } {
  return { dir: version.dir, id: version.manifest.id, academic_year: version.manifest.academic_year };
}
