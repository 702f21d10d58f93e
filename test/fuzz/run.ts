/** `npm run fuzz [-- --runs N] [--seed S]`: a fuzz run; exit 1 with the findings when there are any. */
import { parseArgs } from "node:util";
import { fuzz } from "./fuzz.js";

const { values } = parseArgs({ options: { runs: { type: "string", default: "200" }, seed: { type: "string" } } });
const runs = Number(values.runs);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
const start = performance.now();
const report = fuzz(runs, seed);
const seconds = ((performance.now() - start) / 1000).toFixed(1);
const count = (kind: string) => report.findings.filter((f) => f.kind === kind).length;
console.log(`fuzz: ${report.inputs} inputs (${runs} per target, seed ${seed}) in ${seconds} s: ${count("crash")} crashes, ${count("unpositioned")} diagnostics without a position, ${count("not idempotent")} not idempotent, ${count("slow")} over 1 s`);
for (const f of report.findings.slice(0, 20)) console.log(`- ${f.kind} in ${f.target}: ${f.detail}\n    input: ${JSON.stringify(f.input.slice(0, 300))}`);
process.exitCode = report.findings.some((f) => f.kind !== "slow") ? 1 : 0;
