/**
 * Concurrent saves against a real server: 50 clients saving one file from the same base — exactly
 * one is written, 49 get 409, and the audit log and the file agree; then 50 clients on 50 files —
 * all are written. And refused requests (path traversal, oversized bodies) write nothing.
 */
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BODY_LIMIT } from "../../../editor/server/index.js";
import { Client, diskHash, IIW_22, startFixture, treeHashes, type Fixture } from "./server-fixture.js";

let fixture: Fixture;
beforeAll(async () => {
  fixture = await startFixture();
}, 180_000);
afterAll(async () => fixture?.close());

describe("concurrent saves", () => {
  it("50 clients on one file from the same base: one 200, 49 × 409; the audit log and the file agree", async () => {
    const clients = await Promise.all(Array.from({ length: 50 }, () => Client.login(fixture, "editor-iiw")));
    const base = await clients[0]!.get(`/api/files/${IIW_22}`);
    const replies = await Promise.all(clients.map((c, i) => c.put(IIW_22, `${base.body.content}# client ${i}\n`, base.body.hash)));
    const statuses = replies.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    const winner = replies.find((r) => r.status === 200)!;
    expect(diskHash(fixture, IIW_22)).toBe(winner.body.hash);
    const audit = (await clients[0]!.get(`/api/audit?file=${IIW_22}`)).body;
    expect(audit.filter((e: any) => e.old_hash === base.body.hash)).toHaveLength(1);
    expect(audit[0].new_hash).toBe(winner.body.hash);
    for (const r of replies.filter((r) => r.status === 409)) expect(r.body.current.hash).toBe(winner.body.hash);
  }, 120_000);

  it("50 clients on 50 files: all are written, each file matching its audit entry", async () => {
    const viewer = await Client.login(fixture, "viewer");
    const oer = ((await viewer.get("/api/versions")).body as any[]).find((v) => v.set === "kuleuven-oer");
    const files = (oer.files as any[]).filter((f) => f.kind === "supplement").slice(0, 50);
    expect(files).toHaveLength(50);
    const replies = await Promise.all(
      files.map(async (f) => {
        const client = await Client.login(fixture, `editor-${String(f.faculty).toLowerCase()}`);
        return client.edit(`kuleuven-oer/2020-2021/${f.path}`, (c) => `${c}# parallel\n`);
      }),
    );
    expect(replies.map((r) => r.status)).toEqual(files.map(() => 200));
    const last = fixture.server.editor.audit.lastWrites();
    for (const [i, f] of files.entries()) {
      const file = `kuleuven-oer/2020-2021/${f.path}`;
      expect(diskHash(fixture, file)).toBe(replies[i]!.body.hash);
      expect(last.get(file)).toBe(replies[i]!.body.hash);
    }
  }, 300_000);
});

describe("refused requests write nothing", () => {
  it("path traversal, absolute paths and symlinks out of the root", async () => {
    const outside = mkdtempSync(join(tmpdir(), "regelwerk-outside-"));
    writeFileSync(join(outside, "outside.yaml"), "outside\n");
    symlinkSync(join(outside, "outside.yaml"), join(fixture.root, "kuleuven-oer/2020-2021/art-22/link-out.yaml"));
    symlinkSync(outside, join(fixture.root, "kuleuven-oer/2020-2021/dir-out"));
    const before = treeHashes(fixture);
    const central = await Client.login(fixture, "central");
    const content = { content: "id: x\n" };
    const attempts = [
      "/api/files/kuleuven-oer/2020-2021/..%2F..%2F..%2Fescape.yaml",
      "/api/files/kuleuven-oer/2020-2021/art-22/link-out.yaml",
      "/api/files/kuleuven-oer/2020-2021/dir-out/outside.yaml",
      "/api/files/kuleuven-oer/2020-2021/art-22/..%2Fgeneral.yaml",
      "/api/files/kuleuven-oer/2020-2021/%2Fetc%2Fpasswd.yaml",
      "/api/files/kuleuven-oer/2020-2021//etc/hosts.yaml",
      "/api/files/..%2F..%2F/2020-2021/manifest.yaml",
      "/api/files/kuleuven-oer/2020-2021/art-22/new-file.yaml",
    ];
    for (const path of attempts) {
      const reply = await central.request("PUT", path, content, { "if-match": "0".repeat(64) });
      expect([400, 404], `${path}: ${reply.status}`).toContain(reply.status);
    }
    expect(treeHashes(fixture)).toEqual(before);
    expect(readFileSync(join(outside, "outside.yaml"), "utf8")).toBe("outside\n");
    expect((await central.get("/api/files/kuleuven-oer/2020-2021/art-22/link-out.yaml")).status).toBe(400);
  });

  it("a body over the limit is refused with 413", async () => {
    const before = treeHashes(fixture);
    const iiw = await Client.login(fixture, "editor-iiw");
    const reply = await iiw.put(IIW_22, "x".repeat(BODY_LIMIT + 1), diskHash(fixture, IIW_22));
    expect(reply.status).toBe(413);
    expect(treeHashes(fixture)).toEqual(before);
  });
});
