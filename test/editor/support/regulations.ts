/** The bundled regulations as the editor's worker receives them: text by URI (path in the repository). */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";

/** The repository: the nearest folder above this file with package.json and regulations/ (also from dist/). */
function repoRoot(from: string): string {
  const isRoot = existsSync(join(from, "regulations")) && existsSync(join(from, "package.json"));
  return isRoot || dirname(from) === from ? from : repoRoot(dirname(from));
}

export const REPO = repoRoot(import.meta.dirname);
export const REGULATIONS = join(REPO, "regulations");

/** Every file under a folder, by path relative to it. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path).map((p) => `${name}/${p}`) : [name];
  });
}

export function readRegulations(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const path of filesUnder(REGULATIONS)) {
    if (/\.(ya?ml|json)$/.test(path)) files[relative(REPO, join(REGULATIONS, path))] = readFileSync(join(REGULATIONS, path), "utf8");
  }
  return files;
}
