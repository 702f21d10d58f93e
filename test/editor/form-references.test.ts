/**
 * Rules that call a definition of an element (`art47.no_credit_after_first_period(c)`) or read
 * another decision (`outcome(art24.credit_limit_deviation) = allowed`) in the form: read as
 * editable conditions, written back to the same text when left alone, written as fmt writes them
 * when changed, offered from the lists of what the rule can see, and checked by the editor's
 * language service — with the checker's line and column where an edit is wrong.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../dsl/index.js";
import { readForm, writeForm } from "../../editor/client/form/form-model.js";
import { decisionsFor, definitionsFor, newCall, newRead, type RuleScope } from "../../editor/client/form/reference-rows.js";
import { readRules, writeRules, type FormException, type FormRule, type RulesModel } from "../../editor/client/form/rules-model.js";
import { scopeFor } from "../../editor/client/form/form-rules.js";
import { readersOf, readingBack } from "../../editor/client/worker/reads-back.js";
import { LanguageService } from "../../editor/client/worker/service.js";
import { readRegulations } from "./support/regulations.js";

const ARCH = "regulations/kuleuven-oer/2020-2021/art-47/arch.yaml";
const WET = "regulations/kuleuven-oer/2020-2021/art-47/wet.yaml";

/** The model with rule `j` of statement `i` (an exception) changed. */
function withRule(model: RulesModel, i: number, j: number, change: (r: FormRule) => FormRule): RulesModel {
  return { ...model, statements: model.statements.map((s, k) => (k === i && s.kind === "exception" ? { ...s, rules: s.rules.map((r, m) => (m === j ? change(r) : r)) } : s)) };
}

describe("a call of a definition of an element in the form", () => {
  const files = readRegulations();
  const arch = readForm(files[ARCH]!)!;

  it("reads ARCH's exception on art. 47 as editable, the call as a condition, and writes the file back unchanged", () => {
    const exception = arch.rules.statements[0] as FormException;
    expect(exception.kind).toBe("exception");
    expect(exception.rules[0]!.conditions).toEqual([{ kind: "call", definition: "art47.no_credit_after_first_period", args: ["c"], negated: false }]);
    expect(writeForm(files[ARCH]!, arch)).toBe(files[ARCH]!);
  });

  it("reads every art. 47 faculty exception (multi-line `and` chains with a call first) and writes each back unchanged", () => {
    const paths = Object.keys(files).filter((p) => /\/2020-2021\/art-47\/(?!general)[^/]+\.yaml$/.test(p));
    expect(paths.length).toBeGreaterThan(15);
    for (const path of paths) {
      const model = readForm(files[path]!)!;
      expect(writeForm(files[path]!, model), path).toBe(files[path]!);
    }
    const wet = readForm(files[WET]!)!.rules.statements[0] as FormException;
    expect(wet.kind).toBe("exception");
    expect(wet.rules[0]!.conditions[0]).toEqual({ kind: "call", definition: "art47.no_credit_after_first_period", args: ["c"], negated: false });
    expect(wet.rules[0]!.conditions[2]).toEqual({ fact: "enrolment.could_graduate_in_january", operator: "is not", operand: null });
  });

  it("writes a changed outcome, another definition picked from the list, and `not`, as fmt writes them", () => {
    const changed = withRule(arch.rules, 0, 0, (r) => ({ ...r, outcome: "discretionary", conditions: [{ kind: "call", definition: "art47.has_credit", args: ["c"], negated: true }] }));
    const written = writeForm(files[ARCH]!, { ...arch, rules: changed });
    expect(written).toContain("    discretionary if not art47.has_credit(c) \"Architectuur voorziet");
    // Read again, the form shows what it wrote.
    expect((readForm(written)!.rules.statements[0] as FormException).rules[0]).toMatchObject({ outcome: "discretionary", conditions: [{ kind: "call", definition: "art47.has_credit", negated: true }] });
  });

  it("keeps a call with an argument that is not a name read-only", () => {
    const rules = "exception to art47.second_period_retake:\n  refused if art47.has_credit(c, 1)\n";
    expect(readRules(rules).statements[0]).toMatchObject({ kind: "text", why: "expression" });
  });
});

