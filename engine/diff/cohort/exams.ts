/**
 * Art. 38, 43 and 50: the student's exams of the year, one per course sat (most courses), in the
 * period of the course's semester, on days before, at and after the period's first and last day;
 * late arrivals at and beside 0, 30 and 60 minutes and a quarter of the time; hand-ins at and beside
 * 40 minutes, the first hour and a third of the time; absences with certificates issued before, on
 * and after the exam day and delivered up to a week after it; THEO's early second chance asked
 * within and beyond 7 days of the results. Also when the last period was closed (30 September, or
 * 14 November for an exchange student without results).
 */
import type { Deadlines } from "./deadlines.js";
import { addDays, type Drawer } from "./drawer.js";
import type { ExamPeriod } from "./exam-schedules.js";

interface Course {
  readonly code: string;
  readonly semester: string;
}

export function examsFacts(f: Drawer, d: Deadlines, courses: readonly Course[], periods: readonly ExamPeriod[]): Record<string, unknown> {
  const pending = f.yes(0.05);
  return {
    exams: courses.filter(() => f.yes(0.7)).map((c) => exam(f, c, f.yes(0.1) ? periods[2]! : c.semester === "first" ? periods[0]! : periods[1]!)),
    exchange_results_pending: pending,
    last_period_closed_date: f.near(pending && f.yes(0.5) ? d.exchangeResultsDecisionUntil : d.lastExamPeriodClosedBy, 10),
  };
}

function exam(f: Drawer, c: Course, p: ExamPeriod): Record<string, unknown> {
  const length = Math.round((Date.parse(p.period_end) - Date.parse(p.period_start)) / 86_400_000);
  const offset = f.yes(0.5) ? f.pick([-8, -7, -6, -5, -4, -1, 0, 1, length - 14, length - 13, length - 12, length, length + 1]) : f.int(-20, length + 5);
  const date = addDays(p.period_start, offset);
  const duration = f.pick([60, 120, 180, 240]);
  const absent = f.yes(0.1);
  const results = addDays(p.period_end, f.int(3, 10));
  return {
    code: c.code,
    period: p.period,
    kind: f.pick(["written", "written", "oral", "other"]),
    date,
    period_start: p.period_start,
    period_end: p.period_end,
    study_period_start: addDays(p.period_start, -f.pick([7, 14])),
    catch_up_first_semester: f.yes(0.05),
    programme_force_majeure: f.yes(0.05),
    parallel_with_leuven: f.yes(0.1),
    teaching_block: f.pick([1, 2]),
    other_faculty_course: f.yes(0.1),
    absent,
    absence_notified: f.yes(0.8),
    absence_notified_before_start: f.yes(0.7),
    absence_notified_in_writing: f.yes(0.7),
    unenrolled_in_schedule: f.yes(0.1),
    in_exam_schedule: f.yes(0.9),
    absence_illness: f.yes(0.6),
    certificate_given: f.yes(0.6),
    certificate_issued_date: addDays(date, f.pick([-2, -1, 0, 0, 1, 2])),
    // a delivery up to 3 or 4 days after the exam day (the week's rhythm), on both sides
    certificate_delivered_date: addDays(date, f.int(0, 7)),
    certificate_states_inability: f.yes(0.9),
    certificate_complete: f.yes(0.9),
    certificate_dixit: f.yes(0.05),
    certificate_post_factum: f.yes(0.05),
    certificate_about_sports: f.yes(0.05),
    certificate_specifies_actions: f.yes(0.5),
    catch_up_moments: f.pick([0, 1, 1, 2]),
    force_majeure: f.yes(0.05),
    outside_period_allowed: f.yes(0.05),
    organisational_reason: f.yes(0.05),
    minutes_late: f.yes(0.6) ? 0 : f.yes(0.5) ? f.pick([29, 30, 31, 59, 60, 61, duration / 4, duration / 4 + 1]) : f.int(1, 90),
    serious_reason: f.yes(0.5),
    serious_reason_accepted: f.yes(0.5),
    duration_minutes: duration,
    hand_in_minutes: f.yes(0.5) ? f.pick([39, 40, 59, 60, duration / 3 - 1, duration / 3]) : f.int(0, duration),
    law_course: f.yes(0.1),
    remote_requested: f.yes(0.05),
    remote_ground: f.pick(["special_circumstances", "travel"]),
    early_second_chance_request_date: addDays(results, f.yes(0.5) ? f.pick([6, 7, 8]) : f.int(0, 20)),
    results_published_date: results,
    home_institution_agreement: f.yes(0.3),
    regular_moment: f.yes(0.7),
  };
}
