/**
 * Benchmark: the editor's workspace over the whole OER 2020-2021 (with the learning credit it
 * uses). Times opening it, then one-character edits — a digit of a number in the rules changed and
 * changed back — each followed by a diagnostics request for the edited file: in the largest file of
 * the OER, in a faculty supplement, and in the learning credit (a used version); and a digit in the
 * tests of the largest file, outside the rules block, where the whole file is loaded again; and a
 * letter of a name the supplement reads, which changes what the decision graph is made of, so the
 * version's decision cycles across files (RW044) are found again. Run with
 * `npm run bench:workspace`; it asserts nothing about speed.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { Workspace } from "../../engine/index.js";

const DIRS = ["regulations/kuleuven-oer/2020-2021", "regulations/flanders-learning-credit/2020-2021"];
const EDITS = Number(process.argv[2] ?? 200);

function readTree(dir: string, out: Record<string, string>): Record<string, string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) readTree(path, out);
    else out[path.split("\\").join("/")] = readFileSync(path, "utf8");
  }
  return out;
}

const files: Record<string, string> = {};
for (const dir of DIRS) readTree(dir, files);

const openStart = performance.now();
const ws = Workspace.fromFiles(files);
const openMs = performance.now() - openStart;
let total = 0;
for (const uri of ws.uris()) total += ws.diagnostics(uri).length;

const oer = Object.keys(files).filter((p) => p.startsWith(DIRS[0]!) && p.endsWith(".yaml") && !p.endsWith("manifest.yaml"));
// The largest file whose rules hold a number literal to change (not every file's rules do).
const largest = oer.filter((p) => hasNumberInRules(files[p]!)).reduce((a, b) => (files[a]!.length >= files[b]!.length ? a : b));
const supplement = "regulations/kuleuven-oer/2020-2021/art-25/ing.yaml";
const learningCredit = "regulations/flanders-learning-credit/2020-2021/learning-credit.yaml";

/** The offset of a digit in the tests after the rules (an edit the rules block cannot absorb). */
function digitInTests(text: string): number {
  const m = /\d/g;
  m.lastIndex = text.indexOf("\ntests:");
  return m.exec(text)!.index;
}

/** The offset of a digit of a number literal in the rules block (`25 sp`, `>= 2`). */
function digitInRules(text: string): number {
  const rules = text.indexOf("\nrules: |");
  const end = text.slice(rules + 1).search(/\n[^ \n]/) + rules + 1;
  const m = / (\d+)(?: sp| %|\b)/g;
  m.lastIndex = rules;
  const found = m.exec(text);
  if (rules < 0 || !found || found.index > end) throw new Error("no number in the rules");
  return found.index + 1;
}

function hasNumberInRules(text: string): boolean {
  try {
    digitInRules(text);
    return true;
  } catch {
    return false;
  }
}

/** The offset of the first letter of the first name a rule's condition reads (`if name…`). */
function nameInRules(text: string): number {
  const found = /\n\s+\w+ if ([a-z])/.exec(text.slice(text.indexOf("\nrules: |")));
  if (!found) throw new Error("no condition in the rules");
  return text.indexOf("\nrules: |") + found.index + found[0].length - 1;
}

/** A different character of the same kind: a digit for a digit, the upper case of a letter. */
function swapped(c: string): string {
  if (/\d/.test(c)) return c === "9" ? "8" : String(Number(c) + 1);
  return c.toUpperCase();
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function bench(uri: string, where: (text: string) => number = digitInRules): void {
  const text = ws.text(uri)!;
  const at = where(text);
  const original = text[at]!;
  const other = swapped(original);
  const times: number[] = [];
  const reloads = new Map<string, number>();
  let diagnostics = 0;
  for (let i = 0; i < EDITS + 20; i++) {
    const start = performance.now();
    const update = ws.edit(uri, at, at + 1, i % 2 === 0 ? other : original);
    diagnostics = ws.diagnostics(uri).length;
    const ms = performance.now() - start;
    if (i >= 20) {
      times.push(ms); // the first 20 warm up the JIT
      reloads.set(update.reload, (reloads.get(update.reload) ?? 0) + 1);
    }
  }
  times.sort((a, b) => a - b);
  const line = text.slice(0, at).split("\n").length;
  console.log(
    `${uri} (${(text.length / 1024).toFixed(1)} KiB), edit at line ${line}: ` +
      `median ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms, max ${times[times.length - 1]!.toFixed(2)} ms ` +
      `over ${times.length} edits (reload: ${[...reloads].map(([k, n]) => `${k} ${n}`).join(", ")}; ${diagnostics} diagnostics after)`,
  );
}

console.log(`opened ${ws.uris().length} documents in ${openMs.toFixed(0)} ms (${total} diagnostics)`);
console.log(`edit → diagnostics, one character changed and changed back:`);
bench(largest);
bench(supplement);
bench(learningCredit);
console.log(`an edit outside the rules block (in the tests), which loads the whole file again:`);
bench(largest, digitInTests);
console.log(`a letter of a name read in a supplement (the decision cycles across files found again):`);
bench(supplement, nameInRules);
