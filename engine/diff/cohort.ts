/**
 * A generated cohort of valid students (by the context schema), deterministic for a seed, that
 * reaches the edges the rules test: the thresholds the OER writes (a CSE of 29.4, 29.5 and 30 %, of
 * 49.4, 49.5 and 50 %; 120 credits left; marks of 8, 9 and 10 out of 20; first-phase credits left
 * or none), every faculty, campus and programme kind, one and several years in a programme, and
 * missing facts. Every fact a rule of the encoded articles reads is given (the facts beyond the
 * edges come from a second random stream, so adding one does not move the edges of another), and a
 * decision comes out undetermined only where a fact is left out on purpose — 5 % of three facts,
 * none with `complete`. One student at a time, so a cohort of any size streams.
 *
 * The facts beyond the edges are drawn in engine/diff/cohort/, one file per topic; the topics added
 * after the first (art. 11-65's requests, exams, submissions, ...) each draw from their own stream,
 * so that adding one moves no other.
 */
import { courseAgreementFacts } from "./cohort/course-agreements.js";
import { courseFacts } from "./cohort/course-facts.js";
import { courseKindFacts, enrolmentStandingFacts } from "./cohort/course-kinds.js";
import { deadlines } from "./cohort/deadlines.js";
import { drawer, random, topicDrawer, type Drawer } from "./cohort/drawer.js";
import { enrolmentFacts } from "./cohort/enrolment-facts.js";
import { examFacilityFacts, examFormCourseFacts } from "./cohort/exam-form.js";
import { examPeriods } from "./cohort/exam-schedules.js";
import { examsFacts } from "./cohort/exams.js";
import { evcFacts, exemptionFacts } from "./cohort/exemptions.js";
import { ispDeviationFacts } from "./cohort/isp-deviation.js";
import { languageEvidenceFacts, programmeLanguage } from "./cohort/language-evidence.js";
import { lateEntryCourseFacts, programmeChangeFacts } from "./cohort/programme-change.js";
import { refusalDeviationFacts } from "./cohort/refusal-deviation.js";
import { studentFacts } from "./cohort/student-facts.js";
import { submissionFacts } from "./cohort/submissions.js";
import { admissionFacts } from "./cohort/admission.js";
import { labMaterialTopUpCost, studyCostCourseFacts } from "./cohort/study-costs.js";
import { programmeStructureCourseFacts, programmeStructureFacts } from "./cohort/programme-structure.js";
import { externalCourseFacts, externalProgrammeFacts } from "./cohort/external-courses.js";
import { examConductFacts, examRequestFacts, examTeachingCourseFacts } from "./cohort/exam-conduct.js";
import { deliberationDate, markCourseFacts, resultPeriod } from "./cohort/marks.js";
import { spreadingFacts, spreadingStudentFacts } from "./cohort/exam-spreading.js";
import { resultChangeFacts, tuitionFacts } from "./cohort/tuition-and-corrections.js";

export { random } from "./cohort/drawer.js";

const FACULTIES = ["KERK", "ARCH", "FABER", "BIR", "FEB", "FARM", "MED", "IIW", "ING", "LET", "PPW", "LAW", "SW", "THEO", "WET", "HIW"] as const;
const KINDS = ["bachelor", "bachelor", "bachelor", "bachelor_shortened", "initial_master", "bridging", "advanced_master"] as const;
const CAMPUSES = ["Leuven", "Brussel", "Kortrijk", "Gent", "Antwerpen"] as const;
const CSE_EDGES = [29.4, 29.5, 30, 49.4, 49.5, 50] as const;
const MARK_EDGES = [7, 8, 9, 10] as const;
/** The study load of each programme kind (art. 22 computes the credits still to complete from it). */
const STUDY_LOAD: Record<(typeof KINDS)[number], number> = { bachelor: 180, bachelor_shortened: 120, initial_master: 120, bridging: 60, advanced_master: 60 };

export interface CohortOptions {
  readonly size: number;
  readonly seed: number;
  /** Only students of this faculty. */
  readonly faculty?: string;
  readonly academicYear?: string;
  /** Leave no fact out (the benchmark compares with hand-written rules that assume every fact). */
  readonly complete?: boolean;
}

