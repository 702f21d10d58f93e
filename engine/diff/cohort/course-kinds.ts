/**
 * Art. 16 and the articles on contracts and deliberation: what kind of course it is (attendance
 * obligation, permanent evaluation, practicum, seminar, thesis), for which contracts it is open,
 * and the sanction its ECTS sheet sets for a breached agreement; the enrolment's standing
 * (phase, deliberation, individual permissions).
 */
import type { Drawer } from "./drawer.js";

export function courseKindFacts(f: Drawer): Record<string, unknown> {
  return {
    attendance_obligation: f.yes(0.2),
    permanent_evaluation: f.yes(0.2),
    practicum: f.yes(0.1),
    seminar: f.yes(0.1),
    education_research_thesis: f.yes(0.02),
    only_in_advanced_master: f.yes(0.02),
    credit_contract_eligible: f.yes(0.9),
    exam_contract_eligible: f.yes(0.8),
    ects_agreement_sanction: f.pick(["zero", "NA"]),
  };
}

export function enrolmentStandingFacts(f: Drawer, kind: string): Record<string, unknown> {
  return {
    phase: kind === "bachelor" ? f.int(1, 3) : f.int(1, 2),
    deliberation_eligible: f.yes(0.3),
    deliberation_registered: f.yes(0.5),
    individual_credit_permission: f.yes(0.1),
    meets_major_internship_start_conditions: f.yes(0.8),
  };
}
