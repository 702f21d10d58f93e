import { addDays, type Drawer } from "./drawer.js";

export interface ExamPeriod {
  readonly period: "first" | "second" | "third";
  readonly period_start: string;
  readonly period_end: string;
}

/** The year's three exam periods (the OER gives no dates; these are of the 2020-2021 calendar's shape). */
export function examPeriods(start: number): readonly ExamPeriod[] {
  return [
    { period: "first", period_start: `${start + 1}-01-04`, period_end: `${start + 1}-02-05` },
    { period: "second", period_start: `${start + 1}-06-01`, period_end: `${start + 1}-07-03` },
    { period: "third", period_start: `${start + 1}-08-16`, period_end: `${start + 1}-09-11` },
  ];
}

/** Art. 45 and 71: the exam schedules of the year's three periods, exam moves, changes of fixed results. */
export function examFacts(f: Drawer, start: number): Record<string, unknown> {
  const periods = examPeriods(start);
  return {
    exam_schedules: periods.map((p) => ({ code: p.period, ...p, fixed_date: addDays(p.period_start, -f.int(5, 60)), information_date: addDays(p.period_start, -f.int(5, 60)), too_few_exam_days: f.yes(0.05) })),
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
