/**
 * Batch memory stays bounded: with a reader of 2,000 students, evaluations finishing out of order and
 * a consumer slower than both, no more than `window` chunks are ever evaluated-but-not-written, the
 * input is read ahead of the output by at most that window and one chunk, and results come out in
 * input order.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { inOrderWindow } from "../../../engine/node/index.js";

const COUNT = 2000;
const CHUNK = 16;
const WINDOW = 4;

describe("the in-order window of batch", () => {
  it("never holds more than its window of chunks, with a slow consumer", async () => {
    let read = 0;
    let started = 0;
    let written = 0;
    let maxInFlight = 0;
    let maxReadAhead = 0;
    const out: number[] = [];
    async function* students() {
      for (let i = 0; i < COUNT; i++) {
        read++;
        maxReadAhead = Math.max(maxReadAhead, read - out.length);
        yield i;
      }
    }
    await inOrderWindow(students(), {
      chunkSize: CHUNK,
      window: WINDOW,
      evaluate: async (chunk, seq) => {
        started++;
        maxInFlight = Math.max(maxInFlight, started - written);
        await sleep(seq % 3); // later chunks may finish first
        return chunk.map((n) => n * 10);
      },
      write: async (result) => {
        await sleep(2); // the consumer is the slowest part
        out.push(...result);
        written++;
      },
    });
    expect(out).toEqual(Array.from({ length: COUNT }, (_, i) => i * 10));
    expect(written).toBe(COUNT / CHUNK);
    expect(maxInFlight).toBe(WINDOW);
    expect(maxReadAhead).toBeLessThanOrEqual(WINDOW * CHUNK + CHUNK);
  });

  it("stops at a failed evaluation, without leaving rejections unhandled", async () => {
    async function* students() {
      for (let i = 0; i < 200; i++) yield i;
    }
    const run = inOrderWindow(students(), {
      chunkSize: 10,
      window: WINDOW,
      evaluate: async (chunk, seq) => (seq === 2 ? Promise.reject(new Error("worker failed")) : chunk),
      write: () => sleep(1),
    });
    await expect(run).rejects.toThrow("worker failed");
  });
});
