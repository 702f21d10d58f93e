/**
 * Art. 65: per course, the exam's form, duration (at and beside 4 and 6 hours), preparation time the
 * ECTS sheet states, a change of form approved before or after 14 November, the aid asked for;
 * per student, requests for exam facilities before, on and after the faculties' days (1 December,
 * 1 April / 1 May, 15 July; MED's dictionary windows; HIW's 35 days before the period) and the
 * native language (HIW's dictionary when the exam is not in it).
 */
import type { Deadlines } from "./deadlines.js";
import { addDays, type Drawer } from "./drawer.js";
import type { ExamPeriod } from "./exam-schedules.js";

export function examFormCourseFacts(f: Drawer, d: Deadlines): Record<string, unknown> {
  return {
    exam: {
      form: f.pick(["written", "written", "oral", "partly_oral", "paper_presentation", "osce", "other"]),
      language_proficiency: f.yes(0.1),
      ...(f.yes(0.3) ? { ects_preparation_minutes: f.pick([0, 10, 19, 20, 21, 30]) } : {}),
      single_moment: f.yes(0.8),
      duration_hours: f.yes(0.5) ? f.pick([3, 4, 4.5, 5, 6, 6.5]) : f.int(1, 8),
      form_changed: f.yes(0.1),
      form_change_approval_date: f.near(f.pick([d.academicYearStart, d.examFormChangeUntil]), 10),
      individually_moved: f.yes(0.05),
      aid: f.pick(["none", "none", "translation_dictionary", "explanatory_dictionary", "blank_codex", "technical_aid", "other"]),
      aid_communicated: f.yes(0.6),
      aid_rules_communicated: f.yes(0.5),
      dictionary_rules_poc: f.yes(0.3),
      philosophy_course: f.yes(0.1),
      facility_approved: f.yes(0.2),
      dictionary_approved: f.yes(0.5),
    },
  };
}

export function examFacilityFacts(f: Drawer, d: Deadlines, periods: readonly ExamPeriod[]): { enrolment: Record<string, unknown>; student: Record<string, unknown> } {
  const until = { first: d.facilitiesFirstUntil, second: f.pick([d.facilitiesSecondUntil, d.facilitiesSecondUntil.replace(/-04-01$/, "-05-01"), d.facilitiesSecondUntil.replace(/-04-01$/, "-05-10")]), third: d.facilitiesThirdUntil } as const;
  return {
    enrolment: {
      exam_facility_requests: periods.filter(() => f.yes(0.1)).map((p) => ({
        code: p.period,
        period: p.period,
        kind: f.pick(["facilities", "facilities", "dictionary"]),
        request_date: f.yes(0.3) ? f.near(addDays(p.period_start, -35), 3) : f.near(p.period === "first" && f.yes(0.5) ? d.facilitiesFirstUntil.replace(/-01$/, "-10") : until[p.period], 8),
        period_start: p.period_start,
      })),
    },
    student: { native_language: f.pick(["nl", "nl", "nl", "en", "fr"]) },
  };
}
