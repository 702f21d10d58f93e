/**
 * The real editor server for the end-to-end tests and the editor benchmark: `regelwerk serve`
 * (the built CLI, bin/regelwerk.js) started as its own process on a temporary copy of the
 * regulations and a temporary database, on 127.0.0.1 and a port the system picks, with accounts
 * made by `regelwerk users add`. Needs `npm run build` (the CLI) and `npm run build:editor`.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext } from "playwright-core";
import { REGULATIONS, REPO } from "./regulations.js";

export const CLI = join(REPO, "bin", "regelwerk.js");

export interface Account {
  readonly name: string;
  readonly role: "viewer" | "faculty-editor" | "central" | "admin";
  readonly faculty?: string;
}

export interface RunningServer {
  readonly url: string;
  /** The temporary copy of `regulations/` the server edits. */
  readonly root: string;
  /** The password of every account (they are throw-away accounts of a throw-away database). */
  readonly password: string;
  /** Signs `context` in as `user` (the session cookie is kept by the browser context); the session's CSRF token. */
  signIn(context: BrowserContext, user: string): Promise<string>;
  stop(): Promise<void>;
}

const PASSWORD = "e2e-password-not-secret";

export async function startRealServer(accounts: readonly Account[]): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), "regelwerk-e2e-"));
  const root = join(dir, "regulations");
  const db = join(dir, "editor.db");
  cpSync(REGULATIONS, root, { recursive: true });
  for (const a of accounts) {
    execFileSync(process.execPath, [CLI, "users", "add", a.name, "--role", a.role, ...(a.faculty ? ["--faculty", a.faculty] : []), "--db", db], { input: PASSWORD, cwd: REPO, stdio: ["pipe", "ignore", "inherit"] });
  }
  const child: ChildProcess = spawn(process.execPath, [CLI, "serve", "--port", "0", "--root", root, "--db", db], { cwd: REPO, stdio: ["ignore", "pipe", "inherit"] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`regelwerk serve did not start: ${out}`)), 60_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const found = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    });
    child.once("exit", (code) => reject(new Error(`regelwerk serve exited with ${code}: ${out}`)));
  });
  return {
    url,
    root,
    password: PASSWORD,
    async signIn(context, user) {
      const response = await context.request.post(`${url}/api/login`, { data: { user, password: PASSWORD } });
      if (response.status() !== 200) throw new Error(`sign in ${user}: ${response.status()} ${await response.text()}`);
      return ((await response.json()) as { csrf: string }).csrf;
    },
    async stop() {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
