/**
 * A cycle of decision reads across files (RW044) while typing: a faculty exception that reads a
 * decision which reads back the decision it changes is an error in the faculty file itself, at the
 * read, as soon as it is typed, and goes when undone — the same as a fresh workspace (and the
 * version checker) finds.
 */
import { describe, expect, it } from "vitest";
import { Workspace } from "../../../engine/index.js";
import { ART11, LAW, allDiagnostics, fixtureFiles, freshDiagnostics } from "./helpers.js";

function replace(ws: Workspace, uri: string, from: string, to: string): ReturnType<Workspace["change"]> {
  const text = ws.text(uri)!;
  if (!text.includes(from)) throw new Error(`no ${from} in ${uri}`);
  return ws.change(uri, text.replace(from, to));
}

function cycleAt(ws: Workspace, uri: string): string[] {
  const text = ws.text(uri)!;
  return ws.diagnostics(uri).filter((d) => d.code === "RW044-decision-cycle").map((d) => `${d.span.line}:${d.span.column} ${text.slice(d.span.start, d.span.end)}`);
}

describe("decision cycles across files while typing", () => {
  it("an exception typed in a faculty file that closes a cycle is reported there at once, and goes when undone", () => {
    const ws = Workspace.fromFiles(fixtureFiles());
    // art. 11's decision reads art. 10's: no cycle yet.
    replace(ws, ART11, "refused if art10.credits_taken > art10.maximum", "refused if outcome(art10.minimum_credits) = refused");
    expect(cycleAt(ws, ART11)).toEqual([]);
    // LAW's exception to art. 10's decision reads art. 11's back: art10.minimum_credits → art11.maximum_credits → art10.minimum_credits.
    const update = replace(ws, LAW, "allowed if credits_taken >= minimum - 5 sp", "allowed if outcome(art11.maximum_credits) = allowed");
    expect(update.reload).toBe("rules");
    const law = ws.text(LAW)!;
    const line = law.split("\n").findIndex((l) => l.includes("outcome(art11")) + 1;
    expect(cycleAt(ws, LAW)).toEqual([`${line}:${law.split("\n")[line - 1]!.indexOf("art11") + 1} art11.maximum_credits`]);
    expect(cycleAt(ws, ART11)).toHaveLength(1);
    expect(ws.diagnostics(LAW).find((d) => d.code === "RW044-decision-cycle")!.message).toMatch(/^decisions read each other in a cycle: art10\.minimum_credits .* → art11\.maximum_credits .* → art10\.minimum_credits;/);
    expect(update.affected).toEqual(expect.arrayContaining([LAW, ART11]));
    expect(allDiagnostics(ws)).toEqual(freshDiagnostics(ws));
    // Undone: gone from both files.
    const undo = replace(ws, LAW, "allowed if outcome(art11.maximum_credits) = allowed", "allowed if credits_taken >= minimum - 5 sp");
    expect(cycleAt(ws, LAW)).toEqual([]);
    expect(cycleAt(ws, ART11)).toEqual([]);
    expect(undo.affected).toEqual(expect.arrayContaining([LAW, ART11]));
    expect(allDiagnostics(ws)).toEqual(freshDiagnostics(ws));
  });

  it("a workspace opened on a cycle reports it in each file that reads a step of it", () => {
    const files = fixtureFiles();
    files[ART11] = files[ART11]!.replace("refused if art10.credits_taken > art10.maximum", "refused if outcome(art10.minimum_credits) = refused");
    files[LAW] = files[LAW]!.replace("allowed if credits_taken >= minimum - 5 sp", "allowed if outcome(art11.maximum_credits) = allowed");
    const ws = Workspace.fromFiles(files);
    expect(cycleAt(ws, LAW)).toHaveLength(1);
    expect(cycleAt(ws, ART11)).toHaveLength(1);
    // An edit elsewhere in the file that reads nothing new leaves the cycle where it is.
    replace(ws, LAW, "allowed if outcome(art11.maximum_credits) = allowed", "allowed if outcome(art11.maximum_credits) = allowed or false");
    expect(cycleAt(ws, LAW)).toHaveLength(1);
    expect(allDiagnostics(ws)).toEqual(freshDiagnostics(ws));
  });
});
