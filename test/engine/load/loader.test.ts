/**
 * The loader: YAML syntax errors (RW050), schema violations (RW051), missing files (RW052), bad
 * tests (RW053), unknown scopes (RW054), a cycle of uses (RW055) and a rules block of the wrong
 * style (RW056), each at its line and column in the YAML file; an error inside the `rules: |` block
 * is reported at its own line and column of the YAML file. Expected positions are counted by hand.
 */
import { describe, expect, it } from "vitest";
import { DIAGNOSTIC_CODES, type Diagnostic } from "../../../dsl/diagnostics.js";
import { memoryFileSystem, openAll } from "../../../engine/index.js";
import { MANIFEST, errorsOf, loadSet, regulationYaml } from "../../support/regulation-set.js";

/** 21 lines; line 16 is `    allowed if sum(c.credits for c in courses) >= minimum`. */
const GENERAL = `id: art10
article: 10
title: Minimumgrens
kind: general
source:
  document: Test-OER
  section: art. 10
provisions:
  - paragraph: "§2"
    quote: Ten minste 25 studiepunten.
open_to_faculties: [minimum, minimum_credits]
rules: |
  parameter minimum = 25 sp "ten minste 25 studiepunten"

  decision minimum_credits "Minimumgrens" §2:
    allowed if sum(c.credits for c in courses) >= minimum
    otherwise refused
tests:
  - name: genoeg
    given: { courses: [{ code: C1, credits: 30 }] }
    expect: { minimum_credits: allowed }
`;

const PATH = "oer/2020-2021/art-10/general.yaml";

function withGeneral(text: string, manifest = MANIFEST): Diagnostic[] {
  return errorsOf(loadSet({ "art-10/general.yaml": text }, manifest));
}

/** Every code a test of this file has seen: each loader code (RW05x) must be among them. */
const seen = new Set<string>();

/** `code line:column` of each diagnostic, to compare with positions counted by hand. */
function at(diagnostics: readonly Diagnostic[]): string[] {
  for (const d of diagnostics) seen.add(d.code);
  return diagnostics.map((d) => `${d.code} ${d.span.line}:${d.span.column}`);
}

it("loads the well-formed file without diagnostics", () => {
  expect(loadSet({ "art-10/general.yaml": GENERAL }).diagnostics).toEqual([]);
});

describe("RW050: YAML syntax", () => {
  it("reports a repeated key at the second key", () => {
    const errors = withGeneral(GENERAL.replace("title: Minimumgrens\n", "title: Minimumgrens\ntitle: Tweede titel\n"));
    expect(at(errors)).toEqual(["RW050-yaml-syntax 4:1"]);
    expect(errors[0]!.message).toBe("YAML: Map keys must be unique");
    expect(errors[0]!.source).toBe(PATH);
  });

  it("reports a missing closing quote at the end of its line", () => {
    // `title: "Minimumgrens` is 20 characters: the quote is missing at column 21.
    const errors = withGeneral(GENERAL.replace("title: Minimumgrens", 'title: "Minimumgrens'));
    expect(at(errors)).toEqual(["RW050-yaml-syntax 3:21"]);
    expect(errors[0]!.message).toContain("Missing closing");
  });

  it("reports a colon in a plain value at the value", () => {
    const errors = withGeneral(GENERAL.replace("title: Minimumgrens", "title: Minimumgrens: art. 10"));
    expect(at(errors)).toEqual(["RW050-yaml-syntax 3:8"]);
  });

  it("stops there: a file with a YAML error is not checked further", () => {
    const errors = withGeneral(GENERAL.replace("title: Minimumgrens", 'title: "Minimumgrens').replace(">= minimum", ">= minimun"));
    expect(errors.map((d) => d.code)).toEqual(["RW050-yaml-syntax"]);
  });
});

