/**
 * Where a decision's time goes, the whole regulation on one thread (generated JavaScript, traces
 * off and on): `node dist/test/bench/eval-loop.js [students] [--profile file.cpuprofile]`.
 * Three rows on the same students in one process, µs of CPU time per decision: `evaluate` as batch
 * runs it; the same scopes' rule sets alone (each decision's generated functions called in the
 * order evaluate tries them, with `for each` elements bound, nothing built: the floor the loop
 * around them cannot go under); and `evaluate` with traces. `--profile` writes a CPU profile of the
 * timed rounds of `evaluate` only (compiling and generating the cohort left out) for
 * Chrome DevTools or `speedscope`. It asserts nothing about speed.
 */
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { Evaluator, openVersion, type CompiledRegulation } from "../../engine/index.js";
import { newFrame, elementKey } from "../../engine/runtime/index.js";
import type { RuleSetOut } from "../../engine/compile/index.js";
import { nodeFileSystem, nodeSha256 } from "../../engine/node/index.js";
import { generateCohort } from "./cohort.js";

const args = process.argv.slice(2);
const profileAt = args.indexOf("--profile");
const profileFile = profileAt >= 0 ? args[profileAt + 1] : undefined;
const size = Number(args.find((a, i) => /^\d+$/.test(a) && i !== profileAt + 1) ?? 1500);
const ROUNDS = 3;

const version = openVersion(nodeFileSystem, "regulations/kuleuven-oer/2020-2021");
if (!version) throw new Error("run from the repository root");
const evaluator = new Evaluator(version, nodeSha256, { generated: true });
const cohort = generateCohort(size, 7);
let decisions = 0;
for (const c of cohort) decisions += evaluator.evaluate(c).decisions.length;

const out: RuleSetOut = { value: undefined, open: -1, undecided: [] };

/** Every decision's rule sets for one student, most specific layer first, stopping where evaluate stops. */
function ruleSetsOnly(c: Record<string, unknown>): void {
  const compiled: CompiledRegulation = evaluator.compiledFor(c);
  const f = newFrame(c, compiled.memoSize, compiled.slotCount, compiled.symbols, false, null);
  const once = (d: CompiledRegulation["decisions"][number]) => {
    for (const layer of d.exceptions) for (const set of layer) if (set.generated!.run(f, out) !== -1) return void (out.undecided = []);
    d.base.generated!.run(f, out);
    out.undecided = [];
  };
  for (const d of compiled.decisions) {
    if (!d.forEach) {
      once(d);
      continue;
    }
    const list = d.forEach.collection(f);
    if (!Array.isArray(list)) continue;
    for (let i = 0; i < list.length; i++) {
      f.slots[d.forEach.slot] = list[i];
      f.slotPaths[d.forEach.slot] = `${d.forEach.path}[${elementKey(list[i], i)}]`;
      f.slotIndexes[d.forEach.slot] = -1;
      once(d);
    }
  }
}

/** µs of CPU time per decision: a warm-up round, then the mean of the timed rounds. */
function microseconds(run: (c: Record<string, unknown>) => unknown): number {
  for (const c of cohort) run(c);
  const start = process.cpuUsage();
  for (let r = 0; r < ROUNDS; r++) for (const c of cohort) run(c);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / (ROUNDS * decisions);
}

const session = new Session();
session.connect();
if (profileFile) {
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
}
const whole = microseconds((c) => evaluator.evaluate(c));
if (profileFile) {
  const { profile } = await session.post("Profiler.stop");
  writeFileSync(profileFile, JSON.stringify(profile));
}
const floor = microseconds(ruleSetsOnly);
const traced = microseconds((c) => evaluator.evaluate(c, { trace: true }));
console.log(`the whole regulation, ${size} students, ${(decisions / size).toFixed(1)} decisions per student, generated JavaScript, µs of CPU time per decision (mean of ${ROUNDS} rounds):`);
console.log(`evaluate, traces off              ${whole.toFixed(3)} µs  (${Math.round(1 / whole * 1e6)} decisions/s)`);
console.log(`the rule sets alone               ${floor.toFixed(3)} µs  (${((floor / whole) * 100).toFixed(0)} % of evaluate)`);
console.log(`evaluate, traces on               ${traced.toFixed(3)} µs  (${(traced / whole).toFixed(2)}× traces off)`);
