/**
 * The progress line of `regelwerk batch` on a terminal: students done, students/s and, when the
 * input's size is known, the ETA from the share of bytes read. Redrawn at most five times a second;
 * a message printed meanwhile (an invalid student) clears it first. Off when stderr is not a TTY.
 */
export class Progress {
  private readonly started = Date.now();
  private lastDraw = 0;
  private shown = false;

  constructor(
    private readonly write: ((text: string) => void) | null,
    /** Bytes taken from the input so far and its size, when it has one (a file; not standard input). */
    private readonly bytes: (() => { read: number; total: number }) | null,
  ) {}

  update(done: number): void {
    if (!this.write) return;
    const now = Date.now();
    if (now - this.lastDraw < 200) return;
    this.lastDraw = now;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    let eta = "";
    const b = this.bytes?.();
    if (b && b.total > 0 && b.read > 0) {
      const left = seconds * (b.total / b.read - 1);
      eta = `  ETA ${clock(left)}`;
    }
    this.write(`\r\x1b[K${done.toLocaleString("en")} students  ${Math.round(rate).toLocaleString("en")} students/s${eta}`);
    this.shown = true;
  }

  /** Clear the line so other text starts at column 1. */
  clear(): void {
    if (this.write && this.shown) this.write("\r\x1b[K");
    this.shown = false;
  }
}

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}
