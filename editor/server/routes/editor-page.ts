/**
 * The browser editor's page: `editor/dist` (built by `npm run build:editor`) when it is there —
 * `/assets/*` as files, every other non-API GET (`/`, `/edit/...`) as `index.html` for the
 * single-page app — else a short page saying how to build it.
 */
import { existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";

const TYPES: Record<string, string> = { js: "text/javascript; charset=utf-8", css: "text/css; charset=utf-8", html: "text/html; charset=utf-8", svg: "image/svg+xml", png: "image/png", woff2: "font/woff2", json: "application/json", map: "application/json", ttf: "font/ttf", ico: "image/x-icon" };
const ASSET = /^[A-Za-z0-9_][A-Za-z0-9._-]*(\/[A-Za-z0-9_][A-Za-z0-9._-]*)*$/;

const NOT_BUILT = `<!doctype html>
<html lang="en"><meta charset="utf-8"><title>Regelwerk editor</title>
<body><h1>Regelwerk editor</h1><p>The browser editor is not built. Run <code>npm run build:editor</code> and start the server again; the API is served under <code>/api/</code>.</p></body></html>
`;

export function editorPage(app: FastifyInstance, dist: string): void {
  const index = join(dist, "index.html");
  const built = existsSync(index);
  const page = built ? readFileSync(index, "utf8") : NOT_BUILT;

  app.get<{ Params: { "*": string } }>("/assets/*", async (request, reply) => {
    const name = request.params["*"];
    if (!built || !ASSET.test(name)) return reply.code(404).send({ error: "no such asset" });
    try {
      const body = await readFile(join(dist, "assets", name));
      return reply.type(TYPES[name.split(".").pop() ?? ""] ?? "application/octet-stream").send(body);
    } catch {
      return reply.code(404).send({ error: "no such asset" });
    }
  });

  app.setNotFoundHandler((request, reply) => {
    if (request.method !== "GET" || request.url.startsWith("/api/")) return reply.code(404).send({ error: `no route ${request.method} ${request.url.split("?")[0]}` });
    return reply.code(200).type("text/html; charset=utf-8").send(page);
  });
}
