/**
 * The byte sink behind a batch worker's output: text is written as UTF-8 (the same bytes as
 * TextEncoder), it grows past its first buffer without losing what was written, a rewind drops a
 * half-written record, and a take hands over exactly the bytes since the last take.
 */
import { describe, expect, it } from "vitest";
import { ByteSink } from "../../../engine/node/byte-sink.js";

const encoder = new TextEncoder();

describe("ByteSink", () => {
  it("writes text and bytes as UTF-8, grows, rewinds and takes", () => {
    const sink = new ByteSink();
    const texts = ["plain", "é€💡\u2028", "\ud800 lone", "x".repeat(3 << 20), "ü".repeat(1 << 20)];
    let expected = "";
    for (const text of texts) {
      sink.text(text);
      sink.bytes(encoder.encode("|"));
      expected += text + "|";
    }
    const mark = sink.length;
    sink.text("half a record");
    sink.rewind(mark);
    sink.text("\n");
    expect(Buffer.from(sink.take()).equals(Buffer.from(encoder.encode(expected + "\n")))).toBe(true);
    expect(sink.length).toBe(0);
    sink.text("next");
    expect(new TextDecoder().decode(sink.take())).toBe("next");
  });

  it("never cuts text that ends near the end of its buffer (a character is up to 3 bytes per UTF-16 unit)", () => {
    for (let power = 14; power <= 22; power++) {
      for (let free = 0; free <= 6; free++) {
        const sink = new ByteSink();
        const filler = "x".repeat((1 << power) - free);
        sink.text(filler);
        sink.text("€€\u2028💡");
        expect(new TextDecoder().decode(sink.take())).toBe(filler + "€€\u2028💡");
      }
    }
  });
});
