/**
 * The editor server: fastify with schema-validated JSON routes over the regulations folder and
 * the database, bound to 127.0.0.1 unless told otherwise. Logs nothing of requests (so no
 * password, cookie or token can end up in a log); the audit log records the changes.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import cookie from "@fastify/cookie";
import Fastify, { type FastifyInstance } from "fastify";
import { addAuthentication } from "./authentication.js";
import type { Db } from "./database.js";
import { LoginLimit, type LoginLimitOptions } from "./login-limit.js";
import { RegulationEditor } from "./regulation-editor.js";
import { RegulationRoot } from "./regulation-root.js";
import { editorPage } from "./routes/editor-page.js";
import { fileRoutes } from "./routes/file-routes.js";
import { proposalRoutes } from "./routes/proposal-routes.js";
import { sessionRoutes } from "./routes/session-routes.js";
import { userRoutes } from "./routes/user-routes.js";
import { addSecurityHeaders } from "./security-headers.js";

/** The largest request body: the largest regulation file is some 60 KiB. */
export const BODY_LIMIT = 1024 * 1024;

export interface ServerOptions {
  /** The regulations folder (`<set>/<year>/...`). */
  readonly root: string;
  readonly db: Db;
  /** `editor/dist` of the package by default. */
  readonly editorDist?: string;
  readonly loginLimit?: LoginLimitOptions;
}

export interface EditorServer {
  readonly app: FastifyInstance;
  readonly editor: RegulationEditor;
  /** Waits for queued saves, then closes the server (not the database). */
  close(): Promise<void>;
}

export function createServer(options: ServerOptions): EditorServer {
  const editor = new RegulationEditor(new RegulationRoot(options.root), options.db);
  const app = Fastify({ logger: false, bodyLimit: BODY_LIMIT, trustProxy: false });
  void app.register(cookie);
  addSecurityHeaders(app);
  addAuthentication(app, options.db);
  sessionRoutes(app, options.db, new LoginLimit(options.loginLimit));
  fileRoutes(app, editor);
  proposalRoutes(app, editor);
  userRoutes(app, options.db);
  editorPage(app, options.editorDist ?? defaultEditorDist());
  return {
    app,
    editor,
    close: async () => {
      await editor.idle();
      await app.close();
    },
  };
}

/** Listens on `host` (127.0.0.1) and `port` (0: any free one); resolves with the address. */
export async function listen(server: EditorServer, port: number, host = "127.0.0.1"): Promise<string> {
  await server.app.listen({ port, host });
  const address = server.app.server.address();
  return typeof address === "object" && address ? `http://${host}:${address.port}` : `http://${host}:${port}`;
}

/**
 * `editor/dist` of the package, from source (editor/server) or build (dist/editor/server): the
 * nearest folder above with the built editor, else with package.json and bin/ (dist/ has a copy
 * of package.json, as engine/version.ts imports it, but neither the editor nor bin/).
 */
function defaultEditorDist(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  const isPackage = (d: string) => existsSync(join(d, "editor", "dist", "index.html")) || (existsSync(join(d, "package.json")) && existsSync(join(d, "bin")));
  while (!isPackage(dir) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, "editor", "dist");
}
