/** An NDJSON file read line by line through a fixed buffer: a cohort never has to fit in memory. */
import { closeSync, openSync, readSync } from "node:fs";
import { StringDecoder } from "node:string_decoder";

export function* ndjsonLines(path: string): Generator<{ line: number; text: string }> {
  const fd = openSync(path, "r");
  const buffer = Buffer.alloc(1 << 16);
  const decoder = new StringDecoder("utf8");
  let rest = "";
  let line = 0;
  try {
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      rest += decoder.write(buffer.subarray(0, n));
      let newline: number;
      while ((newline = rest.indexOf("\n")) >= 0) {
        const text = rest.slice(0, newline);
        rest = rest.slice(newline + 1);
        line++;
        if (text.trim().length > 0) yield { line, text };
      }
    }
    rest += decoder.end();
    line++;
    if (rest.trim().length > 0) yield { line, text: rest };
  } finally {
    closeSync(fd);
  }
}
