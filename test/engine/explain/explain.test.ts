/**
 * Explanations cite the article and its paragraph, the file that decided (the faculty's supplement
 * where it did), its reason and the quoted provision — in Dutch and in English.
 */
import { describe, expect, it } from "vitest";
import { Evaluator } from "../../../engine/index.js";
import { explainResult } from "../../../engine/index.js";
import { DIR, errorsOf, loadSet } from "../../support/regulation-set.js";
import { generalMinimum, lawSupplement } from "../../support/minimum-credits-set.js";

const version = loadSet({
  "art-10/general.yaml": generalMinimum(),
  "art-10/law.yaml": lawSupplement(),
});

const evaluator = new Evaluator(version);
const lawStudent = { enrolment: { faculty: "LAW", programme: { kind: "bachelor_shortened" } }, courses: [{ code: "C1", credits: 22 }] };
const letStudent = { enrolment: { faculty: "LET" }, courses: [{ code: "C1", credits: 22 }] };
const explain = (context: Record<string, unknown>, lang: "nl" | "en", verbose = false) =>
  explainResult(evaluator.evaluate(context, { trace: true }), version, lang, verbose);

it("the regulation loads without errors", () => {
  expect(errorsOf(version)).toEqual([]);
});

describe("a decision made by a faculty supplement", () => {
  it("is explained in Dutch with the article, §, the faculty file, its reason and its quote", () => {
    const text = explain(lawStudent, "nl");
    expect(text).toContain("Toegestaan (art. 10 §2, Minimumgrens studiepunten) — art10.minimum_credits");
    expect(text).toContain("«verkorte bachelor»");
    expect(text).toContain(`beslist door: art. 10 facultaire aanvulling LAW (${DIR}/art-10/law.yaml:`);
    expect(text).toContain("tekst §2: “Voor verkorte bachelors volstaan 20 studiepunten.”");
    expect(text).toMatch(/ontvangstbewijs: oer 2020-2021 \[faculty=LAW\]/);
  });

  it("is explained in English with the English title, reason and quote", () => {
    const text = explain(lawStudent, "en");
    expect(text).toContain("Allowed (art. 10 §2, Minimum number of credits) — art10.minimum_credits");
    expect(text).toContain("«shortened bachelor»");
    expect(text).toContain(`decided by: art. 10 faculty supplement LAW (${DIR}/art-10/law.yaml:`);
    expect(text).toContain("text §2: “For shortened bachelors 20 credits suffice.”");
    expect(text).toContain("seen: sum(c.credits for c in courses) >= 20 sp → true");
  });
});

describe("the same facts in another faculty", () => {
  it("are explained by the general text and its quote", () => {
    const nl = explain(letStudent, "nl");
    expect(nl).toContain("Geweigerd (art. 10 §2, Minimumgrens studiepunten)");
    expect(nl).toContain("«te weinig»");
    expect(nl).toContain(`beslist door: art. 10 algemeen (${DIR}/art-10/general.yaml:`);
    expect(nl).toContain("tekst §2: “Studenten nemen ten minste 25 studiepunten op.”");
    expect(nl).not.toContain("niet toegepast");
    // --verbose also shows the rule that did not apply, and the parameter it compared with.
    const verbose = explain(letStudent, "nl", true);
    expect(verbose).toContain("— niet toegepast");
    expect(verbose).toContain("minimum = 25 sp (parameter: ten minste 25 studiepunten");
    expect(explain(letStudent, "en")).toContain("text §2: “Students take at least 25 credits.”");
  });
});

it("an English explanation names the layer in English", () => {
  const text = explain(lawStudent, "en", true) + explain(letStudent, "en", true);
  expect(text).toContain("decided by: art. 10 general text (");
  expect(text).not.toMatch(/algemeen|facultaire aanvulling/);
});
