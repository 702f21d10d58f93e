/**
 * `regelwerk batch [file|-]`: evaluate a cohort — NDJSON, a JSON array, YAML documents or CSV with a
 * column mapping, from a file or standard input — in worker threads, writing one NDJSON line (or CSV
 * row) per student in input order; a progress line on a terminal; a summary on stderr at the end.
 * An invalid student is reported with its line and skipped; the run goes on.
 */
import { once } from "node:events";
import { createReadStream, readFileSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import type { Readable } from "node:stream";
import { hasErrors, OUTCOMES, type Lang } from "../../dsl/index.js";
import { openVersion } from "../index.js";
import { csvHeader, decisionColumns, nodeFileSystem as fs, readStudent, runBatch, type ChunkResult, type StudentInput } from "../node/index.js";
import { parseOptions } from "./args.js";
import { BATCH_OPTIONS } from "./options.js";
import { INPUT_FORMATS, formatOfPath, jsonArrayStudents, linesOf, ndjsonStudents, peek, peekFirst, sniffFormat, withFirst, yamlStudents, type InputFormat } from "./batch-input.js";
import { Progress } from "./batch-progress.js";
import { csvStudents, mappingYear, readColumnMapping } from "./csv-input.js";
import { EXIT, UsageError } from "./exit-codes.js";
import type { Io } from "./io.js";
import { versionDirForYear } from "./version-for-year.js";

const RESULT_OUTCOMES = [...Object.keys(OUTCOMES), "undetermined", "conflict"];


export async function batch(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`regelwerk: ${error.message}\n`);
      return EXIT.badInput;
    }
    io.err(`regelwerk: internal error, please report it: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.internal;
  }
}

function positiveInteger(name: string, value: string | true | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new UsageError(`--${name} ${String(value)}: expected a whole number from 1 to 256`);
  return n;
}

function choice<T extends string>(name: string, value: string | true | undefined, choices: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!choices.includes(value as T)) throw new UsageError(`--${name} ${String(value)}: expected one of ${choices.join(", ")}`);
  return value as T;
}

/** The input stream, its name for messages, and its size in bytes when it is a file (for the ETA). */
function openInput(path: string | undefined): { stream: Readable; name: string; total: number | null } {
  if (path === undefined || path === "-") {
    if (process.stdin.isTTY) throw new UsageError("batch reads the students from a file or standard input: regelwerk batch <file> or … | regelwerk batch -");
    return { stream: process.stdin, name: "<stdin>", total: null };
  }
  let total: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new Error();
    total = stat.size;
  } catch {
    throw new UsageError(`${path}: cannot read this file; expected students as NDJSON, a JSON array, YAML or CSV`);
  }
  return { stream: createReadStream(path), name: path, total };
}

async function run(argv: readonly string[], io: Io): Promise<number> {
  const args = parseOptions(argv, BATCH_OPTIONS);
  const o = args.options;
  const lang = (choice("lang", o.get("lang"), ["nl", "en"] as const) ?? "nl") as Lang;
  const format = choice("format", o.get("format"), ["ndjson", "csv"] as const) ?? "ndjson";
  const only = o.has("only") ? String(o.get("only")).split(",").map((s) => s.trim()).filter((s) => s !== "") : null;
  for (const outcome of only ?? []) if (!RESULT_OUTCOMES.includes(outcome)) throw new UsageError(`--only ${String(o.get("only"))}: found '${outcome}': expected outcomes among ${RESULT_OUTCOMES.join(", ")}`);
  if (o.has("explain") && format === "csv") throw new UsageError("--explain adds text to NDJSON output; expected it without --format csv");
  const workers = positiveInteger("workers", o.get("workers"), availableParallelism());
  const article = o.get("article") as string | undefined;

  const path = args.positionals[0];
  let inputFormat = choice("input", o.get("input"), INPUT_FORMATS) ?? (path && path !== "-" ? formatOfPath(path) : null) ?? (o.has("columns") ? "csv" : null);
  const mappingFile = o.get("columns") as string | undefined;
  const mappingText = mappingFile === undefined ? null : readMapping(mappingFile);
  if (inputFormat === "csv" && mappingText === null) throw new UsageError("CSV input needs a column mapping: --columns <map.yaml> (CSV column → context field)");
  const input = openInput(path);
  const consumed = { bytes: 0 };
  const sniffed = await peek(linesOf(input.stream, consumed));
  inputFormat ??= sniffFormat(sniffed.first);

  // The version: --regulation, or the one of the input's academic year (its first student's, or for
  // CSV the mapping's fixed value), so that a 2020-2021 cohort is judged by the 2020-2021 rules.
  const regulation = o.get("regulation") as string | undefined;
  let students: AsyncIterable<StudentInput> | null = null;
  let dir = regulation;
  let chosenBy = "--regulation";
  if (dir === undefined) {
    let year: string | undefined;
    let where = "";
    if (inputFormat === "csv") {
      year = mappingYear(mappingText!);
      chosenBy = year === undefined ? "the version in force, as the column mapping fixes no enrolment.academic_year" : "the academic year in the column mapping";
    } else {
      const first = await peekFirst(studentsOf(inputFormat, sniffed.lines, null, ""));
      const read = first.first === undefined ? undefined : readStudent(first.first);
      // An NDJSON line parsed here to read its year goes on parsed: the worker does not parse it again.
      students = read && "context" in read && first.first!.json !== undefined ? withFirst(first.items, { line: first.first!.line, context: read.context }) : first.items;
      year = read === undefined ? undefined : yearOf(read);
      chosenBy = year === undefined ? "the version in force, as the first student gives no enrolment.academic_year" : "the first student's academic year";
      if (first.first && year !== undefined) where = `${input.name}:${first.first.line}: `;
    }
    try {
      dir = versionDirForYear(year);
    } catch (error) {
      if (error instanceof UsageError) throw new UsageError(where + error.message);
      throw error;
    }
  }
  const version = openVersion(fs, dir);
  if (!version) throw new UsageError(`${dir}: no manifest.yaml; expected a regulation version folder`);
  if (hasErrors(version.diagnostics)) throw new UsageError(`${dir}: the regulation has errors; run \`regelwerk check ${dir}\``);
  const columns = decisionColumns(version, article);
  if (article && columns.length === 0) throw new UsageError(`--article ${article}: no decision of ${version.manifest.id} ${version.manifest.academic_year} belongs to that article`);
  const mapping = mappingText === null ? null : readColumnMapping(mappingFile!, mappingText, version.contextSchema);
  students ??= studentsOf(inputFormat, sniffed.lines, mapping, mappingFile ?? "");

  const total = input.total;
  const progress = new Progress(process.stderr.isTTY ? (t) => process.stderr.write(t) : null, total === null ? null : () => ({ read: consumed.bytes, total }));
  const counts = new Map<string, Map<string, number>>();
  const invalidLines: number[] = [];
  let evaluated = 0;
  let internal = 0;
  const started = performance.now();
  if (format === "csv") await write(csvHeader(columns) + "\n");

  const take = async (result: ChunkResult) => {
    for (const r of result.rejected) {
      progress.clear();
      io.err(`${input.name}:${r.line}: ${r.internal ? "" : "invalid student, skipped: "}${r.problems.join("; ")}\n`);
      invalidLines.push(r.line);
      if (r.internal) internal++;
    }
    for (const [id, perOutcome] of Object.entries(result.counts)) {
      let m = counts.get(id);
      if (!m) counts.set(id, (m = new Map()));
      for (const [outcome, n] of Object.entries(perOutcome)) m.set(outcome, (m.get(outcome) ?? 0) + n);
    }
    evaluated += result.evaluated;
    if (result.output.length > 0) await write(result.output);
    progress.update(evaluated);
  };
  await runBatch(students, { workers, chunkSize: 64, heapMb: workerHeapMb(), setup: { version, article: article ?? null, record: { format, only, explain: o.has("explain") ? lang : null, columns } } }, take);
  progress.clear();

  const seconds = (performance.now() - started) / 1000;
  io.err(summary(evaluated, invalidLines, seconds, columns, counts, `${version.manifest.id} ${version.manifest.academic_year} (${dir}: ${chosenBy})`));
  return internal > 0 ? EXIT.internal : invalidLines.length > 0 ? EXIT.findings : EXIT.ok;
}

