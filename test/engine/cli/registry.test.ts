/**
 * The installed command loads only the command asked for: the registry's lazy loaders give the same
 * run functions main holds, and `regelwerk check` through the built command loads neither the
 * server, the diff, batch, the editor's protocol nor their packages (the modules loaded are counted
 * by a module hook in the child process).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { COMMAND_RUNS } from "../../../engine/cli/main.js";
import { COMMANDS } from "../../../engine/cli/registry.js";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const tmp = mkdtempSync(join(tmpdir(), "rw-registry-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("the command registry", () => {
  it("loads, for each command, the run function main dispatches to", async () => {
    expect(COMMANDS.map((c) => c.name).sort()).toEqual(Object.keys(COMMAND_RUNS).sort());
    for (const command of COMMANDS) {
      if (command.name === "users") continue; // wrapped on both sides: the password reader stays the command's own
      expect(await command.load(), command.name).toBe(COMMAND_RUNS[command.name]);
    }
  });

  it("`regelwerk check` loads only what checking needs", { timeout: 180_000 }, () => {
    const loaded = modulesLoadedBy(["check", "--quiet", join(ROOT, "regulations", "kuleuven-oer", "2020-2021")], "check");
    expect(loaded.some((url) => url.includes("/engine/cli/check.js"))).toBe(true);
    for (const unused of ["/editor/", "/engine/diff/", "/engine/cli/batch", "/engine/cli/serve", "/node_modules/fastify/", "/node_modules/better-sqlite3/"]) {
      expect(loaded.filter((url) => url.includes(unused)), `${unused} loaded by check`).toEqual([]);
    }
  });

  it("`regelwerk --help` and `--version` load no command and no engine stage", { timeout: 180_000 }, () => {
    for (const flag of ["--help", "--version"]) {
      const loaded = modulesLoadedBy([flag], flag);
      const engine = loaded.filter((url) => url.includes("/dist/engine/") && !url.includes("/dist/engine/cli/"));
      expect(engine.map((url) => url.slice(url.indexOf("/dist/"))), flag).toEqual(["/dist/engine/version.js"]);
      expect(loaded.filter((url) => /\/engine\/cli\/(check|eval|batch|serve|diff)\.js$/.test(url)), flag).toEqual([]);
    }
  });
});

/** The file modules the built command loads for `argv`, counted by a module hook in the child process. */
function modulesLoadedBy(argv: readonly string[], label: string): string[] {
  const log = join(tmp, `modules-${label.replace(/\W/g, "")}.txt`);
  rmSync(log, { force: true });
  const hooks = join(tmp, "hooks.mjs");
  writeFileSync(hooks, `import { appendFileSync } from "node:fs";\nexport async function load(url, context, next) {\n  if (url.startsWith("file:")) appendFileSync(process.env.RW_MODULE_LOG, url + "\\n");\n  return next(url, context);\n}\n`);
  const register = join(tmp, "register.mjs");
  writeFileSync(register, `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
  const r = spawnSync(process.execPath, ["--import", pathToFileURL(register).href, join(ROOT, "bin", "regelwerk.js"), ...argv], { encoding: "utf8", timeout: 170_000, env: { ...process.env, RW_MODULE_LOG: log } });
  expect(r.status, r.stderr).toBe(0);
  return readFileSync(log, "utf8").split("\n").filter((l) => l !== "");
}
