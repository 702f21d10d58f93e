/**
 * Evaluation results: receipts (the same input hashes the same whatever its key order; other rules
 * hash differently) and traces (only when asked for).
 */
import { describe, expect, it } from "vitest";
import { Evaluator, buildExplanation, receiptData } from "../../../engine/index.js";
import { ENGINE_VERSION } from "../../../engine/index.js";
import { loadSet, type FileSpec } from "../../support/regulation-set.js";

const rules = (minimum: string) => `
parameter minimum = ${minimum} "ten minste"
decision minimum_credits "Minimumgrens" §2:
  allowed if sum(c.credits for c in courses) >= minimum "genoeg"
  otherwise refused "te weinig"`;

const general = (minimum = "25 sp"): FileSpec => ({ id: "art10", open: ["minimum"], rules: rules(minimum) });
const law: FileSpec = { kind: "supplement", scope: { faculty: "LAW" }, rules: "set minimum = 20 sp" };

const context = {
  student: { id: "r0001", eea_national: true },
  enrolment: { faculty: "LET", academic_year: "2020-2021" },
  courses: [{ code: "C1", credits: 30, semester: "first" }],
};
/** The same facts, every record's keys in another order. */
const reordered = {
  courses: [{ semester: "first", credits: 30, code: "C1" }],
  enrolment: { academic_year: "2020-2021", faculty: "LET" },
  student: { eea_national: true, id: "r0001" },
};

describe("receipts", () => {
  const evaluator = new Evaluator(loadSet({ "art-10/general.yaml": general(), "art-10/law.yaml": law }));

  it("name the regulation, its version, the scope and the engine", () => {
    const { receipt } = evaluator.evaluate(context);
    expect(receipt).toMatchObject({ regulation: "oer", version: "2020-2021", scope: { faculty: "LET" }, engine_version: ENGINE_VERSION });
    expect(receipt.input_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(receipt.rules_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("hash the same input alike whatever the order of its keys", () => {
    expect(evaluator.evaluate(reordered).receipt.input_hash).toBe(evaluator.evaluate(context).receipt.input_hash);
  });

  it("hash different input differently", () => {
    const other = { ...context, courses: [{ code: "C1", credits: 31, semester: "first" }] };
    expect(evaluator.evaluate(other).receipt.input_hash).not.toBe(evaluator.evaluate(context).receipt.input_hash);
  });

  it("hash the same rules alike across loads, and other rules differently", () => {
    const again = new Evaluator(loadSet({ "art-10/general.yaml": general(), "art-10/law.yaml": law }));
    const changed = new Evaluator(loadSet({ "art-10/general.yaml": general("24 sp"), "art-10/law.yaml": law }));
    const hash = evaluator.evaluate(context).receipt.rules_hash;
    expect(again.evaluate(context).receipt.rules_hash).toBe(hash);
    expect(changed.evaluate(context).receipt.rules_hash).not.toBe(hash);
  });

  it("hash the rules that apply: a faculty with a supplement gets another rules hash", () => {
    const letHash = evaluator.evaluate(context).receipt.rules_hash;
    const lawHash = evaluator.evaluate({ ...context, enrolment: { faculty: "LAW" } }).receipt.rules_hash;
    expect(lawHash).not.toBe(letHash);
  });

  // The input hash is computed when first read (a getter of the receipt's class): every way a
  // receipt leaves the engine as data must still carry it, in the JSON receipt's field order.
  it("carry the input hash as data: as JSON, through receiptData, in an explanation", () => {
    const result = evaluator.evaluate(context);
    const hash = evaluator.evaluate(context).receipt.input_hash;
    const fields = ["regulation", "version", "scope", "rules_hash", "engine_version", "input_hash"];
    const json = JSON.parse(JSON.stringify(result)).receipt;
    expect(Object.keys(json)).toEqual(fields);
    expect(json.input_hash).toBe(hash);
    const data = structuredClone(receiptData(result.receipt));
    expect(Object.keys(data)).toEqual(fields);
    expect(data.input_hash).toBe(hash);
    const explained = structuredClone(buildExplanation(result, evaluator.version)).receipt;
    expect(explained.input_hash).toBe(hash);
  });

  it("hash nothing when asked not to, and the hash is then empty", () => {
    expect(evaluator.evaluate(context, { hashInput: false }).receipt.input_hash).toBe("");
    expect(JSON.parse(JSON.stringify(evaluator.evaluate(context, { hashInput: false }))).receipt.input_hash).toBe("");
  });
});

describe("traces", () => {
  const evaluator = new Evaluator(loadSet({ "art-10/general.yaml": general() }));

  it("are absent unless asked for", () => {
    for (const d of evaluator.evaluate(context).decisions) expect(d).not.toHaveProperty("trace");
    for (const d of evaluator.evaluate(context, { trace: false }).decisions) expect(d).not.toHaveProperty("trace");
  });

  it("show the rules considered and what each saw when asked for", () => {
    const [d] = evaluator.evaluate({ ...context, courses: [{ code: "C1", credits: 10 }] }, { trace: true }).decisions;
    expect(d!.outcome).toBe("refused");
    expect(d!.trace?.considered.map((r) => [r.text, r.applied])).toEqual([
      ['allowed if sum(c.credits for c in courses) >= minimum "genoeg"', false],
      ['otherwise refused "te weinig"', true],
    ]);
    const seen = d!.trace!.considered[0]!.observations;
    expect(seen).toContainEqual(expect.objectContaining({ kind: "parameter", name: "art10.minimum", display: "25 sp" }));
    expect(seen).toContainEqual(expect.objectContaining({ kind: "condition", display: "false" }));
  });

  it("do not change the outcome", () => {
    const plain = evaluator.evaluate(context).decisions.map((d) => [d.id, d.outcome, d.value]);
    const traced = evaluator.evaluate(context, { trace: true }).decisions.map((d) => [d.id, d.outcome, d.value]);
    expect(traced).toEqual(plain);
  });
});
