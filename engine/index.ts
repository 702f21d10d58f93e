/** The engine's public door: load, compile, evaluate, explain, test. The CLI is in engine/cli (Node only). */
export { loadAll, loadVersion, findVersionDirs } from "./load/load-version.js";
export { memoryFileSystem, type FileSystem } from "./load/file-system.js";
export type { RegulationVersion, RegulationFile, Manifest, Layer, GlossaryTerm } from "./load/model.js";
export { readContexts, contextProblems } from "./load/context.js";
export { compileVersion, type CompiledRegulation, type Scope } from "./compile/compile-version.js";
export { evaluate, type EvaluationResult, type DecisionResult, type Receipt } from "./evaluate/evaluate.js";
export { Evaluator } from "./evaluator.js";
export { explainResult, explainDecision } from "./explain/explain.js";
export { buildExplanation, buildDecision } from "./explain/build.js";
export { renderExplanation, renderDecision, type RenderOptions } from "./explain/render.js";
export type { Explanation, DecisionExplanation, RuleExplanation, ObservationNode, ValueNode, WhatIfNode } from "./explain/explanation.js";
export type { Origin } from "./load/origin.js";
export { runTests, type TestReport } from "./testing/run-tests.js";
export { ENGINE_VERSION } from "./version.js";
export { EvaluationResultSchema, DecisionResultSchema, type EvaluationResultJson } from "./api-schema.js";
export { whatWouldChange, type WhatIf } from "./evaluate/what-if.js";
