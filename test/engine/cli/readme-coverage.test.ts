/**
 * The README's coverage table is `regelwerk coverage --markdown` on the OER 2020-2021: when files or
 * provision ids change, the table must be regenerated (the message says how).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { main } from "../../../engine/cli/main.js";

const ROOT = join(import.meta.dirname, "..", "..", "..");

it("the README's coverage table is the output of regelwerk coverage --markdown", () => {
  let out = "";
  const code = main(["coverage", "--markdown", "--regulation", join(ROOT, "regulations", "kuleuven-oer", "2020-2021")], { out: (t) => void (out += t), err: () => {} });
  expect(code).toBe(0);
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const block = /<!-- coverage:begin[^>]*-->\n([\s\S]*?)<!-- coverage:end -->/.exec(readme)?.[1];
  expect(block, "README.md: the table between <!-- coverage:begin --> and <!-- coverage:end --> is out of date: replace it with the output of `npx regelwerk coverage --markdown`").toBe(out);
});
