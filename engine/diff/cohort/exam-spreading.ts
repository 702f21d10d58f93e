/**
 * Art. 51: exam spreading — who may spread (a recognised status with spreading advised, special
 * circumstances, two full-time programmes at and beside 54 credits each, working students at and
 * beside a 90 % load); requests filed before, on and after 1 December, 31 March, the Easter holiday,
 * the third Wednesdays and HIW's days; the spread exams (when, missed or moved, and why); deviations
 * from fixed submission dates, attendance or exam form; tolerances before all exams were sat.
 */
import type { Deadlines } from "./deadlines.js";
import { addDays, type Drawer } from "./drawer.js";
import type { ExamPeriod } from "./exam-schedules.js";

interface Course {
  readonly code: string;
  readonly semester: string;
}

const TIMING = { first: "first_to_second", second: "second_to_third", third: "third_period" } as const;

export function spreadingStudentFacts(f: Drawer, d: Deadlines): Record<string, unknown> {
  return {
    // PPW spreads exams from the attest's date on: attests dated around the first exam period
    exam_spreading_attest_date: f.near(d.facilitiesFirstUntil, 40),
    special_individual_circumstances: f.yes(0.05),
    working_or_combination_student: f.yes(0.05),
    advised_exam_spreading: f.yes(0.5),
    working_student_status: f.yes(0.05),
    work_and_study_load: f.yes(0.5) ? f.pick([89, 90, 91]) : f.int(40, 130),
  };
}

export function spreadingFacts(f: Drawer, d: Deadlines, courses: readonly Course[], periods: readonly ExamPeriod[]): Record<string, unknown> {
  const spreading = f.yes(0.1);
  const until = (p: ExamPeriod) => (p.period === "first" ? f.pick([d.spreadingFirstUntil, d.thirdWednesdayYear, `${d.spreadingFirstUntil.slice(0, 4)}-12-15`]) : p.period === "second" ? f.pick([d.spreadingSecondUntil, d.easterHolidayStart, d.thirdWednesdaySecond]) : addDays(p.period_start, -10));
  return {
    two_full_time_programmes: f.yes(0.03),
    other_programme_credits: f.yes(0.5) ? f.pick([53, 54, 55]) : f.int(0, 66),
    art91_conditions_met: f.yes(0.7),
    spread_exams_pending_after_second_period: spreading && f.yes(0.3),
    exam_spreading_requests: (spreading ? periods.filter(() => f.yes(0.6)) : []).map((p) => {
      const due = until(p);
      return {
        code: p.period,
        period: p.period,
        ground: f.pick(["recognised_status", "special_circumstances", "two_programmes", "working_student"]),
        request_date: f.near(due, 10),
        circumstances_after_deadline: f.yes(0.1),
        ombuds_contact_date: f.near(due, 10),
        exams_outside_period: f.yes(0.2),
        early_exams: f.yes(0.1),
        schedule_published_date: addDays(p.period_start, -f.int(20, 40)),
        within_period: f.yes(0.5),
        period_start: p.period_start,
      };
    }),
    spread_exams: (spreading ? courses.filter(() => f.yes(0.4)) : []).map((c) => {
      const period = c.semester === "second" ? periods[1]! : f.yes(0.1) ? periods[2]! : periods[0]!;
      const lessonsEnd = c.semester === "second" ? d.secondSemesterClassesEnd : d.firstSemesterClassesEnd;
      const exam = addDays(period.period_end, f.int(-20, 70));
      return {
        code: c.code,
        spread_for_period: period.period,
        timing: f.yes(0.1) ? "before_first_period" : TIMING[period.period],
        exam_date: exam,
        lessons_end_date: lessonsEnd,
        registration_date: addDays(exam, -(f.yes(0.5) ? f.pick([13, 14, 15]) : f.int(1, 30))),
        third_period_registered: f.yes(0.7),
        missed: f.yes(0.1),
        reason: f.pick(["force_majeure", "serious_reason", "none", "none"]),
        catch_up: f.yes(0.1),
        move_requested: f.yes(0.1),
        arranged_via_ombuds: f.yes(0.5),
      };
    }),
    spreading_deviations: (spreading ? courses.filter(() => f.yes(0.1)) : []).map((c) => ({ code: c.code, kind: f.pick(["submission_date", "attendance", "exam_form"]) })),
  };
}
