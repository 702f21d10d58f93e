/**
 * A generated cohort of student contexts (deterministic: a seeded generator), spread over the
 * faculties, programme kinds and situations the encoded articles distinguish.
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
  const r = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const out: Record<string, unknown>[] = [];
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
      };
    });
    const years = int(0, 4);
    out.push({
      student: {
        id: `s${i}`,
        eea_national: r() < 0.9,
        temporary_resident: r() < 0.1,
        generation_student: years === 0,
        diplomas: { initial_master: false, academic_bachelor: kind !== "bachelor" && kind !== "bridging", professional_bachelor: kind === "bridging", bridging_certificate: false, secondary_flemish: true },
      },
      enrolment: {
        academic_year: "2020-2021",
        faculty: pick(FACULTIES),
        campus: pick(CAMPUSES),
        programme: { id: `p-${kind}`, kind, language: "nl", distance_learning: r() < 0.1 },
        contract: "diploma",
        main_enrolment: true,
        first_in_programme: years === 0,
        start_semester: 1,
        unenrolled: r() < 0.05,
        unenrolment_date: "2020-12-10",
        programme_switch: r() < 0.5,
        new_enrolment_date: "2021-02-01",
        enrols_before_finishing: r() < 0.1,
        follow_on: { programme_kind: "bachelor", professional_bachelor: false, credits_remaining_at_start: int(0, 90), credits_remaining_at_second_semester: int(0, 60), credits_remaining_from_phase_2: int(0, 20), faculty_permission: r() < 0.5 },
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
        other_enrolments: [],
      },
      courses,
      history: Array.from({ length: years }, (_, y) => {
        const taken = int(30, 66);
        return { academic_year: `${2019 - years + y + 1}-${2020 - years + y + 1}`, programme_id: `p-${kind}`, programme_kind: kind, contract: "diploma", credits_taken: taken, credits_earned: int(0, taken), credits_tolerated: 0, credits_refunded: 0, diploma: "none" };
      }),
    });
  }
  return out;
}
