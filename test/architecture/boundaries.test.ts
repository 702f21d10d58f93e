/**
 * The pipeline's import rules, checked on every source file: dsl/ imports nothing from engine/;
 * `node:` modules only in the Node-only folders (engine/node, engine/cli); a stage imports only
 * earlier stages, and only through their door (index.ts). A new import that crosses a boundary
 * fails here with the file and the line.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");

/** The pipeline's order: a folder may import folders of a lower rank (and itself), never higher. */
const RANK: Record<string, number> = {
  dsl: 0,
  "engine/version.ts": 1,
  "engine/receipt": 1,
  "engine/load": 2,
  "engine/check": 3,
  "engine/layers": 4,
  "engine/runtime": 5,
  "engine/compile": 6,
  "engine/evaluate": 7,
  "engine/explain": 8,
  "engine/testing": 9,
  "engine/workspace": 9,
  "engine/diff": 9,
  "engine/coverage": 9,
  "engine/authoring": 9,
  "engine/versioning": 10,
  "engine/pipeline.ts": 10,
  "engine/index.ts": 11,
  "engine/api-schema.ts": 11,
  "engine/node": 12,
  "engine/cli": 13,
};
const NODE_ONLY = ["engine/node", "engine/cli"];

interface Import {
  readonly file: string;
  readonly line: number;
  readonly target: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

function importsOf(file: string): Import[] {
  const out: Import[] = [];
  readFileSync(join(ROOT, file), "utf8")
    .split("\n")
    .forEach((text, i) => {
      for (const m of text.matchAll(/(?:^\s*(?:import|export)\b[^"']*?from\s*|^\s*import\s*|import\()\s*["']([^"']+)["']/g)) out.push({ file, line: i + 1, target: m[1]! });
    });
  return out;
}

/** The unit a repository path belongs to: `dsl`, `engine/check`, or a file at engine's top. */
function unitOf(path: string): string | null {
  if (path.startsWith("dsl/")) return "dsl";
  const parts = path.split("/");
  if (parts[0] !== "engine") return null;
  if (parts.length === 2) return path;
  return `${parts[0]}/${parts[1]}`;
}

/** The door of a unit: its index.ts (a top-level engine file is its own door). */
function isDoor(unit: string, path: string): boolean {
  return unit.endsWith(".ts") || unit === "engine/schemas" ? true : path === `${unit}/index.ts`;
}

const FILES = [...sourceFiles("dsl"), ...sourceFiles("engine")];
const IMPORTS = FILES.flatMap(importsOf);

function problems(): string[] {
  const out: string[] = [];
  for (const imp of IMPORTS) {
    const from = unitOf(imp.file)!;
    const where = `${imp.file}:${imp.line}: ${imp.target}`;
    if (imp.target.startsWith("node:")) {
      if (!NODE_ONLY.some((f) => imp.file.startsWith(f + "/"))) out.push(`${where}: a node: import outside ${NODE_ONLY.join(" and ")}`);
      continue;
    }
    if (!imp.target.startsWith(".")) continue;
    const resolved = relative(ROOT, join(ROOT, dirname(imp.file), imp.target)).replace(/\.js$/, ".ts").replace(/\.json$/, ".json");
    const to = unitOf(resolved);
    if (to === null) {
      // The CLI starts the editor server (`regelwerk serve`, `regelwerk users`) through its door.
      const editorServerDoor = resolved === "editor/server/index.ts" && imp.file.startsWith("engine/cli/");
      if (!resolved.startsWith("package.json") && !editorServerDoor) out.push(`${where}: imports outside dsl/ and engine/ (only engine/cli may import editor/server/index.ts)`);
      continue;
    }
    if (to === from) continue;
    if (from === "dsl") {
      out.push(`${where}: dsl/ imports nothing from engine/`);
      continue;
    }
    if (to === "engine/schemas") {
      if (from !== "engine/load") out.push(`${where}: the JSON Schemas are read by engine/load only`);
      continue;
    }
    if (!isDoor(to, resolved)) out.push(`${where}: import ${to} through its door ${to}/index.ts`);
    const a = RANK[from];
    const b = RANK[to];
    if (a === undefined || b === undefined) out.push(`${where}: ${a === undefined ? from : to} has no place in the pipeline's order (add it to RANK)`);
    else if (b >= a) out.push(`${where}: ${from} may not import ${to}, a later (or parallel) stage`);
  }
  return out;
}

describe("import boundaries", () => {
  it("finds the imports it checks", () => {
    expect(IMPORTS.length).toBeGreaterThan(100);
    expect(IMPORTS.some((i) => i.file === "engine/compile/compile-version.ts" && i.target === "../check/index.js")).toBe(true);
  });

  it("hold for every source file", () => {
    expect(problems()).toEqual([]);
  });

  it("catch an import that crosses a boundary", () => {
    const bad: Import[] = [
      { file: "dsl/parse.ts", line: 1, target: "../engine/index.js" },
      { file: "engine/compile/x.ts", line: 1, target: "../evaluate/index.js" },
      { file: "engine/evaluate/x.ts", line: 1, target: "../compile/compile-version.js" },
      { file: "engine/load/x.ts", line: 1, target: "node:fs" },
    ];
    IMPORTS.push(...bad);
    try {
      const found = problems();
      expect(found).toContain("dsl/parse.ts:1: ../engine/index.js: dsl/ imports nothing from engine/");
      expect(found).toContain("engine/compile/x.ts:1: ../evaluate/index.js: engine/compile may not import engine/evaluate, a later (or parallel) stage");
      expect(found).toContain("engine/evaluate/x.ts:1: ../compile/compile-version.js: import engine/compile through its door engine/compile/index.ts");
      expect(found).toContain("engine/load/x.ts:1: node:fs: a node: import outside engine/node and engine/cli");
    } finally {
      IMPORTS.splice(IMPORTS.length - bad.length, bad.length);
    }
  });
});
