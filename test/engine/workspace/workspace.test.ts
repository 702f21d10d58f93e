/**
 * The editor's workspace over a small in-memory version: diagnostics at YAML line:col as edits make
 * and unmake them, a general text's change re-checking the supplement that uses it, navigation and
 * rename across files, quick fixes, closing documents — and after every edit, the same diagnostics
 * as a workspace opened fresh on the same texts.
 */
import { describe, expect, it } from "vitest";
import { Workspace, applyEdits } from "../../../engine/index.js";
import { ART11, GENERAL, LAW, allDiagnostics, atCursor, fixtureFiles, freshDiagnostics, mark, offsetOf } from "./helpers.js";

function open(): Workspace {
  return Workspace.fromFiles(fixtureFiles());
}

function replace(ws: Workspace, uri: string, from: string, to: string): ReturnType<Workspace["change"]> {
  const text = ws.text(uri)!;
  if (!text.includes(from)) throw new Error(`no ${from} in ${uri}`);
  return ws.change(uri, text.replace(from, to));
}

function codes(ws: Workspace, uri: string): string[] {
  return ws.diagnostics(uri).filter((d) => d.severity !== "info").map((d) => `${d.span.line}:${d.span.column} ${d.code}`);
}

describe("opening and editing", () => {
  it("opens a version from path → text with no errors", () => {
    const ws = open();
    expect(ws.uris()).toHaveLength(4);
    for (const uri of ws.uris()) expect(codes(ws, uri)).toEqual([]);
    expect(ws.version("oer/2020-2021")?.files.map((f) => f.namespace)).toEqual(["art10", "art10", "art11"]);
  });

  it("an unknown name typed in a supplement's rules is reported at its line and column in the YAML file, and goes when fixed", () => {
    const ws = open();
    const update = replace(ws, LAW, "credits_taken >= minimum - 5 sp", "credits_taken >= minimun - 5 sp");
    expect(update.reload).toBe("rules");
    const text = ws.text(LAW)!;
    const [d] = ws.diagnostics(LAW).filter((x) => x.severity === "error");
    expect(d?.code).toBe("RW010-unknown-name");
    expect(d?.message).toContain("did you mean `minimum`?");
    const line = text.split("\n").findIndex((l) => l.includes("minimun")) + 1;
    expect(d?.span.line).toBe(line);
    expect(d?.span.column).toBe(text.split("\n")[line - 1]!.indexOf("minimun") + 1);
    expect(text.slice(d!.span.start, d!.span.end)).toBe("minimun");
    replace(ws, LAW, "minimun", "minimum");
    expect(codes(ws, LAW)).toEqual([]);
  });

  it("a general text's parameter changing type re-checks the supplement that uses it", () => {
    const ws = open();
    const update = replace(ws, GENERAL, "parameter minimum = 25 sp", "parameter minimum = 25");
    // The supplement speaks in art10's namespace; art11 names art10 (not its minimum, but it is checked again).
    expect([...update.affected].sort()).toEqual([GENERAL, LAW, ART11].sort());
    const errors = ws.diagnostics(LAW).filter((d) => d.severity === "error");
    expect(errors.map((d) => d.code)).toEqual(["RW021-unit-mismatch"]);
    expect(ws.text(LAW)!.slice(errors[0]!.span.start, errors[0]!.span.end)).toBe("5 sp");
    replace(ws, GENERAL, "parameter minimum = 25", "parameter minimum = 25 sp");
    expect(codes(ws, LAW)).toEqual([]);
  });

  it("only the edited file is checked again when a general text's symbols keep their types", () => {
    const ws = open();
    const update = replace(ws, GENERAL, "parameter maximum = 72 sp", "parameter maximum = 73 sp");
    expect(update.affected).toEqual([GENERAL]);
  });

  it("a parameter removed from a general text is an error in the other article that names it", () => {
    const ws = open();
    const update = replace(ws, GENERAL, 'parameter maximum = 72 sp "ten hoogste 72 studiepunten"\n', "");
    expect(update.affected).toContain(ART11);
    expect(codes(ws, ART11)).toEqual([expect.stringMatching(/RW010-unknown-name$/)]);
    expect(allDiagnostics(ws)).toEqual(freshDiagnostics(ws));
  });

  it("an edit outside the rules block loads the whole file; one that changes its kind checks the version again", () => {
    const ws = open();
    expect(replace(ws, LAW, "title: Artikel 10", "title: Artikel tien").reload).toBe("file");
    const structural = replace(ws, LAW, "faculty: LAW", "faculty: LAWW");
    expect(structural.reload).toBe("version");
    expect(codes(ws, LAW)).toEqual([expect.stringMatching(/RW054-unknown-scope$/)]);
    expect(allDiagnostics(ws)).toEqual(freshDiagnostics(ws));
  });

  it("keeps the diagnostics after the rules in place when lines are added to the rules", () => {
    const ws = open();
    replace(ws, GENERAL, "expect:\n      minimum_credits: refused", "expect:\n      minimum_credit: refused");
    const before = ws.diagnostics(GENERAL).find((d) => d.code === "RW053-bad-test")!;
    replace(ws, GENERAL, "parameter maximum", "# een commentaar\n  # nog een\n  parameter maximum");
    const after = ws.diagnostics(GENERAL).find((d) => d.code === "RW053-bad-test")!;
    expect(after.span.line).toBe(before.span.line + 2);
    expect(ws.text(GENERAL)!.slice(after.span.start, after.span.end)).toBe("minimum_credit");
    expect(allDiagnostics(ws)).toEqual(freshDiagnostics(ws));
  });

  it("matches a fresh workspace after a run of edits anywhere in the files", () => {
    const ws = open();
    const steps: [string, string, string][] = [
      [GENERAL, "credits_taken >= minimum", "credits_taken >= minimum +"],
      [LAW, "minimum - 5 sp", "minimum - 5"],
      [GENERAL, "credits_taken >= minimum +", "credits_taken >= minimum"],
      [ART11, "art10.maximum", "art10.maximun"],
      [GENERAL, "decision minimum_credits", "decision minimum_credits2"],
      [LAW, "exception to minimum_credits", "exception to art10.minimum_credits2"],
      [GENERAL, "open_to_faculties: [minimum_credits, minimum]", "open_to_faculties: [minimum_credits2, minimum]"],
      [GENERAL, "  otherwise refused", "  refused if 1 > 2\n  otherwise refused"],
      [ART11, "art10.maximun", "art10.maximum"],
    ];
    for (const [uri, from, to] of steps) {
      replace(ws, uri, from, to);
      expect(allDiagnostics(ws)).toEqual(freshDiagnostics(ws));
    }
  });

  it("a general text sees the articles it reads typed (they are checked first), as the check stage does", () => {
    const ws = open();
    replace(ws, ART11, "decision maximum_credits:", "definition limit = 10 sp\n  decision maximum_credits:");
    replace(ws, GENERAL, "  otherwise refused", "  refused if art11.limit\n  otherwise refused");
    // art10 reads art11, so art11 is checked first and art11.limit is known to be credits, not a condition
    expect(codes(ws, GENERAL)).toEqual([expect.stringMatching(/RW023-not-a-condition$/)]);
    expect(allDiagnostics(ws)).toEqual(freshDiagnostics(ws));
    replace(ws, ART11, "definition limit = 10 sp", "definition limit = 11 sp");
    expect(allDiagnostics(ws)).toEqual(freshDiagnostics(ws));
  });

  it("closing a document removes its diagnostics, and its version is checked without it", () => {
    const ws = open();
    replace(ws, LAW, "minimum - 5 sp", "minimun - 5 sp");
    expect(codes(ws, LAW)).not.toEqual([]);
    ws.close(LAW);
    expect(ws.diagnostics(LAW)).toEqual([]);
    expect(ws.uris()).not.toContain(LAW);
    ws.close(GENERAL);
    expect(codes(ws, ART11)).toEqual([expect.stringMatching(/RW010-unknown-name$/), expect.stringMatching(/RW010-unknown-name$/)]);
  });

  it("a manifest's change loads its version again; its problems are the manifest's diagnostics", () => {
    const ws = open();
    const manifest = "oer/2020-2021/manifest.yaml";
    const text = ws.text(manifest)!;
    const update = ws.change(manifest, text.replace("status: draft", "status: concept"));
    expect(update.reload).toBe("version");
    expect(codes(ws, manifest)).toEqual([expect.stringMatching(/^4:9 RW051-schema-violation$/)]);
    ws.change(manifest, text);
    expect(codes(ws, manifest)).toEqual([]);
    expect(allDiagnostics(ws)).toEqual(freshDiagnostics(ws));
  });

  it("a file outside every version gets what loading finds, and is not checked", () => {
    const ws = open();
    ws.open("elsewhere/art-1.yaml", "article: 1\nkind: general\n");
    expect(ws.diagnostics("elsewhere/art-1.yaml").map((d) => d.code)).toContain("RW051-schema-violation");
    ws.open("elsewhere/schema.json", "{}");
    expect(ws.diagnostics("elsewhere/schema.json")).toEqual([]);
    expect(ws.hover("elsewhere/art-1.yaml", 3)).toBeNull();
  });

  it("a document opened into a version's folder joins the version", () => {
    const ws = open();
    const text = ws.text(LAW)!.replace("faculty: LAW", "faculty: IIW").replace("minimum - 5 sp", "minimum - 10 sp");
    const update = ws.open(`oer/2020-2021/art-10/iiw.yaml`, text);
    expect(update.reload).toBe("version");
    expect(codes(ws, `oer/2020-2021/art-10/iiw.yaml`)).toEqual([]);
    expect(ws.version("oer/2020-2021")?.files).toHaveLength(4);
  });
});

