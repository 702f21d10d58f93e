/**
 * Read a student context (YAML or JSON; one student, or a list) and validate it against the context
 * schema. Every problem names the JSON path of the field, what was found and what was expected, and
 * its line and column in the file.
 */
import { diagnostic, editDistance, nearest, type Diagnostic } from "../../dsl/index.js";
import type { ValidateFunction } from "ajv";
import { contextValidator, schemaProblems } from "./schemas.js";
import { readYaml, spanOfPath } from "./yaml-source.js";

export interface ContextLoad {
  readonly contexts: Record<string, unknown>[];
  readonly diagnostics: Diagnostic[];
}

/** Parse a context file without validating it (the version it is evaluated against brings the schema). */
export function parseContextFile(path: string, text: string): ReturnType<typeof readYaml> {
  return readYaml(path, text);
}

/**
 * `programmes`: the ids the version names (its manifest's list). That list holds the programmes its
 * rules speak of, not every programme, so another id is accepted; but one a typo away from a listed
 * id is refused, since the programme's rules would silently not apply.
 */
export function readContexts(path: string, text: string, validate: ValidateFunction = contextValidator(), programmes: readonly string[] = []): ContextLoad {
  const yaml = readYaml(path, text);
  const diagnostics = [...yaml.diagnostics];
  if (yaml.data === null || yaml.data === undefined) {
    if (diagnostics.length === 0) diagnostics.push(diagnostic("RW051-schema-violation", "$: the file is empty: expected a student context (student, enrolment, courses, history) or a list of them", spanOfPath(yaml, []), path));
    return { contexts: [], diagnostics };
  }
  const many = Array.isArray(yaml.data);
  const items = many ? (yaml.data as unknown[]) : [yaml.data];
  if (many && items.length === 0) {
    diagnostics.push(diagnostic("RW051-schema-violation", "$: the list is empty: expected at least one student context", spanOfPath(yaml, []), path));
    return { contexts: [], diagnostics };
  }
  const contexts: Record<string, unknown>[] = [];
  items.forEach((item, i) => {
    const prefix = many ? [i] : [];
    if (item === null || typeof item !== "object" || Array.isArray(item)) {
      diagnostics.push(diagnostic("RW051-schema-violation", `$${many ? `[${i}]` : ""}: found ${Array.isArray(item) ? "a list" : shorten(JSON.stringify(item) ?? String(item))}: expected a record with student, enrolment, courses, history`, spanOfPath(yaml, prefix), path));
      return;
    }
    if (!validate(item)) {
      for (const p of schemaProblems(validate.errors, item)) {
        const pointer = many ? `$[${i}]${p.pointer.slice(1)}` : p.pointer;
        diagnostics.push(diagnostic("RW051-schema-violation", `${pointer}: ${p.message}`, spanOfPath(yaml, [...prefix, ...p.path], p.key ?? undefined), path));
      }
      return;
    }
    const programme = misspeltProgramme(item, programmes);
    if (programme) {
      diagnostics.push(diagnostic("RW051-schema-violation", `${many ? `$[${i}]` : "$"}.enrolment.programme.id: ${programme}`, spanOfPath(yaml, [...prefix, "enrolment", "programme", "id"]), path));
      return;
    }
    contexts.push(item as Record<string, unknown>);
  });
  diagnostics.sort((a, b) => a.span.start - b.span.start);
  return { contexts, diagnostics };
}

function misspeltProgramme(context: object, programmes: readonly string[]): string | null {
  const id = (context as { enrolment?: { programme?: { id?: unknown } } }).enrolment?.programme?.id;
  if (typeof id !== "string" || programmes.includes(id)) return null;
  // Two edits at most: a typo, not another programme with a similar name (ba-geneeskunde, ba-diergeneeskunde).
  const near = nearest(id, programmes);
  return near && editDistance(id, near) <= 2 ? `found "${id}", which is not in the regulation's programmes: expected "${near}" (did you mean \`${near}\`?) or a programme the regulation does not name` : null;
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Validate one already-parsed context (NDJSON lines, library calls): problems as `path: message`. */
export function contextProblems(context: unknown, validate: ValidateFunction = contextValidator()): string[] {
  if (validate(context)) return [];
  return schemaProblems(validate.errors, context).map((p) => `${p.pointer}: ${p.message}`);
}
