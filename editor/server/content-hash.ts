/** The content hash saves are based on (`If-Match`): SHA-256 of the file's UTF-8 text, hex. */
import { createHash } from "node:crypto";

export function contentHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
