/**
 * A real editor server for tests: a temporary copy of the bundled regulations, a real SQLite file,
 * demo accounts, listening on 127.0.0.1 on a free port; and a small HTTP client with its session.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { contentHash, createDemoAccounts, createServer, facultiesOf, listen, openDatabase, type DemoAccount, type Db, type EditorServer } from "../../../editor/server/index.js";

export interface Fixture {
  readonly url: string;
  readonly root: string;
  readonly dbFile: string;
  readonly db: Db;
  readonly server: EditorServer;
  readonly accounts: readonly DemoAccount[];
  close(): Promise<void>;
}

export async function startFixture(): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), "regelwerk-server-test-"));
  const root = join(dir, "regulations");
  cpSync("regulations", root, { recursive: true });
  const dbFile = join(dir, "editor.db");
  const db = openDatabase(dbFile);
  const server = createServer({ root, db, editorDist: join(dir, "no-dist"), loginLimit: { perAccount: 5, perAddress: 1000, windowMs: 60_000 } });
  const accounts = createDemoAccounts(db, facultiesOf(server.editor.check));
  const url = await listen(server, 0);
  return {
    url,
    root,
    dbFile,
    db,
    server,
    accounts,
    close: async () => {
      await server.close();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Reply<T = any> {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
}

export class Client {
  cookie = "";
  csrf = "";

  constructor(readonly url: string) {}

  static async login(fixture: { url: string; accounts: readonly DemoAccount[] }, name: string): Promise<Client> {
    const account = fixture.accounts.find((a) => a.name === name);
    if (!account) throw new Error(`no demo account ${name}`);
    const client = new Client(fixture.url);
    const reply = await client.request("POST", "/api/login", { user: name, password: account.password });
    if (reply.status !== 200) throw new Error(`login ${name}: ${reply.status} ${JSON.stringify(reply.body)}`);
    return client;
  }

  async request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply<T>> {
    const response = await fetch(this.url + path, {
      method,
      headers: { ...(body !== undefined ? { "content-type": "application/json" } : {}), ...(this.cookie ? { cookie: this.cookie } : {}), ...(this.csrf && method !== "GET" ? { "x-csrf-token": this.csrf } : {}), ...headers },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    const setCookie = response.headers.get("set-cookie");
    if (setCookie) this.cookie = setCookie.split(";")[0]!;
    const text = await response.text();
    let parsed: any = text;
    try {
      parsed = JSON.parse(text);
    } catch {}
    if (path === "/api/login" && response.status === 200) this.csrf = parsed.csrf;
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  get(path: string) {
    return this.request("GET", path);
  }

  /** GET the file, then PUT `edit(content)` based on its hash. */
  async edit(file: string, edit: (content: string) => string) {
    const current = await this.get(`/api/files/${file}`);
    return this.put(file, edit(current.body.content), current.body.hash);
  }

  put(file: string, content: string, hash: string) {
    return this.request("PUT", `/api/files/${file}`, { content }, { "if-match": hash });
  }
}

export function diskText(fixture: Fixture, file: string): string {
  return readFileSync(join(fixture.root, file), "utf8");
}

export function diskHash(fixture: Fixture, file: string): string {
  return contentHash(diskText(fixture, file));
}

/** Every file under the root with its hash: to show a refused request wrote nothing. */
export function treeHashes(fixture: Fixture): Map<string, string> {
  const out = new Map<string, string>();
  for (const version of fixture.server.editor.check.versions()) for (const f of version.files) out.set(`${version.set}/${version.year}/${f.path}`, diskHash(fixture, `${version.set}/${version.year}/${f.path}`));
  return out;
}

export const IIW_22 = "kuleuven-oer/2020-2021/art-22/iiw.yaml";
export const HIW_22 = "kuleuven-oer/2020-2021/art-22/hiw.yaml";
export const GENERAL_22 = "kuleuven-oer/2020-2021/art-22/general.yaml";
export const MANIFEST = "kuleuven-oer/2020-2021/manifest.yaml";
/** Appends a YAML comment: a change that keeps the file valid. */
export const touched = (tag: string) => (content: string) => `${content}# ${tag}\n`;
