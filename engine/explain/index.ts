/** The explain stage's door: an explanation tree built from a result, rendered in Dutch or English. */
export { explainDecision, explainReport, explainResult } from "./explain.js";
export { buildDecision, buildExplanation } from "./build.js";
export { renderDecision, renderExplanation, type Emphasis, type RenderOptions, type Style } from "./render.js";
export { renderReport, worthExplaining } from "./report.js";
export type { DecisionExplanation, Explanation, ObservationNode, RuleExplanation, ValueNode, WhatIfNode } from "./explanation.js";
export { provisionFor, termsIn } from "./provision.js";
