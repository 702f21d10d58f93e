/**
 * Rule texts for the property tests: the valid golden fixtures and every `rules:` block of the
 * bundled regulations, read when the tests run.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { parse as parseYaml } from "yaml";

/** The repository: two folders up from the source, or from its compiled copy under dist/ (the fuzzer). */
export const root = (() => {
  let dir = import.meta.dirname;
  while (!(existsSync(join(dir, "regulations")) && existsSync(join(dir, "package.json"))) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
})();

export interface Sample {
  readonly name: string;
  readonly text: string;
}

export function validFixtures(): Sample[] {
  const dir = join(import.meta.dirname, "golden", "valid");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".rw") && !f.endsWith(".formatted.rw"))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(dir, f), "utf8") }));
}

export function regulationRuleBlocks(): Sample[] {
  const dir = join(root, "regulations");
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.ya?ml$/.test(f)).sort();
  const out: Sample[] = [];
  for (const file of files) {
    let data: unknown;
    try {
      data = parseYaml(readFileSync(join(dir, file), "utf8"));
    } catch {
      continue;
    }
    const rules = data && typeof data === "object" ? (data as { rules?: unknown }).rules : undefined;
    if (typeof rules === "string" && rules.trim().length > 0) out.push({ name: file, text: rules });
  }
  return out;
}
