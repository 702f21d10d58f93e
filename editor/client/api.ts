/**
 * The editor's side of the editor ↔ server contract (JSON over HTTP): the versions and their files,
 * and a file's content with its hash (the editor is read-only until saving is built). Until the server's
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
