/** The evaluate stage's door: a compiled regulation applied to one student, and what would change it. */
export { evaluate, matchesArticle, type DecisionResult, type EvaluateOptions, type EvaluationResult, type ResultOutcome } from "./evaluate.js";
export { receiptData, type Receipt } from "./lazy-receipt.js";
export { Evaluator } from "./evaluator.js";
export { decisionsRead } from "./decision-reads.js";
export { whatWouldChange, type WhatIf } from "./what-if.js";
