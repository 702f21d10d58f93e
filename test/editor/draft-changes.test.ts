/**
 * The draft's changes before saving (editor/client/worker/draft-changes.ts), in Node on the bundled
 * regulations: a new faculty file on art. 22 shows as an added file, and its exception moves
 * exactly the generated students it names from refused to allowed; the stored text itself, or a
 * change of layout only, changes nothing.
 */
import { describe, expect, it } from "vitest";
import { LanguageService } from "../../editor/client/worker/service.js";
import { readRegulations } from "./support/regulations.js";
import { LET_FILE, LET_TEST } from "./support/let-supplement.js";

const IIW = "regulations/kuleuven-oer/2020-2021/art-22/iiw.yaml";
const LET = "regulations/kuleuven-oer/2020-2021/art-22/let.yaml";
// The shared LET exception (master-na-master) changes nothing on a cohort that gives every fact: the
// general rule already allows an advanced master ("enkel … manama"). This draft's exception lets
// LET's bachelor students through, so that it moves the generated students it names.
const LET_BACHELOR = LET_FILE.replace('enrolment.programme.kind = "advanced_master" "master-na-master" / "advanced master"', 'enrolment.programme.kind = "bachelor" "bachelor" / "bachelor"').replace("programme: { kind: advanced_master }", "programme: { kind: bachelor }").replace(LET_TEST, "bachelor met 15 sp mag in LET");


describe("the draft's changes against the version in force", () => {
  const service = new LanguageService();
  const files = readRegulations();
  service.load(files);

  it("finds nothing when the draft is the stored text, or differs in layout only", () => {
    const same = service.draftChanges(IIW, files[IIW]!, "en", 100, 7);
    expect(same.structural).toBe("");
    expect(same.behaviour?.decisions).toEqual([]);
    service.change(IIW, files[IIW]!.replace("rules: |\n", "rules: |\n\n"));
    const layout = service.draftChanges(IIW, files[IIW]!, "en", 100, 7);
    expect(layout.structural).toBe("");
    expect(layout.behaviour?.decisions).toEqual([]);
    service.change(IIW, files[IIW]!);
  });

  it("shows a new faculty file as added, and moves only students of its faculty and kind from refused to allowed", () => {
    expect(LET_BACHELOR).not.toBe(LET_FILE);
    service.change(LET, LET_BACHELOR);
    const changes = service.draftChanges(LET, null, "en", 300, 3);
    expect(changes.problem).toBeNull();
    expect(changes.structural).toContain("art-22/let.yaml");
    expect(changes.behaviour?.faculty).toBe("LET");
    expect(changes.behaviour?.article).toBe("22");
    expect(changes.behaviour?.students).toBe(300);
    const decisions = changes.behaviour!.decisions;
    expect(decisions.map((d) => d.decision)).toEqual(["art22.minimum_credits"]);
    const moved = decisions[0]!.transitions.filter((t) => t.from !== t.to);
    // Without the exception they were refused, or undetermined where the cohort leaves out a fact the general rule needs.
    expect(moved.length).toBeGreaterThan(0);
    for (const t of moved) expect([t.from, t.to]).toEqual([expect.stringMatching(/^(refused|undetermined)$/), "allowed"]);
    expect(moved.reduce((n, t) => n + t.count, 0)).toBeGreaterThan(0);
    // The draft is back in the workspace afterwards: its own tests still see the exception.
    expect(service.text(LET)).toBe(LET_BACHELOR);
  });
});
