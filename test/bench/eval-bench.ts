/**
 * `npm run bench [students] [sizes]`: Regelwerk against a hand-written TypeScript version of the same
 * four rules, json-rules-engine and @gorules/zen-engine, on the same generated students in one process
 * (the ratios are the figures to trust on a shared machine); then the whole regulation in this
 * process, warm (both paths, traces off and on, and the rate per decision as the regulation grows
 * from a quarter of its articles to all), and at each size (default 10k, 50k, 100k) in its own
 * process: students/s, decisions/s, peak RSS, compile time.
 * Every engine's results are checked against the hand-written ones first. It asserts nothing about speed.
 * The generated JavaScript (Node path) has its own rows beside the closures', the baseline. `--cpu`:
 * time by the process's CPU time, not the wall clock (on a machine busy with other work).
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { Evaluator, openVersion } from "../../engine/index.js";
import { nodeFileSystem, nodeSha256 } from "../../engine/node/index.js";
import { generateCohort } from "./cohort.js";
import { rateAsArticlesGrow } from "./growing-articles.js";
import { regelwerkFour, type FourResult } from "./four-rules.js";
import { handWritten } from "./four-rules-hand.js";
import { jsonRulesEngine } from "./four-rules-json-rules-engine.js";
import { zenEngine } from "./four-rules-zen.js";
import { medianSeconds, repeatsFor } from "./timing.js";

const args = process.argv.slice(2).filter((a) => a !== "--cpu");
const size = Number(args[0] ?? 20000);
const sizes = (args[1] ?? "10000,50000,100000").split(",").map(Number);
const ROUNDS = 3;

const version = openVersion(nodeFileSystem, "regulations/kuleuven-oer/2020-2021");
if (!version) throw new Error("run from the repository root");
const cohort = generateCohort(size);

const regelwerk = regelwerkFour(version, nodeSha256);
// The same four rules as generated JavaScript (compile/generate-*.ts): the Node path.
const generated = regelwerkFour(version, nodeSha256, true);
const hand = handWritten(regelwerk.ruleIds);
const jre = jsonRulesEngine(regelwerk.ruleIds);
const zen = zenEngine(regelwerk.ruleIds);

type Engine = (c: Record<string, unknown>) => FourResult[] | Promise<FourResult[]>;
const engines: [string, Engine][] = [
  ["hand-written TypeScript", hand],
  ["Regelwerk, traces off", (c) => regelwerk.run(c, false)],
  ["Regelwerk generated, traces off", (c) => generated.run(c, false)],
  ["json-rules-engine", jre],
  ["zen-engine, traces off", (c) => zen(c, false)],
];

// The same answers first: outcome and deciding rule of every decision of every student.
const key = (r: readonly FourResult[]) => r.map((d) => `${d.id}=${d.outcome}@${d.rule}`).join(" ");
const checkAgainstHand = async (name: string, run: Engine) => {
  let differ = 0;
  for (const c of cohort) if (key(await run(c)) !== key(hand(c) as FourResult[])) differ++;
  console.log(`${name.padEnd(34)} agrees with hand-written on ${size - differ}/${size} students`);
};
const outcomes = new Map<string, number>();
for (const c of cohort) for (const d of hand(c) as FourResult[]) outcomes.set(`${d.id} ${d.outcome}`, (outcomes.get(`${d.id} ${d.outcome}`) ?? 0) + 1);
console.log(`outcomes: ${[...outcomes].map(([k, n]) => `${k} ${n}`).join(", ")}\n`);

// Seconds per student of each row: a round is the cohort repeated until it takes ≥ 200 ms, so the
// fast engines are not timed on rounds of a few milliseconds; the round's size is printed.
const rows: [string, number][] = [];
/** One round: every student of the cohort once. */
const roundOf = (run: Engine) => async () => {
  for (const c of cohort) await run(c);
};
const time = async (name: string, run: Engine) => {
  const once = roundOf(run);
  const repeats = await repeatsFor(once);
  // repeatsFor ran the warm-up: the rounds follow it.
  const seconds = await medianSeconds(ROUNDS, async () => {
    for (let r = 0; r < repeats; r++) await once();
  }, undefined, false);
  rows.push([name, seconds / (repeats * size)]);
  console.log(`${name.padEnd(34)} ${((repeats * size) / seconds).toFixed(0).padStart(9)} students/s (rounds of ${repeats} × ${size} students, ${(seconds * 1000).toFixed(0)} ms)`);
};
/**
 * The ratio of two rows measured in pairs: a round of `base`, then a round of `other`, `pairs` times,
 * each ratio from its own pair and the median of them. Rows timed minutes apart compare the machine
 * at two moments as well as the engines (two quiet runs gave 2.88× and 3.69× for the same code);
 * within a pair the machine's drift mostly cancels. A round is `base` or `other` repeated until it
 * takes ≥ 200 ms.
 */
