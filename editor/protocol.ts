/**
 * The editor ↔ server contract: the JSON bodies of the editor server's routes, one definition for
 * both sides. Each body is a zod schema with its type inferred from it: the server types its
 * routes with the types, the browser editor (editor/client/api.ts) checks every answer against the
 * schemas, so a server that drifts from the contract is an error the editor names, not `undefined`
 * somewhere later. Nothing here imports either side's code.
 */
import { z } from "zod";

export const ROLES = ["viewer", "faculty-editor", "central", "admin"] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const UserInfoSchema = z.object({
  name: z.string(),
  role: RoleSchema,
  /** The faculty a faculty editor writes for (`IIW`); null for the other roles. */
  faculty: z.string().nullable(),
});
export type UserInfo = z.infer<typeof UserInfoSchema>;

/** `POST /api/login`. */
export const LoginRequestSchema = z.object({ user: z.string(), password: z.string() });
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

/** `POST /api/login` → 200 with the session cookie; `GET /api/session` → 200 (or 401). */
export const SessionResponseSchema = z.object({
  /** Send it as the `X-CSRF-Token` header with every write. */
  csrf: z.string(),
  user: UserInfoSchema,
});
export type SessionResponse = z.infer<typeof SessionResponseSchema>;

/** "data": the manifest, glossaries, context schemas: files that are not regulation files. */
export const FileKindSchema = z.enum(["general", "supplement", "deviation", "data"]);
export type FileKind = z.infer<typeof FileKindSchema>;

export const FileEntrySchema = z.object({
  /** Relative to the version folder: `art-22/iiw.yaml`, `manifest.yaml`. */
  path: z.string(),
  kind: FileKindSchema,
  article: z.union([z.number(), z.string()]).optional(),
  title: z.string().optional(),
  faculty: z.string().optional(),
  campus: z.string().optional(),
  programmes: z.array(z.string()).readonly().optional(),
});
export type FileEntry = z.infer<typeof FileEntrySchema>;

/** `GET /api/versions` → VersionEntry[]. */
export const VersionEntrySchema = z.object({
  set: z.string(),
  year: z.string(),
  title: z.string(),
  files: z.array(FileEntrySchema).readonly(),
});
export type VersionEntry = z.infer<typeof VersionEntrySchema>;

/**
 * `GET /api/versions/<set>/<year>/files`: every file of the version (path in the version → text)
 * in one answer, for the editor's language service (one request instead of one per file).
 */
export const VersionFilesResponseSchema = z.object({ files: z.record(z.string()) });
export type VersionFilesResponse = z.infer<typeof VersionFilesResponseSchema>;

/** `GET /api/files/<set>/<year>/<path>`; `hash` is the SHA-256 (hex) of `content`, also sent as the ETag. */
export const FileResponseSchema = z.object({
  content: z.string(),
  hash: z.string(),
  /** Who wrote the text as it is now, and when (ISO 8601), when the audit log knows. */
  modified_by: z.string().optional(),
  modified_at: z.string().optional(),
});
export type FileResponse = z.infer<typeof FileResponseSchema>;

/**
 * `PUT /api/files/<set>/<year>/<path>` with the headers `If-Match: <hash>` and `X-CSRF-Token`; a
 * file that does not exist yet (a faculty's first supplement on an article) with `If-None-Match: *`.
 */
export const SaveRequestSchema = z.object({ content: z.string() });
export type SaveRequest = z.infer<typeof SaveRequestSchema>;

export const WireDiagnosticSchema = z.object({
  code: z.string(),
  severity: z.enum(["error", "warning", "info"]),
  message: z.string(),
  line: z.number(),
  column: z.number(),
  endLine: z.number(),
  endColumn: z.number(),
  /** Relative to the edited file's version folder, or `<set>/<year>/<path>` for another version's file. */
  file: z.string(),
});
export type WireDiagnostic = z.infer<typeof WireDiagnosticSchema>;

