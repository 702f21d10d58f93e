/**
 * The editor server's routes and roles against a real server on 127.0.0.1 with a real SQLite file:
 * sessions and CSRF, reading, saving (200, 409, 422, 400), every cross-faculty write refused (403),
 * deviations as proposals until a central approval, history and restore, accounts, the page.
 */
import { addAccount } from "../../../editor/server/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, diskHash, diskText, GENERAL_22, HIW_22, IIW_22, MANIFEST, startFixture, touched, type Fixture } from "./server-fixture.js";

let fixture: Fixture;
beforeAll(async () => {
  fixture = await startFixture();
}, 180_000);
afterAll(async () => fixture?.close());

describe("sessions", () => {
  it("logs in with an HttpOnly SameSite=Strict cookie and a CSRF token; logs out", async () => {
    const client = new Client(fixture.url);
    const account = fixture.accounts.find((a) => a.name === "editor-iiw")!;
    const login = await client.request("POST", "/api/login", { user: "editor-iiw", password: account.password });
    expect(login.status).toBe(200);
    expect(login.body.user).toEqual({ name: "editor-iiw", role: "faculty-editor", faculty: "IIW" });
    const cookie = login.headers.get("set-cookie")!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toMatch(/Secure/); // plain HTTP on loopback; Secure over TLS
    expect((await client.get("/api/session")).body.csrf).toBe(login.body.csrf);
    expect((await client.request("POST", "/api/logout", {})).status).toBe(200);
    expect((await client.get("/api/session")).status).toBe(401);
    expect((await client.get("/api/versions")).status).toBe(401);
  });

  it("refuses a wrong password, and limits failed attempts per account", async () => {
    const client = new Client(fixture.url);
    addAccount(fixture.db, "limited", "viewer", null, "the right password");
    for (let i = 0; i < 5; i++) expect((await client.request("POST", "/api/login", { user: "limited", password: "wrong-password" })).status).toBe(401);
    expect((await client.request("POST", "/api/login", { user: "limited", password: "the right password" })).status).toBe(429);
  });

  it("refuses a write without the CSRF token, and a request without a session", async () => {
    const client = await Client.login(fixture, "editor-iiw");
    const file = await client.get(`/api/files/${IIW_22}`);
    const put = await client.request("PUT", `/api/files/${IIW_22}`, { content: file.body.content + "# x\n" }, { "if-match": file.body.hash, "x-csrf-token": "forged" });
    expect(put.status).toBe(403);
    expect(diskHash(fixture, IIW_22)).toBe(file.body.hash);
    expect((await new Client(fixture.url).get(`/api/files/${IIW_22}`)).status).toBe(401);
  });
});

describe("reading", () => {
  it("lists the versions and their files with kind, article and scope", async () => {
    const viewer = await Client.login(fixture, "viewer");
    const versions = (await viewer.get("/api/versions")).body as any[];
    const oer = versions.find((v) => v.set === "kuleuven-oer" && v.year === "2020-2021");
    expect(oer.title).toMatch(/Onderwijs- en examenreglement/);
    expect(oer.files).toContainEqual(expect.objectContaining({ path: "art-22/iiw.yaml", kind: "supplement", article: 22, faculty: "IIW" }));
    expect(oer.files).toContainEqual({ path: "manifest.yaml", kind: "data" });
  });

  it("gives a file's content and its SHA-256; 400 for a path that is not a file of the version", async () => {
    const viewer = await Client.login(fixture, "viewer");
    const file = await viewer.get(`/api/files/${IIW_22}`);
    expect(file.status).toBe(200);
    expect(file.body.content).toBe(diskText(fixture, IIW_22));
    expect(file.body.hash).toBe(diskHash(fixture, IIW_22));
    expect((await viewer.get("/api/files/kuleuven-oer/2020-2021/art-22/nope.yaml")).status).toBe(400);
    expect((await viewer.get("/api/files/kuleuven-oer/1999-2000/manifest.yaml")).status).toBe(400);
  });
});

