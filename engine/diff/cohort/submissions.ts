/**
 * Art. 63: works to hand in (master's thesis, bachelor thesis, papers) — handed in before, on and
 * after the deadline (the new one, where one was granted), extensions asked before, on and after it,
 * the sanction the ECTS sheet states.
 */
import { addDays, type Drawer } from "./drawer.js";

interface Course {
  readonly code: string;
}

export function submissionFacts(f: Drawer, start: number, courses: readonly Course[]): Record<string, unknown> {
  return {
    submissions: courses.filter(() => f.yes(0.2)).map((c) => {
      const deadline = f.date(start, 2, 10);
      const extended = f.yes(0.2);
      const newDeadline = addDays(deadline, f.pick([7, 14]));
      return {
        code: c.code,
        kind: f.pick(["masterproef", "bachelor_thesis", "seminar_paper", "other"]),
        deadline,
        ...(extended ? { new_deadline: newDeadline } : {}),
        submitted: f.yes(0.9),
        submitted_date: f.near(extended ? newDeadline : deadline, 4),
        extension_requested: extended || f.yes(0.1),
        contact_date: f.near(deadline, 4),
        ects_sanction: f.pick(["not_stated", "none", "zero", "NA"]),
        late_accepted: f.yes(0.3),
        all_course_evaluations: f.yes(0.3),
        during_exam_period: f.yes(0.2),
        force_majeure: f.yes(0.05),
      };
    }),
  };
}
