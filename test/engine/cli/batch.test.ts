/**
 * `regelwerk batch` through the built command (worker threads need the compiled worker file):
 * NDJSON, JSON array, YAML documents and CSV with a column mapping, from a file and from stdin;
 * known outcomes per student, input order kept with several workers, invalid students reported
 * with their line numbers and skipped, the summary on stderr.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MANIFEST, regulationYaml } from "../../support/regulation-set.js";

const BIN = join(import.meta.dirname, "..", "..", "..", "bin", "regelwerk.js");
let tmp = "";
let oer = "";

/** Art. 10: at least 25 credits in total; per course, at most 10 credits each. */
const RULES = `parameter minimum = 25 sp
decision minimum_credits "Minimumgrens" §2:
  allowed if sum(c.credits for c in courses) >= minimum
  otherwise refused
decision course_size "Omvang" for each c in courses:
  refused if c.credits > 10 sp
  otherwise allowed`;

function write(path: string, text: string): string {
  const full = join(tmp, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
  return full;
}

/** One worker unless a test says otherwise: the machine is shared, and order is tested on its own. */
function batch(args: readonly string[], input?: string) {
  const workers = args.includes("--workers") ? [] : ["--workers", "1"];
  const r = spawnSync(process.execPath, [BIN, "batch", "--regulation", oer, ...workers, ...args], { input: input ?? "", encoding: "utf8", timeout: 60_000 });
  expect(r.stderr, "a stack trace").not.toMatch(/^\s+at /m);
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A student with courses of the given credits. */
function student(id: string, credits: readonly number[], year = "2020-2021"): Record<string, unknown> {
  return {
    student: { id },
    enrolment: { academic_year: year, faculty: "LAW" },
    courses: credits.map((c, i) => ({ code: `C${i + 1}`, credits: c })),
    history: [],
  };
}

interface Line {
  readonly id: string;
  readonly line: number;
  readonly decisions: { id: string; outcome: string; value: unknown; file: string | null; missing: string[]; explanation?: string }[];
  readonly receipt: { regulation: string; rules_hash: string; input_hash: string };
}

const parse = (out: string): Line[] => out.trim().split("\n").filter((l) => l !== "").map((l) => JSON.parse(l) as Line);
const outcome = (l: Line, id: string) => l.decisions.find((d) => d.id === id)?.outcome;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "regelwerk-batch-"));
  write("oer/2020-2021/manifest.yaml", MANIFEST);
  write("oer/2020-2021/art-10/general.yaml", regulationYaml({ id: "art10", rules: RULES }));
  oer = join(tmp, "oer/2020-2021");
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("batch", () => {
  it("NDJSON from a file: one line per student in input order with several workers, the summary on stderr", () => {
    // 300 students, so several chunks of 64 go to two workers and may come back out of order.
    const students = Array.from({ length: 300 }, (_, i) => student(`s${i}`, i % 3 === 0 ? [5, 5] : [10, 20]));
    const file = write("cohort.ndjson", students.map((s) => JSON.stringify(s)).join("\n") + "\n");
    const r = batch([file, "--workers", "2"]);
    expect(r.code, r.err).toBe(0);
    const lines = parse(r.out);
    expect(lines.map((l) => l.id)).toEqual(students.map((_, i) => `s${i}`));
    expect(lines.map((l) => l.line)).toEqual(students.map((_, i) => i + 1));
    expect(outcome(lines[0]!, "art10.minimum_credits")).toBe("refused");
    expect(outcome(lines[1]!, "art10.minimum_credits")).toBe("allowed");
    expect(outcome(lines[1]!, "art10.course_size[C2]")).toBe("refused");
    expect(lines[1]!.decisions[0]).toMatchObject({ file: expect.stringContaining("art-10/general.yaml"), missing: [] });
    expect(lines[0]!.receipt).toMatchObject({ regulation: "oer", rules_hash: expect.stringMatching(/^[0-9a-f]{64}$/), input_hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(r.err).toContain("300 student(s) evaluated against oer 2020-2021");
    expect(r.err).toMatch(/art10\.minimum_credits\s+allowed 200, refused 100/);
    expect(r.err).toMatch(/art10\.course_size\s+allowed 400, refused 200/);
    // Not a terminal: no progress line.
    expect(r.err).not.toContain("\r");
  });

  it("reports invalid students with their line numbers, skips them and goes on (exit 1)", () => {
    const text = [
      JSON.stringify(student("a", [30])),
      "{ not json",
      JSON.stringify({ ...student("b", [30]), courses: [{ code: "C1", credits: "veel" }] }),
      "",
      JSON.stringify(student("c", [30], "2021-2022")),
      JSON.stringify(student("d", [3])),
    ].join("\n");
    const r = batch([write("mixed.ndjson", text)]);
    expect(r.code).toBe(1);
    expect(parse(r.out).map((l) => [l.id, l.line])).toEqual([["a", 1], ["d", 6]]);
    expect(r.err).toMatch(/mixed\.ndjson:2: invalid student, skipped: not a JSON object on this line/);
    expect(r.err).toMatch(/mixed\.ndjson:3: invalid student, skipped: \$\.courses\[0\]\.credits/);
    expect(r.err).toMatch(/mixed\.ndjson:5: invalid student, skipped: \$\.enrolment\.academic_year: found "2021-2022": expected 2020-2021/);
    expect(r.err).toContain("2 student(s) evaluated");
    expect(r.err).toContain("3 invalid, skipped");
    expect(r.err).toContain("invalid inputs at line(s): 2, 3, 5");
  });

  it("reads standard input (`-`), sniffing NDJSON", () => {
    const r = batch(["-"], [student("x", [30]), student("y", [1])].map((s) => JSON.stringify(s)).join("\n"));
    expect(r.code, r.err).toBe(0);
    expect(parse(r.out).map((l) => [l.id, outcome(l, "art10.minimum_credits")])).toEqual([["x", "allowed"], ["y", "refused"]]);
  });

  it("reads a JSON array, each element with the line it starts on", () => {
    const text = `[\n${JSON.stringify(student("a", [30]), null, 2)},\n${JSON.stringify(student("b", [2]), null, 2)}\n]\n`;
    const r = batch(["-"], text);
    expect(r.code, r.err).toBe(0);
    const lines = parse(r.out);
    expect(lines.map((l) => [l.id, l.line, outcome(l, "art10.minimum_credits")])).toEqual([["a", 2, "allowed"], ["b", text.split("\n").findIndex((l, i) => i > 2 && l === "{") + 1, "refused"]]);
  });

  it("reads YAML documents, a list inside a document too", () => {
    const text = `# cohort
student: { id: a }
enrolment: { academic_year: 2020-2021, faculty: LAW }
courses: [{ code: C1, credits: 30 }]
history: []
---
- student: { id: b }
  enrolment: { academic_year: 2020-2021, faculty: LAW }
  courses: [{ code: C1, credits: 3 }]
  history: []
- student: { id: c }
  enrolment: { academic_year: 2020-2021, faculty: LAW }
  courses: [ { code: C1, credits: 12 }, { code: C2, credits: 13 } ]
  history: []
`;
    const r = batch([write("cohort.yaml", text)]);
    expect(r.code, r.err).toBe(0);
    expect(parse(r.out).map((l) => [l.id, l.line, outcome(l, "art10.minimum_credits")])).toEqual([["a", 2, "allowed"], ["b", 7, "refused"], ["c", 11, "allowed"]]);
  });

  it("reads CSV through a column mapping, a row per course grouped per student, and writes CSV", () => {
    const map = write("map.yaml", `columns:\n  Stamnummer: student.id\n  Faculteit: enrolment.faculty\n  OPO: courses[].code\n  SP: courses[].credits\nvalues:\n  enrolment.academic_year: 2020-2021\n  history: []\n`);
    const csv = write("export.csv", `Stamnummer,Faculteit,OPO,SP,Opmerking\nr1,LAW,A,20,"een, twee"\nr1,LAW,B,"6",\nr2,LAW,A,5,\nr3,LAW,A,x,\nr4,LAW,A\n`);
    const r = batch([csv, "--columns", map, "--format", "csv"]);
    expect(r.code).toBe(1);
    const rows = r.out.trim().split("\n");
    expect(rows[0]).toBe("id,line,art10.minimum_credits,art10.course_size,rules_hash,input_hash");
    expect(rows[1]).toMatch(/^r1,2,allowed,A=refused; B=allowed,[0-9a-f]{64},[0-9a-f]{64}$/);
    expect(rows[2]).toMatch(/^r2,4,refused,A=allowed,/);
    expect(rows).toHaveLength(3);
    expect(r.err).toMatch(/export\.csv:5: invalid student, skipped: \$\.courses\[0\]\.credits/);
    expect(r.err).toMatch(/export\.csv:6: invalid student, skipped: found 3 cell\(s\): expected 5/);
  });

  it("names the mapping file, line and column of a field the context does not have (exit 2)", () => {
    const map = write("bad-map.yaml", `columns:\n  Stamnummer: student.id\n  SP: courses[].creditz\n`);
    const r = batch([write("x.csv", "Stamnummer,SP\nr1,3\n"), "--columns", map]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${map}:3:7: column 'SP': found 'courses[].creditz': expected a field of the student context`);
  });

  it("--only keeps the decisions with those outcomes; --article narrows; --explain adds the text", () => {
    const input = [student("a", [30]), student("b", [2])].map((s) => JSON.stringify(s)).join("\n");
    const only = parse(batch(["-", "--only", "refused"], input).out);
    expect(only.map((l) => l.decisions.map((d) => d.id))).toEqual([["art10.course_size[C1]"], ["art10.minimum_credits"]]);
    const explained = parse(batch(["-", "--explain", "--lang", "en", "--only", "refused"], input).out);
    expect(explained[1]!.decisions[0]!.explanation).toContain("art. 10");
    expect(batch(["-", "--article", "99"], input)).toMatchObject({ code: 2, err: expect.stringContaining("--article 99: no decision") });
    expect(batch(["-", "--only", "maybe"], input)).toMatchObject({ code: 2, err: expect.stringContaining("found 'maybe'") });
  });
});

describe("batch without --regulation: the version of the students' academic year", () => {
  /** Two years of a set in regulations/kuleuven-oer under `root`; 2021-2022 raises the minimum to 30. */
  function twoYears(root: string): void {
    write(`${root}/regulations/kuleuven-oer/2020-2021/manifest.yaml`, MANIFEST);
    write(`${root}/regulations/kuleuven-oer/2020-2021/art-10/general.yaml`, regulationYaml({ id: "art10", rules: RULES }));
    write(`${root}/regulations/kuleuven-oer/2021-2022/manifest.yaml`, MANIFEST.replaceAll("2021", "2022").replaceAll("2020", "2021"));
    write(`${root}/regulations/kuleuven-oer/2021-2022/art-10/general.yaml`, regulationYaml({ id: "art10", rules: RULES.replace("minimum = 25 sp", "minimum = 30 sp") }));
  }
  const inRepo = (args: readonly string[], input: string) => {
    const r = spawnSync(process.execPath, [BIN, "batch", "--workers", "1", ...args], { cwd: join(tmp, "repo"), input, encoding: "utf8", timeout: 60_000 });
    expect(r.stderr, "a stack trace").not.toMatch(/^\s+at /m);
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  beforeAll(() => twoYears("repo"));

  it("judges a cohort by its own year's rules and says which version evaluated", { timeout: 120_000 }, () => {
    const ndjson = (year: string) => [student("a", [27], year), student("b", [31], year)].map((s) => JSON.stringify(s)).join("\n") + "\n";
    const older = inRepo(["-"], ndjson("2020-2021"));
    expect(older.code, older.err).toBe(0);
    expect(parse(older.out).map((l) => outcome(l, "art10.minimum_credits"))).toEqual(["allowed", "allowed"]);
    expect(older.err).toContain("2 student(s) evaluated against oer 2020-2021 (regulations/kuleuven-oer/2020-2021: the first student's academic year)");
    const newer = inRepo(["-"], ndjson("2021-2022"));
    expect(newer.code, newer.err).toBe(0);
    expect(parse(newer.out).map((l) => outcome(l, "art10.minimum_credits"))).toEqual(["refused", "allowed"]);
    expect(newer.err).toContain("against oer 2021-2022 (regulations/kuleuven-oer/2021-2022: the first student's academic year)");
  });

  it("refuses a cohort of a year no version covers (exit 2), and a later student of another year is skipped", { timeout: 120_000 }, () => {
    const none = inRepo(["-"], JSON.stringify(student("a", [30], "2019-2020")) + "\n");
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/<stdin>:1: the context's academic year 2019-2020 \(enrolment\.academic_year\) has no version of oer: it has 2020-2021, 2021-2022/);
    expect(none.out).toBe("");
    const mixed = inRepo(["-"], [student("a", [30], "2021-2022"), student("b", [30], "2020-2021")].map((s) => JSON.stringify(s)).join("\n"));
    expect(mixed.code).toBe(1);
    expect(parse(mixed.out).map((l) => l.id)).toEqual(["a"]);
    expect(mixed.err).toMatch(/<stdin>:2: invalid student, skipped: \$\.enrolment\.academic_year: found "2020-2021": expected 2021-2022: this run evaluates oer 2021-2022/);
  });

  it("takes a CSV export's year from the column mapping", { timeout: 120_000 }, () => {
    const map = write("repo/map.yaml", "columns:\n  Stamnummer: student.id\n  Faculteit: enrolment.faculty\n  OPO: courses[].code\n  SP: courses[].credits\nvalues:\n  enrolment.academic_year: 2021-2022\n  history: []\n");
    const r = inRepo(["-", "--columns", map], "Stamnummer,Faculteit,OPO,SP\nr1,LAW,A,27\n");
    expect(r.code, r.err).toBe(0);
    expect(outcome(parse(r.out)[0]!, "art10.minimum_credits")).toBe("refused");
    expect(r.err).toContain("(regulations/kuleuven-oer/2021-2022: the academic year in the column mapping)");
  });
});

