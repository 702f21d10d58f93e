/**
 * Compile time of a version for every scope a cohort has:
 * `node --expose-gc dist/test/bench/compile-bench.js [students] [--generated]` (after `npm run build`).
 * The cohort is generated and its scopes collected first (not timed); then, from a fresh evaluator,
 * every scope is compiled (`compiledFor` on one student of each scope: the version's shared code,
 * then each scope's decisions, exceptions, symbol table and rules hash) and the wall time, the CPU
 * time and the heap kept afterwards are printed as one JSON line. Nothing is evaluated here.
 */
import { performance } from "node:perf_hooks";
import { Evaluator, openVersion } from "../../engine/index.js";
import { scopeKey, scopeOf } from "../../engine/layers/index.js";
import { nodeFileSystem, nodeSha256 } from "../../engine/node/index.js";
import { cohortStudents } from "./cohort.js";

const size = Number(process.argv[2] ?? 2000);
const generated = process.argv.includes("--generated");
const version = openVersion(nodeFileSystem, "regulations/kuleuven-oer/2020-2021");
if (!version) throw new Error("run from the repository root");
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

// One student per scope, in the cohort's order.
const perScope = new Map<string, Record<string, unknown>>();
for (const c of cohortStudents(size)) {
  const key = scopeKey(scopeOf(c));
  if (!perScope.has(key)) perScope.set(key, c);
}

const evaluator = new Evaluator(version, nodeSha256, { generated });
gc();
const heapBefore = process.memoryUsage().heapUsed;
const start = performance.now();
const startCpu = process.cpuUsage();
for (const c of perScope.values()) evaluator.compiledFor(c);
const cpu = process.cpuUsage(startCpu);
const seconds = (performance.now() - start) / 1000;
gc();
const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
console.log(JSON.stringify({ size, generated, scopes: perScope.size, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, heapMb }));
