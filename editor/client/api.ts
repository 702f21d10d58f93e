/**
 * The editor's side of the editor ↔ server contract (editor/protocol.ts): every answer checked
 * against the protocol's schemas, the session's CSRF token sent with every write, and a save's
 * answer sorted into what the editor does with it (saved, proposed, conflict, does not check,
 * refused). No shapes of its own: the protocol is the one definition.
 */
import { z } from "zod";
import {
  ConflictResponseSchema,
  ErrorResponseSchema,
  FileResponseSchema,
  InvalidResponseSchema,
  ProposalEntrySchema,
  SaveResponseSchema,
  SessionResponseSchema,
  VersionEntrySchema,
  VersionFilesResponseSchema,
  type ConflictResponse,
  type FileResponse,
  type InvalidResponse,
  type ProposalEntry,
  type SaveResponse,
  type SessionResponse,
  type VersionEntry,
} from "../protocol.js";

/** A refusal or a broken answer: the HTTP status (0: no answer at all) and the server's words. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
  ) {
    super(`HTTP ${status}: ${detail}`);
  }
}

/** The workspace URI of a file of a version: `<set>/<year>/<path>`, as the server names it. */
export function uriOf(set: string, year: string, path: string): string {
  return `regulations/${set}/${year}/${path}`;
}

const fileUrl = (set: string, year: string, path: string) => `/api/files/${encodeURIComponent(set)}/${encodeURIComponent(year)}/${path.split("/").map(encodeURIComponent).join("/")}`;

let csrf = "";

async function request(url: string, init: RequestInit = {}): Promise<Response> {
  const write = init.method !== undefined && init.method !== "GET";
  try {
    return await fetch(url, { ...init, headers: { ...(init.body ? { "content-type": "application/json" } : {}), ...(write ? { "x-csrf-token": csrf } : {}), ...(init.headers as Record<string, string> | undefined) } });
  } catch (error) {
    throw new ApiError(0, error instanceof Error ? error.message : String(error));
  }
}

async function body<S extends z.ZodTypeAny>(response: Response, schema: S): Promise<z.infer<S>> {
  let data: unknown;
  try {
    data = await response.json();
  } catch {
    throw new ApiError(response.status, `${response.url}: not JSON`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new ApiError(response.status, `${new URL(response.url).pathname}: the answer does not follow the protocol (${parsed.error.issues.slice(0, 2).map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")})`);
  return parsed.data;
}

async function expectOk<S extends z.ZodTypeAny>(response: Response, schema: S): Promise<z.infer<S>> {
  if (!response.ok) throw await refusal(response);
  return body(response, schema);
}

async function refusal(response: Response): Promise<ApiError> {
  const error = ErrorResponseSchema.safeParse(await response.json().catch(() => null));
  return new ApiError(response.status, error.success ? error.data.error : response.statusText);
}

/** The session of the browser's cookie, or null when not logged in. */
export async function currentSession(): Promise<SessionResponse | null> {
  const response = await request("/api/session");
  if (response.status === 401) return null;
  const session = await expectOk(response, SessionResponseSchema);
  csrf = session.csrf;
  return session;
}

export async function login(user: string, password: string): Promise<SessionResponse> {
  const session = await expectOk(await request("/api/login", { method: "POST", body: JSON.stringify({ user, password }) }), SessionResponseSchema);
  csrf = session.csrf;
  return session;
}

export async function logout(): Promise<void> {
  await request("/api/logout", { method: "POST", body: "{}" });
  csrf = "";
}

export async function fetchVersions(): Promise<VersionEntry[]> {
  return [...(await expectOk(await request("/api/versions"), z.array(VersionEntrySchema)))];
}

/** Every file of a version, by path in the version, in one request. */
export async function fetchVersionFiles(set: string, year: string): Promise<Record<string, string>> {
  return (await expectOk(await request(`/api/versions/${encodeURIComponent(set)}/${encodeURIComponent(year)}/files`), VersionFilesResponseSchema)).files;
}

/** A file's text with its hash and last author; null when the version has no such file (yet). */
export async function fetchFile(set: string, year: string, path: string): Promise<FileResponse | null> {
  const response = await request(fileUrl(set, year, path));
  if (response.status === 400 || response.status === 404) return null;
  return expectOk(response, FileResponseSchema);
}

export async function fetchProposal(id: number): Promise<ProposalEntry> {
  return expectOk(await request(`/api/proposals/${id}`), ProposalEntrySchema);
}

export type SaveResult =
  | { readonly kind: "saved"; readonly body: SaveResponse }
  | { readonly kind: "proposed"; readonly body: SaveResponse & { readonly proposal: number } }
  | { readonly kind: "conflict"; readonly body: ConflictResponse }
  | { readonly kind: "invalid"; readonly body: InvalidResponse };

/**
 * PUT the text based on the version with hash `base` (`If-Match`), or as a new file (`base` null:
 * `If-None-Match: *`). Refusals other than a conflict or a check (401, 403, 413, 429, …) throw ApiError.
 */
export async function saveFile(set: string, year: string, path: string, content: string, base: string | null): Promise<SaveResult> {
  const response = await request(fileUrl(set, year, path), { method: "PUT", body: JSON.stringify({ content }), headers: base === null ? { "if-none-match": "*" } : { "if-match": `"${base}"` } });
  if (response.status === 409) return { kind: "conflict", body: await body(response, ConflictResponseSchema) };
  if (response.status === 422) return { kind: "invalid", body: await body(response, InvalidResponseSchema) };
  const saved = await expectOk(response, SaveResponseSchema);
  if (response.status === 202 && saved.proposal !== undefined) return { kind: "proposed", body: { ...saved, proposal: saved.proposal } };
  return { kind: "saved", body: saved };
}
