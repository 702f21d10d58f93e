/**
 * The generated cohort gives every fact the encoded rules read (issue 9): with `complete`, no
 * decision of the OER 2020-2021 comes out undetermined for a missing fact, except the decisions
 * listed below, which the generator does not cover yet. When a decision starts reading a new fact,
 * this names it: give the fact in engine/diff/cohort/.
 */
import { describe, expect, it } from "vitest";
import { Evaluator, openVersion } from "../../../engine/index.js";
import { generateCohort } from "../../../engine/diff/index.js";
import { nodeFileSystem, nodeSha256 } from "../../../engine/node/index.js";

// Decisions (without their element key) encoded on 2026-12-03 whose facts the generator does not give
// yet. They may still miss facts; every other decision may not — so a new decision of an article
// already covered is held to it too. Each must still miss one, so a decision leaves this list as soon
// as the generator gives its facts.
const NOT_YET_GENERATED: readonly string[] = [
  "art1.direct_enrolment", "art1.international_bachelor_admission",
  "art4.bir_direct_master_access", "art4.follow_on_combination",
  "art7.deviating_admission",
  "art8.cancellation_refund", "art8.enrolment_void",
  "art14.arch_study_trip_replacement", "art14.extra_study_costs", "art14.farm_material_top_up", "art14.feb_extra_costs_paid_in_time",
  "art18.phase_size",
  "art19.timetable_guarantee",
  "art20.trajectory_change_applies",
  "art21.course_replacement", "art21.whole_course_enrolment",
  "art22.identical_courses", "art22.prerequisites",
  "art25.earlier_programme_course",
  "art26.follow_on_isp_approval",
  "art27.belgian_elective", "art27.course_elsewhere", "art27.ing_kul_share", "art27.ing_language_credits", "art27.law_holiday_course_credits", "art27.ppw_exchange_departure", "art27.substitute_credits", "art27.substitution",
  "art32.refusal_warning",
  "art35.deleted_refused_course", "art35.refused_course_replacement",
  "art37.toilet_visit",
  "art39.exchange_exam_request", "art39.outside_period_exam",
  "art41.hiw_second_chance_na", "art41.second_chance",
  "art42.ing_interim_weighted_mark", "art42.interim_test_counts", "art42.law_trial_exam_counts",
  "art44.ing_counter_observer", "art44.observer", "art44.staff_attendance",
  "art46.identity_check", "art46.participation_proof", "art46.participation_sanction",
  "art51.fixed_arrangements_deviation", "art51.hiw_within_period_spreading", "art51.missed_spread_exam", "art51.ombuds_contact_in_time", "art51.request_in_time", "art51.retake_before_third_deliberation", "art51.spread_exam_date", "art51.spread_exam_move", "art51.spreading_allowed", "art51.tolerances_before_all_exams",
  "art53.follow_on_deliberation",
  "art56.feb_extended_master_second_period", "art56.feb_results_after_third_period", "art56.iiw_second_period_exam", "art56.third_period_equivalent",
  "art61.arch_studio_final_mark", "art61.arch_studio_jury", "art61.arch_studio_part_marks_in_time", "art61.substitute_examiner",
  "art66.final_mark", "art66.single_result",
  "art68.deadline", "art68.mark_submission",
];

describe("the generated cohort", () => {
  it("gives every fact the rules of the OER 2020-2021 read", { timeout: 180_000 }, () => {
    const version = openVersion(nodeFileSystem, "regulations/kuleuven-oer/2020-2021")!;
    const evaluator = new Evaluator(version, nodeSha256);
    const missing = new Set<string>();
    const stillMissing = new Set<string>();
    let decisions = 0;
    for (const student of generateCohort({ size: 60, seed: 11, complete: true })) {
      for (const d of evaluator.evaluate(student, { trace: false }).decisions) {
        decisions++;
        const id = d.id.split("[")[0]!;
        if (NOT_YET_GENERATED.includes(id)) {
          if (d.missing.length > 0) stillMissing.add(id);
          continue;
        }
        for (const fact of d.missing) missing.add(`${fact} (read by ${id})`);
      }
    }
    expect(decisions).toBeGreaterThan(60 * 100);
    expect([...missing].sort()).toEqual([]);
    expect([...stillMissing].sort(), "a decision whose facts the generator now gives: take it off NOT_YET_GENERATED").toEqual([...NOT_YET_GENERATED].sort());
  });
});
