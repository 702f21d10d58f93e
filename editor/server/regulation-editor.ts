/**
 * Saving a regulation file, the one path every change takes (save, restore, approval): in the
 * file's queue, refuse a stale base (409), check the rights (403), check the version with the new
 * text (422), run the examples of its article, then either keep a faculty's deviation as a proposal
 * or write the file atomically between the two steps of its audit entry.
 */
import { readFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import type { AuditAction, ConflictResponse, ErrorResponse, InvalidResponse, SaveResponse, UserInfo, VersionFilesResponse } from "../protocol.js";
import { withApproval } from "./approval-line.js";
import { AuditLog } from "./audit-log.js";
import { writeFileAtomically } from "./atomic-write.js";
import { contentHash } from "./content-hash.js";
import type { Db } from "./database.js";
import { FileQueue } from "./file-queue.js";
import { Proposals } from "./proposals.js";
import { RegulationCheck } from "./regulation-check.js";
import type { FileAddress, RegulationRoot } from "./regulation-root.js";
import { writeRight } from "./rights.js";

export type Outcome =
  | { readonly status: 200 | 201 | 202; readonly body: SaveResponse }
  | { readonly status: 409; readonly body: ConflictResponse }
  | { readonly status: 422; readonly body: InvalidResponse }
  | { readonly status: 400 | 403 | 404; readonly body: ErrorResponse };

interface Write {
  readonly action: AuditAction;
  /** For an approval: the proposal and the reference the file now cites. */
  readonly proposal?: number;
  readonly reference?: string;
  /** The author the audit names; the approving officer for an approval. */
  readonly user: UserInfo;
}

export class RegulationEditor {
  readonly check: RegulationCheck;
  readonly audit: AuditLog;
  readonly proposals: Proposals;
  private readonly queue = new FileQueue();

  constructor(
    readonly root: RegulationRoot,
    db: Db,
  ) {
    this.audit = new AuditLog(db);
    this.proposals = new Proposals(db);
    this.audit.settle((file) => {
      try {
        return contentHash(readFileSync(root.resolve(...splitUri(file)).absolute, "utf8"));
      } catch {
        return null;
      }
    });
    this.check = new RegulationCheck(root);
  }

  async read(file: FileAddress): Promise<{ content: string; hash: string; modified_by?: string; modified_at?: string }> {
    const content = await readFile(file.absolute, "utf8");
    const last = this.audit.lastWrite(file.uri);
    return { content, hash: contentHash(content), ...(last && last.new_hash === contentHash(content) ? { modified_by: last.user, modified_at: last.at } : {}) };
  }

  /** Every file of a version as it is on disk (path in the version → text). */
  async readVersion(set: string, year: string): Promise<VersionFilesResponse> {
    const files: Record<string, string> = {};
    for (const path of this.root.filesOf(set, year)) files[path] = await readFile(this.root.resolve(set, year, path).absolute, "utf8");
    return { files };
  }

  save(user: UserInfo, file: FileAddress, content: string, baseHash: string): Promise<Outcome> {
    return this.queue.run(file.uri, () => this.write(file, content, baseHash, { action: "save", user }));
  }

  /** A file that does not exist yet (`If-None-Match: *`): 409 when it does by the time it is written. */
  create(user: UserInfo, file: FileAddress, content: string): Promise<Outcome> {
    return this.queue.run(file.uri, () => this.write(file, content, null, { action: "save", user }));
  }

  /** An earlier text of the file saved again: a new change, audited as a restore. */
  restore(user: UserInfo, file: FileAddress, entry: number, side: "after" | "before", baseHash: string): Promise<Outcome> {
    const earlier = this.audit.textOf(entry, side);
    if (!earlier || earlier.file !== file.uri) return Promise.resolve({ status: 404, body: { error: `no audit entry ${entry} of ${file.uri}` } });
    return this.queue.run(file.uri, () => this.write(file, earlier.text, baseHash, { action: "restore", user }));
  }

  /** A central officer approves a proposed deviation: the file, now citing `reference`, is written. */
  approve(user: UserInfo, id: number, reference: string, address: (uri: string) => FileAddress): Promise<Outcome> {
    const proposal = this.proposals.get(id);
    if (!proposal) return Promise.resolve({ status: 404, body: { error: `no proposal ${id}` } });
    if (user.role !== "central") return Promise.resolve({ status: 403, body: { error: "only the central policy office approves deviations" } });
    const file = address(proposal.file);
    return this.queue.run(file.uri, async () => {
      const current = this.proposals.get(id)!;
      if (current.state !== "pending") return { status: 409, body: { error: `proposal ${id} is ${current.state} already`, current: await this.read(file) } };
      const outcome = await this.write(file, withApproval(current.content!, reference), current.base_hash, { action: "approve", user, proposal: id, reference });
      if (outcome.status === 200) this.proposals.decide(id, "approved", user.name, reference);
      return outcome;
    });
  }

  reject(user: UserInfo, id: number, address: (uri: string) => FileAddress): Promise<Outcome> {
    const proposal = this.proposals.get(id);
    if (!proposal) return Promise.resolve({ status: 404, body: { error: `no proposal ${id}` } });
    if (user.role !== "central") return Promise.resolve({ status: 403, body: { error: "only the central policy office decides on deviations" } });
    const file = address(proposal.file);
    return this.queue.run(file.uri, async () => {
      const current = this.proposals.get(id)!;
      const disk = await readFile(file.absolute, "utf8");
      if (current.state !== "pending") return { status: 409, body: { error: `proposal ${id} is ${current.state} already`, current: { content: disk, hash: contentHash(disk) } } };
      this.proposals.decide(id, "rejected", user.name, null);
      this.audit.record({ file: file.uri, user: user.name, action: "reject", before: disk, after: disk, proposal: id }, "done");
      return { status: 200, body: { hash: contentHash(disk), diagnostics: [], tests: [], proposal: id } };
    });
  }

  /** Resolves once every queued save has finished. */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  /** Runs inside the file's queue: nothing else changes this file meanwhile. */
  /** `baseHash` null: the file is created, and must not exist. */
  private async write(file: FileAddress, content: string, baseHash: string | null, how: Write): Promise<Outcome> {
    const existing = await readFile(file.absolute, "utf8").catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return null;
      throw error;
    });
    if (existing === null && baseHash !== null) return { status: 404, body: { error: `${file.uri} does not exist; create it with If-None-Match: *` } };
    const disk = existing ?? "";
    const diskHash = contentHash(disk);
    if (existing !== null && baseHash === null) return { status: 409, body: { error: `${file.uri} exists already; merge with it and save again`, current: { content: disk, hash: diskHash } } };
    if (baseHash !== null && diskHash !== baseHash) return { status: 409, body: { error: `${file.uri} changed since version ${baseHash.slice(0, 12)}; merge with the current version and save again`, current: { content: disk, hash: diskHash } } };
    if (existing !== null) this.check.sync(file.uri, disk);
    const approving = how.action === "approve";
    const creating = existing === null;
    const before = this.check.facts(file.uri);
    // A new file has no "before": the right is decided on what it will be.
    const early = approving || creating ? { right: "write" as const } : writeRight(how.user, before, null);
    if (early.right === "forbidden") return { status: 403, body: { error: early.reason } };

    // From here to the end of the trial nothing awaits: no other save sees the workspace half-tried.
    // A faculty editor's deviation becomes a proposal, checked before it has its approval.
    const trial = this.check.tryText(file.uri, content, how.user.role === "faculty-editor");
    const right = approving ? early : creating ? writeRight(how.user, trial.facts ?? before, trial.facts ?? before) : writeRight(how.user, before, trial.facts ?? before);
    if (right.right === "forbidden") {
      trial.undo();
      return { status: 403, body: { error: right.reason } };
    }
    if (trial.errors.length > 0) {
      trial.undo();
      return { status: 422, body: { error: `${file.uri} does not check; nothing was saved`, diagnostics: trial.errors } };
    }
    const tests = this.check.testsFor(file.uri);
    const hash = contentHash(content);
    if (right.right === "propose") {
      trial.undo();
      const id = this.proposals.add(file.uri, how.user.name, diskHash, content);
      this.audit.record({ file: file.uri, user: how.user.name, action: "propose", before: disk, after: content, proposal: id }, "done");
      return { status: 202, body: { hash, diagnostics: trial.notes, tests, proposal: id } };
    }

    const entry = this.audit.record({ file: file.uri, user: how.user.name, action: how.action, before: disk, after: content, reference: how.reference ?? null, proposal: how.proposal ?? null }, "pending");
    try {
      await writeFileAtomically(file.absolute, content);
    } catch (error) {
      trial.undo();
      this.audit.aborted(entry);
      throw error;
    }
    this.audit.done(entry);
    return { status: creating ? 201 : 200, body: { hash, diagnostics: trial.notes, tests } };
  }
}

function splitUri(uri: string): [string, string, string] {
  const [set = "", year = "", ...rest] = uri.split("/");
  return [set, year, rest.join("/")];
}
