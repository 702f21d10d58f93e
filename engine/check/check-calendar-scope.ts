/**
 * Faculty-level calendar entries (docs/regulation-files.md, "The manifest"): a date of the
 * manifest's `calendar` that comes from one faculty's text (Title 0's faculty calendars: FABER's
 * internships before the academic year, PPW's teaching blocks) names that faculty, and optionally
 * the programmes the text gives it for. The date is then that faculty's, not the university's: a
 * rule of the general text or of another faculty that reads it would apply one faculty's calendar
 * to every student. Such a use is RW065, at the name (an entry naming a faculty no file speaks
 * for is found the same way: every file that reads it is warned).
 */
import { diagnostic, expressionsOf, forEachName, type Diagnostic, type NameRef, type Statement } from "../../dsl/index.js";
import type { CalendarEntry, LoadedFile, Manifest } from "../load/index.js";

/** Every `calendar.<name>` read in a statement, with its place. */
function calendarReads(statement: Statement, found: (ref: NameRef) => void): void {
  for (const expr of expressionsOf(statement)) {
    forEachName(expr, (path, ref) => {
      if (path[0] === "calendar" && path.length > 1) found(ref);
    });
  }
}

/** Why a file may not read a faculty-level entry, or null when it may. */
function misuse(entry: CalendarEntry, file: LoadedFile): string | null {
  const scope = file.meta.scope;
  if (file.meta.kind === "general" || !scope?.faculty) return `the general text applies it to every faculty`;
  if (scope.faculty !== entry.faculty) return `this file speaks for ${scope.faculty}`;
  if (!entry.programmes) return null;
  if (!scope.programmes || scope.programmes.length === 0) return `this file is not limited to ${entry.programmes.join(", ")}`;
  const outside = scope.programmes.filter((p) => !entry.programmes!.includes(p));
  return outside.length > 0 ? `this file also speaks for ${outside.join(", ")}` : null;
}

export function checkCalendarScopes(manifest: Manifest, files: readonly LoadedFile[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const entries = manifest.calendar ?? {};
  for (const file of files) {
    for (const statement of file.ast.statements) {
      calendarReads(statement, (ref) => {
        const name = ref.path[1]!;
        const entry = entries[name];
        if (!entry?.faculty) return;
        const why = misuse(entry, file);
        if (why === null) return;
        const of = entry.programmes ? `${entry.faculty} (${entry.programmes.join(", ")})` : entry.faculty;
        out.push(diagnostic("RW065-calendar-entry-of-another-scope", `calendar.${name} is a calendar entry of ${of}'s text, and ${why}`, ref.span, file.path));
      });
    }
  }
  return out;
}
