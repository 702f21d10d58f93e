/**
 * The package's doors, as another program imports them: `regelwerk` (the engine, browser-safe),
 * `regelwerk/dsl` (the rule language), `regelwerk/node` (file system and hasher on disk). Run in a
 * fresh Node process against the build, through package.json `exports` (a package may import itself
 * by name).
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");

function run(script: string): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("package exports", () => {
  it("evaluate a student through the doors alone", () => {
    const r = run(`
      import { Evaluator, contextValidator, explainResult, openVersion, readContexts } from "regelwerk";
      import { nodeFileSystem, nodeSha256 } from "regelwerk/node";
      import { parse } from "regelwerk/dsl";
      const version = openVersion(nodeFileSystem, "regulations/kuleuven-oer/2020-2021");
      const path = "examples/bridging-programme.yaml";
      const [student] = readContexts(path, nodeFileSystem.read(path), contextValidator(version.contextSchema)).contexts;
      const result = new Evaluator(version, nodeSha256).evaluate(student, { article: "22" });
      console.log(result.decisions.find((d) => d.id === "art22.minimum_credits").outcome);
      console.log(parse("parameter x = 1 sp").ast.statements.length);
      console.log(explainResult(result, version, "en").includes("art. 22"));
    `);
    expect(r.err).toBe("");
    expect(r.out.split("\n").slice(0, 3)).toEqual(["allowed", "1", "true"]);
  });

  it("keep Node out of the engine's door", () => {
    const r = run(`
      const engine = await import("regelwerk");
      const node = await import("regelwerk/node");
      console.log(JSON.stringify({ engineHasFs: "nodeFileSystem" in engine, nodeHasFs: "nodeFileSystem" in node }));
    `);
    expect(JSON.parse(r.out)).toEqual({ engineHasFs: false, nodeHasFs: true });
  });
});
