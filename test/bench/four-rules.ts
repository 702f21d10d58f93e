/**
 * The four rules of the engine comparison — art. 22 §2 minimum, art. 22 §3 maximum, art. 33 and
 * art. 34 (binding conditions), as the general text has them — and the result shape every engine
 * returns for them: per decision its outcome and the rule that decided (`file:line` of the rule in
 * the regulation file), so the engines can be checked against each other before they are timed.
 */
import { compileVersion, evaluate, type RegulationVersion } from "../../engine/index.js";
import type { Hasher } from "../../engine/index.js";
import { narrowedTo } from "./narrowed.js";

export const FOUR = ["art22.minimum_credits", "art22.maximum_credits", "art33.low_efficiency_refusal", "art34.binding_conditions"] as const;

export interface FourResult {
  readonly id: string;
  readonly outcome: string;
  readonly rule: string;
}

/** Per decision, the `file:line` of each of its general rules, in order: the hand-written code cites them. */
export type RuleIds = Readonly<Record<(typeof FOUR)[number], readonly string[]>>;

/** The general text compiled once (no faculty, so no faculty exception), narrowed to the four decisions and what they read. */
export function regelwerkFour(version: RegulationVersion, hasher: Hasher, generated = false) {
  const four = new Set<string>(FOUR);
  // Art. 22 §2 reads art. 24's credit_limit_deviation: the narrowed scope keeps it.
  const compiled = narrowedTo(compileVersion(version, {}, hasher, { generated }), (d) => four.has(d.id));
  const isFour = (id: string) => four.has(id);
  const ruleIds = Object.fromEntries(compiled.decisions.filter((d) => isFour(d.id)).map((d) => [d.id, d.base.rules.map((r) => `${r.source.file}:${r.source.line}`)])) as unknown as RuleIds;
  // Each rule's `file:line`, written once as the other engines have theirs (the result names the rule's source).
  const ruleText = new Map(compiled.decisions.flatMap((d) => d.base.rules.map((r) => [r.source, `${r.source.file}:${r.source.line}`] as const)));
  return {
    ruleIds,
    run(context: Record<string, unknown>, trace: boolean, hashInput = true): FourResult[] {
      return evaluate(compiled, context, { trace, hasher, hashInput }).decisions.filter((d) => isFour(d.id)).map((d) => ({ id: d.id, outcome: d.outcome, rule: d.source ? (ruleText.get(d.source) ?? `${d.source.file}:${d.source.line}`) : "" }));
    },
  };
}
