/**
 * Benchmark: students per second through every encoded article of the OER (with the learning
 * credit it uses), printed as ratios against baselines run in the same process — a JSON round trip
 * of each context (the floor any engine pays to read its input) and evaluation with traces on.
 * Run with `npm run bench`; it asserts nothing about speed.
 */
import { performance } from "node:perf_hooks";
import { Evaluator, openVersion } from "../../engine/index.js";
import { nodeFileSystem, nodeSha256 } from "../../engine/node/index.js";
import { generateCohort } from "./cohort.js";

const size = Number(process.argv[2] ?? 20000);
const version = openVersion(nodeFileSystem, "regulations/kuleuven-oer/2020-2021");
if (!version) throw new Error("run from the repository root");
const cohort = generateCohort(size);
const evaluator = new Evaluator(version, nodeSha256);

function time(label: string, run: () => void): number {
  run(); // warm-up: compile every scope, let the JIT settle
  const start = performance.now();
  run();
  const seconds = (performance.now() - start) / 1000;
  console.log(`${label.padEnd(34)} ${seconds.toFixed(3)} s   ${(size / seconds).toFixed(0).padStart(8)} students/s`);
  return seconds;
}

let decisions = 0;
const baseline = time("baseline: JSON round trip", () => {
  for (const c of cohort) JSON.parse(JSON.stringify(c));
});
const plain = time("evaluate, traces off", () => {
  decisions = 0;
  for (const c of cohort) decisions += evaluator.evaluate(c).decisions.length;
});
const traced = time("evaluate, traces on", () => {
  for (const c of cohort) evaluator.evaluate(c, { trace: true });
});
console.log(`\n${size} students, ${decisions} decisions, ${version.files.length} regulation files`);
console.log(`ratio evaluate / JSON round trip: ${(plain / baseline).toFixed(1)}×`);
console.log(`ratio traces on / traces off:     ${(traced / plain).toFixed(2)}×`);
