/** The unit of a value as a code — sp, percent, hours, days, date — taken from its type; renderers word it. */
import type { UnitName } from "./keywords.js";
import type { Type } from "./types.js";

export type UnitCode = UnitName | "date";

export function unitOf(type: Type): UnitCode | null {
  if (type.kind === "date") return "date";
  return type.kind === "number" ? type.unit : null;
}
