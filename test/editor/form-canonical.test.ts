/**
 * The form writes what `regelwerk fmt` writes. Form ↔ text over every faculty file in
 * regulations/: opened in the form model and written back, each gives the canonical text fmt
 * gives — also when every field and every statement the form can edit is written again from the
 * model — and the form names what it keeps read-only; what the form adds comes out canonical.
 */
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { formatRulesInYaml } from "../../engine/cli/fmt.js";
import { readForm, writeForm } from "../../editor/client/form/form-model.js";
import { formatRules, rulesBlock } from "../../editor/client/form/canonical.js";
import { readRegulations } from "./support/regulations.js";

const files = readRegulations();
const faculty = Object.entries(files).filter(([path, text]) => path.endsWith(".yaml") && /^kind: (supplement|deviation)$/m.test(text));
const canonicalOf = (path: string, text: string) => formatRulesInYaml(path, text, undefined).text ?? text;
const IIW = "regulations/kuleuven-oer/2020-2021/art-22/iiw.yaml";

describe("form ↔ text over every faculty file", () => {
  it("covers the faculty files of every set", () => {
    expect(faculty.length).toBeGreaterThan(130);
  });

  it.each(faculty)("%s: open in the form, write back, canonical text unchanged", (path, text) => {
    const canonical = canonicalOf(path, text);
    const model = readForm(text);
    expect(model, "the form opens the file").not.toBeNull();
    expect(rulesBlock(text), "a rules block the form can read").not.toBeNull();
    expect(formatRules(text)).toBe(canonical);
    expect(writeForm(text, model!)).toBe(canonical);
    expect(writeForm(canonical, readForm(canonical)!)).toBe(canonical);
  });

  it.each(faculty)("%s: every field and statement written again from the form is the same document", (path, text) => {
    const canonical = canonicalOf(path, text);
    const rewritten = writeForm(canonical, readForm(canonical)!, { force: true });
    expect(rulesBlock(rewritten)?.rules).toBe(rulesBlock(canonical)?.rules);
    expect(parseYaml(rewritten)).toEqual(parseYaml(canonical));
    expect(formatRulesInYaml(path, rewritten, undefined).status).toBe("unchanged");
  });

  it("edits most statements in the form and names the rest", () => {
    const kinds = faculty.flatMap(([, text]) => readForm(text)!.rules.statements.map((s) => (s.kind === "text" ? `read-only: ${s.why}` : s.kind)));
    const count = (k: string) => kinds.filter((x) => x === k).length;
    // Printed so the report can say what the form cannot yet express.
    console.log(Object.fromEntries([...new Set(kinds)].map((k) => [k, count(k)])));
    expect(count("exception")).toBeGreaterThan(80);
    expect(count("set")).toBeGreaterThan(5);
  });
});

describe("what the form adds and changes", () => {
  const text = canonicalOf(IIW, files[IIW]!);
  const model = readForm(text)!;

  it("adds an exception printed as fmt prints it, and a test fmt leaves alone", () => {
    const added = writeForm(text, {
      ...model,
      rules: {
        ...model.rules,
        statements: [
          ...model.rules.statements,
          { kind: "exception", target: "art22.minimum_credits", labelNl: "", labelEn: "", paragraph: null, rules: [{ outcome: "allowed", value: null, otherwise: false, combine: "and", conditions: [{ fact: "enrolment.faculty", operator: "=", operand: { kind: "text", value: "IIW" } }, { fact: "enrolment.first_in_programme", operator: "is", operand: null }], reasonNl: "reden", reasonEn: "reason", paragraph: null }] },
        ],
      },
      tests: [...model.tests, { name: "nieuw", given: { enrolment: { faculty: "IIW" } }, expect: { "art22.minimum_credits": "allowed" } }],
    });
    expect(added).toContain('exception to art22.minimum_credits:\n    allowed if enrolment.faculty = "IIW" and enrolment.first_in_programme "reden" / "reason"');
    expect(formatRulesInYaml(IIW, added, undefined).status).toBe("unchanged");
    const tests = (parseYaml(added) as { tests: { name: string; expect: unknown }[] }).tests;
    expect(tests.at(-1)).toEqual({ name: "nieuw", given: { enrolment: { faculty: "IIW" } }, expect: { "art22.minimum_credits": "allowed" } });
    // The tests before it are kept byte for byte.
    expect(added).toContain(text.slice(text.indexOf("tests:"), text.trimEnd().length));
  });

  it("sets a title as YAML writes it, and removes an emptied one", () => {
    const titled = writeForm(text, { ...model, title_en: "Rules: all students" });
    expect((parseYaml(titled) as { title_en: string }).title_en).toBe("Rules: all students");
    expect(titled).toContain('title_en: "Rules: all students"');
    expect(titled.replace('title_en: "Rules: all students"', `title_en: ${model.title_en}`)).toBe(text);
    expect(writeForm(text, { ...model, title_en: "" })).not.toContain("title_en:");
  });

  it("changes one provision's quote, one test's facts and the scope, and nothing else", () => {
    const provisions = model.provisions.map((p, i) => (i === 0 ? { ...p, quote: "Een nieuw citaat: met een dubbele punt." } : p));
    const tests = model.tests.map((t, i) => (i === 1 ? { ...t, given: { ...t.given, student: { eea_national: true } } } : t));
    const changed = writeForm(text, { ...model, provisions, tests, scope: { faculty: "IIW", campus: "Gent" } });
    const before = parseYaml(text) as Record<string, any>;
    const after = parseYaml(changed) as Record<string, any>;
    expect(after.provisions[0].quote).toBe("Een nieuw citaat: met een dubbele punt.");
    expect(after.tests[1].given.student).toEqual({ eea_national: true });
    expect(after.scope).toEqual({ faculty: "IIW", campus: "Gent" });
    expect({ ...after, provisions: before.provisions, tests: before.tests, scope: before.scope }, changed).toEqual(before);
    expect(after.tests.filter((_: unknown, i: number) => i !== 1)).toEqual(before.tests.filter((_: unknown, i: number) => i !== 1));
    // The untouched tests keep their flow layout.
    expect(changed).toContain("programme: { kind: bridging, distance_learning: true }");
  });

  it("changes a parameter's number and unit", () => {
    const path = "regulations/kuleuven-oer/2020-2021/art-04/farm.yaml";
    const farm = readForm(files[path]!)!;
    const index = farm.rules.statements.findIndex((s) => s.kind === "set" || s.kind === "parameter");
    expect(index).toBeGreaterThanOrEqual(0);
    const statements = farm.rules.statements.map((s, i) => (i === index && (s.kind === "set" || s.kind === "parameter") ? { ...s, value: { kind: "number" as const, text: "12", unit: "sp" as const } } : s));
    const written = writeForm(files[path]!, { ...farm, rules: { ...farm.rules, statements } });
    expect(rulesBlock(written)!.rules).toMatch(/= 12 sp/);
    expect(formatRulesInYaml(path, written, undefined).status).toBe("unchanged");
  });
});
