/**
 * The editor's side of the editor ↔ server contract (JSON over HTTP): the versions and their files,
 * a file's content with its hash, and saving with If-Match and a CSRF token. Until the server's
 * editor/protocol.ts and these types are unified, this file is the editor's copy of the contract.
 */

export type FileKind = "general" | "supplement" | "deviation" | "data";

export interface VersionFile {
  /** Relative to the version folder: `art-22/iiw.yaml`. */
  readonly path: string;
  readonly kind: FileKind | string;
  readonly article?: number | string | null;
  readonly title?: string;
  readonly faculty?: string;
  readonly campus?: string;
  readonly programmes?: readonly string[];
}

export interface VersionEntry {
  readonly set: string;
  readonly year: string;
  readonly title: string;
  readonly files: readonly VersionFile[];
}

export interface FileContent {
  readonly content: string;
  readonly hash: string;
  readonly modified_by?: string;
  readonly modified_at?: string;
}

export interface ServerDiagnostic {
  readonly code: string;
  readonly severity: string;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly file: string;
}

export interface SessionUser {
  readonly name: string;
  readonly role: string;
  readonly faculty?: string;
}

export type SaveResult =
  | { readonly status: "saved"; readonly hash: string }
  | { readonly status: "conflict"; readonly current: { readonly content: string; readonly hash: string } }
  | { readonly status: "invalid"; readonly diagnostics: readonly ServerDiagnostic[] }
  | { readonly status: "forbidden" | "unavailable"; readonly message: string };

/** The workspace URI of a file of a version: its path as in the regulations folder. */
export function uriOf(set: string, year: string, path: string): string {
  return `regulations/${set}/${year}/${path}`;
}

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

export async function fetchVersions(): Promise<VersionEntry[]> {
  return json(await fetch("/api/versions"));
}

export async function fetchFile(set: string, year: string, path: string): Promise<FileContent> {
  return json(await fetch(`/api/files/${encodeURIComponent(set)}/${encodeURIComponent(year)}/${path.split("/").map(encodeURIComponent).join("/")}`));
}

/** The signed-in user and CSRF token, or null: no session, or no server that keeps them (read-only). */
export async function fetchSession(): Promise<{ user: SessionUser; csrf: string } | null> {
  try {
    const response = await fetch("/api/session");
    return response.ok ? ((await response.json()) as { user: SessionUser; csrf: string }) : null;
  } catch {
    return null;
  }
}

export async function saveFile(set: string, year: string, path: string, content: string, hash: string, csrf: string): Promise<SaveResult> {
  const response = await fetch(`/api/files/${set}/${year}/${path}`, {
    method: "PUT",
    headers: { "Content-Type": "application/json", "If-Match": hash, "X-CSRF-Token": csrf },
    body: JSON.stringify({ content }),
  });
  if (response.status === 200) return { status: "saved", hash: ((await response.json()) as { hash: string }).hash };
  if (response.status === 409) return { status: "conflict", current: ((await response.json()) as { current: { content: string; hash: string } }).current };
  if (response.status === 422) return { status: "invalid", diagnostics: ((await response.json()) as { diagnostics: ServerDiagnostic[] }).diagnostics };
  if (response.status === 403) return { status: "forbidden", message: "403" };
  return { status: "unavailable", message: `HTTP ${response.status}` };
}
