/** Facts per course beyond the edges: offering, exam requests, parts, permissions (the first facts stream). */
import type { Drawer } from "./drawer.js";

export function courseFacts(f: Drawer, start: number): Record<string, unknown> {
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
