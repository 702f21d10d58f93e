/**
 * `npm run bench [students] [sizes]`: Regelwerk against a hand-written TypeScript version of the same
 * four rules, json-rules-engine and @gorules/zen-engine, on the same generated students in one process
 * (the ratios are the figures to trust on a shared machine); then the whole regulation at each size
 * (default 10k, 50k, 100k) in its own process: students/s, decisions/s, peak RSS, compile time.
 * Every engine's results are checked against the hand-written ones first. It asserts nothing about speed.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { openVersion } from "../../engine/index.js";
import { nodeFileSystem, nodeSha256 } from "../../engine/node/index.js";
import { generateCohort } from "./cohort.js";
import { regelwerkFour, type FourResult } from "./four-rules.js";
import { handWritten } from "./four-rules-hand.js";
import { jsonRulesEngine } from "./four-rules-json-rules-engine.js";
import { zenEngine } from "./four-rules-zen.js";
import { medianSeconds } from "./timing.js";

const size = Number(process.argv[2] ?? 20000);
const sizes = (process.argv[3] ?? "10000,50000,100000").split(",").map(Number);
const ROUNDS = 3;

const version = openVersion(nodeFileSystem, "regulations/kuleuven-oer/2020-2021");
if (!version) throw new Error("run from the repository root");
const cohort = generateCohort(size);

const regelwerk = regelwerkFour(version, nodeSha256);
const hand = handWritten(regelwerk.ruleIds);
const jre = jsonRulesEngine(regelwerk.ruleIds);
const zen = zenEngine(regelwerk.ruleIds);

type Engine = (c: Record<string, unknown>) => FourResult[] | Promise<FourResult[]>;
const engines: [string, Engine][] = [
  ["hand-written TypeScript", hand],
  ["Regelwerk, traces off", (c) => regelwerk.run(c, false)],
  ["json-rules-engine", jre],
  ["zen-engine, traces off", (c) => zen(c, false)],
];

// The same answers first: outcome and deciding rule of every decision of every student.
const key = (r: readonly FourResult[]) => r.map((d) => `${d.id}=${d.outcome}@${d.rule}`).join(" ");
for (const [name, run] of engines.slice(1)) {
  let differ = 0;
  for (const c of cohort) if (key(await run(c)) !== key(hand(c) as FourResult[])) differ++;
  console.log(`${name.padEnd(34)} agrees with hand-written on ${size - differ}/${size} students`);
}

const outcomes = new Map<string, number>();
for (const c of cohort) for (const d of hand(c) as FourResult[]) outcomes.set(`${d.id} ${d.outcome}`, (outcomes.get(`${d.id} ${d.outcome}`) ?? 0) + 1);
console.log(`outcomes: ${[...outcomes].map(([k, n]) => `${k} ${n}`).join(", ")}\n`);

const rows: [string, number][] = [];
const time = async (name: string, run: Engine) => {
  const seconds = await medianSeconds(ROUNDS, async () => {
    for (const c of cohort) await run(c);
  });
  rows.push([name, seconds]);
  console.log(`${name.padEnd(34)} ${(size / seconds).toFixed(0).padStart(9)} students/s`);
};
console.log(`four rules, ${size} students, median of ${ROUNDS} rounds after a warm-up:`);
for (const [name, run] of engines) await time(name, run);
await time("Regelwerk, no input hash", (c) => regelwerk.run(c, false, false));
await time("Regelwerk, traces on", (c) => regelwerk.run(c, true));
await time("zen-engine, traces on", (c) => zen(c, true));
const seconds = Object.fromEntries(rows);
const ratio = (a: string, b: string) => `${(seconds[a]! / seconds[b]!).toFixed(2)}×`;
console.log(`\nRegelwerk / hand-written:            ${ratio("Regelwerk, traces off", "hand-written TypeScript")} the time`);
console.log(`Regelwerk (no input hash) / hand:     ${ratio("Regelwerk, no input hash", "hand-written TypeScript")} the time`);
console.log(`json-rules-engine / Regelwerk:        ${ratio("json-rules-engine", "Regelwerk, traces off")} the time`);
console.log(`zen-engine / Regelwerk:               ${ratio("zen-engine, traces off", "Regelwerk, traces off")} the time`);
console.log(`Regelwerk traces on / off:            ${ratio("Regelwerk, traces on", "Regelwerk, traces off")}`);
console.log(`zen-engine traces on / off:           ${ratio("zen-engine, traces on", "zen-engine, traces off")}`);

console.log(`\nthe whole regulation (${version.files.length} files of ${version.manifest.id} ${version.manifest.academic_year} and the sets it uses), one thread, each size in its own process:`);
const script = join(import.meta.dirname, "whole-regulation.js");
const runSize = (n: number, trace: boolean) => JSON.parse(execFileSync(process.execPath, ["--expose-gc", script, String(n), ...(trace ? ["--trace"] : [])], { encoding: "utf8" })) as { scopes: number; compileSeconds: number; compileMb: number; seconds: number; decisions: number; peakRssMb: number };
for (const n of sizes) {
  const r = runSize(n, false);
  console.log(
    `${String(n).padStart(7)} students: ${(n / r.seconds).toFixed(0).padStart(6)} students/s, ${(r.decisions / r.seconds).toFixed(0).padStart(8)} decisions/s (${(r.decisions / n).toFixed(1)} per student), peak RSS ${r.peakRssMb.toFixed(0)} MB; compiling ${r.scopes} scopes ${r.compileSeconds.toFixed(2)} s, ${r.compileMb.toFixed(0)} MB heap`,
  );
}
const off = runSize(sizes[0]!, false);
const on = runSize(sizes[0]!, true);
console.log(`traces on / off at ${sizes[0]} students: ${(on.seconds / off.seconds).toFixed(2)}×`);
