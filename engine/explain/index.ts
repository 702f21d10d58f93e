/** The explain stage's door: an explanation tree built from a result, rendered in Dutch or English. */
export { explainDecision, explainResult } from "./explain.js";
export { buildDecision, buildExplanation } from "./build.js";
export { renderDecision, renderExplanation, type RenderOptions } from "./render.js";
export type { DecisionExplanation, Explanation, ObservationNode, RuleExplanation, ValueNode, WhatIfNode } from "./explanation.js";
export { provisionFor, termsIn } from "./provision.js";
