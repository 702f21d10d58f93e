/**
 * `regelwerk eval --json` keeps to the published schema (engine/api-schema.ts) for every example,
 * and records where a decision comes from and the units of values as data, not as text.
 */
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EvaluationResultSchema } from "../../engine/api-schema.js";
import { main } from "../../engine/cli/main.js";

const REGULATION_OF: Record<string, string> = {
  "lio-kuleuven.yaml": "regulations/kuleuven-lio/2020-2021",
  "lio-vub.yaml": "regulations/vub-teacher-training/2021-2022",
  "internship-calendar.yaml": "regulations/lerarenstage/2017-2018",
  "learning-credit-career.yaml": "regulations/flanders-learning-credit/2020-2021",
};

function evalJson(file: string): unknown {
  let out = "";
  const regulation = REGULATION_OF[file];
  const code = main(["eval", `examples/${file}`, "--json", ...(regulation ? ["--regulation", regulation] : [])], { out: (t) => (out += t), err: () => {} });
  expect(code).toBe(0);
  return JSON.parse(out);
}

describe("JSON output", () => {
  for (const file of readdirSync("examples").filter((f) => f.endsWith(".yaml"))) {
    it(`of ${file} matches the schema`, () => {
      const parsed = EvaluationResultSchema.safeParse(evalJson(file));
      expect(parsed.success ? [] : parsed.error.issues.slice(0, 3)).toEqual([]);
    });
  }
});

describe("JSON data, not text", () => {
  it("names the deciding layer by article, role and scope", () => {
    const result = evalJson("bridging-programme.yaml") as { decisions: { id: string; origin: unknown; trace?: { considered: { origin: unknown }[] } }[] };
    const d = result.decisions.find((x) => x.id === "art22.minimum_credits")!;
    expect(d.origin).toEqual({ article: 22, role: "supplement", faculty: "IIW" });
    // The IIW deviation was considered first and did not apply; the general rule was not reached.
    expect(d.trace!.considered.map((r) => r.origin)).toEqual([
      { article: 22, role: "deviation", faculty: "IIW" },
      { article: 22, role: "supplement", faculty: "IIW" },
    ]);
  });

  it("gives the unit of values and of the what-if as a code", () => {
    const result = evalJson("low-efficiency-bachelor.yaml") as { decisions: { id: string; what_if?: unknown }[] };
    const d = result.decisions.find((x) => x.id === "art33.low_efficiency_refusal")!;
    expect(d.what_if).toEqual({ fact: "enrolment.cse_after_september", from: 29.4, to: 29.5, unit: "percent", outcome: "allowed" });
  });

  it("a field the schema does not list is refused", () => {
    const result = evalJson("bridging-programme.yaml") as { decisions: Record<string, unknown>[] };
    const withExtra = { ...result, decisions: [{ ...result.decisions[0], origin_label: "art. 22 algemeen" }] };
    expect(EvaluationResultSchema.safeParse(withExtra).success).toBe(false);
  });
});
