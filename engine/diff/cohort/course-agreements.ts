/**
 * Art. 16, 62 and 64 per course: an honours programme's courses (a package of credit contracts);
 * the ECTS sheet fixed before, on and after 15 July and changed around the start of the academic
 * year or of the second semester; internship agreements breached, terminated, not done, broken off.
 */
import type { Deadlines } from "./deadlines.js";
import type { Drawer } from "./drawer.js";

export function courseAgreementFacts(f: Drawer, d: Deadlines, semester: string): Record<string, unknown> {
  return {
    honours_programme: f.yes(0.05),
    ects_fixed_date: f.near(d.ectsFixedBefore, 20),
    ects_change_date: f.near(semester === "second" && f.yes(0.8) ? d.secondSemesterStart : d.academicYearStart, 20),
    agreement_breached: f.yes(0.05),
    agreement_terminated: f.yes(0.5),
    internship_not_done: f.yes(0.1),
    summer_internship_broken_off: f.yes(0.05),
  };
}
