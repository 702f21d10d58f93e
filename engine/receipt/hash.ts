/**
 * The hash on receipts: SHA-256 of text, as hex. A hasher is passed to whoever needs one (no global
 * swap): the portable one (a kept library, runs in the browser) by default, Node's native one from
 * the `node` adapter. Both give the same digests.
 */
import { sha256 } from "@noble/hashes/sha256";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";

export type Hasher = (text: string) => string;

export const portableSha256: Hasher = (text) => bytesToHex(sha256(utf8ToBytes(text)));
