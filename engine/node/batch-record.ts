/**
 * What `regelwerk batch` writes per student: the decisions (outcome, value, deciding file, missing
 * facts) and the receipt, as an NDJSON line (written as bytes) or a CSV row with a column per
 * decision. Built inside the worker threads, so the serialisation runs in parallel with evaluation.
 */
import type { RegulationVersion } from "../check/index.js";
import type { DecisionResult, EvaluationResult } from "../evaluate/index.js";
import { explainDecision } from "../explain/index.js";
import type { ByteSink } from "./byte-sink.js";
import { isPlainDecision, plainDecisionBytes } from "./plain-decision-bytes.js";
import type { Lang } from "../../dsl/index.js";

export interface RecordOptions {
  readonly format: "ndjson" | "csv";
  /** Only decisions with these outcomes in the output (the summary still counts every decision). */
  readonly only: readonly string[] | null;
  /** Add each decision's explanation in this language. */
  readonly explain: Lang | null;
  /** The CSV columns: decision ids without element key, in the order of the header. */
  readonly columns: readonly string[];
}

/** A decision's id without the element key of a `for each` decision: `art35.third_enrolment`. */
export function baseId(id: string): string {
  const bracket = id.indexOf("[");
  return bracket < 0 ? id : id.slice(0, bracket);
}

/** The student's id as the record names it (`student.id`, text or number), or null. */
export function studentId(context: Readonly<Record<string, unknown>>): string | null {
  const id = (context.student as { id?: unknown } | undefined)?.id;
  return typeof id === "string" || typeof id === "number" ? String(id) : null;
}

/**
 * The NDJSON line of a student, as UTF-8 into `sink`: the same bytes as the encoded JSON.stringify of
 * `{ id, line, decisions: [{ id, outcome, value, file, missing, explanation? }], receipt }` (how it was
 * written before), with the entries of plain decisions (no value, no missing facts) copied as
 * bytes kept from earlier students (plain-decision-bytes.ts). Writes the line without its newline.
 */
export function writeNdjsonRecord(sink: ByteSink, line: number, context: Readonly<Record<string, unknown>>, result: EvaluationResult, version: RegulationVersion, options: RecordOptions): void {
  sink.text(`{"id":${JSON.stringify(studentId(context))},"line":${JSON.stringify(line)},"decisions":[`);
  const entryText = (d: DecisionResult) => decisionEntry(d, version, options);
  let first = true;
  for (const d of result.decisions) {
    if (options.only && !options.only.includes(d.outcome)) continue;
    // With explanations, an entry depends on more than id, outcome and file: never kept.
    if (!options.explain && isPlainDecision(d)) {
      const entry = plainDecisionBytes(d, d.source?.file ?? null, entryText);
      sink.bytes(first ? entry.first : entry.next);
    } else {
      sink.text((first ? "" : ",") + entryText(d));
    }
    first = false;
  }
  sink.text(`],"receipt":${JSON.stringify(result.receipt)}}`);
}

function decisionEntry(d: DecisionResult, version: RegulationVersion, options: RecordOptions): string {
  return JSON.stringify({
    id: d.id,
    outcome: d.outcome,
    value: d.value ?? null,
    file: d.source?.file ?? null,
    missing: d.missing,
    ...(options.explain ? { explanation: explainDecision(d, version, options.explain) } : {}),
  });
}

/** The header of the CSV output: who, then a column per decision, then the receipt's hashes. */
export function csvHeader(columns: readonly string[]): string {
  return ["id", "line", ...columns, "rules_hash", "input_hash"].map(csvCell).join(",");
}

/**
 * A cell per decision: its outcome, with its value in parentheses when it has one; for a decision
 * per element, `key=outcome` for each element, separated by `; `. Empty when filtered out by --only.
 */
export function csvRecord(line: number, context: Readonly<Record<string, unknown>>, result: EvaluationResult, options: RecordOptions): string {
  const cells = new Map<string, string[]>();
  for (const d of result.decisions) {
    if (options.only && !options.only.includes(d.outcome)) continue;
    const id = baseId(d.id);
    let list = cells.get(id);
    if (!list) cells.set(id, (list = []));
    list.push(d.item ? `${d.item.key}=${outcomeCell(d)}` : outcomeCell(d));
  }
  const row = [studentId(context) ?? "", String(line), ...options.columns.map((c) => cells.get(c)?.join("; ") ?? ""), result.receipt.rules_hash, result.receipt.input_hash];
  return row.map(csvCell).join(",");
}

function outcomeCell(d: DecisionResult): string {
  if (d.value === null || d.value === undefined) return d.outcome;
  return `${d.outcome}(${typeof d.value === "string" ? d.value : JSON.stringify(d.value)})`;
}

/** RFC 4180: quote a cell holding a comma, quote, or line break; double the quotes inside. */
export function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Every decision a version can make, by id, in file order: the CSV columns (`--article` narrows). */
export function decisionColumns(version: RegulationVersion, article: string | undefined): string[] {
  const wanted = article?.replace(/^art\.?\s*/i, "");
  const out = new Set<string>();
  const visit = (v: RegulationVersion, generalOnly: boolean) => {
    for (const used of v.uses) visit(used, true);
    for (const file of v.files) {
      if (generalOnly && file.meta.kind !== "general") continue;
      if (wanted !== undefined && String(file.meta.article) !== wanted && file.namespace !== article) continue;
      for (const s of file.ast.statements) if (s.kind === "DecisionDecl" && s.name) out.add(`${file.namespace}.${s.name}`);
    }
  };
  visit(version, false);
  return [...out];
}