describe("saving", () => {
  it("writes a faculty editor's supplement, with the article's tests and an audit entry", async () => {
    const client = await Client.login(fixture, "editor-iiw");
    const save = await client.edit(IIW_22, touched("saving test"));
    expect(save.status).toBe(200);
    expect(save.body.hash).toBe(diskHash(fixture, IIW_22));
    expect(diskText(fixture, IIW_22)).toMatch(/# saving test\n$/);
    const files = new Set(save.body.tests.map((t: any) => t.file));
    expect(files).toContain("art-22/iiw.yaml");
    expect(files).toContain("art-22/general.yaml");
    expect([...files].every((f) => String(f).startsWith("art-22/"))).toBe(true);
    expect(save.body.tests.every((t: any) => t.passed)).toBe(true);
    const audit = (await client.get(`/api/audit?file=${IIW_22}`)).body;
    expect(audit[0]).toMatchObject({ user: "editor-iiw", action: "save", new_hash: save.body.hash });
    expect(audit[0].diff).toMatch(/\+# saving test/);
    const read = await client.get(`/api/files/${IIW_22}`);
    expect(read.body).toMatchObject({ modified_by: "editor-iiw" });
  });

  it("refuses a stale save with 409 and the current version", async () => {
    const client = await Client.login(fixture, "editor-iiw");
    const base = await client.get(`/api/files/${IIW_22}`);
    expect((await client.put(IIW_22, base.body.content + "# first\n", base.body.hash)).status).toBe(200);
    const stale = await client.put(IIW_22, base.body.content + "# second\n", base.body.hash);
    expect(stale.status).toBe(409);
    expect(stale.body.current.content).toBe(base.body.content + "# first\n");
    expect(stale.body.current.hash).toBe(diskHash(fixture, IIW_22));
  });

  it("refuses a file that does not parse or check with 422 and positioned diagnostics, writing nothing", async () => {
    const client = await Client.login(fixture, "editor-iiw");
    const before = diskText(fixture, IIW_22);
    const broken = await client.edit(IIW_22, (c) => c.replace("exception to art22.minimum_credits", "exception to art22.minimum_creditz"));
    expect(broken.status).toBe(422);
    const d = broken.body.diagnostics[0];
    expect(d).toMatchObject({ severity: "error", file: "art-22/iiw.yaml" });
    expect(d.line).toBe(before.split("\n").findIndex((l) => l.includes("exception to art22.minimum_credits")) + 1);
    expect(d.column).toBeGreaterThan(1);
    expect(diskText(fixture, IIW_22)).toBe(before);
    const yaml = await client.edit(IIW_22, (c) => c.replace("kind: supplement", "kind: [supplement"));
    expect(yaml.status).toBe(422);
    expect(diskText(fixture, IIW_22)).toBe(before);
  });

  it("refuses a supplement that touches a point not open to faculties, with the hint that it would be a deviation", async () => {
    const client = await Client.login(fixture, "editor-iiw");
    const save = await client.edit(IIW_22, (c) => c.replace("exception to art22.minimum_credits", "exception to art22.maximum_credits"));
    expect(save.status).toBe(422);
    expect(save.body.diagnostics.map((d: any) => d.message).join("\n")).toMatch(/kind: deviation/);
  });

  it("lets a central officer write a general text and a manifest", async () => {
    const central = await Client.login(fixture, "central");
    expect((await central.edit(GENERAL_22, touched("central"))).status).toBe(200);
    expect((await central.edit(MANIFEST, touched("central"))).status).toBe(200);
  });

  it("refuses with 403 every write outside the account's rights, writing nothing", async () => {
    const versions = (await (await Client.login(fixture, "viewer")).get("/api/versions")).body as any[];
    const oer = versions.find((v) => v.set === "kuleuven-oer")!;
    const faculties = fixture.accounts.filter((a) => a.role === "faculty-editor");
    // A supplement of another faculty, for every faculty editor.
    for (const editor of faculties) {
      const other = oer.files.find((f: any) => f.kind === "supplement" && f.faculty !== editor.faculty);
      const client = await Client.login(fixture, editor.name);
      const file = `kuleuven-oer/2020-2021/${other.path}`;
      const before = diskHash(fixture, file);
      const reply = await client.edit(file, touched("cross-faculty"));
      expect(reply.status, `${editor.name} writing ${file}`).toBe(403);
      expect(diskHash(fixture, file)).toBe(before);
    }
    const iiw = await Client.login(fixture, "editor-iiw");
    expect((await iiw.edit(GENERAL_22, touched("x"))).status).toBe(403);
    expect((await iiw.edit(MANIFEST, touched("x"))).status).toBe(403);
    // Moving one's own file to another faculty is a write outside the faculty too.
    expect((await iiw.edit(IIW_22, (c) => c.replace("faculty: IIW", "faculty: WET"))).status).toBe(403);
    for (const name of ["viewer", "admin"]) expect((await (await Client.login(fixture, name)).edit(IIW_22, touched("x"))).status).toBe(403);
    expect((await (await Client.login(fixture, "central")).edit(IIW_22, touched("x"))).status).toBe(403);
  });
});

describe("deviations", () => {
  it("keeps a faculty's deviation as a proposal until a central officer approves it with a reference", async () => {
    const hiw = await Client.login(fixture, "editor-hiw");
    const before = diskText(fixture, HIW_22);
    const proposed = await hiw.edit(HIW_22, touched("proposed"));
    expect(proposed.status).toBe(202);
    expect(diskText(fixture, HIW_22)).toBe(before);
    const id = proposed.body.proposal;
    expect((await hiw.get("/api/proposals?state=pending")).body.map((p: any) => p.id)).toContain(id);
    expect((await hiw.request("POST", `/api/proposals/${id}/approve`, { reference: "AR 2020-12-01" })).status).toBe(403);

    const central = await Client.login(fixture, "central");
    const approved = await central.request("POST", `/api/proposals/${id}/approve`, { reference: "Academische Raad 2020-12-01, punt 7" });
    expect(approved.status).toBe(200);
    const after = diskText(fixture, HIW_22);
    expect(after).toMatch(/^approval: "Academische Raad 2020-12-01, punt 7"$/m);
    expect(after).toMatch(/# proposed\n$/);
    const audit = (await central.get(`/api/audit?file=${HIW_22}`)).body;
    expect(audit.slice(0, 2).map((e: any) => [e.action, e.user])).toEqual([
      ["approve", "central"],
      ["propose", "editor-hiw"],
    ]);
    expect(audit[0]).toMatchObject({ reference: "Academische Raad 2020-12-01, punt 7", proposal: id });
    expect((await central.request("POST", `/api/proposals/${id}/approve`, { reference: "again" })).status).toBe(409);
  });

  it("checks a supplement turned deviation before it has an approval; a rejected proposal leaves the file as it was", async () => {
    const iiw = await Client.login(fixture, "editor-iiw");
    const proposed = await iiw.edit(IIW_22, (c) => c.replace("kind: supplement", "kind: deviation").replace("exception to art22.minimum_credits", "exception to art22.maximum_credits"));
    expect(proposed.status).toBe(202);
    const central = await Client.login(fixture, "central");
    const rejected = await central.request("POST", `/api/proposals/${proposed.body.proposal}/reject`, {});
    expect(rejected.status).toBe(200);
    expect((await central.get(`/api/proposals/${proposed.body.proposal}`)).body).toMatchObject({ state: "rejected", decided_by: "central" });
    expect(diskText(fixture, IIW_22)).toMatch(/^kind: supplement$/m);
  });
});

describe("history", () => {
  it("restores an earlier version as a new, audited change", async () => {
    const client = await Client.login(fixture, "editor-iiw");
    const original = diskText(fixture, IIW_22);
    const first = await client.edit(IIW_22, touched("history one"));
    await client.edit(IIW_22, touched("history two"));
    const audit = (await client.get(`/api/audit?file=${IIW_22}`)).body;
    const entry = audit.find((e: any) => e.new_hash === first.body.hash);
    const restored = await client.request("POST", `/api/restore/${IIW_22}`, { entry: entry.id }, { "if-match": diskHash(fixture, IIW_22) });
    expect(restored.status).toBe(200);
    expect(diskText(fixture, IIW_22)).toBe(original + "# history one\n");
    expect((await client.get(`/api/audit?file=${IIW_22}`)).body[0]).toMatchObject({ action: "restore", user: "editor-iiw", new_hash: first.body.hash });
    const back = await client.request("POST", `/api/restore/${IIW_22}`, { entry: entry.id, side: "before" }, { "if-match": diskHash(fixture, IIW_22) });
    expect(back.status).toBe(200);
    expect(diskText(fixture, IIW_22)).toBe(original);
    expect((await client.request("POST", `/api/restore/${IIW_22}`, { entry: 999999 }, { "if-match": diskHash(fixture, IIW_22) })).status).toBe(404);
  });
});

describe("accounts", () => {
  it("lets an administrator list, add and disable accounts, and nobody else", async () => {
    const admin = await Client.login(fixture, "admin");
    expect((await admin.get("/api/users")).body.map((u: any) => u.name)).toContain("editor-iiw");
    const added = await admin.request("POST", "/api/users", { name: "new-editor", role: "faculty-editor", faculty: "IIW", password: "a long password" });
    expect(added.status).toBe(201);
    const newcomer = await Client.login({ url: fixture.url, accounts: [{ name: "new-editor", role: "faculty-editor", faculty: "IIW", password: "a long password" }] }, "new-editor");
    expect((await newcomer.get("/api/session")).status).toBe(200);
    expect((await admin.request("POST", "/api/users/new-editor/disable", {})).status).toBe(200);
    expect((await newcomer.get("/api/session")).status).toBe(401);
    const central = await Client.login(fixture, "central");
    expect((await central.get("/api/users")).status).toBe(403);
    expect((await central.request("POST", "/api/users", { name: "x1", role: "admin", password: "a long password" })).status).toBe(403);
  });
});

describe("the editor page", () => {
  it("serves a page saying how to build the editor, for / and /edit/*, with a strict content-security policy", async () => {
    for (const path of ["/", "/edit/kuleuven-oer/2020-2021/art-22/iiw.yaml"]) {
      const page = await fetch(fixture.url + path);
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/npm run build:editor/);
      const csp = page.headers.get("content-security-policy")!;
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
    }
    expect((await fetch(fixture.url + "/api/nothing")).status).toBe(401);
  });
});
