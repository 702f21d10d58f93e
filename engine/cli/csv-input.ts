/**
 * CSV input for `regelwerk batch`: a student-administration export, one row per student or one row
 * per student and course. A mapping file (`--columns map.yaml`) names the context field of each
 * column it uses:
 *
 *   columns:
 *     Stamnummer: student.id
 *     Faculteit: enrolment.faculty
 *     OPO: courses[].code          # `[]`: one element per row
 *     Studiepunten: courses[].credits
 *   values:                        # optional: fields the export does not have, the same for all
 *     enrolment.academic_year: 2020-2021
 *
 * With `[]` fields, consecutive rows with the same `student.id` are one student. A cell's text is
 * turned into the type the context schema gives its field (number, boolean); an empty cell leaves
 * the field out, so a rule that needs it says the fact is missing.
 */
import { LineCounter, isMap, isScalar, parseDocument } from "yaml";
import type { StudentInput } from "../node/index.js";
import type { Line } from "./batch-input.js";
import { UsageError } from "./exit-codes.js";

interface Field {
  readonly column: string;
  /** Path before `[]` (the list) and after it (the field of an element); no list: `list` is null. */
  readonly list: readonly string[] | null;
  readonly path: readonly string[];
  readonly type: string;
}

export interface ColumnMapping {
  readonly fields: readonly Field[];
  readonly values: readonly { readonly path: readonly string[]; readonly value: unknown }[];
}

type Schema = { type?: string | string[]; properties?: Record<string, Schema>; items?: Schema };

function typeOf(schema: Schema): string {
  const t = Array.isArray(schema.type) ? schema.type.find((x) => x !== "null") : schema.type;
  return t ?? "string";
}

/** The schema of a field path (`courses[].credits`), or null when the context has no such field. */
function schemaAt(root: Schema, path: string): { list: string[] | null; path: string[]; schema: Schema } | null {
  const parts = path.split("[]");
  if (parts.length > 2) return null;
  const walk = (from: Schema, dotted: string): Schema | null => {
    let s: Schema | undefined = from;
    for (const key of dotted.split(".").filter((k) => k !== "")) {
      s = s?.properties?.[key];
      if (!s) return null;
    }
    return s ?? null;
  };
  if (parts.length === 1) {
    const s = walk(root, path);
    return s ? { list: null, path: path.split("."), schema: s } : null;
  }
  const list = walk(root, parts[0]!);
  if (!list?.items || !parts[1]!.startsWith(".")) return null;
  const s = walk(list.items, parts[1]!.slice(1));
  return s ? { list: parts[0]!.split("."), path: parts[1]!.slice(1).split("."), schema: s } : null;
}

/** Read the mapping file against the version's context schema; every problem names file, line, column. */
/** The academic year a column mapping fixes for every student (`values: enrolment.academic_year`), if any. */
export function mappingYear(text: string): string | undefined {
  const root = parseDocument(text).contents;
  const fixed = isMap(root) ? root.get("values", true) : null;
  const year = isMap(fixed) ? fixed.get("enrolment.academic_year") : undefined;
  return year === undefined || year === null ? undefined : String(year);
}

export function readColumnMapping(file: string, text: string, contextSchema: object): ColumnMapping {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const at = (offset: number | undefined) => {
    const p = lineCounter.linePos(offset ?? 0);
    return `${file}:${p.line}:${p.col}`;
  };
  if (doc.errors.length > 0) throw new UsageError(`${at(doc.errors[0]!.pos[0])}: ${doc.errors[0]!.message.split("\n")[0]}`);
  const root = doc.contents;
  const columns = isMap(root) ? root.get("columns", true) : null;
  if (!isMap(columns)) throw new UsageError(`${at(root?.range?.[0])}: found no 'columns' mapping; expected columns: { <CSV column>: <context field, e.g. enrolment.faculty or courses[].credits> }`);
  const fields: Field[] = [];
  for (const pair of columns.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : "";
    const value = isScalar(pair.value) ? pair.value.value : null;
    const where = at((pair.value as { range?: number[] } | null)?.range?.[0] ?? (pair.key as { range?: number[] }).range?.[0]);
    if (typeof value !== "string") throw new UsageError(`${where}: column '${key}': expected a context field path such as enrolment.faculty`);
    const found = schemaAt(contextSchema as Schema, value);
    if (!found) throw new UsageError(`${where}: column '${key}': found '${value}': expected a field of the student context (with at most one [] for a list, e.g. courses[].credits)`);
    if (found.schema.type === "object" || found.schema.type === "array") throw new UsageError(`${where}: column '${key}': '${value}' is a ${found.schema.type}; expected a field with a single value`);
    fields.push({ column: key, list: found.list, path: found.path, type: typeOf(found.schema) });
  }
  const values: ColumnMapping["values"][number][] = [];
  const fixed = isMap(root) ? root.get("values", true) : null;
  if (fixed !== undefined && fixed !== null) {
    if (!isMap(fixed)) throw new UsageError(`${at((fixed as { range?: number[] }).range?.[0])}: 'values': expected a mapping of context field paths to values`);
    for (const pair of fixed.items) {
      const path = isScalar(pair.key) ? String(pair.key.value) : "";
      if (!schemaAt(contextSchema as Schema, path) || path.includes("[]")) throw new UsageError(`${at((pair.key as { range?: number[] }).range?.[0])}: values: found '${path}': expected a field of the student context outside any list`);
      values.push({ path: path.split("."), value: (pair.value as { toJSON(): unknown } | null)?.toJSON() ?? null });
    }
  }
  if (fields.some((f) => f.list) && !fields.some((f) => !f.list && f.path.join(".") === "student.id")) {
    throw new UsageError(`${file}: a column maps to a list field ([]), so rows are grouped per student: expected a column mapped to student.id`);
  }
  return { fields, values };
}

