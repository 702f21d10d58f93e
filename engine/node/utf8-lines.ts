/**
 * A batch worker's output lines, encoded to UTF-8 as each is made into one buffer per chunk, which
 * `take` hands over (to be transferred to the main thread). Each line's string is garbage as soon as
 * it is encoded: joined into one string per chunk and encoded at the end, a chunk's lines (≈ 66 kB a
 * student) outlived several scavenges, were promoted, and were flattened into one more string, so
 * the worker's old generation grew by about twice the output and was collected (marked whole, the
 * compiled version with it) far more often.
 */
export class Utf8Lines {
  private readonly encoder = new TextEncoder();
  private bytes: Uint8Array;
  private length = 0;

  constructor(capacity = 1 << 20) {
    this.bytes = new Uint8Array(capacity);
  }

  /** Append `text` and a newline. */
  add(text: string): void {
    // A UTF-16 code unit is at most 3 bytes of UTF-8: with this much room encodeInto never stops short.
    this.ensure(3 * text.length + 1);
    this.length += this.encoder.encodeInto(text, this.bytes.subarray(this.length)).written;
    this.bytes[this.length++] = 0x0a;
  }

  /**
   * The bytes added since the last `take`, in a buffer of their own (the caller may transfer it);
   * the next buffer starts at about this one's size (or this one's capacity, when nothing was added),
   * so a chunk like the last one never grows.
   */
  take(): Uint8Array {
    const taken = this.bytes.subarray(0, this.length);
    this.bytes = new Uint8Array(this.length > 0 ? this.length + (this.length >> 3) : this.bytes.length);
    this.length = 0;
    return taken;
  }

  private ensure(room: number): void {
    if (this.length + room <= this.bytes.length) return;
    const bigger = new Uint8Array(Math.max(this.length + room, 2 * this.bytes.length));
    bigger.set(this.bytes.subarray(0, this.length));
    this.bytes = bigger;
  }
}
