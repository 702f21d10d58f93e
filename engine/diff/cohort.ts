/**
 * A generated cohort of valid students (by the context schema), deterministic for a seed, that
 * reaches the edges the rules test: the thresholds the OER writes (a CSE of 29.4, 29.5 and 30 %, of
 * 49.4, 49.5 and 50 %; 120 credits left; marks of 8, 9 and 10 out of 20; first-phase credits left
 * or none), every faculty, campus and programme kind, one and several years in a programme, and
 * missing facts. Every fact a rule of the encoded articles reads is given (the facts beyond the
 * edges come from a second random stream, so adding one does not move the edges of another), and a
 * decision comes out undetermined only where a fact is left out on purpose — 5 % of three facts,
 * none with `complete`. One student at a time, so a cohort of any size streams.
 */
const FACULTIES = ["KERK", "ARCH", "FABER", "BIR", "FEB", "FARM", "MED", "IIW", "ING", "LET", "PPW", "LAW", "SW", "THEO", "WET", "HIW"] as const;
const KINDS = ["bachelor", "bachelor", "bachelor", "bachelor_shortened", "initial_master", "bridging", "advanced_master"] as const;
const CAMPUSES = ["Leuven", "Brussel", "Kortrijk", "Gent", "Antwerpen"] as const;
const CSE_EDGES = [29.4, 29.5, 30, 49.4, 49.5, 50] as const;
const MARK_EDGES = [7, 8, 9, 10] as const;

/** mulberry32: small, fast, reproducible. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
  const facts = factDrawer(random(options.seed ^ 0x5bd1e995));
  /** A value at an edge half of the time, else anywhere in the range. */
  const edgeOr = <T>(edges: readonly T[], other: () => T): T => (r() < 0.5 ? pick(edges) : other());
  const year = options.academicYear ?? "2020-2021";
  const start = Number(year.slice(0, 4));
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
    });
    const enrolment: Record<string, unknown> = {
      academic_year: year,
      faculty: options.faculty ?? pick(FACULTIES),
      campus: pick(CAMPUSES),
      programme: { id: programme, kind, language: "nl", distance_learning: r() < 0.1 },
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
    yield {
      student: { id: `s${options.seed}-${i}`, generation_student: years === 0, eea_national: r() < 0.9, ...studentFacts(facts, kind) },
      enrolment,
      courses,
      history: Array.from({ length: years }, (_, y) => {
        const taken = int(30, 66);
        return { academic_year: `${start - years + y}-${start + 1 - years + y}`, programme_id: r() < 0.85 ? programme : "p-other", programme_kind: kind, contract: "diploma", credits_taken: taken, credits_earned: int(0, taken), credits_tolerated: 0, credits_refunded: 0, diploma: "none" };
      }),
    };
  }
}

interface Drawer {
  pick<T>(xs: readonly T[]): T;
  int(lo: number, hi: number): number;
  yes(p: number): boolean;
  /** A date in the academic year starting 1 September of `start`, between two month offsets. */
  date(start: number, fromMonth: number, toMonth: number): string;
}

function factDrawer(r: () => number): Drawer {
  return {
    pick: (xs) => xs[Math.floor(r() * xs.length)]!,
    int: (lo, hi) => lo + Math.floor(r() * (hi - lo + 1)),
    yes: (p) => r() < p,
    date: (start, fromMonth, toMonth) => new Date(Date.UTC(start, 8 + fromMonth, 1) + Math.floor(r() * (toMonth - fromMonth) * 30) * 86_400_000).toISOString().slice(0, 10),
  };
}

function studentFacts(f: Drawer, kind: string): Record<string, unknown> {
  return {
    temporary_resident: f.yes(0.1),
    learning_credit: f.int(-20, 140),
    incoming_exchange: f.yes(0.05),
    exam_spreading_right: f.yes(0.03),
    diplomas: { initial_master: false, academic_bachelor: kind !== "bachelor" && kind !== "bachelor_shortened" && kind !== "bridging", professional_bachelor: kind === "bridging", bridging_certificate: false, secondary_flemish: true },
  };
}

function courseFacts(f: Drawer, start: number): Record<string, unknown> {
  return {
    language_course: false,
    external_with_consent: false,
    pass_fail: false,
    result_pending: f.yes(0.05),
    offered_this_year: f.yes(0.95),
    offering_interval: f.yes(0.9) ? 1 : 2,
    first_period_exam: f.yes(0.9),
    first_period_exam_missed: f.yes(0.05),
    early_assessment_requested: f.yes(0.05),
    early_retake_requested: f.yes(0.05),
    participation_conditions_met: f.yes(0.95),
    exam_requirements_attainable: f.yes(0.95),
    third_period_registered: f.yes(0.1),
    third_period_exam_taken: f.yes(0.05),
    catch_up_requested: f.yes(0.05),
    catch_up_request_date: f.date(start, 4, 6),
    catch_up_exams_this_year: f.int(0, 2),
    ects_missed_part_rule: f.pick(["none", "none", "whole_course_na", "other_calculation"]),
    ects_participation_sanction: f.pick(["zero", "NA", "NG", "zero_on_missed_parts", "other"]),
    ects_other_part_weighting: f.yes(0.2),
    parts: f.yes(0.3)
      ? [
          { name: "examen", credits: 4, mark: f.int(0, 20), official: true, interim_test: false, kind: "partial_exam", taken: f.yes(0.9), recognised_illness_or_injury: f.yes(0.05) },
          { name: "permanente evaluatie", credits: 2, mark: f.int(0, 20), official: true, interim_test: f.yes(0.3), kind: "permanent_evaluation", taken: f.yes(0.9), recognised_illness_or_injury: false },
        ]
      : [],
    faculty_permission: f.yes(0.5),
    faculty_poc: f.yes(0.5),
    coordinator_agrees: f.yes(0.7),
    exchange_not_replaceable: f.yes(0.1),
    replaceable_by_equivalent: f.yes(0.5),
    first_semester_alternative: f.yes(0.3),
    self_study_package: f.yes(0.1),
  };
}

