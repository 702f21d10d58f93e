/** The versioning stage's door: a version moved to another academic year (calendar and examples). */
export { isAcademicYear, nthWeekdayOfMonth, ruleHolds, sameDayYearsLater, shiftAcademicYear, shiftCalendar, shiftPoint, type ShiftedPoint, type ShiftHow } from "./calendar-shift.js";
export { anchorsOf, literalDates, byDays, byNearestAnchor, bySameDay, moveValue, type Anchor, type DateMap } from "./move-dates.js";
export { moveExamplesInText } from "./move-examples.js";
export { fitExamples, type ExampleRef, type Fitting } from "./fit-examples.js";
export { moveManifestText } from "./move-manifest.js";
export { testAgainst, type AgainstReport, type ChangedDecision, type ChangedExample, type SideOutcome } from "./against.js";
