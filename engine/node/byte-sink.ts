/**
 * A batch worker's output as UTF-8 bytes, written piece by piece into one buffer that is kept from
 * chunk to chunk: a chunk's output was one string of ≈ 64 records joined, then encoded, so each
 * record's text was written three times (the record, the joined string, the bytes) into fresh memory.
 */
export class ByteSink {
  private buffer = Buffer.allocUnsafe(1 << 20);
  /** Bytes written since the last take. */
  length = 0;

  private room(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    const larger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + bytes));
    this.buffer.copy(larger, 0, 0, this.length);
    this.buffer = larger;
  }

  bytes(piece: Uint8Array): void {
    this.room(piece.length);
    this.buffer.set(piece, this.length);
    this.length += piece.length;
  }

  /** A UTF-16 code unit is at most 3 UTF-8 bytes (a surrogate pair, 2 units, is 4), so the room asked for always suffices. */
  text(piece: string): void {
    this.room(piece.length * 3);
    this.length += this.buffer.write(piece, this.length, "utf8");
  }

  /** Forget what was written after `length` (a record that failed half-way). */
  rewind(length: number): void {
    this.length = Math.min(length, this.length);
  }

  /** A copy of the bytes written (it may be transferred to another thread), and start again. */
  take(): Uint8Array {
    const out = new Uint8Array(this.length);
    out.set(this.buffer.subarray(0, this.length));
    this.length = 0;
    return out;
  }
}
