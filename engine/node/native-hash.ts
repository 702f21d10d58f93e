/** Node's native SHA-256 for receipts: the same digests as the portable hasher, faster. */
import { createHash } from "node:crypto";
import type { Hasher } from "../receipt/index.js";

export const nodeSha256: Hasher = (text) => createHash("sha256").update(text).digest("hex");