describe("navigation across files", () => {
  it("goes from a supplement's use of a parameter to its declaration in the general text", () => {
    const ws = open();
    const offset = offsetOf(ws.text(LAW)!, "minimum - 5", 3);
    const found = ws.definition(LAW, offset);
    expect(found?.uri).toBe(GENERAL);
    expect(ws.text(GENERAL)!.slice(found!.span.start, found!.span.end)).toBe("minimum");
    expect(found?.span.line).toBe(ws.text(GENERAL)!.split("\n").findIndex((l) => l.includes("parameter minimum")) + 1);
  });

  it("goes from an exception's target to the decision, and from a qualified name to another article", () => {
    const ws = open();
    const target = ws.definition(LAW, offsetOf(ws.text(LAW)!, "minimum_credits", 2));
    expect(target?.uri).toBe(GENERAL);
    expect(ws.text(GENERAL)!.slice(target!.span.start, target!.span.end)).toBe("minimum_credits");
    const qualified = ws.definition(ART11, offsetOf(ws.text(ART11)!, "art10.maximum", 8));
    expect(qualified?.uri).toBe(GENERAL);
    expect(ws.text(GENERAL)!.slice(qualified!.span.start, qualified!.span.end)).toBe("maximum");
  });

  it("finds every reference to a parameter in the workspace, from its declaration", () => {
    const ws = open();
    const refs = ws.references(GENERAL, offsetOf(ws.text(GENERAL)!, "parameter minimum", 12));
    const shown = refs.map((r) => `${r.uri.split("/").slice(-2).join("/")}:${r.span.line}`);
    const line = (uri: string, needle: string, n = 0) => ws.text(uri)!.split("\n").filter((l) => l.includes(needle)).length > n && ws.text(uri)!.split("\n").findIndex((l) => l.includes(needle)) + 1;
    expect(shown).toEqual([
      `art-10/general.yaml:${line(GENERAL, "parameter minimum")}`,
      `art-10/general.yaml:${line(GENERAL, "open_to_faculties")}`,
      `art-10/general.yaml:${line(GENERAL, ">= minimum")}`,
      `art-10/law.yaml:${line(LAW, "minimum - 5")}`,
    ]);
    expect(ws.references(GENERAL, offsetOf(ws.text(GENERAL)!, "parameter minimum", 12), false)).toHaveLength(3);
  });

  it("finds the decision's references: the exception target, the open point and the test's expectation", () => {
    const ws = open();
    const refs = ws.references(LAW, offsetOf(ws.text(LAW)!, "minimum_credits"));
    expect(refs.map((r) => `${r.uri === GENERAL ? "general" : "law"} ${ws.text(r.uri)!.slice(r.span.start, r.span.end)}`)).toEqual([
      "general minimum_credits",
      "general minimum_credits",
      "general minimum_credits",
      "law minimum_credits",
    ]);
  });

  it("hovers and completes in a supplement at offsets of the YAML file", () => {
    const ws = open();
    const hover = ws.hover(LAW, offsetOf(ws.text(LAW)!, "minimum - 5", 2));
    expect(hover?.contents).toContain("art10.minimum");
    expect(hover?.contents).toContain("ten minste 25 studiepunten");
    const { text, offset } = atCursor(mark(ws.text(LAW)!, "minimum - 5", 3));
    ws.change(LAW, text.slice(0, offset) + text.slice(offset + 4)); // "min|" with "imum" removed
    const labels = ws.completions(LAW, offset).map((c) => c.label);
    expect(labels).toEqual(expect.arrayContaining(["minimum"]));
    expect(ws.completions(LAW, offsetOf(ws.text(LAW)!, "title"))).toEqual([]);
  });
});

