/**
 * The behavioural diff's compiled scopes: shared between scopes whose applicable files are the
 * same, held within a bound, and deciding as the Evaluator does, with the scope's own receipt.
 */
import { describe, expect, it } from "vitest";
import { SharedScopes } from "../../../engine/diff/index.js";
import { Evaluator, portableSha256 } from "../../../engine/index.js";
import { loadSet } from "../../support/regulation-set.js";

const version = loadSet({
  "art-10/general.yaml": {
    id: "art10",
    open: ["minimum"],
    rules: `parameter minimum = 25 sp "minimum"
decision enough "Genoeg" §2:
  allowed if enrolment.credits_remaining >= minimum
  otherwise refused`,
  },
  "art-10/law.yaml": { kind: "supplement", scope: { faculty: "LAW" }, rules: "set art10.minimum = 30 sp" },
});

const student = (faculty: string, campus: string, credits: number) => ({ enrolment: { faculty, campus, programme: { id: `p-${campus}` }, credits_remaining: credits } });

describe("SharedScopes", () => {
  it("compiles once per set of applicable files, and decides as the Evaluator does", () => {
    const shared = new SharedScopes(version, portableSha256);
    const evaluator = new Evaluator(version, portableSha256);
    const students = [student("LET", "Leuven", 27), student("LET", "Brussel", 27), student("FEB", "Gent", 20), student("LAW", "Leuven", 27), student("LAW", "Brussel", 31)];
    for (const s of students) {
      const a = shared.evaluate(s).decisions.map((d) => [d.id, d.outcome, d.source?.line]);
      const b = evaluator.evaluate(s).decisions.map((d) => [d.id, d.outcome, d.source?.line]);
      expect(a).toEqual(b);
    }
    // Five scopes; the general text alone for LET and FEB, general + LAW's supplement for LAW.
    expect(shared.stats()).toEqual({ compilations: 2, scopesHeld: 5, compiledHeld: 2 });
    expect(shared.evaluate(student("LAW", "Brussel", 27)).decisions[0]!.outcome).toBe("refused");
    expect(shared.evaluate(student("LET", "Brussel", 27)).receipt.scope).toEqual({ faculty: "LET", campus: "Brussel", programme: "p-Brussel" });
  });

  it("holds at most its bound of compilations, compiling again what it let go", () => {
    const shared = new SharedScopes(version, portableSha256, 1);
    shared.evaluate(student("LET", "Leuven", 27));
    shared.evaluate(student("LAW", "Leuven", 27));
    expect(shared.stats().compiledHeld).toBe(1);
    shared.evaluate(student("LET", "Gent", 27));
    expect(shared.stats().compilations).toBe(3);
    expect(shared.stats().compiledHeld).toBe(1);
  });
});
