/**
 * Colour only where a person reads: on a terminal, unless NO_COLOR or --no-color; FORCE_COLOR colours
 * piped output. Each stream is judged for itself, and JSON is never coloured. In-process runs say
 * what the streams are (as bin/regelwerk.js does); the built command, piped, never writes an escape.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { chooseColour, type Terminal } from "../../../engine/cli/colour.js";
import { MANIFEST } from "../../support/regulation-set.js";
import { runCliWith as run } from "../../support/run-cli.js";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const ESCAPE = /\u001b\[/;
/** A small regulation set: loading the whole OER for each run would make the test slow. */
const EVAL = ["eval", "examples/internship-calendar.yaml", "--regulation", "regulations/lerarenstage/2017-2018"];

const tty = (env: Record<string, string> = {}): Terminal => ({ out: true, err: true, env });

describe("when to colour", () => {
  it("a terminal is coloured, a pipe is not, each stream for itself", () => {
    expect(chooseColour({ out: true, err: false, env: {} }, false)).toEqual({ out: true, err: false });
    expect(chooseColour({ out: false, err: true, env: {} }, false)).toEqual({ out: false, err: true });
    expect(chooseColour(undefined, false)).toEqual({ out: false, err: false });
  });

  it("NO_COLOR (not empty) and --no-color turn it off; FORCE_COLOR (not empty, not 0) turns it on; --no-color wins", () => {
    expect(chooseColour(tty({ NO_COLOR: "1" }), false)).toEqual({ out: false, err: false });
    expect(chooseColour(tty({ NO_COLOR: "" }), false)).toEqual({ out: true, err: true });
    expect(chooseColour(tty(), true)).toEqual({ out: false, err: false });
    expect(chooseColour({ out: false, err: false, env: { FORCE_COLOR: "1" } }, false)).toEqual({ out: true, err: true });
    expect(chooseColour({ out: false, err: false, env: { FORCE_COLOR: "0" } }, false)).toEqual({ out: false, err: false });
    expect(chooseColour({ out: true, err: true, env: { FORCE_COLOR: "1" } }, true)).toEqual({ out: false, err: false });
  });
});

describe("eval on a terminal", () => {
  it("colours the outcomes and headings, and the words stay the same", () => {
    const coloured = run([...EVAL], tty());
    const plain = run([...EVAL]);
    expect(coloured.code).toBe(0);
    expect(coloured.out).toContain("\u001b[33mWaarschuwing: 2017-09-19\u001b[0m (Timing 2017-2018");
    expect(plain.out).not.toMatch(ESCAPE);
    expect(coloured.out.replace(/\u001b\[[0-9;]*m/g, "")).toBe(plain.out);
  });

  it("not with NO_COLOR, nor with --no-color, nor in --json", () => {
    expect(run([...EVAL], tty({ NO_COLOR: "1" })).out).not.toMatch(ESCAPE);
    expect(run([...EVAL, "--no-color"], tty()).out).not.toMatch(ESCAPE);
    const json = run([...EVAL, "--json"], tty());
    expect(json.out).not.toMatch(ESCAPE);
    expect(() => JSON.parse(json.out)).not.toThrow();
  });
});

describe("diagnostics on a terminal's standard error", () => {
  const tmp = mkdtempSync(join(tmpdir(), "regelwerk-colour-"));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(tmp, path)), { recursive: true });
    writeFileSync(join(tmp, path), text);
  };
  write("oer/2020-2021/manifest.yaml", MANIFEST);
  write("oer/2020-2021/art-10/general.yaml", "id: art10\narticle: 10\ntitle: T\nkind: general\nsource: { document: D }\nrules: |\n  decision x \"X\":\n    allowed if nonsense.field\n");

  it("colour the severity when standard error is a terminal, even if standard output is piped", () => {
    const r = run(["check", join(tmp, "oer")], { out: false, err: true, env: {} });
    expect(r.code).toBe(1);
    expect(r.err).toContain(": \u001b[31merror\u001b[0m RW");
    expect(r.out).not.toMatch(ESCAPE);
    expect(run(["check", join(tmp, "oer")], { out: true, err: false, env: {} }).err).not.toMatch(ESCAPE);
  });
});

describe("the built command", () => {
  const regelwerk = (args: readonly string[], env: Record<string, string> = {}) => {
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== "FORCE_COLOR" && k !== "NO_COLOR"));
    return spawnSync(process.execPath, ["bin/regelwerk.js", ...args], { cwd: ROOT, encoding: "utf8", env: { ...clean, ...env } });
  };

  it("piped: no escape codes on either stream", () => {
    const r = regelwerk([...EVAL]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Waarschuwing");
    expect(r.stdout + r.stderr).not.toMatch(ESCAPE);
  });

  it("FORCE_COLOR colours piped output; --no-color still wins", () => {
    expect(regelwerk([...EVAL], { FORCE_COLOR: "1" }).stdout).toMatch(ESCAPE);
    expect(regelwerk([...EVAL, "--no-color"], { FORCE_COLOR: "1" }).stdout).not.toMatch(ESCAPE);
  });
});
