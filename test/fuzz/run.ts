/**
 * `npm run fuzz [-- --runs N] [--seed S] [--target rules|regulations|contexts]... [--minutes M]`: a
 * fuzz run of N inputs per target (every target unless some are named; with --minutes, each target
 * stops when the time is up); exit 1 with the findings when there are any.
 */
import { parseArgs } from "node:util";
import { TARGETS, fuzz, type Target } from "./fuzz.js";

const USAGE = `usage: npm run fuzz -- [--runs N] [--seed S] [--target ${TARGETS.join("|")}]... [--minutes M]`;
const OPTIONS = { runs: { type: "string", default: "200" }, seed: { type: "string" }, target: { type: "string", multiple: true }, minutes: { type: "string" } } as const;
let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>;
try {
  parsed = parseArgs({ options: OPTIONS });
} catch (error) {
  // An unknown option or a missing value: the usage, never a stack trace.
  console.error(`${USAGE} (${error instanceof Error ? error.message : String(error)})`);
  process.exit(2);
}
const { values } = parsed;
const minutes = values.minutes === undefined ? null : Number(values.minutes);
const runs = Number(values.runs);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
const unknown = (values.target ?? []).filter((t) => !(TARGETS as readonly string[]).includes(t));
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed) || unknown.length > 0 || (minutes !== null && !(minutes > 0))) {
  console.error(`${USAGE} (${unknown.length > 0 ? `unknown target '${unknown[0]}'` : "--runs and --seed take whole numbers, --minutes a positive number"})`);
  process.exit(2);
}
const targets = values.target && values.target.length > 0 ? (values.target as Target[]) : TARGETS;
const start = performance.now();
const cpuStart = process.cpuUsage();
const report = fuzz(runs, seed, targets, minutes === null ? undefined : Date.now() + minutes * 60_000);
const seconds = ((performance.now() - start) / 1000).toFixed(1);
// On a shared machine the wall clock says little: the CPU time this process used is printed beside it.
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = ((cpu.user + cpu.system) / 1e6).toFixed(1);
const count = (kind: string) => report.findings.filter((f) => f.kind === kind).length;
console.log(`fuzz: ${report.inputs} inputs (${Object.entries(report.perTarget).map(([t, n]) => `${t} ${n}`).join(", ")} of ${runs} per target; seed ${seed}) in ${seconds} s (${cpuSeconds} s of CPU): ${count("crash")} crashes, ${count("unpositioned")} diagnostics without a position, ${count("not idempotent")} not idempotent, ${count("slow")} over 1 s of CPU`);
console.log(`seconds per target (wall / CPU): ${Object.entries(report.seconds).map(([target, s]) => `${target} ${s.wall.toFixed(1)} / ${s.cpu.toFixed(1)}`).join(", ")}`);
for (const f of report.findings.slice(0, 20)) console.log(`- ${f.kind} in ${f.target}: ${f.detail}\n    input: ${JSON.stringify(f.input.slice(0, 300))}`);
process.exitCode = report.findings.some((f) => f.kind !== "slow") ? 1 : 0;
