/**
 * The form's writes are what `regelwerk fmt` writes: every faculty file in regulations/ opened and
 * written back by the form is the text fmt gives (the canonical text, unchanged by writing it
 * again), and what the form adds comes out canonical.
 */
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { formatRulesInYaml } from "../../engine/cli/fmt.js";
import { addStatement, addTest, formatRules, rulesBlock, setField } from "../../editor/client/form/canonical.js";
import { readRegulations } from "./support/regulations.js";

const files = readRegulations();
const faculty = Object.entries(files).filter(([path, text]) => path.endsWith(".yaml") && /^kind: (supplement|deviation)$/m.test(text));
const IIW = "regulations/kuleuven-oer/2020-2021/art-22/iiw.yaml";

describe("the form writes what fmt writes", () => {
  it("finds the faculty files", () => {
    expect(faculty.length).toBeGreaterThan(20);
  });

  it.each(faculty)("%s opens and writes back fmt's canonical text", (path, text) => {
    expect(rulesBlock(text), "a rules block the form can read").not.toBeNull();
    const canonical = formatRulesInYaml(path, text, undefined).text ?? text;
    expect(formatRules(text)).toBe(canonical);
    expect(formatRules(canonical)).toBe(canonical);
    expect(setField(text, "title", (parseYaml(text) as { title: string }).title)).toBe(text);
  });

  it("adds an exception printed as fmt prints it, and a test fmt leaves alone", () => {
    const text = files[IIW]!;
    const added = addStatement(text, 'exception to art22.minimum_credits:\n  allowed if enrolment.faculty = "IIW"   and enrolment.first_in_programme "reden" / "reason"');
    expect(added).toContain('exception to art22.minimum_credits:\n    allowed if enrolment.faculty = "IIW" and enrolment.first_in_programme "reden" / "reason"');
    expect(formatRulesInYaml(IIW, added, undefined).status).toBe("unchanged");
    const tested = addTest(added, { name: "nieuw", given: { enrolment: { faculty: "IIW" } }, expect: { "art22.minimum_credits": "allowed" } });
    expect(formatRulesInYaml(IIW, tested, undefined).status).toBe("unchanged");
    const tests = (parseYaml(tested) as { tests: { name: string; expect: unknown }[] }).tests;
    expect(tests.at(-1)).toEqual({ name: "nieuw", given: { enrolment: { faculty: "IIW" } }, expect: { "art22.minimum_credits": "allowed" } });
    expect(tested.startsWith(added.slice(0, added.lastIndexOf("\n", added.length - 2)))).toBe(true);
  });

  it("sets a title as YAML writes it", () => {
    const text = setField(files[IIW]!, "title_en", "Rules: all students");
    expect((parseYaml(text) as { title_en: string }).title_en).toBe("Rules: all students");
    expect(text).toContain('title_en: "Rules: all students"');
  });
});
