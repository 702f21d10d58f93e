/**
 * The report of `regelwerk eval`: a summary table first (per decision its provision, outcome and the
 * layer and file that decided, a decision per course on one row), then only the explanations worth
 * reading unless verbose, then the receipt; in English without a Dutch line of its own.
 */
import { describe, expect, it } from "vitest";
import { Evaluator, explainReport, type Emphasis } from "../../../engine/index.js";
import { errorsOf, loadSet } from "../../support/regulation-set.js";
import { generalMinimum, lawSupplement } from "../../support/minimum-credits-set.js";

const version = loadSet({
  "art-10/general.yaml": generalMinimum(`
decision small_course "Klein opleidingsonderdeel" / "Small course" §3 for each c in courses:
  allowed if c.credits <= 6 sp "klein" / "small"
  otherwise not_applicable
decision law_only "Enkel rechten" / "Law only" §4:
  allowed if sum(c.credits for c in courses) > 100 sp
  otherwise not_applicable`),
  "art-10/law.yaml": lawSupplement(),
});

const evaluator = new Evaluator(version);
const courses = [
  { code: "C1", credits: 6 },
  { code: "C2", credits: 16 },
];
const lawStudent = { enrolment: { faculty: "LAW", programme: { kind: "bachelor_shortened" } }, courses };
const letStudent = { enrolment: { faculty: "LET" }, courses };
const report = (context: Record<string, unknown>, lang: "nl" | "en", verbose = false) => explainReport(evaluator.evaluate(context, { trace: true }), version, lang, { verbose });

it("the regulation loads without errors", () => {
  expect(errorsOf(version)).toEqual([]);
});

describe("the summary", () => {
  it("has a row per decision with its provision, outcome and deciding layer and file", () => {
    const lines = report(lawStudent, "nl").split("\n");
    expect(lines[2]).toBe("Overzicht: 3 beslissingen, 4 uitkomsten");
    expect(lines[3]).toMatch(/^ {2}bepaling +beslissing +uitkomst +beslist door$/);
    expect(lines.find((l) => l.includes("art10.minimum_credits"))).toMatch(/^ {2}art\. 10 §2 +art10\.minimum_credits +Toegestaan +facultaire aanvulling LAW \(art-10\/law\.yaml\)$/);
    // A decision per course: one row, its outcomes counted.
    expect(lines.find((l) => l.includes("art10.small_course"))).toMatch(/art10\.small_course \(2×\) +1× Toegestaan, 1× Niet van toepassing +algemeen$/);
    // A decision that applies to nobody here is counted, not listed.
    expect(lines.some((l) => l.includes("art10.law_only"))).toBe(false);
    expect(lines).toContain("  (en 1 beslissing van de algemene tekst die niet van toepassing is)");
  });

  it("comes before the explanations, and the receipt last", () => {
    const text = report(letStudent, "nl");
    expect(text.indexOf("Overzicht:")).toBeLessThan(text.indexOf("Geweigerd (art. 10 §2"));
    expect(text.trimEnd().split("\n").at(-1)).toMatch(/^ontvangstbewijs: oer 2020-2021/);
  });
});

describe("which decisions are explained", () => {
  it("by default: what a faculty text decided, and refusals of the general text, with a line saying how to see all", () => {
    const law = report(lawStudent, "nl");
    expect(law).toContain("Toegestaan (art. 10 §2, Minimumgrens studiepunten) — art10.minimum_credits");
    expect(law).not.toContain("Toegestaan (art. 10 §3");
    expect(law).toContain("Uitgelegd: 1 van de 4 uitkomsten");
    expect(law).toContain("--verbose legt elke uitkomst uit.");
    const let_ = report(letStudent, "nl");
    expect(let_).toContain("Geweigerd (art. 10 §2, Minimumgrens studiepunten) — art10.minimum_credits");
    expect(let_).toContain(`beslist door: art. 10 algemeen (`);
  });

  it("with verbose: every outcome, with the rules that did not apply, and every row of the summary", () => {
    const text = report(letStudent, "en", true);
    expect(text).toContain("Allowed (art. 10 §3, Small course) — art10.small_course[C1]");
    expect(text).toContain("Not applicable (art. 10 §4, Law only) — art10.law_only");
    expect(text).toMatch(/^ {2}art\. 10 §4 +art10\.law_only +Not applicable +general text$/m);
    expect(text).toContain("did not apply");
    expect(text).not.toContain("Explained:");
  });
});

it("in English, no line is Dutch: the header names the regulation by id, not by its Dutch title", () => {
  const text = report(lawStudent, "en");
  expect(text.split("\n")[0]).toBe("oer 2020-2021");
  expect(text).toContain("Summary: 3 decisions, 4 outcomes");
  expect(text).not.toMatch(/Test-OER|Overzicht|algemeen|facultaire|beslist|ontvangstbewijs/);
  expect(report(lawStudent, "nl").split("\n")[0]).toBe("Test-OER (oer 2020-2021)");
});

it("a style marks outcomes and headings without changing the words", () => {
  const marks: Emphasis[] = [];
  const styled = explainReport(evaluator.evaluate(letStudent, { trace: true }), version, "en", {
    style: (emphasis, text) => (marks.push(emphasis), `<${emphasis}>${text}</>`),
  });
  expect(styled).toContain("<refused>Refused</> (art. 10 §2, Minimum number of credits)");
  expect(styled.split("\n")[0]).toBe("<heading>oer 2020-2021</>");
  expect(marks).toContain("muted");
  // The table's columns line up whatever the markup: the widths count visible characters only.
  expect(styled.replace(/<[a-z_]+>|<\/>/g, "")).toBe(report(letStudent, "en"));
});
