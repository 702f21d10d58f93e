/**
 * Art. 1, 4, 7, 8 and 53: who the student is for admission (international, Belgian, resident in
 * Belgium, a secondary-school or bioscience-engineering bachelor's diploma), a deviating admission
 * asked on, before and after 31 May or 31 August before the academic year, a cancelled or void
 * enrolment, and the unfinished programme a follow-on is combined with (credits taken up at and
 * beside those left, excluded by prerequisites, meanwhile passed).
 */
import type { Deadlines } from "./deadlines.js";
import type { Drawer } from "./drawer.js";

export function admissionFacts(f: Drawer, d: Deadlines, faculty: string, creditsRemainingAtStart: number): { student: Record<string, unknown>; diplomas: Record<string, unknown>; enrolment: Record<string, unknown>; programme: Record<string, unknown>; followOn: Record<string, unknown> } {
  const belgian = f.yes(0.85);
  const session = f.pick(["june", "september"] as const);
  return {
    student: {
      international: !belgian && f.yes(0.7),
      belgian_national: belgian,
      resides_in_belgium: belgian || f.yes(0.5),
      foreign_diploma: { lisbon_convention_country: f.yes(0.7), higher_education_access: f.yes(0.9), similar_higher_education_access: f.yes(0.8), extra_test_required: f.yes(0.2), extra_test_passed: f.yes(0.7) },
    },
    diplomas: { secondary: f.yes(0.97), bachelor_bioscience_engineering: faculty === "BIR" && f.yes(0.6) },
    enrolment: {
      deviating_admission_session: session,
      application_date: f.near(session === "june" ? d.deviatingAdmissionJuneUntil : d.deviatingAdmissionSeptemberUntil, 20),
      cancelled_too_few_enrolments: f.yes(0.01),
      admission_document_fraud: f.yes(0.005),
    },
    // a master leading to the title of bioscience engineer is BIR's
    programme: { bioscience_engineer_title: faculty === "BIR" && f.yes(0.7) },
    followOn: { credits_in_isp: f.around(creditsRemainingAtStart, 0, creditsRemainingAtStart + 10), excluded_by_prerequisites: f.yes(0.1), passed: f.yes(0.3) },
  };
}
