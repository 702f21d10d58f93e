/**
 * Art. 18-22, 25, 32 and 35: the programme's model trajectory in phases (at and beside 54 and 66
 * credits), changes to it decided before, on and after the academic year's first day, the programme
 * guide's timetable guarantee, FEB's replaced courses; per course, a partial exemption, courses
 * defined as identical (now and then one of this ISP), prerequisites, a course enrolled in before a
 * programme change; the refusal risk warned after a period and the courses a refusal rests on
 * (deleted and replaced in a programme change or not).
 */
import type { Deadlines } from "./deadlines.js";
import type { Drawer } from "./drawer.js";

interface Course {
  readonly code: string;
  readonly credits: number;
}

export function programmeStructureFacts(f: Drawer, d: Deadlines, kind: string, courses: readonly Course[]): { programme: Record<string, unknown>; enrolment: Record<string, unknown> } {
  const phaseCount = kind === "bachelor" ? 3 : kind === "advanced_master" || kind === "bridging" ? 1 : 2;
  const replaced = courses.filter(() => f.yes(0.05));
  return {
    programme: {
      phases: Array.from({ length: phaseCount }, (_, p) => ({ code: String(p + 1), credits: f.yes(0.8) ? 60 : f.pick([45, 53, 54, 55, 65, 66, 67]) })),
      trajectory_changes: f.yes(0.2) ? [{ code: "change", decided_date: f.near(d.academicYearStart, 60) }] : [],
    },
    enrolment: {
      programme_guide_no_timetable_guarantee: f.yes(0.1),
      direct_from_other_flemish_bachelor: f.yes(0.1),
      course_replacements: replaced.map((c) => ({
        code: c.code,
        credits: c.credits,
        completed_in_bachelor: f.yes(0.5),
        replacement_credits: c.credits + f.pick([-1, 0, 0, 1, 3]),
        replacement_from: f.pick(["master", "bachelor", "preparatory", "other"]),
      })),
      refusal_risk: f.yes(0.2),
      results_period: f.pick(["first", "second", "third"]),
      refused_courses: courses.filter(() => f.yes(0.03)).map((c) => {
        const deleted = f.yes(0.5);
        const comparable = deleted && f.yes(0.6);
        // the replacing course is one of this year's ISP (the refusal carries over to it)
        const replacement = courses.find((other) => other.code !== c.code);
        return { code: c.code, deleted_in_programme_change: deleted, replaced_by_comparable: comparable, ...(comparable && replacement ? { replacement_code: replacement.code } : {}) };
      }),
    },
  };
}

export function programmeStructureCourseFacts(f: Drawer, codes: readonly string[]): Record<string, unknown> {
  return {
    partial_exemption: f.yes(0.05),
    identical_courses: f.yes(0.05) ? [f.yes(0.5) ? f.pick(codes) : "X-identical"] : [],
    prerequisites_met: f.yes(0.9),
    enrolled_in_earlier_programme: f.yes(0.05),
    programmed_in_programme: f.yes(0.95),
    ects_off_year_exam: f.yes(0.5),
  };
}
