/**
 * The command line: `main(argv, io)` in-process with a capturing io, for every exit code — 0 ok,
 * 1 findings, 2 bad input — and never a stack trace; plus one real run of the built `bin/regelwerk.js`.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../../engine/cli/main.js";
import { MANIFEST, regulationYaml } from "../../support/regulation-set.js";
import { runCli as run } from "../../support/run-cli.js";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const REGULATIONS = join(ROOT, "regulations");
const OER = join(REGULATIONS, "kuleuven-oer", "2020-2021");

let tmp = "";

function write(path: string, text: string): string {
  const full = join(tmp, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
  return full;
}

const LAW_STUDENT = `# A LAW student with 30 credits.
student: { id: r0123456, eea_national: true, temporary_resident: false }
enrolment:
  academic_year: 2020-2021
  faculty: LAW
  programme: { kind: bachelor, language: nl }
  contract: diploma
  credits_remaining: 120
  isp_deviation: false
  other_enrolments: []
courses:
  - { code: C1, credits: 30, language: nl, semester: first }
history: []
`;

const GENERAL_RULES = `parameter minimum = 25 sp
decision minimum_credits "Minimumgrens" §2:
  allowed if sum(c.credits for c in courses) >= minimum
  otherwise refused`;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "regelwerk-cli-"));
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe("exit 0", () => {
  it("check on the bundled regulations", () => {
    const r = run("check", REGULATIONS);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/\d+ version\(s\), \d+ file\(s\): 0 error\(s\)/);
  });

  it("test on the bundled regulations", () => {
    const r = run("test", REGULATIONS);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/\d+ passed, 0 failed\n$/);
    expect(r.out).toContain("kuleuven-oer 2020-2021");
  }, 120_000); // every example of every bundled version, on a shared machine

  it("eval of a student context against the bundled OER, in Dutch, English and JSON", () => {
    const context = write("contexts/law.yaml", LAW_STUDENT);
    const nl = run("eval", context, "--regulation", OER);
    expect(nl.code, nl.out + nl.err).toBe(0);
    expect(nl.out).toContain("art. 22 §2");
    expect(nl.out).toContain("ontvangstbewijs: kuleuven-oer 2020-2021 [faculty=LAW]");
    const en = run("eval", context, "--regulation", OER, "--lang", "en", "--article", "22");
    expect(en.code).toBe(0);
    expect(en.out).toContain("receipt: kuleuven-oer 2020-2021");
    expect(en.out).not.toContain("art. 23");
    const json = run("eval", context, "--regulation", OER, "--json");
    expect(json.code).toBe(0);
    const result = JSON.parse(json.out) as { receipt: { regulation: string; input_hash: string }; decisions: { id: string }[] };
    expect(result.receipt.regulation).toBe("kuleuven-oer");
    expect(result.decisions.map((d) => d.id)).toContain("art22.minimum_credits");
  });

  it("help", () => {
    const r = run("--help");
    expect(r.code).toBe(0);
    expect(r.out).toContain("usage:");
  });
});

describe("exit 1", () => {
  it("check finds an error in a regulation and shows where", () => {
    write("bad/oer/2020-2021/manifest.yaml", MANIFEST);
    const file = write("bad/oer/2020-2021/art-10/general.yaml", regulationYaml({ id: "art10", rules: GENERAL_RULES.replace(">= minimum", ">= minimun") }));
    const r = run("check", join(tmp, "bad"));
    expect(r.code).toBe(1);
    // regulationYaml: `rules: |` is line 11, so the rule `allowed if … >= minimun` is line 14, the name at column 51.
    expect(r.err).toContain(`${file}:14:51: error RW010-unknown-name unknown name 'minimun'; did you mean \`minimum\`?`);
    expect(r.out).toContain("1 error(s)");
  });

  it("test reports a failing example with what was expected and what came out", () => {
    write("failing/oer/2020-2021/manifest.yaml", MANIFEST);
    write(
      "failing/oer/2020-2021/art-10/general.yaml",
      regulationYaml({
        id: "art10",
        rules: GENERAL_RULES,
        tests: "- name: 20 sp is genoeg (fout)\n  given: { courses: [{ code: C1, credits: 20 }] }\n  expect: { minimum_credits: allowed }",
      }),
    );
    const r = run("test", join(tmp, "failing"));
    expect(r.code).toBe(1);
    expect(r.out).toContain("✗");
    expect(r.out).toContain("20 sp is genoeg (fout)");
    expect(r.out).toContain("minimum_credits: expected allowed, got refused");
    expect(r.out).toContain("0 passed, 1 failed");
  });

  it("test refuses to run a regulation with errors", () => {
    const r = run("test", join(tmp, "bad"));
    expect(r.code).toBe(1);
    expect(r.err).toContain("error(s) in the regulation files");
  });
});

describe("exit 2", () => {
  it("a malformed context names the JSON path, what was found and expected, and line:col", () => {
    const context = write(
      "contexts/bad.yaml",
      "student: { id: r1 }\nenrolment:\n  faculty: LAW\n  credits_remaining: veel\ncourses:\n  - { code: C1, credits: 30, semestre: first }\n",
    );
    const r = run("eval", context, "--regulation", OER);
    expect(r.code).toBe(2);
    // `  credits_remaining: ` is 21 characters; `  - { code: C1, credits: 30, ` is 29.
    expect(r.err).toContain(`${context}:4:22: error RW051-schema-violation $.enrolment.credits_remaining: found the text "veel": expected number`);
    expect(r.err).toContain(`${context}:6:30: error RW051-schema-violation $.courses[0].semestre: unknown field 'semestre'; did you mean \`semester\`?`);
    expect(r.err).toContain("the student context is not valid (2 problem(s)); nothing was evaluated");
  });

  it("a malformed context in JSON, and one with a YAML syntax error", () => {
    const json = write("contexts/bad.json", '{"enrolment": {"faculty": "LAW", "credits_remaining": "veel"}}\n');
    const r = run("eval", json, "--regulation", OER);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${json}:1:55: error RW051-schema-violation $.enrolment.credits_remaining: found the text "veel": expected number`);
    const broken = write("contexts/broken.yaml", "student: { id: r1\nenrolment: {}\n");
    const b = run("eval", broken, "--regulation", OER);
    expect(b.code).toBe(2);
    expect(b.err).toContain("RW050-yaml-syntax");
  });

  it("an unknown command", () => {
    const r = run("frobnicate");
    expect(r.code).toBe(2);
    expect(r.err).toBe("regelwerk: unknown command 'frobnicate'; expected check, test, eval, batch, articles, coverage, fmt, new, diff, cohort, version, serve or users (see regelwerk --help)\n");
  });

  it("no command at all shows the usage", () => {
    const r = run();
    expect(r.code).toBe(2);
    expect(r.out).toContain("usage:");
  });

  it("a missing file or folder", () => {
    const missing = join(tmp, "no-such-context.yaml");
    expect(run("eval", missing)).toMatchObject({ code: 2, err: `regelwerk: ${missing}: cannot read this file\n` });
    expect(run("eval").code).toBe(2);
    const r = run("check", join(tmp, "no-such-dir"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("no such directory");
    const empty = join(tmp, "empty");
    mkdirSync(empty, { recursive: true });
    expect(run("test", empty)).toMatchObject({ code: 2 });
  });

  it("a bad --lang, an unknown option, an option without its value", () => {
    const context = write("contexts/law.yaml", LAW_STUDENT);
    expect(run("eval", context, "--regulation", OER, "--lang", "fr")).toMatchObject({ code: 2, err: "regelwerk: --lang fr: expected nl or en\n" });
    expect(run("check", REGULATIONS, "--lang", "en").err).toContain("unknown option --lang");
    expect(run("eval", context, "--regulation", OER, "--lang").code).toBe(2);
    expect(run("eval", context, "--regulation", OER, "--article", "999")).toMatchObject({ code: 2 });
  });
});

describe("the installed command", () => {
  it("runs from bin/regelwerk.js and exits with the command's code", () => {
    const help = spawnSync(process.execPath, ["bin/regelwerk.js", "--help"], { cwd: ROOT, encoding: "utf8" });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("usage:");
    expect(help.stderr).toBe("");
    const unknown = spawnSync(process.execPath, ["bin/regelwerk.js", "frobnicate"], { cwd: ROOT, encoding: "utf8" });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'frobnicate'");
    expect(unknown.stderr).not.toMatch(/^\s+at /m);
  });
});

describe("conventions", () => {
  it("--version prints the engine's version", () => {
    expect(run("--version")).toMatchObject({ code: 0, out: expect.stringMatching(/^regelwerk \d+\.\d+\.\d+\n$/) });
  });

  it("a second context file, a repeated option and an empty list are refused, not ignored", () => {
    const context = write("conventions/law.yaml", LAW_STUDENT);
    expect(run("eval", context, context)).toMatchObject({ code: 2, err: `regelwerk: unexpected argument '${context}': this command takes one context file\n` });
    expect(run("eval", context, "--article", "4", "--article", "22")).toMatchObject({ code: 2, err: "regelwerk: --article is given more than once; give it once\n" });
    const empty = run("eval", write("conventions/empty.yaml", "[]\n"), "--regulation", OER);
    expect(empty.code).toBe(2);
    expect(empty.err).toContain("$: the list is empty: expected at least one student context");
  });

  it("--json prints JSON on standard output even when it fails", () => {
    const r = run("eval", write("conventions/empty.json", "[]"), "--json", "--regulation", OER);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out)).toMatchObject({ error: { exit: 2, message: expect.stringContaining("the list is empty") } });
  });

  it("test runs one file, or the files of one article", () => {
    const file = run("test", join(OER, "art-22", "iiw.yaml"));
    expect(file.code).toBe(0);
    expect(file.out).toMatch(/^kuleuven-oer 2020-2021\n  rule coverage: \d+\/\d+ rules \(100%\)\n  condition coverage: \d+\/\d+ conditions seen both true and false \([\d.]+%\)\n( {4}.*\n)*[1-9]\d* passed, 0 failed\n$/);
    const article = run("test", OER, "--article", "22");
    expect(article.out).toMatch(/[1-9]\d* passed, 0 failed\n$/);
    expect(run("test", OER, "--article", "999")).toMatchObject({ code: 2 });
  }, 120_000); // three runs of every OER example, on a shared machine
});

describe("articles", () => {
  it("lists each article with its decisions and the faculty files on it", () => {
    const r = run("articles", "--regulation", OER);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^kuleuven-oer 2020-2021: /);
    expect(r.out).toMatch(/\nart\. 22 [^\n]+\n  decisions: [^\n]*art22\.minimum_credits[^\n]*\n(  (supplement|deviation) [^\n]+\n)*  supplement IIW[^\n]*: art-22\/iiw\.yaml\n/);
  });

  it("refuses a folder without a manifest", () => {
    expect(run("articles", "--regulation", REGULATIONS)).toMatchObject({ code: 2 });
  });
});

describe("many students", () => {
  it("a list is written student by student and is still one JSON array", () => {
    const student = LAW_STUDENT.replace(/^#.*\n/, "").replace(/\n/g, "\n  ").trimEnd();
    const r = run("eval", write("many/list.yaml", `- ${student}\n- ${student}\n- ${student}\n`), "--json", "--no-trace", "--regulation", OER);
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.out) as unknown[];
    expect(parsed).toHaveLength(3);
    expect(r.out).toBe(JSON.stringify(parsed, null, 2) + "\n");
  });
});
