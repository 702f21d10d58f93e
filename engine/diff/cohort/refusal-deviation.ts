/**
 * Art. 36: a request to re-enrol in deviation of a refusal (art. 33-35) — made before, on or after
 * the third Wednesday of the academic year or of the second semester, and the director's decision.
 */
import type { Deadlines } from "./deadlines.js";
import type { Drawer } from "./drawer.js";

export function refusalDeviationFacts(f: Drawer, d: Deadlines): Record<string, unknown> {
  return {
    refusal_deviation_request_date: f.near(f.pick([d.academicYearStart, d.thirdWednesdayYear, d.thirdWednesdaySecond]), 10),
    refusal_deviation_decision: f.pick(["pending", "granted", "rejected"]),
    refusal_deviation_decision_date: f.near(d.academicYearStart, 20),
  };
}