describe("RW051: schema violations", () => {
  it("reports an unknown field at its key, with the nearest field", () => {
    const errors = withGeneral(GENERAL.replace("open_to_faculties:", "open_to_faculty:"));
    const unknown = errors.find((d) => d.message.includes("unknown field"));
    expect(at([unknown!])).toEqual(["RW051-schema-violation 11:1"]);
    expect(unknown!.message).toBe("$.open_to_faculty: unknown field 'open_to_faculty'; did you mean `open_to_faculties`?");
  });

  it("lists the fields there may be when none is near", () => {
    const errors = withGeneral(GENERAL.replace("open_to_faculties:", "xyzzy_frobnicate:"));
    expect(errors.find((d) => d.message.includes("unknown field"))!.message).toMatch(/^\$\.xyzzy_frobnicate: unknown field 'xyzzy_frobnicate': expected one of id, article, title, .*open_to_faculties/);
  });

  it("reports a value of the wrong type or outside the allowed values at the value", () => {
    const errors = withGeneral(GENERAL.replace("article: 10", "article: [10]").replace("kind: general", "kind: generaal"));
    const article = errors.find((d) => d.message.startsWith("$.article"));
    const kind = errors.find((d) => d.message.startsWith("$.kind"));
    expect(at([article!, kind!])).toEqual(["RW051-schema-violation 2:10", "RW051-schema-violation 4:7"]);
    expect(article!.message).toBe("$.article: found a list: expected integer or string");
    expect(kind!.message).toBe('$.kind: found "generaal": expected one of "general", "supplement", "deviation"; did you mean `general`?');
  });

  it("reports a missing field at the record that lacks it", () => {
    const errors = withGeneral(GENERAL.replace("    quote: Ten minste 25 studiepunten.\n", ""));
    expect(at(errors)).toEqual(["RW051-schema-violation 9:5"]);
    expect(errors[0]!.message).toBe("$.provisions[0]: missing field 'quote'");
  });

  it("reports a missing top-level field at the start of the file", () => {
    const errors = withGeneral(GENERAL.replace(/rules: \|[\s\S]*?tests:/, "tests:"));
    expect(at(errors)).toEqual(["RW051-schema-violation 1:1"]);
    expect(errors[0]!.message).toBe("$: missing field 'rules'");
  });

  it("checks the manifest too", () => {
    const errors = withGeneral(GENERAL, MANIFEST.replace("status: draft", "status: geldig"));
    expect(at(errors)).toEqual(["RW051-schema-violation 4:9"]);
    expect(errors[0]!.source).toBe("oer/2020-2021/manifest.yaml");
    expect(errors[0]!.message).toBe('$.status: found "geldig": expected one of "draft", "in_force"');
  });
});

describe("RW054: unknown scopes", () => {
  it("reports a faculty that does not exist at the value, with the nearest one", () => {
    const version = loadSet({
      "art-10/general.yaml": GENERAL,
      "art-10/law.yaml": regulationYaml({ kind: "supplement", scope: { faculty: "LAWW" }, rules: "set art10.minimum = 20 sp" }),
    });
    const errors = errorsOf(version);
    // regulationYaml puts `scope:` on line 4 and `  faculty: LAWW` on line 5.
    expect(at(errors)).toEqual(["RW054-unknown-scope 5:12"]);
    expect(errors[0]!.message).toContain('$.scope.faculty: found "LAWW": expected one of KERK');
    expect(errors[0]!.message).toContain("did you mean `LAW`?");
  });

  it("reports a programme the manifest does not list", () => {
    const version = loadSet({
      "art-10/general.yaml": GENERAL,
      "art-10/law.yaml": regulationYaml({ kind: "supplement", scope: { faculty: "LAW", programmes: ["ba-rechten-verkrot"] }, rules: "set art10.minimum = 20 sp" }),
    });
    const errors = errorsOf(version);
    // Line 6: `  programmes: [ba-rechten-verkrot]`.
    expect(at(errors)).toEqual(["RW054-unknown-scope 6:16"]);
    expect(errors[0]!.message).toContain("unknown programme 'ba-rechten-verkrot'");
    expect(errors[0]!.message).toContain("did you mean `ba-rechten-verkort`?");
  });
});

