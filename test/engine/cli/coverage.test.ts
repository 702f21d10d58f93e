/**
 * `regelwerk coverage`: in-process through main, on the real OER (the table and its totals, the
 * JSON form the issue asks for) and with bad input (no index, no version: exit 2, no stack trace).
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../../engine/cli/main.js";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const OER = join(ROOT, "regulations", "kuleuven-oer", "2020-2021");

function run(...argv: string[]) {
  let out = "";
  let err = "";
  const code = main(argv, { out: (t) => void (out += t), err: (t) => void (err += t) }) as number;
  expect(`${out}\n${err}`).not.toMatch(/^\s+at /m);
  return { code, out, err };
}

describe("regelwerk coverage", () => {
  it("prints a line per article and the totals", () => {
    const { code, out } = run("coverage", "--regulation", OER);
    expect(code).toBe(0);
    expect(out).toMatch(/^art\. 22 +\d+\/7 +\d+\/7/m);
    expect(out).toMatch(/^art\. 50 +2\/2 +6\/6/m);
    expect(out).toMatch(/^art\. 56 +1\/1 +8\/8$/m);
    // Art. 31 reads art. 33-35's refusals through decision references: encoded, nothing left to name.
    expect(out).toMatch(/^art\. 31 +1\/1 +–$/m);
    expect(out).toMatch(/^total: general \d+\/163 encoded \(\d+ %\), \d+ quoted only; faculty \d+\/290 encoded/m);
  });

  it("gives general and faculty {encoded, total} and the articles in --json", () => {
    const { code, out } = run("coverage", "--regulation", OER, "--json");
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.general.total).toBe(163);
    expect(report.faculty.total).toBe(290);
    expect(report.general.encoded).toBeGreaterThan(0);
    const art47 = report.articles.find((a: { article: number }) => a.article === 47);
    expect(art47.faculty).toEqual({ encoded: 18, quoted: 0, total: 18 });
    expect(art47.provisions[0]).toEqual({ id: "G-47.1", layer: "general", status: "encoded", files: ["art-47/general.yaml"] });
  });

  it("refuses a version without a provisions index (exit 2)", () => {
    const { code, err } = run("coverage", "--regulation", join(ROOT, "regulations", "lerarenstage", "2017-2018"));
    expect(code).toBe(2);
    expect(err).toContain("provisions_index");
  });

  it("refuses a folder that is not a version, as JSON with --json", () => {
    const { code, out } = run("coverage", "--regulation", join(ROOT, "docs"), "--json");
    expect(code).toBe(2);
    expect(JSON.parse(out).error.message).toContain("no manifest.yaml");
  });
});
