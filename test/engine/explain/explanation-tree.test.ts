/**
 * The explanation tree holds codes and values, not sentences: the deciding layer as an origin, values
 * with unit codes, the provision in both languages. The renderers word it: layers, units and
 * booleans in Dutch or English from the words table, never by rewriting text.
 */
import { describe, expect, it } from "vitest";
import { Evaluator, buildExplanation, renderDecision, type DecisionExplanation } from "../../../engine/index.js";
import { DIR, errorsOf, loadSet } from "../../support/regulation-set.js";
import { generalMinimum, lawSupplement } from "../../support/minimum-credits-set.js";

const version = loadSet({
  "art-10/general.yaml": generalMinimum(),
  "art-11/general.yaml": {
    id: "art11",
    article: 11,
    rules: `decision law_only "Enkel rechten" / "Law only":
  allowed if enrolment.faculty = "LAW"`,
  },
  "art-10/law.yaml": lawSupplement({ faculty: "LAW", campus: "Brussel" }, null),
});

const evaluator = new Evaluator(version);
const tree = (context: Record<string, unknown>) => buildExplanation(evaluator.evaluate(context, { trace: true }), version);
const lawStudent = { enrolment: { faculty: "LAW", campus: "Brussel", programme: { kind: "bachelor_shortened" } }, courses: [{ code: "C1", credits: 22 }] };
const letStudent = { enrolment: { faculty: "LET" }, courses: [{ code: "C1", credits: 22 }] };

it("the regulation loads without errors", () => {
  expect(errorsOf(version)).toEqual([]);
});

describe("the tree of a decision", () => {
  it("names the deciding layer as data: article, role, faculty and campus", () => {
    const d = tree(lawStudent).decisions.find((x) => x.id === "art10.minimum_credits")!;
    expect(d.outcome).toBe("allowed");
    expect(d.decidedBy?.origins).toEqual([{ article: 10, role: "supplement", faculty: "LAW", campus: "Brussel" }]);
    expect(d.decidedBy?.layer).toBe("campus");
    expect(d.decidedBy?.source.file).toBe(`${DIR}/art-10/law.yaml`);
    expect(d.provision).toEqual({ paragraph: "§2", quote: { nl: "Voor verkorte bachelors volstaan 20 studiepunten.", en: null } });
  });

  it("keeps values with their unit code, and the parameter's origin", () => {
    const d = tree(letStudent).decisions.find((x) => x.id === "art10.minimum_credits")!;
    expect(d.outcome).toBe("refused");
    const general = d.rules.find((r) => r.applied === false)!;
    expect(general.origin).toEqual({ article: 10, role: "general" });
    expect(general.observations).toContainEqual(expect.objectContaining({ kind: "parameter", name: "art10.minimum", value: { kind: "number", value: 25, unit: "sp" }, origin: { article: 10, role: "general" } }));
  });

  it("of a decision no rule applied to has no reason and no deciding file; the renderer says so once", () => {
    const d = tree(letStudent).decisions.find((x) => x.id === "art11.law_only")!;
    expect(d.outcome).toBe("not_applicable");
    expect(d.reason).toBeNull();
    expect(d.decidedBy).toBeNull();
    expect(renderDecision(d, "nl").split("\n").slice(0, 2)).toEqual(["Niet van toepassing (art. 11, Enkel rechten) — art11.law_only", "  geen regel van toepassing"]);
    expect(renderDecision(d, "en").split("\n")[1]).toBe("  no rule applies");
  });

  it("holds no Dutch or English words for layers or booleans", () => {
    const text = JSON.stringify([tree(lawStudent), tree(letStudent)]);
    for (const word of ["algemeen", "facultaire", "general text", "faculty supplement", "waar", "onwaar"]) expect(text).not.toContain(word);
  });
});

/** A decision as a tree, written by hand: what the renderers make of each kind of value. */
function decision(overrides: Partial<DecisionExplanation>): DecisionExplanation {
  return {
    id: "art5.rest",
    outcome: "refused",
    value: null,
    article: "5",
    paragraph: "§1",
    label: { nl: "Rusttijd", en: "Rest period" },
    item: null,
    reason: null,
    decidedBy: null,
    provision: null,
    terms: { nl: [], en: [] },
    missing: [],
    conflict: [],
    whatIf: null,
    rules: [],
    ...overrides,
  };
}

const source = { file: "x/art-5.yaml", line: 3, column: 1 };

describe("the renderers", () => {
  it("word units per language", () => {
    const d = decision({ outcome: "determined", value: { kind: "number", value: 12, unit: "hours" } });
    expect(renderDecision(d, "nl").split("\n")[0]).toBe("Vastgesteld: 12 uren (art. 5 §1, Rusttijd) — art5.rest");
    expect(renderDecision(d, "en").split("\n")[0]).toBe("Determined: 12 hours (art. 5 §1, Rest period) — art5.rest");
  });

  it("word booleans from the value, and leave a text value that reads true as text", () => {
    const d = decision({
      rules: [
        {
          kind: "rule",
          origin: { article: 5, role: "general" },
          source,
          text: "refused if tired",
          text_nl: "geweigerd als tired",
          applied: true,
          observations: [
            { kind: "fact", path: "student.tired", value: { kind: "boolean", value: false } },
            { kind: "fact", path: "student.note", value: { kind: "text", value: "true" } },
          ],
        },
      ],
    });
    const nl = renderDecision(d, "nl");
    expect(nl).toContain("gezien: student.tired = onwaar");
    expect(nl).toContain('gezien: student.note = "true"');
    expect(renderDecision(d, "en")).toContain("seen: student.tired = false");
  });

  it("name every layer of a conflict in the language asked", () => {
    const d = decision({
      outcome: "conflict",
      conflict: ["x/a.yaml", "x/b.yaml"],
      decidedBy: {
        origins: [
          { article: 5, role: "supplement", faculty: "LAW" },
          { article: 5, role: "deviation", faculty: "LAW", programmes: ["ba-rechten", "ma-rechten"] },
        ],
        layer: "faculty",
        source,
      },
    });
    expect(renderDecision(d, "en")).toContain("decided by: art. 5 faculty supplement LAW / art. 5 faculty deviation LAW, ba-rechten, ma-rechten (x/art-5.yaml:3)");
    expect(renderDecision(d, "nl")).toContain("beslist door: art. 5 facultaire aanvulling LAW / art. 5 facultaire afwijking LAW, ba-rechten, ma-rechten (x/art-5.yaml:3)");
  });

  it("call a provision outside the numbered articles by its title", () => {
    const d = decision({ decidedBy: { origins: [{ article: "leerkrediet", role: "general", title: "Leerkrediet" }], layer: "general", source } });
    expect(renderDecision(d, "nl")).toContain("beslist door: Leerkrediet algemeen (");
    expect(renderDecision(d, "en")).toContain("decided by: Leerkrediet general text (");
  });

  it("say what would have to change, with the unit of the fact", () => {
    const d = decision({ whatIf: { fact: "enrolment.cse", from: { kind: "number", value: 29.4, unit: "percent" }, to: { kind: "number", value: 29.5, unit: "percent" }, unit: "percent", outcome: "allowed" } });
    expect(renderDecision(d, "nl")).toContain("wat zou moeten veranderen: met enrolment.cse = 29.5 % (nu 29.4 %) zou het toegestaan zijn");
    expect(renderDecision(d, "en")).toContain("what would have to change: with enrolment.cse = 29.5 % (now 29.4 %) it would be allowed");
  });
});