/**
 * Each worker's heap limit: 256 MB, or three times what this thread holds once the version is open
 * (a larger version needs more room; the worker holds the same version, compiled).
 */
function workerHeapMb(): number {
  return Math.max(256, Math.ceil((3 * process.memoryUsage().heapUsed) / 2 ** 20));
}

function readMapping(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    throw new UsageError(`${file}: cannot read the column mapping; expected a YAML file with columns: { <CSV column>: <context field> }`);
  }
}

/** The academic year a student gives, if it gives one. */
function yearOf(read: ReturnType<typeof readStudent>): string | undefined {
  const context = "context" in read ? read.context : null;
  const year = (context as { enrolment?: { academic_year?: unknown } } | null)?.enrolment?.academic_year;
  return typeof year === "string" ? year : undefined;
}

function studentsOf(format: InputFormat, lines: ReturnType<typeof linesOf>, mapping: ReturnType<typeof readColumnMapping> | null, mappingFile: string): AsyncIterable<StudentInput> {
  if (format === "ndjson") return ndjsonStudents(lines);
  if (format === "json") return jsonArrayStudents(lines);
  if (format === "yaml") return yamlStudents(lines);
  return csvStudents(lines, mapping!, mappingFile);
}

/** Write to stdout, waiting when its buffer is full: the output's pace bounds the reading. */
async function write(text: string | Uint8Array): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, "drain");
}

function summary(evaluated: number, invalid: readonly number[], seconds: number, columns: readonly string[], counts: ReadonlyMap<string, ReadonlyMap<string, number>>, versionText: string): string {
  const rate = seconds > 0 ? Math.round(evaluated / seconds) : evaluated;
  const lines = [`${evaluated} student(s) evaluated against ${versionText} in ${seconds.toFixed(1)} s (${rate} students/s); ${invalid.length} invalid, skipped`];
  if (invalid.length > 0) {
    const shown = invalid.slice(0, 100).join(", ");
    lines.push(`invalid inputs at line(s): ${shown}${invalid.length > 100 ? `, … (${invalid.length - 100} more above)` : ""}`);
  }
  const width = Math.max(0, ...columns.map((c) => c.length));
  for (const c of columns) {
    const perOutcome = counts.get(c);
    if (!perOutcome) continue;
    const text = [...perOutcome].sort((a, b) => b[1] - a[1]).map(([outcome, n]) => `${outcome} ${n}`).join(", ");
    lines.push(`  ${c.padEnd(width)}  ${text}`);
  }
  return lines.join("\n") + "\n";
}
