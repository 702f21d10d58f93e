/**
 * A batch worker's output lines as UTF-8 bytes, encoded line by line into a buffer that grows
 * (engine/node/utf8-lines.ts): the bytes are those of the lines joined with newlines and encoded at
 * once — multi-byte characters across a growth included — and each `take` hands over its own buffer
 * with only what was added since the last one.
 */
import { describe, expect, it } from "vitest";
import { Utf8Lines } from "../../../engine/node/utf8-lines.js";

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("Utf8Lines", () => {
  it("gives the bytes of the lines joined with newlines, multi-byte characters across growths included", () => {
    const lines = ["{\"id\":\"r0123\"}", "Zoë Çelik — één", "😀".repeat(700), "", "x".repeat(5000), "ß€𝄞"];
    // A small first buffer, so most lines make it grow.
    const out = new Utf8Lines(8);
    for (const line of lines) out.add(line);
    const bytes = out.take();
    expect(bytes).toEqual(new TextEncoder().encode(lines.map((l) => l + "\n").join("")));
    expect(decode(bytes)).toBe(lines.join("\n") + "\n");
  });

  it("hands over each chunk's bytes in a buffer of their own, the next chunk starting empty", () => {
    const out = new Utf8Lines(16);
    out.add("first chunk");
    const first = out.take();
    out.add("second");
    out.add("chunk");
    const second = out.take();
    expect(decode(first)).toBe("first chunk\n");
    expect(decode(second)).toBe("second\nchunk\n");
    expect(second.buffer).not.toBe(first.buffer);
    expect(out.take().length).toBe(0);
  });
});