function enrolmentFacts(f: Drawer, start: number): Record<string, unknown> {
  return {
    unenrolled: f.yes(0.05),
    unenrolment_date: `${start}-12-10`,
    programme_switch: f.yes(0.5),
    new_enrolment_date: `${start + 1}-02-01`,
    enrols_before_finishing: f.yes(0.1),
    enrolment_date: f.date(start, 0, 4),
    after_programme_change: f.yes(0.05),
    late_enrolment_admitted: f.yes(0.5),
    late_enrolment_admission_date: f.date(start, 0, 5),
    enrolled_in_other_programme: f.yes(0.05),
    wants_second_chance: f.yes(0.1),
    second_chance_approval: f.yes(0.5),
    can_graduate_this_year: f.yes(0.2),
    can_graduate_after_second_period: f.yes(0.2),
    could_graduate_in_january: f.yes(0.05),
    final_phase: f.yes(0.3),
    isp_submitted: f.yes(0.95),
    isp_submission_date: f.date(start, 0, 3),
    isp_reminded: f.yes(0.5),
    isp_changes: f.yes(0.2) ? [{ code: "C0", course_semester: f.pick(["first", "second", "year"]), date: f.date(start, 1, 6), motivated_request: f.yes(0.5), administrative_error: f.yes(0.1), added: f.yes(0.5) }] : [],
    compulsory_courses_without_credit: f.yes(0.2) ? [{ code: "C0", offered_this_year: f.yes(0.9), offered_in_evening_this_year: f.yes(0.2) }, { code: "X0", offered_this_year: f.yes(0.9), offered_in_evening_this_year: false }] : [],
    tuition_paid: f.yes(0.95),
    tuition_payment_arrangement: f.yes(0.1),
    early_retake_request_date: f.date(start, 3, 5),
    early_assessment_request_date: f.date(start, 1, 3),
    outgoing_exchange_second_semester: f.yes(0.05),
    programme_percentage: f.int(0, 100),
    second_programme_june_courses: f.yes(0.05),
    paper_submitted_on_time: f.yes(0.9),
    joint_uhasselt_refusal: f.pick(["none", "none", "none", "same_diploma", "follow_on", "language_equivalent", "other_programme"]),
    option_change_request_date: f.date(start, 0, 6),
    option_change_semester: f.pick(["first", "second"]),
    first_phase_credits: f.int(0, 60),
    switch_to_corresponding_programme: f.yes(0.1),
    learning_credit_regained_first_semester: f.int(0, 30),
    follow_on: { other_institution: f.yes(0.1), programme_kind: "bachelor", professional_bachelor: false, credits_remaining_at_start: f.int(0, 90), credits_remaining_at_second_semester: f.int(0, 60), credits_remaining_from_phase_2: f.int(0, 20), faculty_permission: f.yes(0.5) },
    full_first_phase: f.yes(0.7),
    package_defined_by_faculty: f.yes(0.3),
    reduced_in_second_semester: f.yes(0.1),
    has_exemptions: f.yes(0.1),
    isp_deviation: f.yes(0.05),
    ...examFacts(f, start),
    other_enrolments: f.yes(0.1) ? [{ programme_kind: f.pick(["bachelor", "advanced_master", "preparatory"]), contract: f.pick(["diploma", "credit"]), credits: f.int(3, 30), institution: f.pick(["kuleuven", "other"]) }] : [],
  };
}

/** Art. 45 and 71: the exam schedules of the year's three periods, exam moves, changes of fixed results. */
function examFacts(f: Drawer, start: number): Record<string, unknown> {
  const day = (date: string, offset: number) => new Date(Date.parse(date) + offset * 86_400_000).toISOString().slice(0, 10);
  const periods = [
    { period: "first", period_start: `${start + 1}-01-04`, period_end: `${start + 1}-02-05` },
    { period: "second", period_start: `${start + 1}-06-01`, period_end: `${start + 1}-07-03` },
    { period: "third", period_start: `${start + 1}-08-16`, period_end: `${start + 1}-09-11` },
  ];
  return {
    exam_schedules: periods.map((p) => ({ code: p.period, ...p, fixed_date: day(p.period_start, -f.int(5, 60)), information_date: day(p.period_start, -f.int(5, 60)), too_few_exam_days: f.yes(0.05) })),
    overlap_risk_combination: f.yes(0.1),
    model_trajectory: f.yes(0.6),
    second_period_results_date: `${start + 1}-07-0${String(f.int(3, 9))}`,
    exam_moves: f.yes(0.1)
      ? [{ code: "C0", ground: f.pick(["serious_reason", "disability_spreading_attest", "religious_holiday", "exchange", "overlap", "other"]), outside_period: f.yes(0.2), new_date: `${start + 1}-06-${String(f.int(10, 28))}`, joins_existing_moment: f.yes(0.5), after_deliberation: f.yes(0.1), ombuds_notified_before_start: f.yes(0.7), force_majeure: f.yes(0.2), second_moment_chosen: f.yes(0.3), solution_accepted: f.yes(0.6), period: f.pick(["first", "second", "third"]), request_date: `${start + 1}-05-${String(f.int(10, 28))}` }]
      : [],
    result_changes: f.yes(0.05) ? [{ code: "C0", to_disadvantage: f.yes(0.5), ground: f.pick(["gross_irregularity", "material_error", "other"]) }] : [],
    special_circumstances: f.yes(0.05),
  };
}
