/** The messages between `regelwerk batch` and its worker threads: plain data, cloned across; and how a worker reads a student. */
import type { RegulationVersion } from "../index.js";
import type { RecordOptions } from "./batch-record.js";

/** What each worker starts with (`workerData`): the checked version, cloned once per worker. */
export interface WorkerSetup {
  readonly version: RegulationVersion;
  readonly article: string | null;
  readonly record: RecordOptions;
}

/** One student as read from the input: its line (or row) number and the parsed context. */
export interface StudentInput {
  readonly line: number;
  /** The context, parsed; null when `json` carries it unparsed or it could not be read. */
  readonly context: unknown;
  /**
   * NDJSON: the line's text, parsed in the worker. The main thread then only splits lines: a string
   * is cloned to a worker far more cheaply than the object graph it holds, and the parsing is
   * spread over the workers instead of done by the one thread that also reads and writes.
   */
  readonly json?: string;
  /** Set when the input could not be read as a student (bad JSON, YAML or CSV): why. */
  readonly unreadable?: string;
}

/** The student's context, parsing an NDJSON line here if it came unparsed; or why it cannot be read. */
export function readStudent(input: StudentInput): { readonly context: unknown } | { readonly unreadable: string } {
  if (input.unreadable !== undefined) return { unreadable: input.unreadable };
  if (input.json === undefined) return { context: input.context };
  try {
    return { context: JSON.parse(input.json) };
  } catch (error) {
    return { unreadable: `not a JSON object on this line: ${error instanceof Error ? error.message : String(error)}` };
  }
}

export interface Chunk {
  readonly seq: number;
  readonly students: readonly StudentInput[];
}

/** A student that could not be evaluated: reported with its line and skipped. */
export interface Rejected {
  readonly line: number;
  readonly problems: readonly string[];
  /** True when the engine failed rather than the input (exit 3 at the end of the run). */
  readonly internal: boolean;
}

export interface ChunkResult {
  readonly seq: number;
  /** How many students were evaluated (an output line each). */
  readonly evaluated: number;
  /**
   * Their output lines, in input order, each ending in a newline, as UTF-8 bytes: transferred from
   * the worker, not cloned, and written to stdout as they are, so the main thread never holds the
   * output as strings (tens of kilobytes per student, the most of its garbage when they were).
   */
  readonly output: Uint8Array;
  readonly rejected: readonly Rejected[];
  /** Per decision id (without element key), how many times each outcome came out. */
  readonly counts: Record<string, Record<string, number>>;
}
