/** The editor worker's language service on the bundled regulations, in Node. */
import { describe, expect, it } from "vitest";
import { LanguageService } from "../../editor/client/worker/service.js";
import { readRegulations } from "./support/regulations.js";

const IIW = "regulations/kuleuven-oer/2020-2021/art-22/iiw.yaml";

describe("the editor's language service", () => {
  const service = new LanguageService();
  const files = readRegulations();
  service.load(files);

  it("reports a misspelt fact with its did-you-mean and offers the fix", () => {
    const text = files[IIW]!.replace("and enrolment.first_in_programme", "and enrolment.first_in_programm");
    const diagnostics = service.change(IIW, text);
    const misspelt = diagnostics.find((d) => d.suggestion === "first_in_programme");
    expect(misspelt, JSON.stringify(diagnostics)).toBeDefined();
    const actions = service.codeActions(IIW, misspelt!.start, misspelt!.end);
    expect(actions[0]?.edit[IIW]?.[0]?.newText).toBe("first_in_programme");
    expect(service.change(IIW, files[IIW]!)).toEqual([]);
  });

  it("runs the open file's tests and explains a failure", () => {
    expect(service.fileTests(IIW, "nl").every((t) => t.passed)).toBe(true);
    const wrong = files[IIW]!.replace("art22.minimum_credits: { outcome: allowed, layer: faculty }", "art22.minimum_credits: { outcome: refused, layer: faculty }");
    service.change(IIW, wrong);
    const failed = service.fileTests(IIW, "en").filter((t) => !t.passed);
    expect(failed.length).toBe(1);
    expect(failed[0]!.failures[0]!.explanation).toMatch(/allowed/);
    service.change(IIW, files[IIW]!);
  });

  it("classifies names and rule words for highlighting", () => {
    const tokens = service.semanticTokens(IIW);
    const text = files[IIW]!;
    const at = (type: string) => tokens.filter((t) => t.type === type).map((t) => text.slice(t.start, t.end));
    expect(at("keyword")).toContain("exception");
    expect(at("decision")).toContain("minimum_credits");
    expect(at("string").length).toBeGreaterThan(0);
  });
});
