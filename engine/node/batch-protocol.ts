/** The messages between `regelwerk batch` and its worker threads: plain data, cloned across. */
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
  readonly context: unknown;
  /** Set when the input could not be read as a student (bad JSON, YAML or CSV): why. */
  readonly unreadable?: string;
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
  /** The output lines of the valid students, in input order. */
  readonly lines: readonly string[];
  readonly rejected: readonly Rejected[];
  /** Per decision id (without element key), how many times each outcome came out. */
  readonly counts: Record<string, Record<string, number>>;
}
