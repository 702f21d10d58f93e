/**
 * Art. 14 and 46 per course: a study trip (taken part in or not), extra study costs (directly
 * related or not, stated in the ECTS sheet), FEB's payment before, on and after the due date, the
 * ECTS sheet making timely payment a condition for the exam; per enrolment, FARM's top-up of the
 * laboratory kit.
 */
import { addDays, type Drawer } from "./drawer.js";

export function studyCostCourseFacts(f: Drawer, start: number): Record<string, unknown> {
  const extra = f.yes(0.15);
  const due = f.date(start, 1, 3);
  const paid = f.yes(0.9);
  return {
    study_trip: f.yes(0.05),
    study_trip_participation: f.yes(0.8),
    extra_costs: extra,
    extra_costs_directly_related: f.yes(0.9),
    ects_extra_costs: f.yes(0.7),
    extra_costs_due_date: due,
    extra_costs_paid: paid,
    // paid before, on and after the due day ("vóór de gestelde datum" is strict)
    extra_costs_paid_date: addDays(due, f.yes(0.5) ? f.int(-1, 1) : f.int(-30, 10)),
    ects_extra_costs_condition: f.yes(0.2),
    extra_costs_paid_on_time: f.yes(0.9),
  };
}

export function labMaterialTopUpCost(f: Drawer): number {
  return f.yes(0.8) ? 0 : f.int(1, 60);
}
