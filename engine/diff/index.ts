/** The diff stage's door: two versions of a regulation set compared by structure, rendered as text or HTML. */
export { diffVersions } from "./version-diff.js";
export { isEmptyDiff, type ArticleDiff, type CalendarChange, type Change, type FieldChange, type FileDiff, type ParameterChange, type ProvisionChange, type StatementChange, type VersionDiff, type WordStep } from "./model.js";
export { summaryOf, type SummaryRow } from "./summary.js";
export { renderDiffText } from "./render-text.js";
export { escapeHtml, htmlPage, renderDiffHtml, structuralSections } from "./render-html.js";
export { wordDiff } from "./word-diff.js";
export { BehaviourTally, changedDecisions, decisionBaseId, type ExampleSideBySide, EXAMPLES_PER_TRANSITION, type BehaviourDiff, type DecisionTransitions, type Transition } from "./behaviour.js";
export { behaviourSections, renderBehaviourText } from "./render-behaviour.js";
export { COHORT_FACULTIES, generateCohort, random, type CohortOptions } from "./cohort.js";
export { diffWords } from "./words.js";
export { SharedScopes, type ScopeStats } from "./shared-scopes.js";
export { renderSideBySideHtml, renderSideBySideText, sideBySide, type SideBySideRow } from "./side-by-side.js";
