/**
 * A file with `scope.per_course: true` binds the courses of its faculty whatever the student's
 * programme: it reaches the other faculties' students only through its exceptions to per-course
 * decisions (`for each`), each gated by the element's faculty (engine/compile). Anything else in it
 * — a decision, a `set` of a parameter, an exception to a decision about the student as a whole —
 * would hold only for the faculty's own students, silently, so it is an error (RW066) at the
 * statement. Parameters and definitions stay allowed: they are the exceptions' own helpers.
 */
import { diagnostic, type Diagnostic } from "../../dsl/index.js";
import type { RegulationFile } from "./model.js";

export function checkPerCourseFiles(files: readonly RegulationFile[]): Diagnostic[] {
  const perCourse = new Set<string>();
  for (const file of files) {
    if (file.meta.kind !== "general") continue;
    for (const s of file.ast.statements) if (s.kind === "DecisionDecl" && s.forEach) perCourse.add(`${file.namespace}.${s.name}`);
  }
  const out: Diagnostic[] = [];
  for (const file of files) {
    if (file.meta.kind === "general" || file.meta.scope?.per_course !== true) continue;
    const faculty = file.meta.scope.faculty ?? "?";
    const refuse = (what: string, wat: string, span: Diagnostic["span"]) =>
      out.push(
        diagnostic(
          "RW066-per-course-file-statement",
          `${what}: a file with scope.per_course holds only exceptions to per-course decisions (for each), which bind ${faculty}'s courses for every student; move it to a file without per_course / ${wat}: een bestand met scope.per_course bevat enkel uitzonderingen op beslissingen per opleidingsonderdeel (for each), die de opleidingsonderdelen van ${faculty} voor elke student binden; zet het in een bestand zonder per_course`,
          span,
          file.path,
        ),
      );
    for (const s of file.ast.statements) {
      if (s.kind === "DecisionDecl") refuse(`found the decision '${s.name}'`, `de beslissing '${s.name}'`, s.nameSpan);
      else if (s.kind === "SetDecl") refuse(`found 'set ${s.target?.path.join(".") ?? ""}'`, `'set ${s.target?.path.join(".") ?? ""}'`, s.target?.span ?? s.span);
      else if (s.kind === "ExceptionDecl" && s.target) {
        const [head, name] = s.target.path;
        const id = name === undefined ? `${file.namespace}.${head}` : `${head}.${name}`;
        if (!perCourse.has(id)) refuse(`found an exception to '${id}', a decision about the student as a whole`, `een uitzondering op '${id}', een beslissing over de student als geheel`, s.target.span);
      }
    }
  }
  return out;
}
