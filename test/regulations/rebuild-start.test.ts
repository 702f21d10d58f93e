/**
 * The learning credit's `rebuild_start` (the academic year the rebuilding starts, in closed form,
 * which year_balance reads so that its trace carries no fold) must equal the fold's
 * `career.started` for every study career. A copy of the set gets one extra decision comparing the
 * two; random careers (bounded: 600) with masters' diplomas, gaps, credit contracts, bridging
 * programmes and refunds must all agree, and enough of them must rebuild.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { random } from "../../engine/diff/index.js";
import { Evaluator, openVersion } from "../../engine/index.js";
import { nodeFileSystem, nodeSha256 } from "../../engine/node/index.js";

const dir = mkdtempSync(join(tmpdir(), "rebuild-start-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("rebuild_start is the fold's career.started for every career", { timeout: 120_000 }, () => {
  cpSync(join(import.meta.dirname, "..", "..", "regulations", "flanders-learning-credit", "2020-2021"), dir, { recursive: true });
  const file = join(dir, "learning-credit.yaml");
  const text = readFileSync(file, "utf8");
  const at = text.indexOf("\ntests:");
  writeFileSync(file, `${text.slice(0, at)}\n\n  decision start_check "controle" / "check":\n    refused if rebuild_start != career.started "verschillend" / "different"\n    otherwise allowed "gelijk" / "equal"\n${text.slice(at)}`);
  const version = openVersion(nodeFileSystem, dir)!;
  expect(version.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const evaluator = new Evaluator(version, nodeSha256);
  const r = random(99);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const outcomes = new Map<string, number>();
  let rebuilt = 0;
  for (let i = 0; i < 600; i++) {
    const history = [];
    let year = 2008 + Math.floor(r() * 4);
    for (let k = 0, n = 1 + Math.floor(r() * 8); k < n; k++) {
      year += pick([0, 1, 1, 1, 2, 3]);
      if (year > 2020) break;
      const kind = pick(["bachelor", "initial_master", "bridging", "advanced_master"]);
      const taken = pick([0, 12, 30, 60, 66]);
      history.push({ academic_year: `${year}-${year + 1}`, programme_id: "p", programme_kind: kind, contract: pick(["diploma", "diploma", "credit"]), credits_taken: taken, credits_earned: Math.floor(r() * (taken + 1)), credits_tolerated: 0, credits_refunded: pick([0, 0, 6]), diploma: kind === "initial_master" && r() < 0.3 ? "master" : "none" });
    }
    const decisions = evaluator.evaluate({ student: { id: `s${i}` }, enrolment: { academic_year: "2020-2021" }, courses: [], history }, { trace: false }).decisions;
    const check = decisions.find((d) => d.id === "learning_credit.start_check")!;
    outcomes.set(check.outcome, (outcomes.get(check.outcome) ?? 0) + 1);
    if (decisions.find((d) => d.id === "learning_credit.rebuild")!.outcome === "determined") rebuilt++;
  }
  expect([...outcomes]).toEqual([["allowed", 600]]);
  expect(rebuilt).toBeGreaterThan(100);
});