async function pairedRatio(base: () => unknown, other: () => unknown, pairs = 9): Promise<{ median: number; ratios: number[] }> {
  const [baseRepeats, otherRepeats] = [await repeatsFor(base), await repeatsFor(other)];
  const timed = (run: () => unknown, repeats: number) => medianSeconds(1, async () => {
    for (let r = 0; r < repeats; r++) await run();
  }, undefined, false);
  const ratios: number[] = [];
  for (let p = 0; p < pairs; p++) {
    const baseSeconds = (await timed(base, baseRepeats)) / baseRepeats;
    ratios.push((await timed(other, otherRepeats)) / otherRepeats / baseSeconds);
  }
  const sorted = [...ratios].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, ratios };
}
const pairsText = (paired: { median: number; ratios: number[] }) => `median ${paired.median.toFixed(2)}× the time (pairs ${paired.ratios.map((r) => r.toFixed(2)).join(", ")})`;

// The generated path with traces off — what `regelwerk batch` runs — is checked and timed before any
// other Regelwerk row runs: the closures and the traced rows share evaluate.ts's functions with
// it, and V8's type feedback from them slowed it by a quarter (the closures run first, 4.0 → 5.3 µs
// a student). It is timed again at the end, after them, and both ratios are printed.
const [handRow, closuresRow, generatedRow, ...peers] = engines as [[string, Engine], [string, Engine], [string, Engine], ...[string, Engine][]];
await checkAgainstHand(...generatedRow);
console.log(`four rules, ${size} students, median of ${ROUNDS} rounds after a warm-up, each round ≥ 200 ms${process.argv.includes("--cpu") ? " (CPU time)" : ""}:`);
for (const [name, run] of [handRow, generatedRow]) await time(name, run);
const paired = await pairedRatio(roundOf(handRow[1]), roundOf(generatedRow[1]));
console.log(`generated / hand-written in ${paired.ratios.length} pairs of rounds: ${pairsText(paired)}`);
// Traces on against off in pairs too, before the closures and the peers run: the traced row below
// is timed after them, minutes from its untraced row, and varied from 1.91× to 3.28× over seven runs.
const tracedPaired = await pairedRatio(roundOf((c) => generated.run(c, false)), roundOf((c) => generated.run(c, true)));
console.log(`generated traces on / off in ${tracedPaired.ratios.length} pairs of rounds: ${pairsText(tracedPaired)}`);
console.log();
for (const [name, run] of [closuresRow, ...peers]) await checkAgainstHand(name, run);
for (const [name, run] of [closuresRow, ...peers]) await time(name, run);
await time("Regelwerk, no input hash", (c) => regelwerk.run(c, false, false));
await time("Regelwerk generated, no input hash", (c) => generated.run(c, false, false));
await time("Regelwerk, traces on", (c) => regelwerk.run(c, true));
await time("Regelwerk generated, traces on", (c) => generated.run(c, true));
await time("zen-engine, traces on", (c) => zen(c, true));
await time("Regelwerk generated, traces off, again", (c) => generated.run(c, false));
const seconds = Object.fromEntries(rows);
const ratio = (a: string, b: string) => `${(seconds[a]! / seconds[b]!).toFixed(2)}×`;
console.log(`\nRegelwerk / hand-written:            ${ratio("Regelwerk, traces off", "hand-written TypeScript")} the time`);
console.log(`Regelwerk (no input hash) / hand:     ${ratio("Regelwerk, no input hash", "hand-written TypeScript")} the time`);
console.log(`json-rules-engine / Regelwerk:        ${ratio("json-rules-engine", "Regelwerk, traces off")} the time`);
console.log(`zen-engine / Regelwerk:               ${ratio("zen-engine, traces off", "Regelwerk, traces off")} the time`);
console.log(`Regelwerk traces on / off:            ${ratio("Regelwerk, traces on", "Regelwerk, traces off")}`);
console.log(`zen-engine traces on / off:           ${ratio("zen-engine, traces on", "zen-engine, traces off")}`);
console.log(`\ngenerated JavaScript (the Node path) against the closures above:`);
console.log(`generated / hand-written:              ${ratio("Regelwerk generated, traces off", "hand-written TypeScript")} the time`);
console.log(`generated, again after the rows above / hand: ${ratio("Regelwerk generated, traces off, again", "hand-written TypeScript")} the time`);
console.log(`generated (no input hash) / hand:      ${ratio("Regelwerk generated, no input hash", "hand-written TypeScript")} the time`);
console.log(`closures / generated:                  ${ratio("Regelwerk, traces off", "Regelwerk generated, traces off")} the time`);
console.log(`json-rules-engine / generated:         ${ratio("json-rules-engine", "Regelwerk generated, traces off")} the time`);
console.log(`zen-engine / generated:                ${ratio("zen-engine, traces off", "Regelwerk generated, traces off")} the time`);
console.log(`generated traces on / off:             ${ratio("Regelwerk generated, traces on", "Regelwerk generated, traces off")}`);

