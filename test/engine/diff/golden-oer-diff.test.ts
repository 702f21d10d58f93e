/**
 * Golden files of `regelwerk diff` from OER 2020-2021 to the reconstructed 2021-2022: the text in
 * English and Dutch and the JSON. `npm run test:update` rewrites them; a change here is a change of
 * what the policy office would read.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../../engine/cli/main.js";

const GOLDEN = join(import.meta.dirname, "..", "..", "golden", "diff");
const update = process.env.UPDATE_GOLDEN === "1";
const OLD = "regulations/kuleuven-oer/2020-2021";
const NEW = "regulations/kuleuven-oer/2021-2022";

function run(...argv: string[]): { code: number; out: string } {
  let out = "";
  const code = main(argv, { out: (t) => void (out += t), err: (t) => void (out += t) });
  if (typeof code !== "number") throw new Error("only batch answers with a promise");
  return { code, out };
}

function golden(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (update || !existsSync(path)) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(path, actual);
  }
  expect(actual).toBe(readFileSync(path, "utf8"));
}

describe("diff of OER 2020-2021 → 2021-2022", () => {
  it.each([
    ["oer-2020-2021-to-2021-2022.en.txt", ["--lang", "en"]],
    ["oer-2020-2021-to-2021-2022.nl.txt", ["--lang", "nl"]],
    ["oer-2020-2021-to-2021-2022.json", ["--json"]],
  ])("%s", (name, options) => {
    const r = run("diff", OLD, NEW, ...options);
    expect(r.code).toBe(1);
    golden(name, r.out);
  });

  it("names the milestone, the tolerance and deliberation credits and art. 35's first-phase rule", () => {
    const diff = JSON.parse(run("diff", OLD, NEW, "--json").out) as { articles: { article: string; files: { path: string; change: string; statements: { name: string; change: string }[] }[] }[] };
    const files = new Map(diff.articles.flatMap((a) => a.files.map((f) => [f.path, f] as const)));
    expect(files.get("mijlpaal/general.yaml")?.change).toBe("added");
    expect(files.get("art-81/general.yaml")?.statements.map((s) => `${s.name} ${s.change}`)).toEqual(expect.arrayContaining(["tolerance_credit_used changed", "deliberation_credit added"]));
    expect(files.get("art-35/general.yaml")?.statements.map((s) => `${s.name} ${s.change}`)).toEqual(["third_enrolment changed"]);
  });
});
