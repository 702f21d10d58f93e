/**
 * A worker thread of `regelwerk batch`: receives the checked version once, then chunks of students;
 * validates each against the version's context schema, evaluates it and returns the output lines,
 * the rejected students and the outcome counts. A student that fails never stops the chunk.
 */
import { parentPort, workerData } from "node:worker_threads";
import { contextProblems, contextValidator, Evaluator, type EvaluationResult } from "../index.js";
import { nodeSha256 } from "./native-hash.js";
import { baseId, csvRecord, writeNdjsonRecord } from "./batch-record.js";
import { ByteSink } from "./byte-sink.js";
import { readStudent, type Chunk, type ChunkResult, type Rejected, type WorkerSetup } from "./batch-protocol.js";

const setup = workerData as WorkerSetup;
const { version } = setup;
// Generated JavaScript per rule set: this worker imports the native hasher, not the Node door that turns it on.
const evaluator = new Evaluator(version, nodeSha256, { generated: true });
const validate = contextValidator(version.contextSchema);
const year = version.manifest.academic_year;
const options = setup.article ? { article: setup.article } : {};

function problemsOf(context: unknown): string[] {
  const problems = contextProblems(context, validate);
  if (problems.length > 0) return problems;
  const studentYear = (context as { enrolment?: { academic_year?: unknown } }).enrolment?.academic_year;
  // A student of another year is judged by that year's regulation, never silently by this one.
  if (studentYear !== undefined && studentYear !== year) return [`$.enrolment.academic_year: found ${JSON.stringify(studentYear)}: expected ${year}: this run evaluates ${version.manifest.id} ${year} (chosen by --regulation or the first student's year); run the students of ${String(studentYear)} on their own`];
  return [];
}

/** The output lines of a chunk: kept for the next chunk, emptied by taking its bytes. */
const output = new ByteSink();

function run(chunk: Chunk): ChunkResult {
  let evaluated = 0;
  const rejected: Rejected[] = [];
  const counts: Record<string, Record<string, number>> = {};
  for (const input of chunk.students) {
    const { line } = input;
    const read = readStudent(input);
    const problems = "unreadable" in read ? [read.unreadable] : problemsOf(read.context);
    if (problems.length > 0) {
      rejected.push({ line, problems, internal: false });
      continue;
    }
    const student = (read as { context: unknown }).context as Record<string, unknown>;
    let result: EvaluationResult;
    const start = output.length;
    try {
      result = evaluator.evaluate(student, options);
      if (setup.record.format === "csv") output.text(csvRecord(line, student, result, setup.record));
      else writeNdjsonRecord(output, line, student, result, version, setup.record);
      output.text("\n");
      evaluated++;
    } catch (error) {
      output.rewind(start); // no half a line: the student is rejected instead
      rejected.push({ line, problems: [`internal error while evaluating, please report it: ${error instanceof Error ? error.message : String(error)}`], internal: true });
      continue;
    }
    for (const d of result.decisions) {
      const id = baseId(d.id);
      const perOutcome = (counts[id] ??= {});
      perOutcome[d.outcome] = (perOutcome[d.outcome] ?? 0) + 1;
    }
  }
  return { seq: chunk.seq, evaluated, output: output.take(), rejected, counts };
}

parentPort!.on("message", (chunk: Chunk) => {
  const result = run(chunk);
  // The output's bytes move to the main thread (transferred, not copied).
  parentPort!.postMessage(result, [result.output.buffer as ArrayBuffer]);
});
