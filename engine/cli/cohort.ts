/**
 * `regelwerk cohort --size N --seed S [--faculty F] [--year Y]`: writes N generated students as
 * NDJSON, one context per line, the same for the same seed (engine/diff/cohort.ts says what they
 * reach). Input for `regelwerk diff <old> <new> --cohort`.
 */
import { COHORT_FACULTIES, generateCohort } from "../diff/index.js";
import { parseOptions } from "./args.js";
import { COHORT_OPTIONS } from "./options.js";
import type { Io } from "./io.js";
import { EXIT, UsageError } from "./exit-codes.js";

export function wholeNumber(option: string, value: string | true | undefined, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  const n = Number(value);
  if (typeof value !== "string" || !/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new UsageError(`--${option} ${String(value ?? "")}: expected a whole number`);
  return n;
}

/** Synchronous while the output takes the students; waits whenever it is full (io.outputFull). */
export function cohortCommand(argv: readonly string[], io: Io): number | Promise<number> {
  const args = parseOptions(argv, COHORT_OPTIONS);
  if (args.positionals.length > 0) throw new UsageError(`cohort takes no file: regelwerk cohort --size N --seed S [--faculty F] (found '${args.positionals[0]}')`);
  const size = wholeNumber("size", args.options.get("size"));
  const seed = wholeNumber("seed", args.options.get("seed"), 1);
  const faculty = args.options.get("faculty") as string | undefined;
  if (faculty !== undefined && !COHORT_FACULTIES.includes(faculty)) throw new UsageError(`--faculty ${faculty}: expected one of ${COHORT_FACULTIES.join(", ")}`);
  const year = args.options.get("year") as string | undefined;
  if (year !== undefined && !/^\d{4}-\d{4}$/.test(year)) throw new UsageError(`--year ${year}: expected an academic year such as 2021-2022`);
  return writeStudents(generateCohort({ size, seed, ...(faculty ? { faculty } : {}), ...(year ? { academicYear: year } : {}) }), io);
}

function writeStudents(students: Iterator<Record<string, unknown>>, io: Io): number | Promise<number> {
  for (;;) {
    const next = students.next();
    if (next.done) return EXIT.ok;
    io.out(JSON.stringify(next.value) + "\n");
    const full = io.outputFull?.();
    if (full) return full.then(() => writeStudents(students, io));
  }
}
