/**
 * Art. 37, 39, 44 and 46: at each exam, a toilet visit asked, the identity document shown, a proof
 * of participation asked; per course, teaching that is examined outside the regular periods (guest
 * lecturers, practice-oriented and Institutum Liturgicum courses, lectures); an exchange student's
 * requests about an exam, filed around 1 November, 1 December and 30 March and a week after the
 * results; observers announced at and beside 7 (and ING's counter-proposal 4) days before an oral
 * exam, relatives at and beside the fourth degree; staff attendance asked at and beside 7 days before.
 */
import type { Deadlines } from "./deadlines.js";
import { addDays, type Drawer } from "./drawer.js";
import type { ExamPeriod } from "./exam-schedules.js";

interface Course {
  readonly code: string;
  readonly semester: string;
}

export function examConductFacts(f: Drawer): Record<string, unknown> {
  return {
    toilet_visit_requested: f.yes(0.1),
    identity_document: f.yes(0.9) ? "student_card" : f.pick(["passport", "belgian_id_card", "belgian_driving_licence", "other", "none"]),
    student_card_impossible: f.yes(0.05),
    participation_proof_requested: f.yes(0.05),
    extra_supervisor_present: f.yes(0.5),
    many_copies_handed_in: f.yes(0.3),
  };
}

export function examTeachingCourseFacts(f: Drawer): Record<string, unknown> {
  return { guest_lecturer: f.yes(0.05), lecture: f.yes(0.7), outside_regular_periods: f.yes(0.05), institutum_liturgicum: f.yes(0.02), practice_oriented: f.yes(0.1) };
}

export function examRequestFacts(f: Drawer, d: Deadlines, courses: readonly Course[], periods: readonly ExamPeriod[]): Record<string, unknown> {
  const examDay = (c: Course) => addDays((c.semester === "second" ? periods[1]! : periods[0]!).period_start, f.int(0, 25));
  const exchange = f.yes(0.1);
  return {
    exchange_participant: exchange,
    exchange_exam_requests: (exchange ? courses.filter(() => f.yes(0.3)) : []).map((c) => {
      const period = c.semester === "second" ? "second" : f.pick(["first", "first", "third"] as const);
      const results = addDays(periods[period === "second" ? 1 : 0]!.period_end, f.int(3, 10));
      return {
        code: c.code,
        period,
        kind: f.pick(["third_period_first_chance", "early", "remote", "week_before_second_period", "move", "replacement_assignment", "retake_in_second_period", "early_retake"]),
        request_date: f.yes(0.3) ? addDays(results, f.pick([6, 7, 8])) : f.near(f.pick([d.exchangeRequestBefore, d.facilitiesFirstUntil, d.thirdWednesdaySecond, `${d.secondSemesterStart.slice(0, 4)}-03-30`]), 15),
        host_start_before_exam: f.yes(0.5),
        third_period_registered: f.yes(0.7),
        not_replaceable_abroad: f.yes(0.5),
        serious_reason: f.yes(0.5),
        compulsory_presence_abroad: f.yes(0.6),
        voluntary_course: f.yes(0.2),
        replacement_situation: f.pick(["year_course_one_semester_abroad", "stage_year_non_university", "other"]),
        form_before_isp_closing: f.yes(0.7),
        abroad_during_period: f.yes(0.7),
        results_date: results,
      };
    }),
    observer_requests: courses.filter(() => f.yes(0.03)).map((c) => {
      const exam = examDay(c);
      return {
        code: c.code,
        oral: f.yes(0.8),
        exam_date: exam,
        notice_date: addDays(exam, -(f.yes(0.5) ? f.pick([6, 7, 8]) : f.int(1, 20))),
        observer_sits_course_exam: f.yes(0.1),
        observer_kinship_degree: f.yes(0.8) ? 0 : f.pick([1, 2, 4, 5]),
        counter_proposed: f.yes(0.3),
        counter_proposal_date: addDays(exam, -f.pick([2, 3, 4, 5, 6])),
      };
    }),
    staff_attendance_requests: courses.filter(() => f.yes(0.02)).map((c) => {
      const exam = examDay(c);
      return { code: c.code, exam_date: exam, request_date: addDays(exam, -(f.yes(0.5) ? f.pick([6, 7, 8]) : f.int(1, 20))), faculty_agrees: f.yes(0.8) };
    }),
  };
}
