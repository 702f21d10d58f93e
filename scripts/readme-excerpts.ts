/**
 * `npm run readme`: rewrite the README's command excerpts from what the commands print now
 * (scripts/readme/excerpts.ts says how a block is marked); `--check` only says which differ (exit 1).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { findBlocks, findMeasured, ReadmeError, regenerate } from "./readme/excerpts.js";
import { runRegelwerk } from "./readme/run-cli.js";
import { README_TABLES } from "./readme/tables.js";

// dist/scripts/readme-excerpts.js → the repository root: the commands' paths are relative to it.
process.chdir(fileURLToPath(new URL("../..", import.meta.url)));
const check = process.argv.includes("--check");
try {
  const before = readFileSync("README.md", "utf8");
  const after = regenerate(before, runRegelwerk, README_TABLES);
  const old = findBlocks(before);
  const blocks = findBlocks(after);
  const changed = blocks.filter((b, i) => before.slice(old[i]!.start, old[i]!.end) !== after.slice(b.start, b.end));
  for (const b of changed) console.log(`${check ? "differs" : "rewrote"}: README.md:${b.line} ${b.cmd !== null ? `regelwerk ${b.cmd}` : `table ${b.table}`}`);
  for (const m of findMeasured(after)) console.log(`not regenerated: README.md:${m.line} measured with \`${m.cmd}\` on ${m.date}`);
  console.log(`${blocks.length} excerpt(s), ${changed.length} ${check ? "differ" : "rewritten"}`);
  if (!check && changed.length > 0) writeFileSync("README.md", after);
  process.exitCode = check && changed.length > 0 ? 1 : 0;
} catch (error) {
  if (!(error instanceof ReadmeError)) throw error;
  console.error(`readme: ${error.message}`);
  process.exitCode = 2;
}
