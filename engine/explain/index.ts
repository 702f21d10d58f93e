/** The explain stage's door: decisions rendered as Dutch or English text that cites the law. */
export { explainDecision, explainResult, provisionFor, termsIn } from "./explain.js";
