/** `regelwerk eval --json` keeps to the published schema (engine/api-schema.ts) for every example. */
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