export const TestOutcomeSchema = z.object({
  /** Relative to the version folder, like FileEntry.path. */
  file: z.string(),
  name: z.string(),
  passed: z.boolean(),
  failures: z.array(z.object({ key: z.string(), expected: z.string(), actual: z.string() })).readonly(),
});
export type TestOutcome = z.infer<typeof TestOutcomeSchema>;

/**
 * 200 (201 for a new file): written. 202: a faculty editor's deviation, kept as proposal `proposal`
 * until a central officer approves it (the file on disk is unchanged; `hash` is the proposal's content hash).
 */
export const SaveResponseSchema = z.object({
  hash: z.string(),
  /** Warnings and infos of the saved file (errors refuse the save: 422). */
  diagnostics: z.array(WireDiagnosticSchema).readonly(),
  /** The examples of the saved file and of every other file on the same article. */
  tests: z.array(TestOutcomeSchema).readonly(),
  proposal: z.number().optional(),
});
export type SaveResponse = z.infer<typeof SaveResponseSchema>;

/** 409: the file changed since the version the save was based on (or, creating, exists already). */
export const ConflictResponseSchema = z.object({
  error: z.string(),
  current: z.object({ content: z.string(), hash: z.string() }),
});
export type ConflictResponse = z.infer<typeof ConflictResponseSchema>;

/** 422: the file does not parse, or the version with it does not check. */
export const InvalidResponseSchema = z.object({
  error: z.string(),
  diagnostics: z.array(WireDiagnosticSchema).readonly(),
});
export type InvalidResponse = z.infer<typeof InvalidResponseSchema>;

/** Every other refusal (400, 401, 403, 404, 413, 429). */
export const ErrorResponseSchema = z.object({ error: z.string() });
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;

export const AuditActionSchema = z.enum(["save", "restore", "propose", "approve", "reject"]);
export type AuditAction = z.infer<typeof AuditActionSchema>;

/** `GET /api/audit?file=<set>/<year>/<path>` (or without `file`: the whole log, newest first). */
export const AuditEntrySchema = z.object({
  id: z.number(),
  file: z.string(),
  user: z.string(),
  at: z.string(),
  action: AuditActionSchema,
  old_hash: z.string(),
  new_hash: z.string(),
  /** A unified diff of the change (for a proposal: of what it proposes). */
  diff: z.string(),
  /** For an approval: the approval reference the file now cites. */
  reference: z.string().nullable(),
  proposal: z.number().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/** `POST /api/restore/<set>/<year>/<path>` with `If-Match`: the file as it was after (or before) audit entry `entry`. */
export const RestoreRequestSchema = z.object({ entry: z.number().int(), side: z.enum(["after", "before"]).optional() });
export type RestoreRequest = z.infer<typeof RestoreRequestSchema>;

export const ProposalStateSchema = z.enum(["pending", "approved", "rejected"]);
export type ProposalState = z.infer<typeof ProposalStateSchema>;

/** `GET /api/proposals` (without content), `GET /api/proposals/<id>` (with). */
export const ProposalEntrySchema = z.object({
  id: z.number(),
  file: z.string(),
  user: z.string(),
  at: z.string(),
  base_hash: z.string(),
  hash: z.string(),
  state: ProposalStateSchema,
  decided_by: z.string().nullable(),
  reference: z.string().nullable(),
  content: z.string().optional(),
});
export type ProposalEntry = z.infer<typeof ProposalEntrySchema>;

/** `POST /api/proposals/<id>/approve` (central): the Academic Council's approval the file will cite. */
export const ApproveRequestSchema = z.object({ reference: z.string() });
export type ApproveRequest = z.infer<typeof ApproveRequestSchema>;

/** `POST /api/users` (admin). */
export const NewUserRequestSchema = z.object({
  name: z.string(),
  role: RoleSchema,
  faculty: z.string().nullable().optional(),
  password: z.string(),
});
export type NewUserRequest = z.infer<typeof NewUserRequestSchema>;
