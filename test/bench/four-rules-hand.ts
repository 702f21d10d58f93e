/**
 * The four rules hand-written in TypeScript, as a programmer would without an engine: the same
 * outcomes and deciding rules, no missing-fact handling, no receipt, no trace.
 */
import type { FourResult, RuleIds } from "./four-rules.js";

const SPECIAL = new Set(["preparatory", "educational_master_shortened", "advanced_master", "teacher_training", "postgraduate"]);

interface Other {
  programme_kind: string;
  contract: string;
  credits: number;
  institution: string;
}
interface Student {
  student: { diplomas: { academic_bachelor: boolean; bridging_certificate: boolean }; recognised_status?: boolean; advised_credit_deviation?: boolean };
  enrolment: {
    programme: { kind: string };
    contract: string;
    credits_remaining: number;
    credits_remaining_bachelor: number;
    isp_deviation: boolean;
    binding_conditions: boolean;
    cse_after_september: number;
    other_enrolments: Other[];
  };
  courses: { credits: number }[];
}

export function handWritten(ids: RuleIds) {
  const [min, max, a33, a34] = [ids["art22.minimum_credits"], ids["art22.maximum_credits"], ids["art33.low_efficiency_refusal"], ids["art34.binding_conditions"]];
  return (context: Record<string, unknown>): FourResult[] => {
    const s = context as unknown as Student;
    const e = s.enrolment;
    let taken = 0;
    for (const c of s.courses) taken += c.credits;
    let onlySpecialOthers = true;
    let diplomaElsewhere = false;
    for (const o of e.other_enrolments) {
      if (o.institution === "kuleuven") {
        taken += o.credits;
        if (!SPECIAL.has(o.programme_kind) && o.contract !== "credit") onlySpecialOthers = false;
      } else if (o.institution === "other" && o.contract === "diploma") diplomaElsewhere = true;
    }
    const onlySpecial = (SPECIAL.has(e.programme.kind) || e.contract === "credit") && onlySpecialOthers;
    const minimum =
      taken >= 25 ? { outcome: "allowed", rule: min[0]! }
      : e.credits_remaining < 25 ? { outcome: "allowed", rule: min[1]! }
      // art. 24: a recognised status with an advised deviation "in elk geval", or the faculty's decision.
      : (s.student.recognised_status === true && s.student.advised_credit_deviation === true) || e.isp_deviation ? { outcome: "allowed", rule: min[2]! }
      : onlySpecial ? { outcome: "allowed", rule: min[3]! }
      : diplomaElsewhere ? { outcome: "allowed", rule: min[4]! }
      : { outcome: "refused", rule: min[5]! };
    const d = s.student.diplomas;
    const maximum =
      d.academic_bachelor || d.bridging_certificate ? { outcome: "allowed", rule: max[0]! }
      : taken <= 72 ? { outcome: "allowed", rule: max[1]! }
      : { outcome: "refused", rule: max[2]! };
    const inScope = e.credits_remaining_bachelor > 120 || e.programme.kind === "bridging";
    const cse = Math.round(e.cse_after_september);
    const art33 = !inScope ? { outcome: "not_applicable", rule: a33[0]! } : cse < 30 ? { outcome: "refused", rule: a33[1]! } : { outcome: "allowed", rule: a33[2]! };
    const art34 =
      !inScope ? { outcome: "not_applicable", rule: a34[0]! }
      : cse < 30 ? { outcome: "not_applicable", rule: a34[1]! }
      : e.binding_conditions && cse < 50 ? { outcome: "not_applicable", rule: a34[2]! }
      : cse < 50 ? { outcome: "required", rule: a34[3]! }
      : { outcome: "not_applicable", rule: a34[4]! };
    return [
      { id: "art22.minimum_credits", ...minimum },
      { id: "art22.maximum_credits", ...maximum },
      { id: "art33.low_efficiency_refusal", ...art33 },
      { id: "art34.binding_conditions", ...art34 },
    ];
  };
}