describe("errors inside the rules block", () => {
  it("are reported at their line and column in the YAML file", () => {
    // Line 16 `    allowed if sum(c.credits for c in courses) >= minimun`: 4 spaces of YAML indentation,
    // then `allowed if sum(c.credits for c in courses) >= ` (46 characters): the name is at column 51.
    const errors = withGeneral(GENERAL.replace(">= minimum", ">= minimun"));
    expect(at(errors)).toEqual(["RW010-unknown-name 16:51"]);
    expect(errors[0]!.source).toBe(PATH);
    const text = GENERAL.replace(">= minimum", ">= minimun");
    expect(text.slice(errors[0]!.span.start, errors[0]!.span.end)).toBe("minimun");
  });

  it("are placed right when the block starts with an empty line", () => {
    const text = GENERAL.replace("rules: |\n", "rules: |\n\n").replace(">= minimum", ">= minimun");
    const errors = withGeneral(text);
    expect(at(errors)).toEqual(["RW010-unknown-name 17:51"]);
    expect(text.slice(errors[0]!.span.start, errors[0]!.span.end)).toBe("minimun");
  });

  it("are placed right in a `|-` block and for parse errors too", () => {
    // Line 13 `  parameter minimum = 25 sp ~ "…"`: the `~` is at column 2 + 27 = 29.
    const text = GENERAL.replace("rules: |\n", "rules: |-\n").replace('25 sp "ten', '25 sp ~ "ten');
    const errors = withGeneral(text);
    expect(at(errors)).toEqual(["RW001-unexpected-character 13:29"]);
    expect(text.slice(errors[0]!.span.start, errors[0]!.span.end)).toBe("~");
  });

  it("are placed right in a plain one-line rules value", () => {
    // `rules: parameter minimum = 25 sp ~`: the `~` is at column 7 + 27 = 34.
    const text = GENERAL.replace(/rules: \|[\s\S]*?tests:/, "rules: parameter minimum = 25 sp ~\ntests:");
    const errors = withGeneral(text).filter((d) => d.code === "RW001-unexpected-character");
    expect(at(errors)).toEqual(["RW001-unexpected-character 12:34"]);
  });

  it("are placed right in a quoted one-line rules value", () => {
    const text = GENERAL.replace(/rules: \|[\s\S]*?tests:/, 'rules: "parameter minimum = 25 sp ~"\ntests:');
    const errors = withGeneral(text).filter((d) => d.code === "RW001-unexpected-character");
    expect(at(errors)).toEqual(["RW001-unexpected-character 12:35"]);
  });
});

describe("RW056: the style of the rules block", () => {
  it("reports a folded block at its `>`", () => {
    // Line 12 `rules: >`: the `>` is at column 8.
    const errors = withGeneral(GENERAL.replace("rules: |\n", "rules: >\n"));
    expect(at(errors)).toEqual(["RW056-rules-block-style 12:8"]);
    expect(errors[0]!.message).toBe("$.rules: rules must be a literal block (`rules: |`): a folded block (`>`) joins lines, so positions in it could not be reported");
  });

  it("reports rules over several lines that are not a literal block, at the value", () => {
    // Line 12 `rules: "parameter minimum = 25 sp`: the quoted value starts at column 8.
    const text = GENERAL.replace(/rules: \|[\s\S]*?tests:/, 'rules: "parameter minimum = 25 sp\n\n  parameter maximum = 60 sp"\ntests:');
    const errors = withGeneral(text);
    expect(at(errors)).toEqual(["RW056-rules-block-style 12:8"]);
    expect(errors[0]!.message).toBe("$.rules: rules that span several lines must be a literal block (`rules: |`)");
  });
});

describe("RW052: missing files", () => {
  it("reports a supplement whose article has no general file, at its article number", () => {
    const version = loadSet({
      "art-10/general.yaml": GENERAL,
      "art-99/law.yaml": regulationYaml({ article: 99, kind: "supplement", scope: { faculty: "LAW" }, rules: "set art99.x = 2" }),
    });
    const errors = errorsOf(version);
    expect(at(errors)).toEqual(["RW052-missing-file 1:10"]);
    expect(errors[0]!.source).toBe("oer/2020-2021/art-99/law.yaml");
    expect(errors[0]!.message).toBe("this supplement is to article 99, which has no general file in oer/2020-2021");
  });

  it("reports a regulation set the manifest uses but that is not there", () => {
    const errors = withGeneral(GENERAL, `${MANIFEST}uses:\n  - set: leerkrediet\n    version: 2020-2021\n`);
    // MANIFEST has 15 lines: `uses:` is line 16 and its item starts on line 17, column 5.
    expect(at(errors)).toEqual(["RW052-missing-file 17:5"]);
    expect(errors[0]!.message).toBe("uses leerkrediet 2020-2021, but there is no leerkrediet/2020-2021/manifest.yaml");
  });

  it("reports a context schema the manifest names but that is not there", () => {
    const errors = withGeneral(GENERAL, `${MANIFEST}context_schema: extra.schema.json\n`);
    // Line 16 `context_schema: extra.schema.json`: the value starts at column 17.
    expect(at(errors)).toEqual(["RW052-missing-file 16:17"]);
    expect(errors[0]!.message).toContain("context_schema extra.schema.json: no such file");
  });
});

