/**
 * Proposed deviations: a faculty's deviation, checked and kept here (not in the regulations) until
 * a central officer approves it with the reference it will cite, or rejects it.
 */
import type { ProposalEntry, ProposalState } from "../protocol.js";
import { contentHash } from "./content-hash.js";
import type { Db } from "./database.js";

export class Proposals {
  constructor(private readonly db: Db) {}

  add(file: string, user: string, baseHash: string, content: string): number {
    const result = this.db.prepare("INSERT INTO proposals (file, user, at, base_hash, hash, content) VALUES (?, ?, ?, ?, ?, ?)").run(file, user, new Date().toISOString(), baseHash, contentHash(content), content);
    return Number(result.lastInsertRowid);
  }

  get(id: number): ProposalEntry | null {
    return (this.db.prepare("SELECT * FROM proposals WHERE id = ?").get(id) as ProposalEntry | undefined) ?? null;
  }

  list(state: ProposalState | null): ProposalEntry[] {
    const columns = "id, file, user, at, base_hash, hash, state, decided_by, reference";
    return (state === null ? this.db.prepare(`SELECT ${columns} FROM proposals ORDER BY id DESC`).all() : this.db.prepare(`SELECT ${columns} FROM proposals WHERE state = ? ORDER BY id DESC`).all(state)) as ProposalEntry[];
  }

  decide(id: number, state: "approved" | "rejected", by: string, reference: string | null): void {
    this.db.prepare("UPDATE proposals SET state = ?, decided_by = ?, reference = ? WHERE id = ?").run(state, by, reference, id);
  }
}
