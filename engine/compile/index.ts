/** The compile stage's door: a checked version compiled per scope into closures. */
export { compileVersion, compilationKey, useGeneratedCode, fileLang, sourceRef, type CompiledDecision, type CompiledRegulation, type CompiledRule, type CompiledRuleSet, type Scope } from "./compile-version.js";
export { ruleId } from "./rule-id.js";
export { generatedSourceOf, scopeSource } from "./generate-rules.js";
export type { RuleSetOut } from "./generated-runtime.js";
export { constantMemo } from "./constant-parameters.js";
