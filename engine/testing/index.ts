/** The testing door: the examples in regulation files run, with rule coverage. */
export { allRules, checkExpectation, runTests, type RuleRef, type TestFailure, type TestReport, type TestResult } from "./run-tests.js";
export { conditionCovered, conditionCoverage, coveredAsComplement, type Condition, type ConditionCoverage } from "./condition-coverage.js";
export { narrowedRights } from "./narrowed-rights.js";
