/** The student's own facts: residence, learning credit, exchange, diplomas (the first facts stream). */
import type { Drawer } from "./drawer.js";

export function studentFacts(f: Drawer, kind: string): Record<string, unknown> {
  return {
    temporary_resident: f.yes(0.1),
    learning_credit: f.int(-20, 140),
    incoming_exchange: f.yes(0.05),
    exam_spreading_right: f.yes(0.03),
    diplomas: { initial_master: false, academic_bachelor: kind !== "bachelor" && kind !== "bachelor_shortened" && kind !== "bridging", professional_bachelor: kind === "bridging", bridging_certificate: false, secondary_flemish: true },
  };
}
