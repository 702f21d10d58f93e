/**
 * Art. 11: a change of programme or contract during the year — the semester, the day the enrolment
 * was changed (around 14 November and the third Wednesday of the second semester), BIR's earlier
 * request day (31 October), the faculty's approval; per course, whether a late entry still allows it.
 */
import type { Deadlines } from "./deadlines.js";
import type { Drawer } from "./drawer.js";

export function programmeChangeFacts(f: Drawer, d: Deadlines): Record<string, unknown> {
  const semester = f.pick(["first", "first", "second"] as const);
  return {
    after_contract_change: f.yes(0.05),
    programme_change_semester: semester,
    programme_change_date: f.near(semester === "first" ? d.programmeChangeFirstSemesterUntil : d.thirdWednesdaySecond, 10),
    programme_change_request_date: f.near(semester === "first" ? d.programmeChangeRequestUntil : d.thirdWednesdaySecond, 10),
    programme_change_approved: f.yes(0.8),
  };
}

export function lateEntryCourseFacts(f: Drawer): Record<string, unknown> {
  return { late_entry_needs_facilities: f.yes(0.2), missed_compulsory_moments: f.yes(0.1) };
}