// The whole regulation in this process, both paths on the same students (scopes compiled first).
const wholeSize = Math.min(size, 2000);
const whole = generateCohort(wholeSize, 7);
const closuresWhole = new Evaluator(version, nodeSha256, { generated: false });
const generatedWhole = new Evaluator(version, nodeSha256, { generated: true });
let perRound = 0;
for (const c of whole) {
  generatedWhole.compiledFor(c);
  perRound += closuresWhole.evaluate(c).decisions.length;
}
console.log(`\nthe whole regulation, ${wholeSize} students (${perRound} decisions) in this process, warm (the same students again after a warm-up round: the JIT has compiled the code), median of ${ROUNDS} rounds:`);
/** One round of the whole regulation: every student of `whole` once. */
const wholeRound = (evaluator: Evaluator, trace: boolean) => () => {
  for (const c of whole) evaluator.evaluate(c, { trace });
};
const wholeRows: Record<string, number> = {};
for (const [name, evaluator, trace] of [["closures, traces off", closuresWhole, false], ["generated, traces off", generatedWhole, false], ["closures, traces on", closuresWhole, true], ["generated, traces on", generatedWhole, true]] as const) {
  wholeRows[name] = await medianSeconds(ROUNDS, wholeRound(evaluator, trace));
  console.log(`${name.padEnd(34)} ${(perRound / wholeRows[name]!).toFixed(0).padStart(9)} decisions/s`);
}
console.log(`closures / generated, traces off:      ${(wholeRows["closures, traces off"]! / wholeRows["generated, traces off"]!).toFixed(2)}× the time`);
console.log(`generated traces on / off:             ${(wholeRows["generated, traces on"]! / wholeRows["generated, traces off"]!).toFixed(2)}× (medians of rows timed one after the other)`);
const wholeTracedPaired = await pairedRatio(wholeRound(generatedWhole, false), wholeRound(generatedWhole, true), 7);
console.log(`generated traces on / off in ${wholeTracedPaired.ratios.length} pairs of rounds: ${pairsText(wholeTracedPaired)}`);

// The issue asks that the rate per decision hold as more articles are encoded.
console.log(`\nthe rate per decision as articles are added (generated, traces off, warm, the same ${wholeSize} students; the first articles in file order, with the decisions they read):`);
for (const row of await rateAsArticlesGrow(generatedWhole, whole, nodeSha256, ROUNDS)) {
  console.log(`${`${row.articles} of ${row.of} articles (to ${row.lastArticle})`.padEnd(34)} ${row.decisionsPerSecond.toFixed(0).padStart(9)} decisions/s (${row.decisionsPerStudent.toFixed(1)} per student)`);
}

console.log(`\nthe whole regulation (${version.files.length} files of ${version.manifest.id} ${version.manifest.academic_year} and the sets it uses), one thread, each size in its own process, each student once from a cold start (the first students pay the JIT's warm-up; they are shown apart):`);
const script = join(import.meta.dirname, "whole-regulation.js");
const runSize = (n: number, trace: boolean, generatedCode = false) => JSON.parse(execFileSync(process.execPath, ["--expose-gc", script, String(n), ...(trace ? ["--trace"] : []), ...(generatedCode ? ["--generated"] : [])], { encoding: "utf8" })) as { scopes: number; compileSeconds: number; compileCpuSeconds: number; compileMb: number; seconds: number; cpuSeconds: number; decisions: number; cold: number; coldSeconds: number; coldCpuSeconds: number; coldDecisions: number; peakRssMb: number };
// With --cpu, rates are per second of the process's CPU time (the machine's other work not counted).
const secondsOf = (r: { seconds: number; cpuSeconds: number }) => (process.argv.includes("--cpu") ? r.cpuSeconds : r.seconds);
const coldOf = (r: { coldSeconds: number; coldCpuSeconds: number }) => (process.argv.includes("--cpu") ? r.coldCpuSeconds : r.coldSeconds);
for (const n of sizes) for (const generatedCode of [false, true]) {
  const r = runSize(n, false, generatedCode);
  console.log(
    `${String(n).padStart(7)} students, ${generatedCode ? "generated" : "closures "}: ${(n / secondsOf(r)).toFixed(0).padStart(6)} students/s, ${(r.decisions / secondsOf(r)).toFixed(0).padStart(8)} decisions/s (${(r.decisions / n).toFixed(1)} per student), peak RSS ${r.peakRssMb.toFixed(0)} MB; compiling ${r.scopes} scopes ${r.compileSeconds.toFixed(2)} s (${r.compileCpuSeconds.toFixed(2)} s CPU), ${r.compileMb.toFixed(0)} MB heap`,
  );
  const warm = secondsOf(r) - coldOf(r);
  console.log(
    `          of which the first ${Math.min(r.cold, n)} (cold) ${(r.coldDecisions / coldOf(r)).toFixed(0)} decisions/s${n > r.cold && warm > 0 ? `, the other ${n - r.cold} ${((r.decisions - r.coldDecisions) / warm).toFixed(0)} decisions/s` : ""}`,
  );
}
for (const generatedCode of [false, true]) {
  const off = runSize(sizes[0]!, false, generatedCode);
  const on = runSize(sizes[0]!, true, generatedCode);
  console.log(`traces on / off at ${sizes[0]} students, ${generatedCode ? "generated" : "closures"}: ${(secondsOf(on) / secondsOf(off)).toFixed(2)}×`);
}
