/**
 * The four rules as a GoRules JDM graph for @gorules/zen-engine: a decision table per decision
 * (hit policy "first", a row per rule of the regulation, in order), all fed by the input; the
 * derived values are input-column expressions (ZEN's expression language).
 */
import { ZenEngine } from "@gorules/zen-engine";
import { FOUR, type FourResult, type RuleIds } from "./four-rules.js";

const SPECIAL = `["preparatory", "educational_master_shortened", "advanced_master", "teacher_training", "postgraduate"]`;
const CREDITS_TAKEN = `sum(map(courses, #.credits)) + sum(map(filter(enrolment.other_enrolments, #.institution == "kuleuven"), #.credits))`;
const IN_SCOPE = `enrolment.credits_remaining_bachelor > 120 or enrolment.programme.kind == "bridging"`;
const CSE = `round(enrolment.cse_after_september)`;

/** Per decision: the input columns (name → expression) and the rows (cells per column, outcome). */
const TABLES: Record<(typeof FOUR)[number], { inputs: Record<string, string>; rows: [Record<string, string>, string][] }> = {
  "art22.minimum_credits": {
    inputs: {
      taken: CREDITS_TAKEN,
      remaining: "enrolment.credits_remaining",
      deviation: "enrolment.isp_deviation or (student.recognised_status == true and student.advised_credit_deviation == true)",
      special: `(enrolment.programme.kind in ${SPECIAL} or enrolment.contract == "credit") and all(filter(enrolment.other_enrolments, #.institution == "kuleuven"), #.programme_kind in ${SPECIAL} or #.contract == "credit")`,
      elsewhere: `some(enrolment.other_enrolments, #.institution == "other" and #.contract == "diploma")`,
    },
    rows: [[{ taken: ">= 25" }, "allowed"], [{ remaining: "< 25" }, "allowed"], [{ deviation: "true" }, "allowed"], [{ special: "true" }, "allowed"], [{ elsewhere: "true" }, "allowed"], [{}, "refused"]],
  },
  "art22.maximum_credits": {
    inputs: { diploma: "student.diplomas.academic_bachelor or student.diplomas.bridging_certificate", taken: CREDITS_TAKEN },
    rows: [[{ diploma: "true" }, "allowed"], [{ taken: "<= 72" }, "allowed"], [{}, "refused"]],
  },
  "art33.low_efficiency_refusal": {
    inputs: { scope: IN_SCOPE, cse: CSE },
    rows: [[{ scope: "false" }, "not_applicable"], [{ cse: "< 30" }, "refused"], [{}, "allowed"]],
  },
  "art34.binding_conditions": {
    inputs: { scope: IN_SCOPE, cse: CSE, binding: "enrolment.binding_conditions" },
    rows: [[{ scope: "false" }, "not_applicable"], [{ cse: "< 30" }, "not_applicable"], [{ binding: "true", cse: "< 50" }, "not_applicable"], [{ cse: "< 50" }, "required"], [{}, "not_applicable"]],
  },
};

function graph(ids: RuleIds): object {
  const nodes: object[] = [{ id: "in", type: "inputNode", name: "student" }, { id: "out", type: "outputNode", name: "result" }];
  const edges: object[] = [];
  FOUR.forEach((id, t) => {
    const table = TABLES[id];
    const key = `d${t}`;
    nodes.push({
      id: key,
      type: "decisionTableNode",
      name: id,
      content: {
        hitPolicy: "first",
        inputs: Object.entries(table.inputs).map(([name, field]) => ({ id: name, name, field })),
        outputs: [{ id: "outcome", name: "outcome", field: `${key}.outcome` }, { id: "rule", name: "rule", field: `${key}.rule` }],
        rules: table.rows.map(([cells, outcome], i) => ({ _id: `${key}r${i}`, ...Object.fromEntries(Object.keys(table.inputs).map((name) => [name, cells[name] ?? ""])), outcome: JSON.stringify(outcome), rule: JSON.stringify(ids[id][i]) })),
      },
    });
    edges.push({ id: `e${t}a`, sourceId: "in", targetId: key, type: "edge" }, { id: `e${t}b`, sourceId: key, targetId: "out", type: "edge" });
  });
  return { nodes, edges };
}

export function zenEngine(ids: RuleIds) {
  const decision = new ZenEngine().createDecision(graph(ids) as never);
  return async (context: Record<string, unknown>, trace = false): Promise<FourResult[]> => {
    const { result } = await decision.evaluate(context, { trace });
    const r = result as Record<string, { outcome: string; rule: string }>;
    return FOUR.map((id, t) => ({ id, outcome: r[`d${t}`]!.outcome, rule: r[`d${t}`]!.rule }));
  };
}