/** RFC 4180 rows over lines: a quoted cell may hold commas, doubled quotes and line breaks. */
async function* csvRows(lines: AsyncIterable<Line>): AsyncGenerator<{ line: number; cells: string[] }> {
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let start = 0;
  for await (const { number, text } of lines) {
    if (!quoted) {
      if (text.trim() === "") continue;
      start = number;
    }
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (quoted) {
        if (ch !== '"') cell += ch;
        else if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else if (ch === '"' && cell === "") quoted = true;
      else if (ch === ",") {
        cells.push(cell);
        cell = "";
      } else cell += ch;
    }
    if (quoted) {
      cell += "\n";
      continue;
    }
    cells.push(cell);
    yield { line: start, cells };
    cells = [];
    cell = "";
  }
  if (quoted) yield { line: start, cells: [...cells, cell] };
}

const TRUE = new Set(["true", "yes", "ja", "1", "waar", "y", "j"]);
const FALSE = new Set(["false", "no", "nee", "0", "onwaar", "n"]);

/** A cell as the schema's type; text that does not fit stays text, so validation names the field. */
function typed(text: string, type: string): unknown {
  if (type === "number" || type === "integer") {
    const n = Number(text.replace(",", "."));
    return text.trim() !== "" && Number.isFinite(n) ? n : text;
  }
  if (type === "boolean") {
    const t = text.trim().toLowerCase();
    return TRUE.has(t) ? true : FALSE.has(t) ? false : text;
  }
  return text;
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[path[path.length - 1]!] = value;
}

export async function* csvStudents(lines: AsyncIterable<Line>, mapping: ColumnMapping, mappingFile: string): AsyncGenerator<StudentInput> {
  const rows = csvRows(lines);
  const header = await rows.next();
  if (header.done) return;
  const index = new Map(header.value.cells.map((name, i) => [name.trim(), i]));
  const absent = mapping.fields.filter((f) => !index.has(f.column)).map((f) => f.column);
  if (absent.length > 0) throw new UsageError(`line ${header.value.line}: the CSV header has no column ${absent.map((c) => `'${c}'`).join(", ")} named in ${mappingFile}; found ${[...index.keys()].map((c) => `'${c}'`).join(", ")}`);
  const grouped = mapping.fields.some((f) => f.list);
  const idColumn = index.get(mapping.fields.find((f) => !f.list && f.path.join(".") === "student.id")?.column ?? "");
  const width = index.size;

  let current: { line: number; key: string; context: Record<string, unknown> } | null = null;
  for await (const { line, cells } of rows) {
    if (cells.length !== width) {
      if (current) yield { line: current.line, context: current.context };
      current = null;
      yield { line, context: null, unreadable: `found ${cells.length} cell(s): expected ${width}, one per column of the header` };
      continue;
    }
    const key = idColumn !== undefined ? cells[idColumn]! : "";
    if (!grouped || !current || current.key !== key) {
      if (current) yield { line: current.line, context: current.context };
      const context: Record<string, unknown> = {};
      for (const v of mapping.values) setPath(context, v.path, structuredClone(v.value));
      for (const f of mapping.fields) {
        const cell = cells[index.get(f.column)!]!;
        if (!f.list && cell !== "") setPath(context, f.path, typed(cell, f.type));
      }
      current = { line, key, context };
    }
    // Each row adds an element to each list it has a value for (courses[], history[]).
    const elements = new Map<string, Record<string, unknown>>();
    for (const f of mapping.fields) {
      if (!f.list) continue;
      const cell = cells[index.get(f.column)!]!;
      const listKey = f.list.join(".");
      if (!elements.has(listKey)) elements.set(listKey, {});
      if (cell !== "") setPath(elements.get(listKey)!, f.path, typed(cell, f.type));
    }
    for (const [listKey, element] of elements) {
      if (Object.keys(element).length === 0) continue;
      const path = listKey.split(".");
      let node = current.context;
      for (const k of path.slice(0, -1)) node = (node[k] ??= {}) as Record<string, unknown>;
      const list = (node[path[path.length - 1]!] ??= []) as unknown[];
      list.push(element);
    }
  }
  if (current) yield { line: current.line, context: current.context };
}
