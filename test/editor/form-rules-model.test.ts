/** The rules block as the form edits it: what it reads as editable, what it keeps read-only, and what it writes. */
import { describe, expect, it } from "vitest";
import { parse } from "../../dsl/index.js";
import { readRules, writeRules, type FormException, type FormRule } from "../../editor/client/form/rules-model.js";
import { factsMeeting } from "../../editor/client/form/exception-builder.js";
import { operandFor, operatorsFor } from "../../editor/client/form/form-rules.js";
import type { Fact } from "../../editor/client/worker/facts.js";

const RULES = `# Een opmerking boven alles.
wijzig art4.max_remaining = 9 sp "ten hoogste 9 studiepunten" / "at most 9 credits"

definitie nog = enrolment.credits_remaining - 1 sp

uitzondering op art22.minimum_credits:
  toegestaan als enrolment.contract in ["diploma", "diploma_exam"] en enrolment.programme.distance_learning en niet enrolment.first_in_programme "reden" / "reason"

uitzondering op art22.minimum_credits:
  toegestaan als enrolment.credits_remaining < 20 sp of (enrolment.cse >= 50 % en enrolment.isp_deviation)
`;

describe("the rules block in the form", () => {
  const model = readRules(RULES);

  it("reads sets and simple exceptions as editable, the rest read-only with the reason", () => {
    expect(model.lang).toBe("nl");
    expect(model.statements.map((s) => (s.kind === "text" ? `text:${s.why}` : s.kind))).toEqual(["set", "text:definition", "exception", "text:expression"]);
    const exception = model.statements[2] as FormException;
    expect(exception.rules[0]!.conditions).toEqual([
      { fact: "enrolment.contract", operator: "in", operand: { kind: "list", values: ["diploma", "diploma_exam"] } },
      { fact: "enrolment.programme.distance_learning", operator: "is", operand: null },
      { fact: "enrolment.first_in_programme", operator: "is not", operand: null },
    ]);
  });

  it("writes an edit in the file's keywords, keeps the comment and the read-only statements, and formats", () => {
    const exception = model.statements[2] as FormException;
    const rule: FormRule = { ...exception.rules[0]!, combine: "or", conditions: [...exception.rules[0]!.conditions, { fact: "enrolment.cse", operator: ">=", operand: { kind: "number", text: "60", unit: "percent" } }], reasonEn: 'a "quoted" reason' };
    const written = writeRules(RULES, { ...model, statements: model.statements.map((s, i) => (i === 2 ? { ...exception, rules: [rule] } : s)) });
    expect(written).toContain("# Een opmerking boven alles.");
    expect(written).toContain("definitie nog = enrolment.credits_remaining - 1 sp");
    // Too long for one line: broken before each `of`, as fmt breaks it.
    expect(written).toContain('toegestaan als enrolment.contract in ["diploma", "diploma_exam"]\n      of enrolment.programme.distance_learning\n      of niet enrolment.first_in_programme\n      of enrolment.cse >= 60 % "reden" / "a \\"quoted\\" reason"');
    // The other exception is kept as written, its parentheses too (fmt keeps the parentheses an author wrote).
    expect(written).toContain("of (enrolment.cse >= 50 % en enrolment.isp_deviation)");
    expect(parse(written).diagnostics).toEqual([]);
  });

  it("removes a statement and appends a new one", () => {
    const added: FormException = { kind: "exception", target: "art22.minimum_credits", labelNl: "", labelEn: "", paragraph: null, rules: [{ outcome: "refused", value: null, otherwise: true, combine: "and", conditions: [], reasonNl: "nooit", reasonEn: "", paragraph: "§2" }] };
    const written = writeRules(RULES, { ...model, statements: [...model.statements.filter((_, i) => i !== 1), added] });
    expect(written).not.toContain("definitie nog");
    expect(written.trimEnd().endsWith('uitzondering op art22.minimum_credits:\n  anders geweigerd "nooit" §2')).toBe(true);
    expect(readRules(written).statements).toHaveLength(4);
  });

  it("names a statement with accumulate(…) read-only, whatever its kind, and writes it back unchanged", () => {
    const rules = `wijzig art4.max_remaining = accumuleer(s = 0 sp voor j in reeks(1, 3) dan s + 3 sp) "drie keer 3"

uitzondering op art22.minimum_credits:
  toegestaan als accumuleer(s = 0 sp voor c in courses dan s + c.credits) < 20 sp
`;
    const read = readRules(rules);
    expect(read.statements.map((s) => (s.kind === "text" ? `text:${s.why}` : s.kind))).toEqual(["text:fold", "text:fold"]);
    expect(writeRules(rules, read)).toBe(rules);
  });

  it("keeps rules that do not parse as one read-only text, unchanged", () => {
    const broken = "uitzondering op art22.minimum_credits:\n  toegestaan als (\n";
    const read = readRules(broken);
    expect(read.statements).toEqual([{ kind: "text", text: broken, why: "parse-error" }]);
    expect(writeRules(broken, read)).toBe(broken);
  });
});

const credits: Fact = { path: "enrolment.credits_remaining", type: "number", unit: "sp" };
const kind: Fact = { path: "enrolment.programme.kind", type: "string", values: ["bachelor", "bridging", "initial_master"] };
const distance: Fact = { path: "enrolment.programme.distance_learning", type: "boolean" };
const start: Fact = { path: "enrolment.enrolment_date", type: "date" };

describe("conditions built in the form", () => {
  it("offers the operators that fit each fact's type", () => {
    expect(operatorsFor(distance)).toEqual(["is", "is not"]);
    expect(operatorsFor(kind)).toEqual(["=", "!=", "in", "not in"]);
    expect(operatorsFor(credits)).toContain("<=");
    expect(operatorsFor(start)).toContain("<");
    expect(operandFor(credits, "<", null)).toEqual({ kind: "number", text: "0", unit: "sp" });
    expect(operandFor(kind, "in", { kind: "text", value: "bridging" })).toEqual({ kind: "list", values: ["bridging"] });
  });

  it("fills a test's facts so that every condition holds, keeping the rest", () => {
    const given = factsMeeting(
      [
        { fact: credits.path, operator: "<", operand: { kind: "number", text: "20", unit: "sp" } },
        { fact: kind.path, operator: "not in", operand: { kind: "list", values: ["bachelor"] } },
        { fact: distance.path, operator: "is not", operand: null },
        { fact: start.path, operator: ">", operand: { kind: "date", value: "2020-10-01" } },
      ],
      [credits, kind, distance, start],
      { enrolment: { faculty: "WET", contract: "diploma" } },
    );
    expect(given).toEqual({ enrolment: { faculty: "WET", contract: "diploma", credits_remaining: 19, enrolment_date: "2020-10-02", programme: { kind: "bridging", distance_learning: false } } });
  });
});
