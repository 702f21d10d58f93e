/** Exit codes of every command: scripts and CI rely on them. */
export const EXIT = {
  ok: 0,
  /** Findings: check errors, failed tests. */
  findings: 1,
  /** Bad input: unreadable or malformed files, contexts or arguments. */
  badInput: 2,
  /** A bug in Regelwerk itself; the message asks to report it. */
  internal: 3,
  /** `version new`: the target version folder exists already; nothing was written. */
  exists: 4,
} as const;

export class UsageError extends Error {}

/** A command that threw: bad usage exits 2 with its message, anything else is an internal error (3), never a stack trace. */
export function failed(error: unknown, err: (text: string) => void): number {
  if (error instanceof UsageError) {
    err(`regelwerk: ${error.message}\n`);
    return EXIT.badInput;
  }
  err(`regelwerk: internal error, please report it: ${error instanceof Error ? error.message : String(error)}\n`);
  return EXIT.internal;
}
