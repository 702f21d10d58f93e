/**
 * `regelwerk --help` names every command and, in that command's part of the text, every option the
 * command parses. The options come from the commands' own tables (engine/cli/registry.ts), and each
 * table is checked against what the command really refuses as unknown: no hand-kept list.
 */
import { describe, expect, it } from "vitest";
import { main } from "../../../engine/cli/main.js";
import { COMMANDS, GLOBAL_FLAGS } from "../../../engine/cli/registry.js";
import { commandUsage, USAGE } from "../../../engine/cli/usage.js";

async function stderrOf(argv: readonly string[]): Promise<{ code: number; err: string }> {
  let err = "";
  const code = await main(argv, { out: () => undefined, err: (t) => void (err += t) });
  return { code, err };
}

/** What a command lists as its options when given one it does not know. */
async function parsedOptions(name: string): Promise<string[]> {
  const argv = name === "users" ? ["users", "list", "--zz-unknown"] : [name, "--zz-unknown"];
  const { code, err } = await stderrOf(argv);
  expect(code, err).toBe(2);
  const listed = /expected one of (.*)$/m.exec(err)?.[1] ?? "";
  return listed === "" ? [] : listed.split(", ").map((o) => o.replace(/^--/, ""));
}

describe("--help", () => {
  for (const command of COMMANDS) {
    const options = [...command.options.valued, ...command.options.flags];
    it(`names ${command.name} and each of its options: ${options.map((o) => `--${o}`).join(" ") || "(none)"}`, async () => {
      const section = commandUsage(command.name);
      expect(section, `no "  regelwerk ${command.name}" line in --help`).not.toBe("");
      for (const option of options) expect(section, `--${option} of ${command.name}`).toMatch(new RegExp(`--${option}\\b`));
      // The table is what the command parses: its unknown-option message lists the same options.
      expect((await parsedOptions(command.name)).sort()).toEqual([...options].sort());
    });
  }

  it("names the options of every command: --no-color, --version, --help", () => {
    for (const flag of [...GLOBAL_FLAGS, "version", "help"]) expect(USAGE).toContain(`--${flag}`);
    expect(USAGE).toContain("NO_COLOR");
    expect(USAGE).toContain("FORCE_COLOR");
  });

  it("the unknown-command message names every command", async () => {
    const { err } = await stderrOf(["frobnicate"]);
    for (const command of COMMANDS) expect(err).toContain(command.name);
  });

  // `regelwerk batch --help` answers with the command's own part of the text, exit 0, runs nothing.
  for (const command of COMMANDS) {
    it(`${command.name} --help prints ${command.name}'s usage and runs nothing`, async () => {
      for (const flag of ["--help", "-h"]) {
        let out = "";
        let err = "";
        const code = await main([command.name, flag], { out: (t) => void (out += t), err: (t) => void (err += t) });
        expect(code, err).toBe(0);
        expect(err).toBe("");
        expect(out).toContain(commandUsage(command.name));
        expect(out).toMatch(new RegExp(`^ {2}regelwerk ${command.name}\\b`, "m"));
        expect(out).not.toContain("unknown option");
      }
    });
  }
});
