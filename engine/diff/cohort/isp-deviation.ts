/**
 * Art. 24: a motivated proposal to deviate from the ISP rules — the semester and the day it was
 * made (around the academic year's start, the third Wednesday of either semester), the evidence,
 * the student's recognised status, and FABER's: a long-term injury (contact within 7 days of it,
 * at least 6 months without sport), work that makes a working student (80 hours a month, 50 %).
 */
import type { Deadlines } from "./deadlines.js";
import { addDays, type Drawer } from "./drawer.js";

export function ispDeviationFacts(f: Drawer, d: Deadlines): { enrolment: Record<string, unknown>; student: Record<string, unknown> } {
  const semester = f.pick(["first", "first", "second"] as const);
  const requestDate = f.near(semester === "first" ? f.pick([d.academicYearStart, d.thirdWednesdayYear]) : d.thirdWednesdaySecond, 14);
  return {
    enrolment: { isp_deviation_request_semester: semester, isp_deviation_request_date: requestDate, isp_deviation_evidence_submitted: f.yes(0.8) },
    student: {
      recognised_status: f.yes(0.1),
      advised_credit_deviation: f.yes(0.5),
      status_kind: f.pick(["disability", "long_term_injury", "top_athlete", "other"]),
      // seven calendar days before the request, on both sides
      injury_date: f.near(addDays(requestDate, -7), 4),
      injury_no_sport_months: f.around(6, 0, 12),
      combination_student: f.yes(0.05),
      retired: f.yes(0.01),
      work_hours_per_month: f.around(80, 0, 170),
      work_share_of_full_time: f.around(50, 0, 100),
    },
  };
}
