/**
 * The flow of `regelwerk batch` without the threads: items are read in chunks, each chunk handed to
 * `evaluate` (a worker), and the results handed to `write` in input order. At most `window` chunks
 * are evaluated or waiting to be written at any time: the next chunk is read only once the oldest
 * has been written, and `write` may itself wait (for stdout to drain). So memory holds at most
 * `window` chunks and their results, whatever the input's size and however slow its reader.
 */
export interface WindowRun<T, R> {
  readonly chunkSize: number;
  readonly window: number;
  readonly evaluate: (chunk: T[], seq: number) => Promise<R>;
  readonly write: (result: R) => Promise<void> | void;
}

export async function inOrderWindow<T, R>(items: AsyncIterable<T>, run: WindowRun<T, R>): Promise<void> {
  if (run.chunkSize < 1 || run.window < 1) throw new RangeError("inOrderWindow: chunkSize and window must be at least 1");
  const pending: Promise<R>[] = [];
  let seq = 0;
  let chunk: T[] = [];
  const send = async () => {
    const result = run.evaluate(chunk, seq++);
    // A later chunk may fail while an earlier one is written: marked handled here, it still
    // rejects where it is awaited, in its turn.
    result.catch(() => undefined);
    pending.push(result);
    chunk = [];
    if (pending.length >= run.window) await run.write(await pending.shift()!);
  };
  for await (const item of items) {
    chunk.push(item);
    if (chunk.length >= run.chunkSize) await send();
  }
  if (chunk.length > 0) await send();
  while (pending.length > 0) await run.write(await pending.shift()!);
}
