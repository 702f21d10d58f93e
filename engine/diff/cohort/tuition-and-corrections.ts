/**
 * Art. 15 and 70: a student who has not paid the tuition, reminded or not and past the reminder's
 * date or not; a correction of a fixed result that would reverse a programme's pass.
 */
import type { Drawer } from "./drawer.js";

export function tuitionFacts(f: Drawer, paid: boolean): Record<string, unknown> {
  const reminded = !paid && f.yes(0.8);
  return { tuition_reminded: reminded, tuition_due_date_passed: reminded && f.yes(0.5) };
}

export function resultChangeFacts(f: Drawer): Record<string, unknown> {
  return { reverses_programme_pass: f.yes(0.1) };
}
