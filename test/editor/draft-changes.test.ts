/**
 * The draft's changes before saving (editor/client/worker/draft-changes.ts), in Node on the bundled
 * regulations: a new faculty file on art. 22 shows as an added file, and its exception moves
 * exactly the generated students it names from refused to allowed; the stored text itself, or a
 * change of layout only, changes nothing; a change of art. 22's maximum reaches art. 45's decision
 * that reads it, listed with its students and an example explained; the time budget stops the cohort.
 */
import { describe, expect, it } from "vitest";
import { LanguageService } from "../../editor/client/worker/service.js";
import { readRegulations } from "./support/regulations.js";
import { LET_FILE } from "./support/let-supplement.js";

const IIW = "regulations/kuleuven-oer/2020-2021/art-22/iiw.yaml";
const LET = "regulations/kuleuven-oer/2020-2021/art-22/let.yaml";
const GENERAL_22 = "regulations/kuleuven-oer/2020-2021/art-22/general.yaml";


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
    service.change(LET, LET_FILE);
    // A budget no machine reaches: the whole cohort is evaluated (the budget has its own test below).
    const started = performance.now();
    const changes = service.draftChanges(LET, null, "en", 300, 3, 600_000);
    console.log(`draft changes, every decision, 2 × 300 students: ${Math.round(performance.now() - started)} ms`);
    expect(changes.problem).toBeNull();
    expect(changes.structural).toContain("art-22/let.yaml");
    expect(changes.behaviour?.faculty).toBe("LET");
    expect(changes.behaviour?.students).toBe(300);
    expect(changes.behaviour?.stopped).toBe(false);
    const decisions = changes.behaviour!.decisions;
    expect(decisions.map((d) => d.decision)).toEqual(["art22.minimum_credits"]);
    const moved = decisions[0]!.transitions.filter((t) => t.from !== t.to);
    // Without the exception they were refused, or undetermined where the cohort leaves out a fact the general rule needs.
    expect(moved.length).toBeGreaterThan(0);
    for (const t of moved) expect([t.from, t.to]).toEqual([expect.stringMatching(/^(refused|undetermined)$/), "allowed"]);
    expect(moved.reduce((n, t) => n + t.count, 0)).toBeGreaterThan(0);
    // The students listed are as many as moved (one decision per student: not a decision per course).
    expect(decisions[0]!.students.length).toBe(moved.reduce((n, t) => n + t.count, 0));
    expect(decisions[0]!.example?.after).toMatch(/allowed|Allowed/);
    // The draft is back in the workspace afterwards: its own tests still see the exception.
    expect(service.text(LET)).toBe(LET_FILE);
  });

  it("follows a change into other articles: art. 22's maximum changes art. 45's overlap-free schedule, with its students and an example explained", () => {
    const stored = files[GENERAL_22]!;
    expect(stored).toContain('parameter maximum = 72 sp "ten hoogste 72 studiepunten"');
    service.change(GENERAL_22, stored.replace('parameter maximum = 72 sp "ten hoogste 72 studiepunten"', 'parameter maximum = 40 sp "ten hoogste 72 studiepunten"'));
    try {
      const changes = service.draftChanges(GENERAL_22, stored, "en", 300, 5, 600_000);
      expect(changes.problem).toBeNull();
      const ids = changes.behaviour!.decisions.map((d) => d.decision);
      const overlap = changes.behaviour!.decisions.find((d) => d.decision === "art45.overlap_free_schedule");
      expect(overlap, ids.join(", ")).toBeDefined();
      expect(overlap!.article).toBe("45");
      expect(overlap!.students.length).toBe(overlap!.transitions.filter((t) => t.from !== t.to).reduce((n, t) => n + t.count, 0));
      // The example: the first of those students, refused under 40 sp; under 72 sp not refused for it
      // (allowed, or undetermined where the generated student lacks the overlap-risk fact the next rule reads).
      expect(overlap!.example?.student).toBe(overlap!.students[0]);
      expect(overlap!.example?.before).toMatch(/^(Allowed|Undetermined)/);
      expect(overlap!.example?.after).toMatch(/^Refused[\s\S]*more than 72 credits in the main enrolment/);
    } finally {
      service.change(GENERAL_22, stored);
    }
  });

  it("stops when the time budget is spent and says how many students it evaluated", () => {
    service.change(LET, LET_FILE);
    let clock = 0;
    // A clock that advances 1 ms each time it is read: 10 ms of budget are 10 students.
    const changes = service.draftChanges(LET, null, "en", 300, 3, 10, () => ++clock);
    expect(changes.behaviour).toMatchObject({ students: 10, cohort: 300, stopped: true, budgetMs: 10 });
  });
});
