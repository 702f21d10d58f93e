/**
 * The workspace over the real OER 2020-2021 and the learning credit it uses, read from disk into a
 * path → text map: the same (no) diagnostics as the pipeline, an error typed into the largest file
 * at its line and column, references across the two versions, and after the edits the same
 * diagnostics as a fresh workspace.
 */
import { describe, expect, it } from "vitest";
import { Workspace, openVersion } from "../../../engine/index.js";
import { nodeFileSystem } from "../../../engine/node/index.js";
import { allDiagnostics, freshDiagnostics, offsetOf, readTree } from "./helpers.js";

const OER = "regulations/kuleuven-oer/2020-2021";
const LC = "regulations/flanders-learning-credit/2020-2021";
const ART25 = `${OER}/art-25/general.yaml`;
const LC_FILE = `${LC}/learning-credit.yaml`;

describe("the OER 2020-2021 as a workspace", () => {
  const ws = Workspace.fromFiles({ ...readTree(OER), ...readTree(LC) });

  it("opens both versions with the diagnostics the pipeline finds", () => {
    expect(ws.versionDirs().sort()).toEqual([LC, OER].sort());
    const pipeline = openVersion(nodeFileSystem, OER)!;
    const found = ws.uris().flatMap((uri) => ws.diagnostics(uri));
    expect(found.map((d) => d.code)).toEqual(pipeline.diagnostics.map((d) => d.code));
    expect(ws.version(OER)!.files.length).toBe(pipeline.files.length);
  });

  it("reports a name typed wrong in the largest file at its line and column, by re-parsing only the rules", () => {
    const text = ws.text(ART25)!;
    const line = text.split("\n").findIndex((l) => /^ {2}\S/.test(l) && l.includes("parameter")) + 1;
    const declared = /parameter (\w+)/.exec(text.split("\n")[line - 1]!)![1]!;
    const use = text.indexOf(` ${declared}`, text.indexOf("\n", offsetOf(text, `parameter ${declared}`))) + 1;
    const update = ws.edit(ART25, use, use + declared.length, `${declared}x`);
    expect(update.reload).toBe("rules");
    const [d] = ws.diagnostics(ART25).filter((x) => x.severity === "error");
    expect(d?.code).toBe("RW010-unknown-name");
    const after = ws.text(ART25)!;
    const before = after.slice(0, use);
    expect(d?.span.line).toBe(before.split("\n").length);
    expect(d?.span.column).toBe(use - before.lastIndexOf("\n"));
    const [fix] = ws.codeActions(ART25, d!.span.start);
    expect(fix?.edit[ART25]).toEqual([{ start: use, end: use + declared.length + 1, newText: declared }]);
    ws.edit(ART25, use, use + declared.length + 1, declared);
    expect(ws.diagnostics(ART25).filter((x) => x.severity === "error")).toEqual([]);
  });

  it("checks a provision's citation again when its id is edited, as a fresh workspace would", () => {
    const file = `${OER}/art-33/general.yaml`;
    const text = ws.text(file)!;
    const at = text.indexOf("provision_id: ") + "provision_id: ".length;
    const end = text.indexOf("\n", at);
    const id = text.slice(at, end);
    ws.edit(file, at, end, "G-999.1");
    expect(ws.diagnostics(file).map((d) => d.code)).toContain("RW060-unknown-provision");
    expect(allDiagnostics(ws)).toEqual(freshDiagnostics(ws));
    ws.edit(file, at, at + "G-999.1".length, id);
    expect(ws.diagnostics(file).map((d) => d.code)).not.toContain("RW060-unknown-provision");
    expect(allDiagnostics(ws)).toEqual(freshDiagnostics(ws));
  });

  it("finds the OER's uses of a learning-credit definition, across versions", () => {
    const text = ws.text(LC_FILE)!;
    const refs = ws.references(LC_FILE, offsetOf(text, "definition balance", 11));
    const files = new Set(refs.map((r) => r.uri));
    expect(files).toEqual(new Set([LC_FILE, `${OER}/art-01/farm.yaml`, `${OER}/art-01/general.yaml`, `${OER}/art-01/iiw.yaml`, `${OER}/art-30/general.yaml`]));
  });

  it("a learning-credit definition changing type re-checks the OER files that name it", () => {
    const text = ws.text(LC_FILE)!;
    const start = offsetOf(text, "definition balance");
    const eq = text.indexOf("=", start);
    const update = ws.edit(LC_FILE, eq + 1, eq + 1, ' "x" +');
    expect(update.affected).toContain(`${OER}/art-30/general.yaml`);
    expect(allDiagnostics(ws)).toEqual(freshDiagnostics(ws));
    ws.edit(LC_FILE, eq + 1, eq + 7, "");
    expect(ws.text(LC_FILE)).toBe(text);
    expect(ws.uris().flatMap((uri) => ws.diagnostics(uri)).filter((d) => d.severity === "error")).toEqual([]);
  }, 30_000);
});
