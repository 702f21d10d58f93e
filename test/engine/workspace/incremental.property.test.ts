/**
 * The workspace's incremental checking against checking from scratch: random one-character edits
 * anywhere in the fixture's regulation files (inside the rules block, in the YAML around it, on
 * the block's edges), and after each the diagnostics of every document are those of a workspace
 * opened fresh on the same texts.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Workspace } from "../../../engine/index.js";
import { ART11, GENERAL, LAW, allDiagnostics, fixtureFiles, freshDiagnostics } from "./helpers.js";

const URIS = [GENERAL, LAW, ART11];
const CHARS = ["a", "x", "_", " ", "  ", "\n", "1", ".", "(", ":", "-", "|", "#", '"', "'"];

const edit = fc.record({
  uri: fc.constantFrom(...URIS),
  /** Where, as a fraction of the text: most edits land in the rules, which are most of the file's bytes that matter. */
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.boolean(),
  insert: fc.constantFrom(...CHARS),
});

describe("incremental checking", () => {
  it("gives the diagnostics of a fresh workspace after any run of one-character edits", () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        const ws = Workspace.fromFiles(fixtureFiles());
        for (const e of edits) {
          const text = ws.text(e.uri)!;
          const at = Math.min(text.length - 1, Math.floor(e.at * text.length));
          ws.edit(e.uri, at, e.remove ? at + 1 : at, e.remove ? "" : e.insert);
          expect(allDiagnostics(ws)).toEqual(freshDiagnostics(ws));
        }
      }),
      { numRuns: 60, seed: 20201 },
    );
  }, 60_000);

  it("gives the diagnostics of a fresh workspace after edits inside the rules blocks", () => {
    const inRules = fc.record({ uri: fc.constantFrom(...URIS), at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.boolean(), insert: fc.constantFrom(...CHARS) });
    fc.assert(
      fc.property(fc.array(inRules, { minLength: 1, maxLength: 6 }), (edits) => {
        const ws = Workspace.fromFiles(fixtureFiles());
        for (const e of edits) {
          const text = ws.text(e.uri)!;
          const start = text.indexOf("rules: |\n") + 9;
          const end = text.indexOf("\ntests:");
          if (start < 9 || end < start) continue;
          const at = start + Math.floor(e.at * (end - start));
          ws.edit(e.uri, at, e.remove ? at + 1 : at, e.remove ? "" : e.insert);
          expect(allDiagnostics(ws)).toEqual(freshDiagnostics(ws));
        }
      }),
      { numRuns: 80, seed: 7 },
    );
  }, 60_000);
});
