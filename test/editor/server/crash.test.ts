/**
 * A crash in the middle of saving: the server process (`regelwerk serve`) is killed with SIGKILL
 * during a stream of saves, then started again on the same folder and database. Every file still
 * loads, each file written through the server has the hash of its last audited write, and the
 * database opens cleanly.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { addAccount, contentHash, openDatabase } from "../../../editor/server/index.js";
import { nodeFileSystem } from "../../../engine/node/index.js";
import { openVersion } from "../../../engine/index.js";
import { Client } from "./server-fixture.js";

const dir = mkdtempSync(join(tmpdir(), "regelwerk-crash-test-"));
const root = join(dir, "regulations");
const dbFile = join(dir, "editor.db");
const running: ChildProcess[] = [];
afterAll(() => {
  for (const child of running) child.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

/** `regelwerk serve` on a free port; resolves with its URL once it listens. */
function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ["bin/regelwerk.js", "serve", "--port", "0", "--root", root, "--db", dbFile], { stdio: ["ignore", "pipe", "pipe"] });
  running.push(child);
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk) => {
      out += String(chunk);
      const url = /listening on (\S+)/.exec(out)?.[1];
      if (url) resolve({ child, url });
    });
    child.on("exit", (code) => reject(new Error(`server exited (${code}) before listening: ${out}`)));
  });
}

const FILES = ["art-22/iiw.yaml", "art-25/ing.yaml", "art-47/ppw.yaml"].map((f) => `kuleuven-oer/2020-2021/${f}`);
const ACCOUNTS = { "art-22/iiw.yaml": "iiw", "art-25/ing.yaml": "ing", "art-47/ppw.yaml": "ppw" } as const;

it("leaves every file whole and equal to its last audited write after SIGKILL during saves", async () => {
  cpSync("regulations", root, { recursive: true });
  const setup = openDatabase(dbFile);
  for (const faculty of Object.values(ACCOUNTS)) addAccount(setup, `editor-${faculty}`, "faculty-editor", faculty.toUpperCase(), "crash-test-password");
  setup.close();
  const accounts = Object.values(ACCOUNTS).map((f) => ({ name: `editor-${f}`, role: "faculty-editor" as const, faculty: f.toUpperCase(), password: "crash-test-password" }));

  const first = await startServer();
  const writers = await Promise.all(FILES.map((file) => Client.login({ url: first.url, accounts }, `editor-${ACCOUNTS[file.split("/").slice(2).join("/") as keyof typeof ACCOUNTS]}`)));
  let saved = 0;
  let stop = false;
  const streams = FILES.map(async (file, i) => {
    for (let n = 0; !stop; n++) {
      try {
        const reply = await writers[i]!.edit(file, (c) => `${c}# crash stream ${n} ${"x".repeat(2000)}\n`);
        if (reply.status === 200) saved++;
      } catch {
        return; // the server is gone
      }
    }
  });
  while (saved < 4) await new Promise((r) => setTimeout(r, 20));
  first.child.kill("SIGKILL");
  stop = true;
  await Promise.all(streams);

  const second = await startServer();
  const db = openDatabase(dbFile);
  expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
  const last = new Map((db.prepare("SELECT file, new_hash FROM audit WHERE id IN (SELECT MAX(id) FROM audit WHERE state = 'done' AND action = 'save' GROUP BY file)").all() as { file: string; new_hash: string }[]).map((r) => [r.file, r.new_hash]));
  expect(db.prepare("SELECT COUNT(*) AS n FROM audit WHERE state = 'pending'").get()).toEqual({ n: 0 });
  db.close();
  expect(last.size).toBeGreaterThan(0);
  for (const [file, hash] of last) expect(contentHash(readFileSync(join(root, file), "utf8")), file).toBe(hash);
  const version = openVersion(nodeFileSystem, join(root, "kuleuven-oer/2020-2021"))!;
  expect(version.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const reader = await Client.login({ url: second.url, accounts }, "editor-iiw");
  expect((await reader.get(`/api/files/${FILES[0]}`)).status).toBe(200);
  second.child.kill("SIGTERM");
}, 240_000);
