/**
 * Golden files of `regelwerk eval`: per example student the Dutch and English text, the `--json`
 * output, and for a few bad inputs the exit code with stdout and stderr. The receipts' hashes are
 * part of the files, so a change in hashing shows as a diff; `npm run test:update` rewrites them all.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCliWith as run } from "../../support/run-cli.js";

const GOLDEN = join("test", "golden", "explain");
const update = process.env.UPDATE_GOLDEN === "1";

/** The regulation version an example is evaluated against (the README's commands); the OER by default. */
const REGULATION_OF: Record<string, string> = {
  "lio-kuleuven": "regulations/kuleuven-lio/2020-2021",
  "lio-vub": "regulations/vub-teacher-training/2021-2022",
  "internship-calendar": "regulations/lerarenstage/2017-2018",
  "learning-credit-career": "regulations/flanders-learning-credit/2020-2021",
};

function compare(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (update) {
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run test:update and review it`);
  expect(actual).toBe(readFileSync(path, "utf8"));
}

/** Examples whose `--verbose` text (with the rules that did not apply) is kept too. */
const VERBOSE = new Set(["low-efficiency-bachelor", "master-student", "lio-vub"]);

const examples = readdirSync("examples")
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => f.slice(0, -".yaml".length));

describe("eval of each example student", () => {
  for (const name of examples) {
    const regulation = REGULATION_OF[name];
    const argv = ["eval", `examples/${name}.yaml`, ...(regulation ? ["--regulation", regulation] : [])];
    for (const lang of ["nl", "en"] as const) {
      it(`${name} in ${lang === "nl" ? "Dutch" : "English"}`, () => {
        const r = run([...argv, "--lang", lang]);
        expect(r.code).toBe(0);
        expect(r.err).toBe("");
        compare(`${name}.${lang}.txt`, r.out);
      });
    }
    if (VERBOSE.has(name)) {
      for (const lang of ["nl", "en"] as const) {
        it(`${name} in ${lang === "nl" ? "Dutch" : "English"}, with --verbose`, () => {
          const r = run([...argv, "--lang", lang, "--verbose"]);
          expect(r.code).toBe(0);
          compare(`${name}.${lang}.verbose.txt`, r.out);
        });
      }
    }
    it(`${name} as JSON`, () => {
      const r = run([...argv, "--json"]);
      expect(r.code).toBe(0);
      expect(r.err).toBe("");
      compare(`${name}.json`, r.out);
    });
  }
});

/** Bad input: exit 2, a message on stderr (diagnostics on stdout), never a stack trace. */
const BAD_INPUTS: Record<string, readonly string[]> = {
  "unknown-option": ["eval", "examples/first-year-bachelor.yaml", "--colour"],
  "unknown-language": ["eval", "examples/first-year-bachelor.yaml", "--lang", "fr"],
  "missing-file": ["eval", "examples/no-such-student.yaml"],
  "no-context": ["eval"],
  "malformed-context": ["eval", `${GOLDEN}/cli/malformed-context.yaml`],
  "broken-yaml": ["eval", `${GOLDEN}/cli/broken-yaml.yaml`],
  "unknown-article": ["eval", "examples/first-year-bachelor.yaml", "--article", "999"],
};

describe("eval of bad input", () => {
  for (const [name, argv] of Object.entries(BAD_INPUTS)) {
    it(`${name}: exit 2 with a message`, () => {
      const r = run(argv);
      expect(r.code).toBe(2);
      expect(r.err).not.toBe("");
      expect(`${r.out}${r.err}`).not.toMatch(/^\s+at /m);
      compare(`cli/${name}.txt`, `exit ${r.code}\n--- stdout\n${r.out}--- stderr\n${r.err}`);
    });
  }
});
