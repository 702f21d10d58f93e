/**
 * A generated cohort of student contexts (deterministic: a seeded generator), spread over the
 * faculties, programme kinds and situations the encoded articles distinguish. Every fact a rule of
 * the encoded articles reads is given, so a decision comes out undetermined only where the rules
 * themselves leave it open, not because the generator forgot a field.
 */
const FACULTIES = ["KERK", "ARCH", "FABER", "BIR", "FEB", "FARM", "MED", "IIW", "ING", "LET", "PPW", "LAW", "SW", "THEO", "WET", "HIW"] as const;
const KINDS = ["bachelor", "bachelor", "bachelor", "initial_master", "bridging", "advanced_master"] as const;
const CAMPUSES = ["Leuven", "Brussel", "Kortrijk", "Gent", "Antwerpen"] as const;

/** mulberry32: small, fast, reproducible. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateCohort(size: number, seed = 42): Record<string, unknown>[] {
  return [...cohortStudents(size, seed)];
}

/** The same students one at a time, so a large cohort need not be held in memory. */
export function* cohortStudents(size: number, seed = 42): Generator<Record<string, unknown>> {
  const r = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const yes = (p: number) => r() < p;
  /** A date in the academic year 2020-2021, between two month offsets from 1 September 2020. */
  const date = (fromMonth: number, toMonth: number) => new Date(Date.UTC(2020, 8 + fromMonth, 1) + Math.floor(r() * (toMonth - fromMonth) * 30) * 86_400_000).toISOString().slice(0, 10);
  for (let i = 0; i < size; i++) {
    const kind = pick(KINDS);
    const courses = Array.from({ length: int(3, 10) }, (_, k) => {
      const failedBefore = r() < 0.15 ? int(1, 3) : 0;
      return {
        code: `C${i}-${k}`,
        credits: pick([3, 4, 5, 6, 6, 6, 9]),
        semester: pick(["first", "second", "year"]),
        phase: int(1, 3),
        language: r() < 0.15 ? "en" : "nl",
        language_course: false,
        external_with_consent: false,
        compulsory: r() < 0.8,
        contract: "diploma",
        kind: "course",
        pass_fail: false,
        attempts: Array.from({ length: failedBefore }, (_, a) => ({
          academic_year: `${2019 - failedBefore + a}-${2020 - failedBefore + a}`,
          enrolment_number: a + 1,
          contract: "diploma",
          programme_kind: kind,
          passed: false,
          programme_cse: int(20, 90),
        })),
        result: r() < 0.7 ? { status: "score", score: int(0, 20), fixed: true } : { status: "NA", fixed: false },
        result_pending: yes(0.05),
        offered_this_year: yes(0.95),
        offering_interval: yes(0.9) ? 1 : 2,
        first_period_exam: yes(0.9),
        first_period_exam_missed: yes(0.05),
        early_assessment_requested: yes(0.05),
        early_retake_requested: yes(0.05),
        participation_conditions_met: yes(0.95),
        exam_requirements_attainable: yes(0.95),
        third_period_registered: yes(0.1),
        third_period_exam_taken: yes(0.05),
        catch_up_requested: yes(0.05),
        catch_up_request_date: date(4, 6),
        catch_up_exams_this_year: int(0, 2),
        ects_missed_part_rule: pick(["none", "none", "whole_course_na", "other_calculation"]),
        ects_participation_sanction: pick(["zero", "NA", "NG", "zero_on_missed_parts", "other"]),
        ects_other_part_weighting: yes(0.2),
        parts: yes(0.3)
          ? [
              { name: "examen", credits: 4, mark: int(0, 20), official: true, interim_test: false, kind: "partial_exam", taken: yes(0.9), recognised_illness_or_injury: yes(0.05) },
              { name: "permanente evaluatie", credits: 2, mark: int(0, 20), official: true, interim_test: yes(0.3), kind: "permanent_evaluation", taken: yes(0.9), recognised_illness_or_injury: false },
            ]
          : [],
        faculty_permission: yes(0.5),
        faculty_poc: yes(0.5),
        coordinator_agrees: yes(0.7),
        exchange_not_replaceable: yes(0.1),
        replaceable_by_equivalent: yes(0.5),
        first_semester_alternative: yes(0.3),
        self_study_package: yes(0.1),
      };
    });
    const years = int(0, 4);
    yield {
      student: {
        id: `s${i}`,
        eea_national: r() < 0.9,
        temporary_resident: r() < 0.1,
        generation_student: years === 0,
        learning_credit: int(-20, 140),
        incoming_exchange: yes(0.05),
        diplomas: { initial_master: false, academic_bachelor: kind !== "bachelor" && kind !== "bridging", professional_bachelor: kind === "bridging", bridging_certificate: false, secondary_flemish: true },
      },
      enrolment: {
        academic_year: "2020-2021",
        faculty: pick(FACULTIES),
        campus: pick(CAMPUSES),
        programme: { id: `p-${kind}`, kind, language: "nl", distance_learning: r() < 0.1, double_degree: yes(0.05) },
        contract: "diploma",
        main_enrolment: true,
        first_in_programme: years === 0,
        start_semester: 1,
        unenrolled: r() < 0.05,
        unenrolment_date: "2020-12-10",
        programme_switch: r() < 0.5,
        new_enrolment_date: "2021-02-01",
        enrols_before_finishing: r() < 0.1,
        enrolment_date: date(0, 4),
        after_programme_change: yes(0.05),
        late_enrolment_admitted: yes(0.5),
        late_enrolment_admission_date: date(0, 5),
        enrolled_in_other_programme: yes(0.05),
        wants_second_chance: yes(0.1),
        second_chance_approval: yes(0.5),
        can_graduate_this_year: yes(0.2),
        can_graduate_after_second_period: yes(0.2),
        could_graduate_in_january: yes(0.05),
        final_phase: yes(0.3),
        isp_submitted: yes(0.95),
        isp_submission_date: date(0, 3),
        isp_reminded: yes(0.5),
        isp_changes: yes(0.2) ? [{ code: `C${i}-0`, course_semester: pick(["first", "second", "year"]), date: date(1, 6), motivated_request: yes(0.5), administrative_error: yes(0.1), added: yes(0.5) }] : [],
        compulsory_courses_without_credit: yes(0.2) ? [{ code: `C${i}-0`, offered_this_year: yes(0.9), offered_in_evening_this_year: yes(0.2) }, { code: `X${i}`, offered_this_year: yes(0.9), offered_in_evening_this_year: false }] : [],
        tuition_paid: yes(0.95),
        tuition_payment_arrangement: yes(0.1),
        early_retake_request_date: date(3, 5),
        early_assessment_request_date: date(1, 3),
        outgoing_exchange_second_semester: yes(0.05),
        programme_percentage: int(0, 100),
        second_programme_june_courses: yes(0.05),
        paper_submitted_on_time: yes(0.9),
        joint_uhasselt_refusal: pick(["none", "none", "none", "same_diploma", "follow_on", "language_equivalent", "other_programme"]),
        option_change_request_date: date(0, 6),
        option_change_semester: pick(["first", "second"]),
        first_phase_credits: int(0, 60),
        switch_to_corresponding_programme: yes(0.1),
        learning_credit_regained_first_semester: int(0, 30),
        follow_on: { other_institution: yes(0.1), programme_kind: "bachelor", professional_bachelor: false, credits_remaining_at_start: int(0, 90), credits_remaining_at_second_semester: int(0, 60), credits_remaining_from_phase_2: int(0, 20), faculty_permission: r() < 0.5 },
        credits_remaining: int(0, 180),
        credits_remaining_bachelor: int(0, 180),
        first_phase_credits_remaining: int(0, 60),
        full_first_phase: r() < 0.7,
        package_defined_by_faculty: r() < 0.3,
        reduced_in_second_semester: r() < 0.1,
        has_exemptions: r() < 0.1,
        isp_deviation: r() < 0.05,
        binding_conditions: r() < 0.1,
        cse_after_january: int(0, 100),
        cse_after_september: int(0, 100),
        meets_admission_conditions: true,
        other_enrolments: yes(0.1) ? [{ programme_kind: pick(["bachelor", "advanced_master", "preparatory"]), contract: pick(["diploma", "credit"]), credits: int(3, 30), institution: pick(["kuleuven", "other"]) }] : [],
      },
      courses,
      history: Array.from({ length: years }, (_, y) => {
        const taken = int(30, 66);
        return { academic_year: `${2019 - years + y + 1}-${2020 - years + y + 1}`, programme_id: `p-${kind}`, programme_kind: kind, contract: "diploma", credits_taken: taken, credits_earned: int(0, taken), credits_tolerated: 0, credits_refunded: 0, diploma: "none" };
      }),
    };
  }
}
