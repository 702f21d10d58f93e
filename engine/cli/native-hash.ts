/** Node's native SHA-256 for receipts (same digests as engine/sha256.ts). */
import { createHash } from "node:crypto";
import { useNativeHash } from "../hash.js";

export function installNativeHash(): void {
  useNativeHash((text) => createHash("sha256").update(text).digest("hex"));
}
