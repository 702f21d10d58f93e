/**
 * The students of `regelwerk batch`, read as a stream of lines: NDJSON, one JSON array, YAML
 * documents, or CSV (see csv-input.ts). Each student carries the line it starts on; what cannot be
 * read becomes an unreadable student with that line, so it is reported and never silently dropped.
 */
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { LineCounter, isSeq, parseDocument } from "yaml";
import type { StudentInput } from "../node/index.js";
import { UsageError } from "./exit-codes.js";

export type InputFormat = "ndjson" | "json" | "yaml" | "csv";
export const INPUT_FORMATS: readonly InputFormat[] = ["ndjson", "json", "yaml", "csv"];

export interface Line {
  readonly number: number;
  readonly text: string;
}

/** The input's lines; `consumed.bytes` counts what has been taken from here (the stream reads further ahead). */
export async function* linesOf(input: Readable, consumed: { bytes: number } = { bytes: 0 }): AsyncGenerator<Line> {
  let number = 0;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    consumed.bytes += Buffer.byteLength(text) + 1;
    yield { number: ++number, text };
  }
}

/** The format named by the file's extension, or null (then the content decides). */
export function formatOfPath(path: string): InputFormat | null {
  const ext = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (ext === "ndjson" || ext === "jsonl") return "ndjson";
  if (ext === "json") return "json";
  if (ext === "yaml" || ext === "yml") return "yaml";
  if (ext === "csv") return "csv";
  return null;
}

/** Without a name to go by: `[` starts a JSON array, a line that is a JSON object NDJSON, else YAML. */
export function sniffFormat(firstLine: string): InputFormat {
  const text = firstLine.trim();
  if (text.startsWith("[")) return "json";
  if (text.startsWith("{")) {
    try {
      JSON.parse(text);
      return "ndjson";
    } catch {
      return "yaml";
    }
  }
  return "yaml";
}

/** The first non-blank line (to sniff the format), and the lines again from the start. */
export async function peek(lines: AsyncGenerator<Line>): Promise<{ first: string; lines: AsyncGenerator<Line> }> {
  const seen: Line[] = [];
  let first = "";
  for (;;) {
    const next = await lines.next();
    if (next.done) break;
    seen.push(next.value);
    if (next.value.text.trim() !== "" && !next.value.text.trimStart().startsWith("#")) {
      first = next.value.text;
      break;
    }
  }
  async function* replay(): AsyncGenerator<Line> {
    yield* seen;
    yield* lines;
  }
  return { first, lines: replay() };
}

/** The first item, and all the items again from the start (the first read only once). */
export async function peekFirst<T>(items: AsyncIterable<T>): Promise<{ first: T | undefined; items: AsyncIterable<T> }> {
  const iterator = items[Symbol.asyncIterator]();
  const head = await iterator.next();
  async function* replay(): AsyncGenerator<T> {
    if (head.done) return;
    yield head.value;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { first: head.done ? undefined : head.value, items: replay() };
}

/** The items with the first one replaced by `first` (the same student, read another way). */
export async function* withFirst<T>(items: AsyncIterable<T>, first: T): AsyncGenerator<T> {
  let started = false;
  for await (const item of items) {
    if (started) yield item;
    else {
      started = true;
      yield first;
    }
  }
}

function unreadable(line: number, what: string, error: unknown): StudentInput {
  return { line, context: null, unreadable: `${what}: ${error instanceof Error ? error.message : String(error)}` };
}

/** NDJSON: each non-blank line, unparsed; the worker parses it (readStudent) and reports a bad line. */
export async function* ndjsonStudents(lines: AsyncIterable<Line>): AsyncGenerator<StudentInput> {
  for await (const { number, text } of lines) {
    if (text.trim() === "") continue;
    yield { line: number, context: null, json: text };
  }
}

/**
 * The elements of one JSON array, each parsed on its own as soon as it is complete: a scanner that
 * tracks strings and nesting depth, so the whole array is never held in memory.
 */
export async function* jsonArrayStudents(lines: AsyncIterable<Line>): AsyncGenerator<StudentInput> {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let element = "";
  let startLine = 0;
  let closed = false;
  for await (const { number, text } of lines) {
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (closed) {
        if (!/\s/.test(ch)) throw new UsageError(`line ${number}, column ${i + 1}: found '${ch}' after the end of the JSON array; expected nothing more`);
        continue;
      }
      if (inString) {
        if (escaped) escaped = false;
        else if (ch === "\\") escaped = true;
        else if (ch === '"') inString = false;
        continue;
      }
      if (depth === 0) {
        if (ch === "[") {
          depth = 1;
          from = i + 1;
        } else if (!/\s/.test(ch)) throw new UsageError(`line ${number}, column ${i + 1}: found '${ch}'; expected a JSON array of students ('[')`);
        continue;
      }
      if (ch === '"') inString = true;
      else if (ch === "{" || ch === "[") depth++;
      else if (depth === 1 && (ch === "," || ch === "]")) {
        element += text.slice(from, i);
        from = i + 1;
        if (element.trim() !== "") {
          try {
            yield { line: startLine, context: JSON.parse(element) };
          } catch (error) {
            yield unreadable(startLine, "not a JSON value", error);
          }
        }
        element = "";
        startLine = 0;
        if (ch === "]") {
          depth = 0;
          closed = true;
        }
        continue;
      } else if (ch === "}" || ch === "]") depth--;
      if (startLine === 0 && !/\s/.test(ch)) startLine = number;
    }
    if (depth > 0) element += text.slice(from) + "\n";
  }
  if (!closed) throw new UsageError(`the JSON array is not closed; expected ']' at the end of the input`);
}

/** YAML documents separated by `---`: each a student, or a list of students. */
export async function* yamlStudents(lines: AsyncIterable<Line>): AsyncGenerator<StudentInput> {
  let text = "";
  let startLine = 1;
  let content = false;
  function* flush(): Generator<StudentInput> {
    if (!content) return;
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter });
    const absolute = (offset: number) => startLine + lineCounter.linePos(offset).line - 1;
    if (doc.errors.length > 0) {
      const error = doc.errors[0]!;
      yield { line: absolute(error.pos[0]), context: null, unreadable: `not valid YAML: ${error.message.split("\n")[0]}` };
    } else if (isSeq(doc.contents)) {
      for (const item of doc.contents.items) {
        const offset = (item as { range?: [number, number, number] }).range?.[0] ?? 0;
        yield { line: absolute(offset), context: (item as { toJSON(): unknown }).toJSON() };
      }
    } else {
      const offset = (doc.contents as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;
      yield { line: absolute(offset), context: doc.toJS() };
    }
  }
  for await (const { number, text: line } of lines) {
    if (/^(---|\.\.\.)(\s|$)/.test(line)) {
      yield* flush();
      text = "";
      content = false;
      startLine = number + 1;
      // `--- {…}`: a document may start on the marker's own line.
      const rest = line.startsWith("---") ? line.slice(3) : "";
      if (rest.trim() !== "" && !rest.trim().startsWith("#")) {
        text = rest + "\n";
        content = true;
        startLine = number;
      }
      continue;
    }
    text += line + "\n";
    if (line.trim() !== "" && !line.trimStart().startsWith("#")) content = true;
  }
  yield* flush();
}
