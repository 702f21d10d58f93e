/**
 * Art. 27 and 56: courses taken (or asked for) in another programme or at another institution —
 * the route, the faculty's decision, credits the host gives at and beside ING's 6 language credits,
 * holiday and Erasmus courses, requests around the semester's start; ING's credits elsewhere;
 * PPW's exchange departure (a CSE at and beside 70 %, two fails left); courses failed abroad with
 * the second chance there possible, taken or not, and the faculty's decision on an exam at home.
 */
import type { Deadlines } from "./deadlines.js";
import type { Drawer } from "./drawer.js";

const SEMESTERS = ["first", "second", "year"] as const;

/** The programme's own facts on courses elsewhere: allowed by its guide, nominal credits, FEB's extended master. */
export function externalProgrammeFacts(f: Drawer, faculty: string, credits: number): Record<string, unknown> {
  return { allows_courses_elsewhere: f.yes(0.8), nominal_credits: credits, extended_master: faculty === "FEB" && f.yes(0.2) };
}

export function externalCourseFacts(f: Drawer, d: Deadlines): Record<string, unknown> {
  return {
    external_courses: Array.from({ length: f.yes(0.15) ? f.int(1, 3) : 0 }, (_, k) => {
      const semester = f.pick(SEMESTERS);
      const decidedOtherwise = f.yes(0.1);
      return {
        code: `E${k}`,
        name: `Course elsewhere ${k}`,
        route: f.pick(["programme", "programme", "belgian_elective", "substitution"]),
        at_other_institution: f.yes(0.7),
        abroad: f.yes(0.5),
        compulsory_in_programme: f.yes(0.2),
        faculty_decision: f.pick(["pending", "granted", "granted", "refused"]),
        host_permission: f.yes(0.8),
        host_credits: f.yes(0.5) ? f.pick([5, 6, 7]) : f.int(1, 15),
        faculty_credits_decided_otherwise: decidedOtherwise,
        ...(decidedOtherwise ? { faculty_credits: f.int(3, 9) } : {}),
        semester,
        request_date: f.near(semester === "second" ? d.secondSemesterStart : d.academicYearStart, 20),
        request_complete: f.yes(0.85),
        language_course: f.yes(0.2),
        host_compulsory_package: f.yes(0.2),
        during_holidays: f.yes(0.2),
        faculty_initiated: f.yes(0.3),
        erasmus: f.yes(0.5),
      };
    }),
    credits_at_other_institutions: f.yes(0.8) ? 0 : f.int(0, 180),
    exchange_departure: { kind: f.pick(["study", "study", "internship"]), cse_after_september: f.yes(0.5) ? f.pick([69.4, 69.5, 70]) : f.int(30, 100), fails_after_tolerance: f.pick([0, 1, 2, 3, 4]) },
    failed_abroad: Array.from({ length: f.yes(0.1) ? f.int(1, 2) : 0 }, (_, k) => ({
      code: `F${k}`,
      name: `Course abroad ${k}`,
      equivalent_code: `C${k}`,
      faculty_decision: f.pick(["pending", "granted", "refused"]),
      request_date: f.near(f.pick([d.secondSemesterStart, d.spreadingSecondUntil]), 30),
      foreign_results_date: f.near(d.secondSemesterStart, 20),
      second_chance_abroad_possible: f.yes(0.5),
      second_chance_abroad_taken: f.yes(0.3),
      chances_abroad: f.int(0, 2),
      remote_exam_possible: f.yes(0.3),
      exchange_semester: f.pick(SEMESTERS),
      equivalent_semester: f.pick(SEMESTERS),
    })),
  };
}
