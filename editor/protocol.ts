/**
 * The editor ↔ server contract: the JSON bodies of the editor server's routes, shared by the
 * browser editor (editor/client) and the server (editor/server). Types only, so both sides can
 * import it without pulling in the other's code.
 */

export type Role = "viewer" | "faculty-editor" | "central" | "admin";
export const ROLES: readonly Role[] = ["viewer", "faculty-editor", "central", "admin"];

export interface UserInfo {
  readonly name: string;
  readonly role: Role;
  /** The faculty a faculty editor writes for (`IIW`); null for the other roles. */
  readonly faculty: string | null;
}

/** `POST /api/login`. */
export interface LoginRequest {
  readonly user: string;
  readonly password: string;
}

/** `POST /api/login` → 200 with the session cookie; `GET /api/session` → 200 (or 401). */
export interface SessionResponse {
  /** Send it as the `X-CSRF-Token` header with every write. */
  readonly csrf: string;
  readonly user: UserInfo;
}

/** "data": the manifest, glossaries, context schemas: files that are not regulation files. */
export type FileKind = "general" | "supplement" | "deviation" | "data";

export interface FileEntry {
  /** Relative to the version folder: `art-22/iiw.yaml`, `manifest.yaml`. */
  readonly path: string;
  readonly kind: FileKind;
  readonly article?: number | string;
  readonly title?: string;
  readonly faculty?: string;
  readonly campus?: string;
  readonly programmes?: readonly string[];
}

/** `GET /api/versions` → VersionEntry[]. */
export interface VersionEntry {
  readonly set: string;
  readonly year: string;
  readonly title: string;
  readonly files: readonly FileEntry[];
}

/** `GET /api/files/<set>/<year>/<path>`; `hash` is the SHA-256 (hex) of `content`. */
export interface FileResponse {
  readonly content: string;
  readonly hash: string;
  readonly modified_by?: string;
  readonly modified_at?: string;
}

/** `PUT /api/files/<set>/<year>/<path>` with the headers `If-Match: <hash>` and `X-CSRF-Token`. */
export interface SaveRequest {
  readonly content: string;
}

export interface WireDiagnostic {
  readonly code: string;
  readonly severity: "error" | "warning" | "info";
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** Relative to the edited file's version folder, or `<set>/<year>/<path>` for another version's file. */
  readonly file: string;
}

export interface TestOutcome {
  /** Relative to the version folder, like FileEntry.path. */
  readonly file: string;
  readonly name: string;
  readonly passed: boolean;
  readonly failures: readonly { readonly key: string; readonly expected: string; readonly actual: string }[];
}

/**
 * 200: written. 202: a faculty editor's deviation, kept as proposal `proposal` until a central
 * officer approves it (the file on disk is unchanged; `hash` is the proposal's content hash).
 */
export interface SaveResponse {
  readonly hash: string;
  /** Warnings and infos of the saved file (errors refuse the save: 422). */
  readonly diagnostics: readonly WireDiagnostic[];
  /** The examples of the saved file and of every other file on the same article. */
  readonly tests: readonly TestOutcome[];
  readonly proposal?: number;
}

/** 409: the file changed since the version the save was based on. */
export interface ConflictResponse {
  readonly error: string;
  readonly current: { readonly content: string; readonly hash: string };
}

/** 422: the file does not parse, or the version with it does not check. */
export interface InvalidResponse {
  readonly error: string;
  readonly diagnostics: readonly WireDiagnostic[];
}

/** Every other refusal (400, 401, 403, 404, 413, 429). */
export interface ErrorResponse {
  readonly error: string;
}

export type AuditAction = "save" | "restore" | "propose" | "approve" | "reject";

/** `GET /api/audit?file=<set>/<year>/<path>` (or without `file`: the whole log, newest first). */
export interface AuditEntry {
  readonly id: number;
  readonly file: string;
  readonly user: string;
  readonly at: string;
  readonly action: AuditAction;
  readonly old_hash: string;
  readonly new_hash: string;
  /** A unified diff of the change (for a proposal: of what it proposes). */
  readonly diff: string;
  /** For an approval: the approval reference the file now cites. */
  readonly reference: string | null;
  readonly proposal: number | null;
}

/** `POST /api/restore/<set>/<year>/<path>` with `If-Match`: the file as it was after (or before) audit entry `entry`. */
export interface RestoreRequest {
  readonly entry: number;
  readonly side?: "after" | "before";
}

export type ProposalState = "pending" | "approved" | "rejected";

/** `GET /api/proposals` (without content), `GET /api/proposals/<id>` (with). */
export interface ProposalEntry {
  readonly id: number;
  readonly file: string;
  readonly user: string;
  readonly at: string;
  readonly base_hash: string;
  readonly hash: string;
  readonly state: ProposalState;
  readonly decided_by: string | null;
  readonly reference: string | null;
  readonly content?: string;
}

/** `POST /api/proposals/<id>/approve` (central): the Academic Council's approval the file will cite. */
export interface ApproveRequest {
  readonly reference: string;
}

/** `POST /api/users` (admin). */
export interface NewUserRequest {
  readonly name: string;
  readonly role: Role;
  readonly faculty?: string | null;
  readonly password: string;
}
