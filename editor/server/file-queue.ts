/**
 * One queue per file: the saves of a file run one after the other (hash check, write, audit), so
 * the audit log lists a file's changes in the order they were written. Different files run freely.
 */
export class FileQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(file: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(file) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.then(
      () => {},
      () => {},
    );
    this.tails.set(file, tail);
    void tail.then(() => {
      if (this.tails.get(file) === tail) this.tails.delete(file);
    });
    return result;
  }

  /** Resolves when every queued task has finished (for a clean shutdown). */
  async idle(): Promise<void> {
    while (this.tails.size > 0) await Promise.all(this.tails.values());
  }
}
