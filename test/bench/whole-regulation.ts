/**
 * One size of the whole-regulation benchmark, in its own process so its peak RSS is its own:
 * `node --expose-gc dist/test/bench/whole-regulation.js <students> [--trace] [--generated]`. Prints one JSON line:
 * the compile time and heap growth for every scope of the cohort, then students/s and decisions/s
 * on one thread, and the peak RSS. The cohort is generated and evaluated in slices of 2,000, so it
 * is never all in memory: a generated student is ≈ 110 kB of heap, and with slices of 10,000 the
 * peak RSS grew with the cohort (2.3 GB at 50,000 students; ≈ 1 GB now, V8 letting the heap grow
 * under its default limit: with `--max-old-space-size=512`, 438 MB at 10,000). Each
 * student is evaluated once, from a cold start: the first students also pay the JIT's warm-up of
 * the engine and of the generated code (measured: the first pass over 2000 students took about
 * three times the CPU time of a second pass, and new students on warm code were within 15 % of a
 * second pass), so the first COLD students are timed apart (`coldSeconds`).
 */
import { performance } from "node:perf_hooks";
import { Evaluator, openVersion } from "../../engine/index.js";
import { scopeKey, scopeOf } from "../../engine/layers/index.js";
import { nodeFileSystem, nodeSha256 } from "../../engine/node/index.js";
import { cohortStudents } from "./cohort.js";

const size = Number(process.argv[2] ?? 10000);
const trace = process.argv.includes("--trace");
// `--generated`: generated JavaScript per rule set (compile/generate-*.ts); else the closures.
const generated = process.argv.includes("--generated");
const version = openVersion(nodeFileSystem, "regulations/kuleuven-oer/2020-2021");
if (!version) throw new Error("run from the repository root");
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

// Compile every scope the cohort has, from a fresh evaluator: the time and the heap it takes. The
// students are generated first, one kept per scope, so generating them is not counted as compiling.
const perScope = new Map<string, Record<string, unknown>>();
for (const c of cohortStudents(size)) if (!perScope.has(scopeKey(scopeOf(c)))) perScope.set(scopeKey(scopeOf(c)), c);
const evaluator = new Evaluator(version, nodeSha256, { generated });
gc();
const heapBefore = process.memoryUsage().heapUsed;
let compileStart = performance.now();
const compileCpuStart = process.cpuUsage();
const scopes = new Set<string>();
for (const c of perScope.values()) {
  const compiled = evaluator.compiledFor(c);
  scopes.add(compiled.rulesHash + JSON.stringify(compiled.scope));
}
const compileSeconds = (performance.now() - compileStart) / 1000;
const compileCpu = process.cpuUsage(compileCpuStart);
const compileCpuSeconds = (compileCpu.user + compileCpu.system) / 1e6;
gc();
const compileMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
compileStart = 0;

const SLICE = 2000;
const COLD = 2000;
let decisions = 0;
let seconds = 0;
let cpuSeconds = 0;
let coldSeconds = 0;
let coldCpuSeconds = 0;
let coldDecisions = 0;
const students = cohortStudents(size);
for (let done = 0; done < size; ) {
  // The first slice is the cold students alone, so their time is theirs.
  const sliceSize = done === 0 ? Math.min(COLD, size) : SLICE;
  const slice: Record<string, unknown>[] = [];
  for (let i = 0; i < sliceSize; i++) {
    const next = students.next();
    if (next.done) break;
    slice.push(next.value);
  }
  const start = performance.now();
  const startCpu = process.cpuUsage();
  for (const c of slice) decisions += evaluator.evaluate(c, { trace }).decisions.length;
  seconds += (performance.now() - start) / 1000;
  const used = process.cpuUsage(startCpu);
  cpuSeconds += (used.user + used.system) / 1e6;
  if (done === 0) [coldSeconds, coldCpuSeconds, coldDecisions] = [seconds, cpuSeconds, decisions];
  done += slice.length;
  if (slice.length < sliceSize) break;
}
console.log(JSON.stringify({ size, trace, generated, scopes: scopes.size, compileSeconds, compileCpuSeconds, compileMb, seconds, cpuSeconds, decisions, cold: COLD, coldSeconds, coldCpuSeconds, coldDecisions, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
