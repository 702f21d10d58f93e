/** The runtime's door: what compiled code and evaluation share (frame, values, traces, display). */
export { IN_PROGRESS, UNSET, newFrame, slotPath, type Code, type DecisionRead, type DecisionReader, type DefinitionBodies, type Frame } from "./frame.js";
export { Conflicted, Missing, Undecided, argumentCode, elementKey, elementPath, isUndecided } from "./values.js";
export type { DecisionObservation, DecisionTrace, FoldObservation, FoldStep, GivenOverride, Observation, RuleTrace, SourceRef, StepReason } from "./trace.js";
export { displayValue, jsonValue } from "./display.js";
export { factDay } from "./fact-day.js";
