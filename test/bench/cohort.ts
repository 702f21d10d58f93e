/**
 * The benchmark's cohort: the engine's generator (engine/diff/cohort.ts, behind `regelwerk cohort`)
 * with every fact given, so the hand-written rules it is compared with never meet a missing fact.
 */
import { generateCohort as engineCohort } from "../../engine/diff/index.js";

export function generateCohort(size: number, seed = 42): Record<string, unknown>[] {
  return [...cohortStudents(size, seed)];
}

/** The same students one at a time, so a large cohort need not be held in memory. */
export function cohortStudents(size: number, seed = 42): Generator<Record<string, unknown>> {
  return engineCohort({ size, seed, complete: true });
}