describe("RW055: a cycle of uses", () => {
  it("is reported as a cycle, not as a manifest that is not there", () => {
    const manifest = (id: string, uses: string) => `${MANIFEST.replace("id: oer", `id: ${id}`)}uses:\n  - set: ${uses}\n    version: 2020-2021\n`;
    const fs = memoryFileSystem({
      "sets/a/2020-2021/manifest.yaml": manifest("a", "b"),
      "sets/b/2020-2021/manifest.yaml": manifest("b", "a"),
    });
    const messages = openAll(fs, "sets").flatMap((v) => v.diagnostics.map((d) => d.message));
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.filter((m) => m.includes("there is no"))).toEqual([]);
    const codes = at(openAll(fs, "sets").flatMap((v) => v.diagnostics));
    // MANIFEST has 15 lines: `uses:` is line 16 and its item starts on line 17, column 5.
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((c) => c === "RW055-uses-cycle 17:5")).toBe(true);
  });
});

describe("RW053: bad tests", () => {
  it("reports a fact the context schema does not know, at its key", () => {
    // Line 20 `    given: { courses: [{ code: C1, credit: 30 }] }`: `credit` at column 4 + 31 + 1 = 36.
    const errors = withGeneral(GENERAL.replace("credits: 30", "credit: 30"));
    expect(at(errors)).toEqual(["RW053-bad-test 20:36"]);
    expect(errors[0]!.message).toBe("test 'genoeg': given.courses[0].credit: unknown field 'credit'; did you mean `credits`?");
  });

  it("reports a fact of the wrong type at its value, with what was found and expected", () => {
    // `"dertig"` starts at column 4 + 40 + 1 = 45.
    const errors = withGeneral(GENERAL.replace("credits: 30", 'credits: "dertig"'));
    expect(at(errors)).toEqual(["RW053-bad-test 20:45"]);
    expect(errors[0]!.message).toBe('test \'genoeg\': given.courses[0].credits: found the text "dertig": expected number');
  });

  it("reports an expectation about a decision that does not exist, with the nearest one", () => {
    const errors = withGeneral(GENERAL.replace("expect: { minimum_credits", "expect: { minimum_credit"));
    expect(at(errors)).toEqual(["RW053-bad-test 21:15"]);
    expect(errors[0]!.message).toBe("test 'genoeg' expects 'minimum_credit', which is not a decision of this version; did you mean `art10.minimum_credits`?");
  });

  it("reports an expected outcome that is not an outcome, at the value, with the nearest one", () => {
    // Line 21 `    expect: { minimum_credits: alowed }`: the value at column 4 + 27 + 1 = 32.
    const errors = withGeneral(GENERAL.replace("minimum_credits: allowed }", "minimum_credits: alowed }"));
    expect(at(errors)).toEqual(["RW053-bad-test 21:32"]);
    expect(errors[0]!.message).toMatch(/^test 'genoeg' expects minimum_credits: found the outcome 'alowed': expected one of allowed, refused, .*; did you mean `allowed`\?$/);
  });
});

// Last, so that it sees what the tests above produced.
it("every loader code of the catalogue (RW05x) has a bad regulation set above", () => {
  const loaderCodes = Object.keys(DIAGNOSTIC_CODES).filter((c) => c.startsWith("RW05"));
  expect(loaderCodes.filter((c) => !seen.has(c))).toEqual([]);
});
