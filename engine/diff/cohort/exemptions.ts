/**
 * Art. 28 and 29: exemption requests (whole or partial, in time or late against the third
 * Wednesday, a course's own start + 20 days, or the enrolment day), broadening modules at, under
 * and over the credits they replace; EVC requests around 31 May before the academic year.
 */
import type { Deadlines } from "./deadlines.js";
import { addDays, type Drawer } from "./drawer.js";

interface Course {
  readonly code: string;
  readonly credits: number;
}

export function exemptionFacts(f: Drawer, d: Deadlines, courses: readonly Course[], enrolmentDate: string): Record<string, unknown> {
  const replaced = f.pick([3, 6, 12, 18]);
  return {
    exemption_requests: courses.filter(() => f.yes(0.15)).map((c) => {
      const partial = f.yes(0.3);
      const ownCalendar = f.yes(0.1);
      const courseStart = f.near(d.academicYearStart, 40);
      return {
        code: c.code,
        credits: c.credits,
        partial,
        ...(partial ? { partial_scope: f.pick(["learning_activity", "closed_whole", "other"]), faculty_size: f.pick([1, 2, 2.5, 3]) } : f.yes(0.1) ? { faculty_size: f.pick([c.credits - 1, c.credits + 0.5]) } : {}),
        request_date: ownCalendar ? f.near(addDays(courseStart, 20), 5) : f.yes(0.2) ? f.near(enrolmentDate, 3) : f.near(d.thirdWednesdayYear, 10),
        ...(ownCalendar ? { course_start_date: courseStart } : {}),
        new_elements: f.yes(0.3),
        same_course_code: f.yes(0.5),
        earlier_score: f.int(10, 20),
        revocation_requested: f.yes(0.05),
        isp_approved_before_decision: f.yes(0.1),
        credit_contract_while_diploma: f.yes(0.1),
      };
    }),
    broadening_module_credits: f.around(replaced, 0, 24),
    replaced_credits: replaced,
  };
}

export function evcFacts(f: Drawer, d: Deadlines, courses: readonly Course[]): Record<string, unknown> {
  return {
    evc_requests: courses.filter(() => f.yes(0.08)).map((c) => ({
      code: c.code,
      kind: f.pick(["recognition", "exemption", "exemption"]),
      request_date: f.near(f.pick([d.evcExemptionRequestUntil, d.firstFridayYear, d.evcLanguageUntil]), 10),
      course_in_isp_earlier: f.yes(0.1),
      other_timeline_agreed: f.yes(0.2),
      proof_of_competence: f.yes(0.3),
      language_course: f.yes(0.1),
    })),
  };
}