export const COHORT_FACULTIES: readonly string[] = FACULTIES;

export function* generateCohort(options: CohortOptions): Generator<Record<string, unknown>> {
  const r = random(options.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const facts = drawer(random(options.seed ^ 0x5bd1e995));
  const topic = (name: string) => topicDrawer(options.seed, name);
  const [lateEntry, agreements, kinds, examForm, changes, deviation, exemptions, refusal, exams, submissions, facilities, standing, language] = ["late-entry", "agreements", "course-kinds", "exam-form", "programme-change", "isp-deviation", "exemptions", "refusal-deviation", "exams", "submissions", "exam-facilities", "standing", "language"].map(topic) as [Drawer, Drawer, Drawer, Drawer, Drawer, Drawer, Drawer, Drawer, Drawer, Drawer, Drawer, Drawer, Drawer];
  const [admission, costs, structure, external, conduct, marks, spreading, tuition] = ["admission", "study-costs", "programme-structure", "external-courses", "exam-conduct", "marks", "exam-spreading", "tuition"].map(topic) as [Drawer, Drawer, Drawer, Drawer, Drawer, Drawer, Drawer, Drawer];
  /** A value at an edge half of the time, else anywhere in the range. */
  const edgeOr = <T>(edges: readonly T[], other: () => T): T => (r() < 0.5 ? pick(edges) : other());
  const year = options.academicYear ?? "2020-2021";
  const start = Number(year.slice(0, 4));
  const due = deadlines(start);
  const periods = examPeriods(start);
  for (let i = 0; i < options.size; i++) {
    const kind = pick(KINDS);
    const programme = `p-${kind}`;
    const years = int(0, 3);
    const courses = Array.from({ length: int(3, 9) }, (_, k) => {
      const failedBefore = r() < 0.15 ? int(1, 3) : 0;
      const scored = r() < 0.85;
      const score = edgeOr(MARK_EDGES, () => int(0, 20));
      return {
        code: `C${k}`,
        credits: pick([3, 4, 5, 6, 6, 6, 9]),
        semester: pick(["first", "second", "year"]),
        phase: kind === "bachelor" ? int(1, 3) : 1,
        language: r() < 0.15 ? "en" : "nl",
        compulsory: r() < 0.8,
        contract: "diploma",
        kind: "course",
        attempts: Array.from({ length: failedBefore }, (_, a) => ({
          academic_year: `${start - failedBefore + a}-${start + 1 - failedBefore + a}`,
          enrolment_number: a + 1,
          contract: r() < 0.1 ? "credit" : "diploma",
          programme_kind: kind,
          passed: false,
          programme_cse: edgeOr(CSE_EDGES, () => int(20, 90)),
        })),
        result: scored ? { status: "score", score, fixed: true, tolerated: score >= 8 && score < 10 && r() < 0.6 } : { status: pick(["NA", "NG", "passed", "exempt"]), fixed: false },
        ...courseFacts(facts, start),
      };
    }).map((c) => ({ ...c, ...lateEntryCourseFacts(lateEntry), ...courseAgreementFacts(agreements, due, c.semester), ...courseKindFacts(kinds), ...examFormCourseFacts(examForm, due) }));
    const enrolment: Record<string, unknown> = {
      academic_year: year,
      faculty: options.faculty ?? pick(FACULTIES),
      campus: pick(CAMPUSES),
      programme: { id: programme, kind, language: "nl", distance_learning: r() < 0.1, credits: STUDY_LOAD[kind] },
      contract: "diploma",
      main_enrolment: true,
      first_in_programme: years === 0,
      start_semester: r() < 0.9 ? 1 : 2,
      credits_remaining: edgeOr([180, 120, 18, 0], () => int(0, 180)),
      credits_remaining_bachelor: edgeOr([120, 121], () => int(0, 180)),
      first_phase_credits_remaining: edgeOr([0, 6], () => int(0, 60)),
      binding_conditions: r() < 0.1,
      cse_after_january: int(0, 100),
      cse_after_september: edgeOr(CSE_EDGES, () => int(0, 100)),
      meets_admission_conditions: true,
      ...enrolmentFacts(facts, start),
    };
    // Missing facts: a context that does not give what a rule needs is undetermined, not assumed.
    for (const fact of ["cse_after_september", "first_phase_credits_remaining", "credits_remaining_bachelor"]) if (r() < 0.05 && !options.complete) delete enrolment[fact];
    (enrolment.programme as Record<string, unknown>).double_degree = facts.yes(0.05);
    (enrolment.programme as Record<string, unknown>).language = programmeLanguage(language);
    for (const move of enrolment.exam_moves as Record<string, unknown>[]) move.internship_invoked = exams.yes(0.1);
    const isp = ispDeviationFacts(deviation, due);
    const facility = examFacilityFacts(facilities, due, periods);
    Object.assign(
      enrolment,
      programmeChangeFacts(changes, due),
      isp.enrolment,
      exemptionFacts(exemptions, due, courses, enrolment.enrolment_date as string),
      evcFacts(exemptions, due, courses),
      refusalDeviationFacts(refusal, due),
      examsFacts(exams, due, courses, periods),
      submissionFacts(submissions, start, courses),
      facility.enrolment,
      enrolmentStandingFacts(standing, kind),
      languageEvidenceFacts(language),
    );
    const followOn = enrolment.follow_on as Record<string, unknown>;
    const faculty = enrolment.faculty as string;
    const admitted = admissionFacts(admission, due, faculty, followOn.credits_remaining_at_start as number);
    Object.assign(followOn, admitted.followOn);
    Object.assign(enrolment.programme as Record<string, unknown>, admitted.programme);
    const structured = programmeStructureFacts(structure, due, kind, courses);
    Object.assign(enrolment.programme as Record<string, unknown>, structured.programme);
    const deliberation = deliberationDate(marks, periods);
    Object.assign(enrolment.programme as Record<string, unknown>, externalProgrammeFacts(external, faculty, STUDY_LOAD[kind]));
    Object.assign(
      enrolment,
      admitted.enrolment,
      structured.enrolment,
      { lab_material_top_up_cost: labMaterialTopUpCost(costs), bilingual_usl_track: faculty === "LAW" && enrolment.campus === "Brussel" && marks.yes(0.5), deliberation_date: deliberation },
      externalCourseFacts(external, due),
      examRequestFacts(conduct, due, courses, periods),
      spreadingFacts(spreading, due, courses, periods),
    );
    for (const exam of enrolment.exams as Record<string, unknown>[]) Object.assign(exam, examConductFacts(conduct));
    Object.assign(enrolment, tuitionFacts(tuition, enrolment.tuition_paid as boolean));
    for (const change of enrolment.result_changes as Record<string, unknown>[]) Object.assign(change, resultChangeFacts(tuition));
    const codes = courses.map((c) => c.code);
    for (const c of courses) {
      Object.assign(c, studyCostCourseFacts(costs, start), programmeStructureCourseFacts(structure, codes), examTeachingCourseFacts(conduct), markCourseFacts(marks, faculty, c.code, deliberation));
      (c.result as Record<string, unknown>).period = resultPeriod(marks, c.semester);
    }
    const student: Record<string, unknown> = { id: `s${options.seed}-${i}`, generation_student: years === 0, eea_national: r() < 0.9, ...studentFacts(facts, kind), ...isp.student, ...facility.student, ...admitted.student, ...spreadingStudentFacts(spreading, due) };
    const diplomas = student.diplomas as Record<string, unknown>;
    // without a secondary-school diploma there is no Flemish one either
    Object.assign(diplomas, admitted.diplomas, admitted.diplomas.secondary ? {} : { secondary_flemish: false });
    yield {
      student,
      enrolment,
      courses,
      history: Array.from({ length: years }, (_, y) => {
        const taken = int(30, 66);
        return { academic_year: `${start - years + y}-${start + 1 - years + y}`, programme_id: r() < 0.85 ? programme : "p-other", programme_kind: kind, contract: "diploma", credits_taken: taken, credits_earned: int(0, taken), credits_tolerated: 0, credits_refunded: 0, diploma: "none" };
      }),
    };
  }
}
