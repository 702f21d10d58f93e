/**
 * Hostile input to the loader is refused with a positioned error, never a crash: aliases to no
 * anchor, alias bombs, data nested thousands deep (YAML and JSON, labelled as such), and manifests
 * of the wrong shape, which are reported and not read.
 */
import { describe, expect, it } from "vitest";
import { readContexts, readYaml } from "../../../engine/load/index.js";
import { MANIFEST, errorsOf, loadSet } from "../../support/regulation-set.js";

const where = (d: { span: { line: number; column: number }; message: string }) => `${d.span.line}:${d.span.column} ${d.message}`;

describe("YAML the reader cannot turn into data", () => {
  it("an alias to no anchor is an error at the alias", () => {
    const { data, diagnostics } = readYaml("c.yaml", "enrolment:\n  student: *a\n");
    expect(data).toBeNull();
    expect(diagnostics.map(where)).toEqual(["2:12 YAML: the alias *a refers to no anchor &a defined before it"]);
  });

  it("an alias bomb is refused before it expands", () => {
    const rows = ["a: &a [x, x, x, x, x, x, x, x, x]", ..."bcde".split("").map((k, i) => `${k}: &${k} [${Array(9).fill(`*${"abcd"[i]}`).join(", ")}]`)];
    const { data, diagnostics } = readYaml("c.yaml", rows.join("\n") + "\n");
    expect(data).toBeNull();
    expect(diagnostics.map((d) => d.message)).toEqual(["YAML: its aliases expand to too much data (more than 100 alias uses): write the values out"]);
  });

  it.each([
    ["a YAML flow list", "deep.yaml", `${"[".repeat(10_000)}${"]".repeat(10_000)}`, "YAML"],
    ["a JSON record", "deep.json", `{"student": ${"[".repeat(10_000)}${"]".repeat(10_000)}}`, "JSON"],
    ["YAML lists 100 deep", "deep.yaml", `${"[".repeat(100)}${"]".repeat(100)}`, "YAML"],
    ["YAML block lists", "deep.yaml", `${"- ".repeat(10_000)}x`, "YAML"],
  ])("%s nested too deeply is refused with the format's name", (_, path, text, kind) => {
    const { contexts, diagnostics } = readContexts(path, text);
    expect(contexts).toEqual([]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.message).toBe(`${kind}: the data is nested too deeply: expected at most 64 levels of lists and records`);
    expect(diagnostics[0]!.span.line).toBe(1);
  });

  it("indented records nested too deeply are refused at the first line past the limit", () => {
    const text = Array.from({ length: 3000 }, (_, i) => `${"  ".repeat(i)}a:`).join("\n") + " 1\n";
    expect(readContexts("deep.yaml", text).diagnostics.map(where)).toEqual(["65:129 YAML: the data is nested too deeply: expected at most 64 levels of lists and records"]);
  });

  it("a JSON syntax error is labelled JSON", () => {
    expect(readYaml("c.json", '{"a": [1, 2}').diagnostics[0]!.message).toMatch(/^JSON: /);
  });
});

describe("a manifest of the wrong shape is reported and not read", () => {
  const base = MANIFEST.replace(/programmes:[\s\S]*$/, "");
  it.each([
    ["uses: hello", '$.uses: found the text "hello": expected array'],
    ["uses: [5]", "$.uses[0]: found number 5: expected object"],
    ["programmes: 7", "$.programmes: found number 7: expected array"],
  ])("%s", (line, message) => {
    const errors = errorsOf(loadSet({}, base + line + "\n"));
    expect(errors.map((d) => d.message)).toEqual([message]);
  });
});
