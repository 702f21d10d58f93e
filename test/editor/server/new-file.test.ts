/**
 * What the editor's saving needs of the server beyond the first routes: a faculty's first file on
 * an article created with `If-None-Match: *` (201; 409 once it exists; 403 for another faculty's
 * scope; 400 where the folder does not exist), a version's files in one answer, the hash as ETag,
 * and the one script allowed to evaluate strings.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictResponseSchema, SaveResponseSchema, VersionFilesResponseSchema } from "../../../editor/protocol.js";
import { Client, diskText, IIW_22, startFixture, type Fixture } from "./server-fixture.js";
import { LET_22, LET_FILE } from "../support/let-supplement.js";


let fixture: Fixture;
beforeAll(async () => {
  fixture = await startFixture();
}, 180_000);
afterAll(async () => fixture?.close());

const create = (client: Client, file: string, content: string) => client.request("PUT", `/api/files/${file}`, { content }, { "if-none-match": "*" });

describe("a new file", () => {
  it("is refused for another faculty's scope and written, audited, for the author's own (201)", async () => {
    const iiw = await Client.login(fixture, "editor-iiw");
    const refused = await create(iiw, LET_22, LET_FILE);
    expect(refused.status).toBe(403);
    expect(existsSync(join(fixture.root, LET_22))).toBe(false);

    const let_ = await Client.login(fixture, "editor-let");
    const created = await create(let_, LET_22, LET_FILE);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(SaveResponseSchema.parse(created.body).hash).toMatch(/^[0-9a-f]{64}$/);
    expect(diskText(fixture, LET_22)).toBe(LET_FILE);
    const read = await let_.get(`/api/files/${LET_22}`);
    expect(read.body.modified_by).toBe("editor-let");
    expect(read.headers.get("etag")).toBe(`"${read.body.hash}"`);
    const versions = (await let_.get("/api/versions")).body as { set: string; year: string; files: { path: string; faculty?: string }[] }[];
    expect(versions.find((v) => v.set === "kuleuven-oer" && v.year === "2020-2021")!.files).toContainEqual(expect.objectContaining({ path: "art-22/let.yaml", faculty: "LET" }));
  });

  it("is a conflict (409) once the file exists, with the text that is there", async () => {
    const let_ = await Client.login(fixture, "editor-let");
    const again = await create(let_, LET_22, LET_FILE + "# again\n");
    expect(again.status).toBe(409);
    expect(ConflictResponseSchema.parse(again.body).current.content).toBe(LET_FILE);
  });

  it("needs If-Match or If-None-Match, and an existing folder", async () => {
    const let_ = await Client.login(fixture, "editor-let");
    expect((await let_.request("PUT", `/api/files/${LET_22}`, { content: LET_FILE })).status).toBe(400);
    expect((await create(let_, "kuleuven-oer/2020-2021/art-999/let.yaml", LET_FILE)).status).toBe(400);
    expect((await let_.request("PUT", "/api/files/kuleuven-oer/2020-2021/art-22/nope.yaml", { content: LET_FILE }, { "if-match": "0".repeat(64) })).status).toBe(400);
  });
});

describe("reading for the editor", () => {
  it("gives every file of a version in one answer, 404 for a version that is not there", async () => {
    const viewer = await Client.login(fixture, "viewer");
    const all = await viewer.get("/api/versions/kuleuven-oer/2020-2021/files");
    expect(all.status).toBe(200);
    const files = VersionFilesResponseSchema.parse(all.body).files;
    expect(files["art-22/iiw.yaml"]).toBe(diskText(fixture, IIW_22));
    expect(files["manifest.yaml"]).toBeDefined();
    expect((await viewer.get("/api/versions/kuleuven-oer/1999-2000/files")).status).toBe(404);
  });

  it("lets no script evaluate strings, the language-service worker's included", async () => {
    const viewer = await Client.login(fixture, "viewer");
    const page = await viewer.get("/edit/kuleuven-oer/2020-2021");
    expect(page.headers.get("content-security-policy")).toContain("script-src 'self';");
    const worker = await viewer.get("/assets/language-worker-abc123.js");
    expect(worker.headers.get("content-security-policy")).toContain("script-src 'self';");
    expect(worker.headers.get("content-security-policy")).not.toContain("unsafe-eval");
  });
});
