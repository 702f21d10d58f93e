/**
 * The audit log: every change with who, when, the file, the old and new hash and a unified diff.
 * A write is recorded in two steps around the rename that puts the file in place — `pending`
 * before, `done` after — so after a crash `settle` can tell from the hash on disk whether the
 * rename happened: the log never claims a change that is not on disk, nor misses one that is.
 */
import type { AuditAction, AuditEntry } from "../protocol.js";
import { contentHash } from "./content-hash.js";
import type { Db } from "./database.js";
import { unifiedDiff } from "./unified-diff.js";

export interface Change {
  readonly file: string;
  readonly user: string;
  readonly action: AuditAction;
  readonly before: string;
  readonly after: string;
  readonly reference?: string | null;
  readonly proposal?: number | null;
}

/** The actions that replace the file on disk (a proposal and a rejection leave it as it is). */
const WRITES: readonly AuditAction[] = ["save", "restore", "approve"];

interface AuditRow extends Omit<AuditEntry, "reference" | "proposal"> {
  reference: string | null;
  proposal: number | null;
  old_content: string | null;
  new_content: string | null;
  state: string;
}

export class AuditLog {
  constructor(private readonly db: Db) {}

  /** Records a change; a write starts `pending` until `done` is called after the rename. */
  record(change: Change, state: "pending" | "done"): number {
    const result = this.db
      .prepare(
        `INSERT INTO audit (file, user, at, action, old_hash, new_hash, old_content, new_content, diff, reference, proposal, state)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(change.file, change.user, new Date().toISOString(), change.action, contentHash(change.before), contentHash(change.after), change.before, change.after, unifiedDiff(change.file, change.before, change.after), change.reference ?? null, change.proposal ?? null, state);
    return Number(result.lastInsertRowid);
  }

  done(id: number): void {
    this.db.prepare("UPDATE audit SET state = 'done' WHERE id = ?").run(id);
  }

  aborted(id: number): void {
    this.db.prepare("UPDATE audit SET state = 'aborted' WHERE id = ?").run(id);
  }

  /** After a crash: a pending write whose new text is on disk happened; any other did not. */
  settle(hashOnDisk: (file: string) => string | null): { done: number; aborted: number } {
    const pending = this.db.prepare("SELECT id, file, new_hash FROM audit WHERE state = 'pending' ORDER BY id").all() as { id: number; file: string; new_hash: string }[];
    let done = 0;
    for (const p of pending) {
      if (hashOnDisk(p.file) === p.new_hash) {
        this.done(p.id);
        done++;
      } else this.aborted(p.id);
    }
    return { done, aborted: pending.length - done };
  }

  /** A file's changes (or every file's), newest first; only what happened (no pending or aborted writes). */
  entries(file: string | null, limit = 500): AuditEntry[] {
    const rows = (
      file === null
        ? this.db.prepare("SELECT * FROM audit WHERE state = 'done' ORDER BY id DESC LIMIT ?").all(limit)
        : this.db.prepare("SELECT * FROM audit WHERE state = 'done' AND file = ? ORDER BY id DESC LIMIT ?").all(file, limit)
    ) as AuditRow[];
    return rows.map(toEntry);
  }

  /** The text of a file after (or before) a recorded change. */
  textOf(id: number, side: "after" | "before"): { file: string; text: string } | null {
    const row = this.db.prepare("SELECT file, old_content, new_content FROM audit WHERE id = ? AND state = 'done'").get(id) as Pick<AuditRow, "file" | "old_content" | "new_content"> | undefined;
    const text = row ? (side === "after" ? row.new_content : row.old_content) : null;
    return row && text !== null ? { file: row.file, text } : null;
  }

  /** The last change that wrote the file, with its author and time. */
  lastWrite(file: string): AuditEntry | null {
    const row = this.db.prepare(`SELECT * FROM audit WHERE state = 'done' AND file = ? AND action IN (${WRITES.map(() => "?").join(", ")}) ORDER BY id DESC LIMIT 1`).get(file, ...WRITES) as AuditRow | undefined;
    return row ? toEntry(row) : null;
  }

  /** Every file the log has written, with the hash of its last write. */
  lastWrites(): Map<string, string> {
    const rows = this.db
      .prepare(`SELECT file, new_hash FROM audit WHERE id IN (SELECT MAX(id) FROM audit WHERE state = 'done' AND action IN (${WRITES.map(() => "?").join(", ")}) GROUP BY file)`)
      .all(...WRITES) as { file: string; new_hash: string }[];
    return new Map(rows.map((r) => [r.file, r.new_hash]));
  }
}

function toEntry(row: AuditRow): AuditEntry {
  return { id: row.id, file: row.file, user: row.user, at: row.at, action: row.action, old_hash: row.old_hash, new_hash: row.new_hash, diff: row.diff, reference: row.reference, proposal: row.proposal };
}
