/**
 * What the form asks of the worker, in Node on the bundled regulations: the form context of a
 * file, a new faculty file drafted for WET on art. 22 (no text of WET on it) — the skeleton
 * `regelwerk new supplement` writes, byte for byte — the effect of its
 * exception on another faculty's example before saving, and the try-a-student explanation with
 * what would have to change.
 */
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { readForm, writeForm } from "../../editor/client/form/form-model.js";
import { LanguageService } from "../../editor/client/worker/service.js";
import { readRegulations } from "./support/regulations.js";

const DIR = "regulations/kuleuven-oer/2020-2021";
const IIW = `${DIR}/art-22/iiw.yaml`;
const WET = `${DIR}/art-22/wet.yaml`;

describe("the form's worker requests", () => {
  const service = new LanguageService();
  const files = readRegulations();
  service.load(files);

  it("offers art. 22's open decisions with their outcomes, the facts and the closed lists of the scope", () => {
    const ctx = service.formContext(IIW);
    const minimum = ctx.decisions.find((d) => d.id === "art22.minimum_credits")!;
    expect(minimum.outcomes.slice(0, 2)).toEqual(["allowed", "refused"]);
    expect(ctx.decisions.find((d) => d.id === "art22.course_not_organised")?.element?.facts.map((f) => f.path)).toContain("c.credits");
    expect(ctx.facts.find((f) => f.path === "enrolment.programme.kind")?.values).toContain("bridging");
    expect(ctx.facts.find((f) => f.path === "enrolment.enrolment_date")?.type).toBe("date");
    expect(ctx.faculties).toContain("WET");
    expect(ctx.campuses).toContain("Leuven");
    expect(ctx.names).toContain("art22.minimum");
    expect(ctx.general?.article).toBe("22");
  });

  it("lists the IIW example a new WET exception on art. 22 breaks, before anything is saved", () => {
    const draft = service.newFacultyFile(WET, "supplement");
    expect(parseYaml(draft)).toMatchObject({ article: 22, kind: "supplement", scope: { faculty: "WET" }, title: "Regels voor alle studenten — Faculteit Wetenschappen" });
    const model = readForm(draft)!;
    const withException = writeForm(draft, {
      ...model,
      rules: {
        ...model.rules,
        statements: [
          ...model.rules.statements,
          { kind: "exception", target: "art22.minimum_credits", labelNl: "", labelEn: "", paragraph: null, rules: [{ outcome: "allowed", value: null, otherwise: false, combine: "and", conditions: [{ fact: "enrolment.programme.kind", operator: "=", operand: { kind: "text", value: "bridging" } }], reasonNl: "schakelprogramma", reasonEn: "" , paragraph: null }] },
        ],
      },
    });
    expect(service.change(WET, withException).filter((d) => d.severity === "error")).toEqual([]);
    const impact = service.impact(WET, null, {});
    const iiw = impact.changes.filter((c) => c.where === IIW);
    expect(iiw).toEqual([{ where: IIW, name: "dezelfde feiten in een andere faculteit (Wetenschappen) worden geweigerd", decision: "art22.minimum_credits", before: "refused", after: "allowed", breaksTest: true }]);
    // Nothing outside WET's scope was evaluated: the IIW students of IIW's own examples are not WET's.
    expect(impact.changes.every((c) => c.where !== IIW || c.name.includes("Wetenschappen"))).toBe(true);
    // The same draft again: the baseline is kept, the answer is the same.
    expect(service.impact(WET, null, {}).changes).toEqual(impact.changes);
  });

  it("says nothing changes elsewhere when only the file's own tests change", () => {
    const saved = files[IIW]!;
    const draft = saved.replace("name: ook onder diploma-examencontract", "name: ook onder het diploma-examencontract");
    service.change(IIW, draft);
    expect(service.impact(IIW, saved, {})).toEqual({ checked: 0, changes: [] });
    service.change(IIW, saved);
  });

  it("explains a tried student with the layer, the quote and what would have to change", () => {
    const student = { enrolment: { faculty: "IIW", programme: { kind: "bridging", distance_learning: false }, contract: "diploma", first_in_programme: true, start_semester: 1, reduced_in_second_semester: false, credits_remaining: 90, isp_deviation: false, other_enrolments: [] }, courses: [{ code: "S1", credits: 15 }] };
    const nl = service.tryStudent(IIW, student, "nl");


    expect(nl).toContain("Geweigerd");
    expect(nl).toContain("beslist door: art. 22 algemeen");
    expect(nl).toMatch(/“Studenten moeten voor alle opleidingen/);
    expect(nl).toMatch(/wat zou moeten veranderen: met /);
    expect(service.tryStudent(IIW, student, "en")).toMatch(/what would have to change: with /);
  });
});
