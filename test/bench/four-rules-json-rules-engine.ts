/**
 * The four rules in json-rules-engine: a rule per line of the regulation's rule lists, with a
 * priority that keeps their order; derived values (credits taken, scope of art. 33/34) as dynamic
 * facts, the library's way. Every rule is run; per decision the first rule in order that held decides.
 */
import { Engine, type RuleProperties } from "json-rules-engine";
import { FOUR, type FourResult, type RuleIds } from "./four-rules.js";

const SPECIAL = ["preparatory", "educational_master_shortened", "advanced_master", "teacher_training", "postgraduate"];

type Condition = Record<string, unknown>;
const fact = (name: string, operator: string, value: unknown, path?: string): Condition => ({ fact: name, operator, value, ...(path ? { path } : {}) });

/** Per decision, its rules in order: the condition (all of) and the outcome. */
function lines(): Record<(typeof FOUR)[number], { all: Condition[]; outcome: string }[]> {
  return {
    "art22.minimum_credits": [
      { all: [fact("credits_taken", "greaterThanInclusive", 25)], outcome: "allowed" },
      { all: [fact("enrolment", "lessThan", 25, "$.credits_remaining")], outcome: "allowed" },
      { all: [fact("below_minimum_allowed", "equal", true)], outcome: "allowed" },
      { all: [fact("only_special_enrolments", "equal", true)], outcome: "allowed" },
      { all: [fact("diploma_contract_elsewhere", "equal", true)], outcome: "allowed" },
      { all: [], outcome: "refused" },
    ],
    "art22.maximum_credits": [
      { all: [fact("academic_bachelor_or_bridging", "equal", true)], outcome: "allowed" },
      { all: [fact("credits_taken", "lessThanInclusive", 72)], outcome: "allowed" },
      { all: [], outcome: "refused" },
    ],
    "art33.low_efficiency_refusal": [
      { all: [fact("in_scope", "equal", false)], outcome: "not_applicable" },
      { all: [fact("rounded_cse", "lessThan", 30)], outcome: "refused" },
      { all: [], outcome: "allowed" },
    ],
    "art34.binding_conditions": [
      { all: [fact("in_scope", "equal", false)], outcome: "not_applicable" },
      { all: [fact("rounded_cse", "lessThan", 30)], outcome: "not_applicable" },
      { all: [fact("enrolment", "equal", true, "$.binding_conditions"), fact("rounded_cse", "lessThan", 50)], outcome: "not_applicable" },
      { all: [fact("rounded_cse", "lessThan", 50)], outcome: "required" },
      { all: [], outcome: "not_applicable" },
    ],
  };
}

interface Other {
  programme_kind: string;
  contract: string;
  credits: number;
  institution: string;
}

export function jsonRulesEngine(ids: RuleIds) {
  const engine = new Engine([], { allowUndefinedFacts: false });
  for (const id of FOUR) {
    lines()[id].forEach((line, i) => {
      const rule: RuleProperties = { conditions: { all: line.all as never[] }, priority: 100 - i, event: { type: id, params: { index: i, outcome: line.outcome, rule: ids[id][i] } } };
      engine.addRule(rule);
    });
  }
  const enrolment = async (almanac: { factValue(name: string): Promise<unknown> }) => (await almanac.factValue("enrolment")) as { programme: { kind: string }; contract: string; credits_remaining_bachelor: number; cse_after_september: number; other_enrolments: Other[] };
  engine.addFact("credits_taken", async (_p, almanac) => {
    const courses = (await almanac.factValue("courses")) as { credits: number }[];
    const e = await enrolment(almanac);
    return courses.reduce((n, c) => n + c.credits, 0) + e.other_enrolments.filter((o) => o.institution === "kuleuven").reduce((n, o) => n + o.credits, 0);
  });
  engine.addFact("only_special_enrolments", async (_p, almanac) => {
    const e = await enrolment(almanac);
    return (SPECIAL.includes(e.programme.kind) || e.contract === "credit") && e.other_enrolments.filter((o) => o.institution === "kuleuven").every((o) => SPECIAL.includes(o.programme_kind) || o.contract === "credit");
  });
  engine.addFact("diploma_contract_elsewhere", async (_p, almanac) => (await enrolment(almanac)).other_enrolments.some((o) => o.institution === "other" && o.contract === "diploma"));
  engine.addFact("academic_bachelor_or_bridging", async (_p, almanac) => {
    const d = ((await almanac.factValue("student")) as { diplomas: { academic_bachelor: boolean; bridging_certificate: boolean } }).diplomas;
    return d.academic_bachelor || d.bridging_certificate;
  });
  engine.addFact("in_scope", async (_p, almanac) => {
    const e = await enrolment(almanac);
    return e.credits_remaining_bachelor > 120 || e.programme.kind === "bridging";
  });
  // art. 24: a recognised status with an advised deviation "in elk geval", or the faculty's decision.
  engine.addFact("below_minimum_allowed", async (_p, almanac) => {
    const e = (await almanac.factValue("enrolment")) as { isp_deviation?: boolean };
    const s = (await almanac.factValue("student")) as { recognised_status?: boolean; advised_credit_deviation?: boolean };
    return e.isp_deviation === true || (s.recognised_status === true && s.advised_credit_deviation === true);
  });
  engine.addFact("rounded_cse", async (_p, almanac) => Math.round((await enrolment(almanac)).cse_after_september));

  return async (context: Record<string, unknown>): Promise<FourResult[]> => {
    const { events } = await engine.run(context);
    const first = new Map<string, { index: number; outcome: string; rule: string }>();
    for (const e of events) {
      const p = e.params as { index: number; outcome: string; rule: string };
      const seen = first.get(e.type);
      if (!seen || p.index < seen.index) first.set(e.type, p);
    }
    return FOUR.map((id) => ({ id, outcome: first.get(id)!.outcome, rule: first.get(id)!.rule }));
  };
}
