/**
 * The README's command excerpts are what the commands print now: this fails when one drifts (a
 * receipt hash, a path, a figure); `npm run readme` rewrites them. The marker syntax is checked too,
 * and figures from measurements must name an existing npm script and a date.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findBlocks, findMeasured, ReadmeError, regenerate, splitArgs, type Run } from "../../scripts/readme/excerpts.js";
import { runRegelwerk } from "../../scripts/readme/run-cli.js";
import { README_TABLES } from "../../scripts/readme/tables.js";

const README = readFileSync("README.md", "utf8");

describe("the README", { timeout: 600_000 }, () => {
  it("holds at least the eval excerpts, and each block is exactly what its command prints now (npm run readme rewrites them)", () => {
    const blocks = findBlocks(README);
    expect(blocks.map((b) => b.cmd)).toEqual(expect.arrayContaining(["eval examples/bridging-programme.yaml --article 22", "eval examples/low-efficiency-bachelor.yaml --article 33 --lang en"]));
    const now = regenerate(README, runRegelwerk, README_TABLES);
    for (const [i, block] of findBlocks(now).entries()) {
      const old = blocks[i]!;
      expect(README.slice(old.start, old.end), `README.md:${old.line} ${old.cmd ?? old.table} differs from what it is now: run npm run readme`).toBe(now.slice(block.start, block.end));
    }
  });

  it("figures from measurements name their npm script and the day", () => {
    const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;
    const measured = findMeasured(README);
    expect(measured.length).toBeGreaterThan(0);
    for (const m of measured) {
      const script = /^npm (?:run )?(\S+)$/.exec(m.cmd)?.[1];
      expect(script && scripts[script], `README.md:${m.line}: ${m.cmd} is not an npm script`).toBeTruthy();
      expect(Date.parse(m.date)).toBeLessThanOrEqual(Date.now());
    }
  });
});

describe("excerpt blocks", () => {
  const ok = (out: string): Run => ({ code: 0, out, err: "" });

  it("a table block holds the table as computed, not fenced", () => {
    expect(regenerate('x\n<!-- regelwerk:begin table="t" -->\nold\n<!-- regelwerk:end -->\n', () => ok(""), { t: () => "| a |\n|---|" })).toBe('x\n<!-- regelwerk:begin table="t" -->\n| a |\n|---|\n<!-- regelwerk:end -->\n');
  });

  it("are rewritten with the command's output, or its last lines with tail", () => {
    const text = 'a\n<!-- regelwerk:begin cmd="eval \\"x y\\".yaml --lang en" -->\nold\n<!-- regelwerk:end -->\nb\n<!-- regelwerk:begin cmd="test" tail="1" -->\n<!-- regelwerk:end -->\n';
    const seen: string[][] = [];
    const out = regenerate(text.replace('\\"x y\\"', "x"), (argv) => (seen.push([...argv]), ok(argv[0] === "test" ? "one\ntwo\n" : "text\n")));
    expect(out).toBe('a\n<!-- regelwerk:begin cmd="eval x.yaml --lang en" -->\n```\ntext\n```\n<!-- regelwerk:end -->\nb\n<!-- regelwerk:begin cmd="test" tail="1" -->\n```\ntwo\n```\n<!-- regelwerk:end -->\n');
    expect(seen).toEqual([["eval", "x.yaml", "--lang", "en"], ["test"]]);
    expect(splitArgs('eval "a b.yaml" --x')).toEqual(["eval", "a b.yaml", "--x"]);
  });

  it("refuse a begin without its end, an end without its begin, a marker without cmd, and a failing command, with the line", () => {
    expect(() => findBlocks('x\n<!-- regelwerk:begin cmd="a" -->\n')).toThrow(new ReadmeError("README.md:2: regelwerk:begin without its <!-- regelwerk:end -->"));
    expect(() => findBlocks("<!-- regelwerk:end -->\n")).toThrow(/1 <!-- regelwerk:end --> marker\(s\) for 0 begin/);
    expect(() => findBlocks("<!-- regelwerk:begin tail=\"2\" -->\n<!-- regelwerk:end -->")).toThrow(/README.md:1: .* needs either cmd="…" or table="…"/);
    expect(() => regenerate('<!-- regelwerk:begin table="nope" -->\n<!-- regelwerk:end -->', () => ok(""), { encoded: () => "" })).toThrow(/table="nope": unknown; expected one of encoded/);
    expect(() => findBlocks('<!-- regelwerk:begin cmd="a" junk -->\n<!-- regelwerk:end -->')).toThrow(/unexpected 'junk'/);
    const failing = '\n<!-- regelwerk:begin cmd="eval nothing.yaml" -->\n<!-- regelwerk:end -->\n';
    expect(() => regenerate(failing, () => ({ code: 2, out: "", err: "regelwerk: nothing.yaml: cannot read this file\n" }))).toThrow("README.md:2: `regelwerk eval nothing.yaml` exited 2: regelwerk: nothing.yaml: cannot read this file");
    expect(() => findMeasured('<!-- regelwerk:measured cmd="npm run bench" -->')).toThrow(/needs cmd="…" and date="YYYY-MM-DD"/);
  });
});
