/**
 * Form ↔ text over every faculty file in regulations/: opened in the form model and written back,
 * each gives the canonical text `regelwerk fmt` gives — also when every field and every statement
 * the form can edit is written again from the model — and the form names what it keeps read-only.
 */
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { formatRulesInYaml } from "../../engine/cli/fmt.js";
import { readForm, writeForm } from "../../editor/client/form/form-model.js";
import { rulesBlock } from "../../editor/client/form/canonical.js";
import { readRegulations } from "./support/regulations.js";

const files = readRegulations();
const faculty = Object.entries(files).filter(([path, text]) => path.endsWith(".yaml") && /^kind: (supplement|deviation)$/m.test(text));
const canonicalOf = (path: string, text: string) => formatRulesInYaml(path, text, undefined).text ?? text;

describe("form ↔ text over every faculty file", () => {
  it("covers the faculty files of every set", () => {
    expect(faculty.length).toBeGreaterThan(130);
  });

  it.each(faculty)("%s: open in the form, write back, canonical text unchanged", (path, text) => {
    const canonical = canonicalOf(path, text);
    const model = readForm(text);
    expect(model, "the form opens the file").not.toBeNull();
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