describe("rename", () => {
  it("renames a parameter in its declaration, its uses in every file and the open points", () => {
    const ws = open();
    const result = ws.rename(LAW, offsetOf(ws.text(LAW)!, "minimum - 5", 1), "ondergrens");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.edit).sort()).toEqual([GENERAL, LAW].sort());
    for (const [uri, edits] of Object.entries(result.edit)) ws.change(uri, applyEdits(ws.text(uri)!, edits));
    expect(ws.text(GENERAL)).toContain("parameter ondergrens = 25 sp");
    expect(ws.text(GENERAL)).toContain("open_to_faculties: [minimum_credits, ondergrens]");
    expect(ws.text(GENERAL)).toContain("credits_taken >= ondergrens");
    expect(ws.text(LAW)).toContain("credits_taken >= ondergrens - 5 sp");
    for (const uri of ws.uris()) expect(codes(ws, uri)).toEqual([]);
  });

  it("renames a qualified use in another article, and a decision's exception targets and test expectations", () => {
    const ws = open();
    const max = ws.rename(ART11, offsetOf(ws.text(ART11)!, "art10.maximum", 9), "bovengrens");
    expect(max.ok && max.edit[ART11]?.length).toBe(1);
    const result = ws.rename(GENERAL, offsetOf(ws.text(GENERAL)!, "decision minimum_credits", 10), "min_credits");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const [uri, edits] of Object.entries(result.edit)) ws.change(uri, applyEdits(ws.text(uri)!, edits));
    expect(ws.text(LAW)).toContain("exception to min_credits:");
    expect(ws.text(GENERAL)).toContain("      min_credits: refused");
    expect(ws.text(GENERAL)).toContain("open_to_faculties: [min_credits, minimum]");
    for (const uri of ws.uris()) expect(codes(ws, uri)).toEqual([]);
  });

  it("renames a decision from the test that expects it, in the YAML after the rules", () => {
    const ws = open();
    const result = ws.rename(GENERAL, offsetOf(ws.text(GENERAL)!, "      minimum_credits: refused", 8), "min_credits");
    expect(result.ok && Object.fromEntries(Object.entries(result.edit).map(([uri, edits]) => [uri, edits.length]))).toEqual({ [GENERAL]: 3, [LAW]: 1 });
    const fromOpenPoint = ws.references(GENERAL, offsetOf(ws.text(GENERAL)!, "[minimum_credits", 3));
    expect(fromOpenPoint).toHaveLength(4);
  });

  it("refuses a name that is not an identifier, a keyword, or taken", () => {
    const ws = open();
    const at = offsetOf(ws.text(GENERAL)!, "parameter minimum", 12);
    const reason = (name: string) => {
      const r = ws.rename(GENERAL, at, name);
      return r.ok ? "ok" : r.reason;
    };
    expect(reason("2x")).toMatch(/is not a name/);
    expect(reason("als")).toMatch(/keyword/);
    expect(reason("maximum")).toMatch(/art10 already has 'maximum'/);
    expect(reason("art11")).toMatch(/article or regulation set/);
    expect(reason("courses")).toMatch(/student context/);
    expect(ws.rename(GENERAL, offsetOf(ws.text(GENERAL)!, "title"), "x")).toEqual({ ok: false, reason: expect.stringMatching(/nothing|no parameter/) });
  });
});

describe("code actions", () => {
  it("replaces an unknown name with the suggestion of its diagnostic", () => {
    const ws = open();
    replace(ws, ART11, "art10.maximum", "art10.maximun");
    const d = ws.diagnostics(ART11).find((x) => x.code === "RW010-unknown-name")!;
    expect(d.data).toEqual({ suggestion: "maximum" });
    const [action] = ws.codeActions(ART11, d.span.start, d.span.end);
    expect(action?.title).toBe("Change 'maximun' to 'maximum'");
    ws.change(ART11, applyEdits(ws.text(ART11)!, action!.edit[ART11]!));
    expect(ws.text(ART11)).toContain("art10.maximum");
    expect(codes(ws, ART11)).toEqual([]);
  });

  it("offers nothing where no diagnostic suggests a name", () => {
    const ws = open();
    expect(ws.codeActions(GENERAL, 0, ws.text(GENERAL)!.length)).toEqual([]);
  });
});
