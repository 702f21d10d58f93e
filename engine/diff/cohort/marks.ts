/**
 * Art. 41, 42, 61, 66 and 68 per course: the ECTS sheet's second chance, attendance met, HIW's
 * presentation; interim tests (marks at and beside 10, counted in the first period or later) and
 * LAW Brussels' trial exam on "Sources et principes du droit"; ARCH's studio courses (year work and
 * jury marks and weight, a jury at and beside three members, part marks submitted before, on and
 * after the day before the presentation); examiners' kinship at and beside the fourth degree; the
 * unrounded final mark at and beside .5; one or two results put forward; the mark submitted at and
 * beside two working days before the deliberation, which falls after the first period on any weekday.
 */
import { addDays, type Drawer } from "./drawer.js";
import type { ExamPeriod } from "./exam-schedules.js";

/** ARCH's courses with year work and a jury (bia 65 expliciet-studio, bar 65 bachelorproef). */
const STUDIO_FACULTY = "ARCH";
/** LAW's year course with a trial exam on the bilingual track with the USL (Campus Brussel). */
const TRIAL_EXAM_COURSE = "Sources et principes du droit";

export function deliberationDate(f: Drawer, periods: readonly ExamPeriod[]): string {
  return addDays(periods[0]!.period_end, f.int(1, 14));
}

export function markCourseFacts(f: Drawer, faculty: string, code: string, deliberation: string): Record<string, unknown> {
  const studio = faculty === STUDIO_FACULTY && f.yes(0.2);
  const presentation = addDays(deliberation, -f.int(10, 30));
  const mark = f.yes(0.5) ? f.pick([9.49, 9.5, 13.5, 13.49]) : f.int(0, 200) / 10;
  return {
    name: faculty === "LAW" && f.yes(0.2) ? TRIAL_EXAM_COURSE : `Opleidingsonderdeel ${code}`,
    ects_second_chance: f.pick(["same", "same", "same", "modified", "none"]),
    attendance_obligation_met: f.yes(0.9),
    presentation_given: f.yes(0.85),
    not_assessable_by_snapshot: f.yes(0.1),
    ects_interim_test_counting: f.yes(0.2),
    interim_test_mark: f.yes(0.5) ? f.pick([9, 10, 11]) : f.int(0, 20),
    trial_exam_mark: f.yes(0.5) ? f.pick([9, 10, 11]) : f.int(0, 20),
    studio_jury_course: studio,
    ...(studio
      ? {
          studio_jury_mark: f.int(0, 20),
          studio_year_work_mark: f.int(0, 20),
          studio_year_work_weight: f.pick([0.5, 0.6, 0.7]),
          studio_jury_includes_supervisors: f.yes(0.2),
          studio_jury_members: f.pick([2, 3, 3, 4, 5]),
          studio_jury_presentation_date: presentation,
          studio_part_marks_submitted_date: addDays(presentation, f.yes(0.5) ? f.pick([-2, -1, 0]) : -f.int(0, 10)),
        }
      : {}),
    examiner_force_majeure: f.yes(0.02),
    examiner_kinship_degree: f.yes(0.95) ? 0 : f.pick([1, 2, 4, 5]),
    final_mark_unrounded: mark,
    results_submitted: f.yes(0.97) ? 1 : 2,
    mark_submitted_date: addDays(deliberation, -f.pick([1, 2, 3, 4, 5, 6, 7])),
  };
}

/** The period of this year's result (ING's interim tests count only in the first). */
export function resultPeriod(f: Drawer, semester: string): string {
  return f.yes(0.15) ? "third" : semester === "second" ? "second" : "first";
}
