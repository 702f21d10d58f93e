/**
 * Where a `regelwerk batch` worker's time goes per student, stage by stage, on one thread:
 * `node dist/test/bench/batch-stages.js [students]`. The same generated cohort as `regelwerk cohort`,
 * as NDJSON lines; each stage is timed over all students in turn (parse, check, evaluate, record,
 * input hash), after a warm-up pass, and printed as µs per student and share of the total. The record
 * stage includes the output's UTF-8 bytes per chunk of 64 students, as a worker makes them.
 */
import { performance } from "node:perf_hooks";
import { contextProblems, contextValidator, Evaluator, openVersion } from "../../engine/index.js";
import { nodeFileSystem, nodeSha256 } from "../../engine/node/index.js";
import { writeNdjsonRecord, type RecordOptions } from "../../engine/node/batch-record.js";
import { ByteSink } from "../../engine/node/byte-sink.js";
import { cohortStudents } from "./cohort.js";

const size = Number(process.argv[2] ?? 3000);
const version = openVersion(nodeFileSystem, "regulations/kuleuven-oer/2020-2021");
if (!version) throw new Error("run from the repository root");
const lines: string[] = [];
for (const c of cohortStudents(size)) lines.push(JSON.stringify(c));
const evaluator = new Evaluator(version, nodeSha256, { generated: true });
const validate = contextValidator(version.contextSchema);
const record: RecordOptions = { format: "ndjson", only: null, explain: null, columns: [] };
const output = new ByteSink();
const CHUNK = 64;

function pass(): Record<string, number> {
  const t: Record<string, number> = { parse: 0, check: 0, evaluate: 0, record: 0, inputHash: 0 };
  let mark = performance.now();
  const lap = (stage: string) => {
    const now = performance.now();
    t[stage]! += now - mark;
    mark = now;
  };
  let bytes = 0;
  for (const [index, line] of lines.entries()) {
    const student = JSON.parse(line) as Record<string, unknown>;
    lap("parse");
    contextProblems(student, validate);
    lap("check");
    const result = evaluator.evaluate(student, {});
    lap("evaluate");
    void result.receipt.input_hash;
    lap("inputHash");
    writeNdjsonRecord(output, 1, student, result, version!, record);
    output.text("\n");
    // The worker's output: a chunk's lines as one piece of UTF-8, taken when the chunk is done.
    if (index % CHUNK === CHUNK - 1 || index === lines.length - 1) bytes += output.take().length;
    lap("record");
  }
  t.bytesPerStudent = bytes / lines.length;
  return t;
}

pass();
const t = pass();
const total = t.parse! + t.check! + t.evaluate! + t.record! + t.inputHash!;
for (const stage of ["parse", "check", "evaluate", "inputHash", "record"]) {
  console.log(`${stage.padEnd(10)} ${((t[stage]! * 1000) / size).toFixed(1).padStart(8)} µs/student  ${((100 * t[stage]!) / total).toFixed(1).padStart(5)} %`);
}
console.log(`total      ${((total * 1000) / size).toFixed(1).padStart(8)} µs/student  (${Math.round((size * 1000) / total)} students/s); input ${Math.round(lines.reduce((n, l) => n + l.length, 0) / size)} B, output ${Math.round(t.bytesPerStudent!)} B per student`);
