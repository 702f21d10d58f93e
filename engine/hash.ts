/**
 * The hash used on receipts: SHA-256 of text. The portable implementation runs anywhere (the
 * editor's browser); a Node host installs its native one with `useNativeHash`, which gives the
 * same digests about ten times faster.
 */
import { sha256 } from "./sha256.js";

let implementation: (text: string) => string = sha256;

export function hashText(text: string): string {
  return implementation(text);
}

export function useNativeHash(native: (text: string) => string): void {
  implementation = native;
}
