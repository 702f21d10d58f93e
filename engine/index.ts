/**
 * The engine's public door (`regelwerk`): browser-safe — no Node imports, no schema compiled at
 * import time. The pipeline: load → check → layers → compile → evaluate → explain; receipts and
 * tests beside it. Node's file system and hasher are in `regelwerk/node`; the CLI in engine/cli.
 */
export { openAll, openVersion } from "./pipeline.js";
export { findVersionDirs, loadAll, loadVersion, memoryFileSystem, contextProblems, readContexts, contextValidator, usePrecompiledValidators, type PrecompiledValidators, type FileSystem, type LoadedFile, type LoadedVersion, type Manifest, type Layer, type GlossaryTerm, type Origin } from "./load/index.js";
export { checkVersion, type RegulationFile, type RegulationVersion } from "./check/index.js";
export { LAYER_RANK, appliesTo, scopeOf, type Scope } from "./layers/index.js";
export { compilationKey, compileVersion, generatedSourceOf, scopeSource, useGeneratedCode, type CompiledRegulation } from "./compile/index.js";
export { Evaluator, evaluate, whatWouldChange, type DecisionResult, type EvaluationResult, type Receipt, type WhatIf, receiptData } from "./evaluate/index.js";
export {
  buildDecision,
  buildExplanation,
  explainDecision,
  explainReport,
  explainResult,
  renderDecision,
  renderExplanation,
  renderReport,
  type DecisionExplanation,
  type Emphasis,
  type Style,
  type Explanation,
  type ObservationNode,
  type RenderOptions,
  type RuleExplanation,
  type ValueNode,
  type WhatIfNode,
} from "./explain/index.js";
export type { DecisionTrace, FoldObservation, FoldStep, Observation, RuleTrace, StepReason } from "./runtime/index.js";
export { conditionCovered, coveredAsComplement, runTests, type Condition, type TestReport } from "./testing/index.js";
export { coverageOf, type CoverageReport } from "./coverage/index.js";
export { canonicalJson, portableSha256, rulesHash, type Hasher } from "./receipt/index.js";
export { ENGINE_VERSION } from "./version.js";
export { Workspace, applyEdits, suggestionOf, type CodeAction, type Location, type RenameResult, type TextEdit, type Update, type WorkspaceEdit } from "./workspace/index.js";
export { enumOf, generalTextOf, skeletonInput, supplementSkeleton, type SkeletonInput } from "./authoring/index.js";
export { diffVersions, isEmptyDiff, renderDiffHtml, renderDiffText, summaryOf, type VersionDiff } from "./diff/index.js";
