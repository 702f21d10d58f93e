/**
 * Benchmark: the editor server on 127.0.0.1 over a temporary copy of the bundled regulations. 50
 * concurrent clients save (each its own supplement, so no save is refused as stale), then 50
 * concurrent clients read files; prints per second and p50/p99 latency. Run with
 * `npm run bench:server [saves-per-client] [reads-per-client]`; it asserts nothing about speed.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { createDemoAccounts, createServer, facultiesOf, listen, openDatabase } from "../../editor/server/index.js";

const CLIENTS = 50;
const SAVES = Number(process.argv[2] ?? 2);
const READS = Number(process.argv[3] ?? 40);

const dir = mkdtempSync(join(tmpdir(), "regelwerk-server-bench-"));
const root = join(dir, "regulations");
cpSync("regulations", root, { recursive: true });
const db = openDatabase(join(dir, "editor.db"));
const server = createServer({ root, db });
const accounts = createDemoAccounts(db, facultiesOf(server.editor.check));
const url = await listen(server, 0);

async function login(name: string): Promise<{ cookie: string; csrf: string }> {
  const password = accounts.find((a) => a.name === name)!.password;
  const response = await fetch(`${url}/api/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ user: name, password }) });
  return { cookie: response.headers.get("set-cookie")!.split(";")[0]!, csrf: ((await response.json()) as { csrf: string }).csrf };
}

function report(label: string, times: number[], wallMs: number): void {
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
  console.log(`${label}: ${times.length} in ${(wallMs / 1000).toFixed(1)} s = ${((times.length * 1000) / wallMs).toFixed(1)}/s; latency p50 ${at(0.5)} ms, p99 ${at(0.99)} ms`);
}

const oer = server.editor.check.versions().find((v) => v.set === "kuleuven-oer")!;
const files = oer.files.filter((f) => f.kind === "supplement").slice(0, CLIENTS);
const sessions = await Promise.all(files.map((f) => login(`editor-${f.faculty!.toLowerCase()}`)));

const saveTimes: number[] = [];
let refused = 0;
let start = performance.now();
await Promise.all(
  files.map(async (f, i) => {
    const path = `${url}/api/files/kuleuven-oer/2020-2021/${f.path}`;
    const { cookie, csrf } = sessions[i]!;
    for (let n = 0; n < SAVES; n++) {
      const current = (await (await fetch(path, { headers: { cookie } })).json()) as { content: string; hash: string };
      const t = performance.now();
      const response = await fetch(path, { method: "PUT", headers: { cookie, "x-csrf-token": csrf, "if-match": current.hash, "content-type": "application/json" }, body: JSON.stringify({ content: `${current.content}# bench ${n}\n` }) });
      await response.arrayBuffer();
      saveTimes.push(performance.now() - t);
      if (response.status !== 200) refused++;
    }
  }),
);
report(`saves (${CLIENTS} clients × ${SAVES}, each on its own file; ${refused} not 200)`, saveTimes, performance.now() - start);

const readTimes: number[] = [];
start = performance.now();
await Promise.all(
  files.map(async (f, i) => {
    const { cookie } = sessions[i]!;
    for (let n = 0; n < READS; n++) {
      const t = performance.now();
      await (await fetch(`${url}/api/files/kuleuven-oer/2020-2021/${files[(i + n) % files.length]!.path}`, { headers: { cookie } })).arrayBuffer();
      readTimes.push(performance.now() - t);
    }
  }),
);
report(`reads (${CLIENTS} clients × ${READS})`, readTimes, performance.now() - start);

await server.close();
db.close();
rmSync(dir, { recursive: true, force: true });