describe("a read of another decision in the form", () => {
  // As fmt writes it: a rule too long for one line is broken before `en`.
  const rules = `uitzondering op art22.minimum_credits:
  toegestaan als uitkomst(art24.credit_limit_deviation) = toegestaan
      en enrolment.programme.kind = "bridging" "afwijking" / "deviation"
  geweigerd als niet (uitkomst(art24.credit_limit_deviation) in [geweigerd, niet_van_toepassing])

uitzondering op art47.second_period_retake:
  toegestaan als uitkomst(art47.early_second_chance, c) != toegestaan
`;
  const model = readRules(rules);

  it("reads `=`, `!=`, `in` and `not (… in …)` with the element a decision per element is read for", () => {
    expect(model.statements.map((s) => s.kind)).toEqual(["exception", "exception"]);
    const [first, second] = model.statements as FormException[];
    expect(first!.rules[0]!.conditions[0]).toEqual({ kind: "read", decision: "art24.credit_limit_deviation", element: null, operator: "=", outcomes: ["allowed"] });
    expect(first!.rules[1]!.conditions[0]).toEqual({ kind: "read", decision: "art24.credit_limit_deviation", element: null, operator: "not in", outcomes: ["refused", "not_applicable"] });
    expect(second!.rules[0]!.conditions[0]).toEqual({ kind: "read", decision: "art47.early_second_chance", element: "c", operator: "!=", outcomes: ["allowed"] });
    expect(writeRules(rules, model)).toBe(rules);
  });

  it("writes a changed read in the file's keywords (Dutch here), formatted", () => {
    const changed = withRule(model, 0, 0, (r) => ({ ...r, conditions: [{ kind: "read", decision: "art24.credit_limit_deviation", element: null, operator: "in", outcomes: ["allowed", "discretionary"] }, r.conditions[1]!] }));
    const written = writeRules(rules, changed);
    expect(written).toContain('  toegestaan als uitkomst(art24.credit_limit_deviation) in [toegestaan, discretionair]\n      en enrolment.programme.kind = "bridging" "afwijking" / "deviation"\n');
    expect(parse(written).diagnostics).toEqual([]);
    const englishRules = rules.replace(/uitzondering op/g, "exception to").replace(/toegestaan als/g, "allowed if").replace(/geweigerd als niet/, "refused if not").replace(/ en /, " and ").replace(/uitkomst/g, "outcome").replace(/geweigerd, niet_van_toepassing/, "refused, not_applicable").replace(/!= toegestaan/, "!= allowed").replace(/= toegestaan/, "= allowed");
    const english = writeRules(englishRules, { ...changed, lang: readRules(englishRules).lang });
    expect(english).toContain("  allowed if outcome(art24.credit_limit_deviation) in [allowed, discretionary]\n      and enrolment");
  });

  it("keeps a value(…) read (not an outcome) read-only", () => {
    expect(readRules("exception to art22.minimum_credits:\n  allowed if value(art12.x) > 3 sp\n").statements[0]).toMatchObject({ kind: "text", why: "expression" });
  });
});

