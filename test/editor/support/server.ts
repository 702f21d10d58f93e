/**
 * A stand-in for the editor server in the end-to-end tests, until the real one is merged: the two
 * read routes of the contract (GET /api/versions, GET /api/files/<set>/<year>/<path>) over the
 * regulations folder, the built editor's files, and index.html for every other route.
 * Listens on 127.0.0.1 on a port the system picks.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { parse } from "yaml";
import { REGULATIONS, REPO, filesUnder } from "./regulations.js";

const DIST = join(REPO, "editor", "dist");
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".ttf": "font/ttf", ".json": "application/json" };

function describe(set: string, year: string, path: string): Record<string, unknown> {
  if (!path.endsWith(".yaml") || path === "manifest.yaml") return { path, kind: "data" };
  const data = parse(readFileSync(join(REGULATIONS, set, year, path), "utf8")) as Record<string, any> | null;
  if (!data || typeof data.kind !== "string") return { path, kind: "data" };
  const scope = (data.scope ?? {}) as Record<string, unknown>;
  return { path, kind: data.kind, article: data.article ?? null, title: data.title, ...(scope["faculty"] ? { faculty: scope["faculty"] } : {}), ...(scope["campus"] ? { campus: scope["campus"] } : {}), ...(scope["programmes"] ? { programmes: scope["programmes"] } : {}) };
}

function versions(): unknown[] {
  return readdirSync(REGULATIONS).flatMap((set) =>
    readdirSync(join(REGULATIONS, set))
      .filter((year) => existsSync(join(REGULATIONS, set, year, "manifest.yaml")))
      .map((year) => {
        const manifest = parse(readFileSync(join(REGULATIONS, set, year, "manifest.yaml"), "utf8")) as { title: string };
        const files = filesUnder(join(REGULATIONS, set, year)).filter((p) => /\.(ya?ml|json)$/.test(p)).sort();
        return { set, year, title: manifest.title, files: files.map((p) => describe(set, year, p)) };
      }),
  );
}

export async function startSupportServer(): Promise<{ url: string; server: Server }> {
  // The files do not change while the tests run: list them once.
  const listing = JSON.stringify(versions());
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { "Content-Type": type });
      res.end(body);
    };
    if (url.pathname === "/api/versions") return send(200, "application/json", listing);
    if (url.pathname.startsWith("/api/files/")) {
      const rel = normalize(decodeURIComponent(url.pathname.slice("/api/files/".length)));
      const path = join(REGULATIONS, rel);
      if (rel.startsWith("..") || !existsSync(path) || !statSync(path).isFile()) return send(400, "application/json", JSON.stringify({ error: "not a file of the version" }));
      const content = readFileSync(path, "utf8");
      return send(200, "application/json", JSON.stringify({ content, hash: createHash("sha256").update(content).digest("hex") }));
    }
    if (url.pathname.startsWith("/api/")) return send(404, "application/json", "{}");
    const asset = normalize(join(DIST, url.pathname));
    if (url.pathname.startsWith("/assets/") && asset.startsWith(DIST) && existsSync(asset)) return send(200, TYPES[extname(asset)] ?? "application/octet-stream", readFileSync(asset));
    return send(200, "text/html", readFileSync(join(DIST, "index.html")));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}
