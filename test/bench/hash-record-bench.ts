/**
 * The input hash and the NDJSON record of `regelwerk batch`, now against before (before-hash-record.ts),
 * in one process: `node dist/test/bench/hash-record-bench.js [students=128] [rounds=15]`. Students are
 * parsed from NDJSON lines and evaluated first, as in a worker; each round times every student's
 * input hash (canonical JSON, then SHA-256) or record, old and new alternately, by CPU time; the
 * medians and their ratio are printed. The record is timed as a worker makes it: the records of 64
 * students and their newlines as one chunk's UTF-8 bytes (before: joined as a string, then encoded).
 * The outputs are compared first: the bench stops if they differ.
 */
import { createHash } from "node:crypto";
import { canonicalJson, Evaluator, openVersion } from "../../engine/index.js";
import { nodeFileSystem, nodeSha256 } from "../../engine/node/index.js";
import { writeNdjsonRecord, type RecordOptions } from "../../engine/node/batch-record.js";
import { ByteSink } from "../../engine/node/byte-sink.js";
import { canonicalJsonBefore, ndjsonRecordBefore } from "./before-hash-record.js";
import { cohortStudents } from "./cohort.js";
import { medianSeconds } from "./timing.js";

// Two chunks by default: the evaluated students are held for the whole run, and with 300 of them
// (≈ 150 MB live) major collections, started by either side's garbage, landed in one side's timing
// or the other's and swung the record's ratio between 0.3 and 1.1; a worker holds one chunk.
const size = Number(process.argv[2] ?? 128);
const rounds = Number(process.argv[3] ?? 15);
const opened = openVersion(nodeFileSystem, "regulations/kuleuven-oer/2020-2021");
if (!opened) throw new Error("run from the repository root");
const version = opened;
const evaluator = new Evaluator(version, nodeSha256, { generated: true });
const students = [...cohortStudents(size)].map((c) => JSON.parse(JSON.stringify(c)) as Record<string, unknown>);
const results = students.map((s) => evaluator.evaluate(s, {}));
for (const r of results) void r.receipt.input_hash; // the record stage finds the hash made
const options: RecordOptions = { format: "ndjson", only: null, explain: null, columns: [] };

const hashBefore = (s: unknown) => createHash("sha256").update(canonicalJsonBefore(s)).digest("hex");
const hashNow = (s: unknown) => nodeSha256(canonicalJson(s));
const CHUNK = 64;
const encoder = new TextEncoder();
const sink = new ByteSink();

/** Every chunk's output bytes, as the worker wrote them before. */
function chunksBefore(): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let start = 0; start < size; start += CHUNK) {
    let lines = "";
    for (let i = start; i < Math.min(size, start + CHUNK); i++) lines += ndjsonRecordBefore(i + 1, students[i]!, results[i]!, version, options) + "\n";
    out.push(encoder.encode(lines));
  }
  return out;
}

function chunksNow(): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let start = 0; start < size; start += CHUNK) {
    for (let i = start; i < Math.min(size, start + CHUNK); i++) {
      writeNdjsonRecord(sink, i + 1, students[i]!, results[i]!, version, options);
      sink.text("\n");
    }
    out.push(sink.take());
  }
  return out;
}

for (let i = 0; i < size; i++) if (hashNow(students[i]) !== hashBefore(students[i])) throw new Error(`input hash differs for student ${i}`);
if (!Buffer.concat(chunksNow()).equals(Buffer.concat(chunksBefore()))) throw new Error("records differ");

/**
 * Medians of old and new by CPU time, measured alternately so both see the same machine; each timed
 * run follows an untimed one of the same function, so that the garbage the other one left (the old
 * record: ≈ 5 MB of strings per chunk) is mostly collected outside the timing.
 */
async function compare(name: string, before: () => void, now: () => void): Promise<void> {
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < rounds; r++) {
    a.push(await medianSeconds(1, before, true, true));
    b.push(await medianSeconds(1, now, true, true));
  }
  const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  const [tb, tn] = [median(a), median(b)];
  const us = (t: number) => ((t * 1e6) / size).toFixed(1).padStart(7);
  console.log(`${name.padEnd(10)} before ${us(tb)} µs/student  now ${us(tn)} µs/student  now/before ${(tn / tb).toFixed(2)}`);
}

await compare("inputHash", () => students.forEach(hashBefore), () => students.forEach(hashNow));
await compare("canonical", () => students.forEach(canonicalJsonBefore), () => students.forEach((s) => canonicalJson(s)));
await compare("record", chunksBefore, chunksNow);
