/**
 * The worker threads of `regelwerk batch`, and the ordered stream through them. A pool of our own
 * rather than piscina: there is one kind of task, each worker must first receive the checked version
 * (cloned once, not per task), and results must come back in input order with a bounded number of
 * chunks in flight — a queue of promises does that in a few lines, without a dependency.
 */
import { Worker } from "node:worker_threads";
import type { Chunk, ChunkResult, StudentInput, WorkerSetup } from "./batch-protocol.js";
import { inOrderWindow } from "./ordered-window.js";

interface Task {
  readonly chunk: Chunk;
  resolve(result: ChunkResult): void;
  reject(error: Error): void;
}

class Pool {
  private readonly idle: Worker[] = [];
  private readonly queue: Task[] = [];
  private readonly busy = new Map<Worker, Task>();
  private readonly workers: Worker[] = [];
  private failure: Error | null = null;

  constructor(size: number, setup: WorkerSetup, heapMb: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL("./batch-worker.js", import.meta.url), { workerData: setup, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
      worker.on("message", (result: ChunkResult) => {
        const task = this.busy.get(worker)!;
        this.busy.delete(worker);
        task.resolve(result);
        this.idle.push(worker);
        this.next();
      });
      worker.on("error", (error) => this.fail(error));
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  run(chunk: Chunk): Promise<ChunkResult> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ chunk, resolve, reject });
      this.next();
    });
  }

  private next(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const task = this.queue.shift()!;
      this.busy.set(worker, task);
      worker.postMessage(task.chunk);
    }
  }

  private fail(error: Error): void {
    this.failure = error;
    for (const task of [...this.busy.values(), ...this.queue]) task.reject(error);
    this.busy.clear();
    this.queue.length = 0;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

export interface BatchRun {
  readonly workers: number;
  /** Students per message to a worker: large enough to amortise the cloning, small for latency. */
  readonly chunkSize: number;
  readonly setup: WorkerSetup;
  /**
   * Each worker's old-generation heap, in MB. A worker's live data is the compiled version and a few
   * chunks (≈ 90 MB for the OER after a full collection), but under V8's default limit (a share of
   * the machine's memory) garbage grows to several hundred MB per worker before it is collected; a
   * limit a few times the live size keeps memory near use (docs/batch.md, "Workers and memory").
   */
  readonly heapMb: number;
}

/**
 * Evaluate the students in worker threads and hand each chunk's result to `write`, in input order.
 * At most `workers × 4` chunks are in flight (ordered-window.ts): reading waits for writing, so the
 * input is not read ahead further than that window, and `write` may itself wait for the output.
 */
export async function runBatch(students: AsyncIterable<StudentInput>, run: BatchRun, write: (result: ChunkResult) => Promise<void> | void): Promise<void> {
  const pool = new Pool(run.workers, run.setup, run.heapMb);
  try {
    await inOrderWindow(students, { chunkSize: run.chunkSize, window: run.workers * 4, evaluate: (students, seq) => pool.run({ seq, students }), write });
  } finally {
    await pool.close();
  }
}
