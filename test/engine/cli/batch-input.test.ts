/** The input helpers of `regelwerk batch` that need no worker threads. */
import { describe, expect, it } from "vitest";
import { linesOf, ndjsonStudents, peekFirst, withFirst } from "../../../engine/cli/batch-input.js";
import { Readable } from "node:stream";

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe("batch input", () => {
  it("hands on the first NDJSON student parsed once, the others unparsed, in order and with their lines", async () => {
    const text = '{"n": 1}\n\n{"n": 2}\n{"n": 3}\n';
    const first = await peekFirst(ndjsonStudents(linesOf(Readable.from([text]))));
    expect(first.first).toEqual({ line: 1, context: null, json: '{"n": 1}' });
    const students = await all(withFirst(first.items, { line: 1, context: { n: 1 } }));
    expect(students).toEqual([
      { line: 1, context: { n: 1 } },
      { line: 3, context: null, json: '{"n": 2}' },
      { line: 4, context: null, json: '{"n": 3}' },
    ]);
  });

  it("gives nothing for an empty input, whatever the replacement", async () => {
    expect(await all(withFirst(ndjsonStudents(linesOf(Readable.from([""]))), { line: 1, context: {} }))).toEqual([]);
  });
});