describe("the lists a rule picks from, and the language service's check of the result", () => {
  const service = new LanguageService();
  const files = readRegulations();
  service.load(files);
  const ctx = service.formContext(ARCH);
  const decision = ctx.decisions.find((d) => d.id === "art47.second_period_retake");
  const scope: RuleScope = scopeFor(ctx, decision, "art47.second_period_retake", "nl");

  it("offers the definitions of a course to a rule per course, with their titles, and the decisions it may read with their outcomes", () => {
    expect(scope.element).toEqual({ variable: "c", collection: "courses" });
    const definitions = definitionsFor(scope);
    expect(definitions.map((d) => d.id)).toEqual(expect.arrayContaining(["art47.has_credit", "art47.no_credit_after_first_period"]));
    expect(definitions.find((d) => d.id === "art47.has_credit")).toMatchObject({ labelNl: "credit behaald", labelEn: "credit obtained" });
    // Definitions of another list's element are not offered to a rule about a course.
    expect(definitions.every((d) => d.collections[0] === "courses")).toBe(true);
    const decisions = decisionsFor(scope);
    const deviation = decisions.find((d) => d.id === "art24.credit_limit_deviation");
    expect(deviation?.labelNl).toBeTruthy();
    // Outcomes as the checker counts them: the decision's rules and the faculty files' exceptions.
    expect(deviation?.outcomes.length).toBeGreaterThan(0);
    // Never the decision the rule is an exception to: reading it would be a cycle.
    expect(decisions.some((d) => d.id === "art47.second_period_retake")).toBe(false);
    expect(decisions.every((d) => d.collection === null || d.collection === "courses")).toBe(true);
    expect(newCall(scope)).toEqual({ kind: "call", definition: definitions[0]!.id, args: ["c"], negated: false });
    expect(newRead(scope)).toMatchObject({ kind: "read", decision: decisions[0]!.id, operator: "=" });
  });

  it("checks the form's text: a picked definition and a readable outcome pass, an outcome the decision never gives is RW014 at its line and column", () => {
    const arch = readForm(files[ARCH]!)!;
    const picked = withRule(arch.rules, 0, 0, (r) => ({ ...r, conditions: [...r.conditions, { kind: "read", decision: "art24.credit_limit_deviation", element: null, operator: "=", outcomes: [decisionsFor(scope).find((d) => d.id === "art24.credit_limit_deviation")!.outcomes[0]!] }] }));
    const good = writeForm(files[ARCH]!, { ...arch, rules: picked });
    expect(good).toMatch(/refused if art47\.no_credit_after_first_period\(c\)\s+and outcome\(art24\.credit_limit_deviation\) = /);
    expect(service.change(ARCH, good).filter((d) => d.severity === "error")).toEqual([]);
    const never = withRule(arch.rules, 0, 0, (r) => ({ ...r, conditions: [...r.conditions, { kind: "read", decision: "art24.credit_limit_deviation", element: null, operator: "=", outcomes: ["required"] }] }));
    const bad = writeForm(files[ARCH]!, { ...arch, rules: never });
    const diagnostics = service.change(ARCH, bad);
    const rw014 = diagnostics.find((d) => d.code.startsWith("RW014"));
    expect(rw014, JSON.stringify(diagnostics)).toBeDefined();
    expect(bad.slice(rw014!.start, rw014!.end)).toBe("required");
    service.change(ARCH, files[ARCH]!);
  });

  it("does not offer a decision that reads the exception's decision back (art. 70 reads art. 71's deliberation): the pick would be a cycle, RW044", () => {
    const KERK = "regulations/kuleuven-oer/2020-2021/art-71/kerk.yaml";
    const kerk = service.formContext(KERK);
    const deliberation = kerk.decisions.find((d) => d.id === "art71.programme_deliberation");
    const offered = decisionsFor(scopeFor(kerk, deliberation, "art71.programme_deliberation", "nl")).map((d) => d.id);
    expect(kerk.visible.readsBack["art71.programme_deliberation"]).toContain("art70.results_fixed_by");
    expect(offered).not.toContain("art70.results_fixed_by");
    expect(offered).not.toContain("art71.programme_deliberation");
    // To a rule of another decision, the same decision is offered, with its Dutch title.
    const fixedBy = decisionsFor(scope).find((d) => d.id === "art70.results_fixed_by");
    expect(fixedBy?.labelNl).toBe("Wie legt de examenresultaten definitief vast");
  });
});

describe("the decisions that read a decision back", () => {
  const file = (namespace: string, rules: string) => ({ namespace, statements: parse(rules).ast.statements });

  it("follows rules, definitions and the exceptions faculty files add, and nothing else", () => {
    const readers = readersOf([
      file("art1", "decision x:\n  allowed if outcome(art2.y) = allowed\n  otherwise refused\n"),
      file("art2", "definition d = outcome(art3.z) = allowed\ndecision y:\n  otherwise allowed\n"),
      // A faculty file's exception to art2.y: art2.y now reads what it reads.
      file("art2", "exception to art2.y:\n  refused if d\n"),
      file("art3", "decision z:\n  otherwise allowed\ndecision w:\n  otherwise refused\n"),
    ]);
    expect([...readingBack(readers, "art3.z")].sort()).toEqual(["art1.x", "art2.d", "art2.y"]);
    expect([...readingBack(readers, "art3.w")]).toEqual([]);
    expect([...readingBack(readers, "art1.x")]).toEqual([]);
  });
});
