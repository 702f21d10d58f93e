/**
 * Explanations: a decision rendered as sentences in Dutch (default) or English that cite the article,
 * its paragraph and the faculty text that decided, quote the provision, and show the values the rule
 * saw — the explanation tree (build.ts) rendered by render.ts.
 */
import type { Lang } from "../../dsl/index.js";
import type { RegulationVersion } from "../check/index.js";
import type { DecisionResult, EvaluationResult, WhatIf } from "../evaluate/index.js";
import { buildDecision, buildExplanation } from "./build.js";
import { renderDecision, renderExplanation, type RenderOptions } from "./render.js";
import { renderReport } from "./report.js";

export { provisionFor, termsIn } from "./provision.js";

export function explainDecision(d: DecisionResult, version: RegulationVersion, lang: Lang, verbose = false, whatIf: WhatIf | null = null): string {
  return renderDecision(buildDecision(d, version, whatIf), lang, { verbose });
}

export function explainResult(result: EvaluationResult, version: RegulationVersion, lang: Lang, verbose = false, whatIfs: ReadonlyMap<string, WhatIf> = new Map()): string {
  return renderExplanation(buildExplanation(result, version, whatIfs), lang, { verbose });
}

/** The report of `regelwerk eval`: a summary table, the explanations worth reading (all with `verbose`), the receipt. */
export function explainReport(result: EvaluationResult, version: RegulationVersion, lang: Lang, options: RenderOptions = {}, whatIfs: ReadonlyMap<string, WhatIf> = new Map()): string {
  return renderReport(buildExplanation(result, version, whatIfs), lang, options);
}
