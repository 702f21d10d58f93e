/**
 * The regulation files: `GET /api/versions`, `GET /api/versions/<set>/<year>/files` (all at once),
 * `GET`/`PUT /api/files/<set>/<year>/<path>`,
 * `GET /api/audit?file=`, `POST /api/restore/<set>/<year>/<path>`.
 */
import type { FastifyInstance, FastifyReply } from "fastify";
import type { RestoreRequest, SaveRequest } from "../../protocol.js";
import { sessionOf } from "../authentication.js";
import type { Outcome, RegulationEditor } from "../regulation-editor.js";
import { AddressError, type FileAddress } from "../regulation-root.js";

interface FileParams {
  set: string;
  year: string;
  "*": string;
}

const HASH = { type: "string", pattern: "^\"?[0-9a-f]{64}\"?$" } as const;
const SAVE_BODY = { type: "object", required: ["content"], additionalProperties: false, properties: { content: { type: "string" } } } as const;
const RESTORE_BODY = { type: "object", required: ["entry"], additionalProperties: false, properties: { entry: { type: "integer", minimum: 1 }, side: { enum: ["after", "before"] } } } as const;
const IF_MATCH = { type: "object", required: ["if-match"], properties: { "if-match": HASH } } as const;
/** A save names its base (`If-Match`), or says the file is new (`If-None-Match: *`). */
const SAVE_HEADERS = { type: "object", properties: { "if-match": HASH, "if-none-match": { const: "*" } }, anyOf: [{ required: ["if-match"] }, { required: ["if-none-match"] }] } as const;

/** `If-Match` may come quoted, as an HTTP entity tag. */
const baseHash = (header: string) => header.replace(/^"|"$/g, "");

export function fileRoutes(app: FastifyInstance, editor: RegulationEditor): void {
  const address = (params: FileParams, reply: FastifyReply, creating = false): FileAddress | null => {
    try {
      return editor.root.resolve(params.set, params.year, params["*"], creating);
    } catch (error) {
      if (!(error instanceof AddressError)) throw error;
      void reply.code(400).send({ error: error.message });
      return null;
    }
  };
  const send = (reply: FastifyReply, outcome: Outcome) => reply.code(outcome.status).send(outcome.body);

  app.get("/api/versions", async () => editor.check.versions());

  app.get<{ Params: { set: string; year: string } }>("/api/versions/:set/:year/files", async (request, reply) => {
    const { set, year } = request.params;
    if (!editor.root.versions().some((v) => v.set === set && v.year === year)) return reply.code(404).send({ error: `${set}/${year}: no such regulation version` });
    return editor.readVersion(set, year);
  });

  app.get<{ Params: FileParams }>("/api/files/:set/:year/*", async (request, reply) => {
    const file = address(request.params, reply);
    if (!file) return reply;
    const read = await editor.read(file);
    // The hash is the file's entity tag: a save sends it back as If-Match.
    return reply.header("ETag", `"${read.hash}"`).send(read);
  });

  app.put<{ Params: FileParams; Body: SaveRequest; Headers: { "if-match"?: string; "if-none-match"?: string } }>("/api/files/:set/:year/*", { schema: { body: SAVE_BODY, headers: SAVE_HEADERS } }, async (request, reply) => {
    const base = request.headers["if-match"];
    const file = address(request.params, reply, base === undefined);
    if (!file) return reply;
    const user = sessionOf(request).user;
    return send(reply, await (base === undefined ? editor.create(user, file, request.body.content) : editor.save(user, file, request.body.content, baseHash(base))));
  });

  app.post<{ Params: FileParams; Body: RestoreRequest; Headers: { "if-match": string } }>("/api/restore/:set/:year/*", { schema: { body: RESTORE_BODY, headers: IF_MATCH } }, async (request, reply) => {
    const file = address(request.params, reply);
    if (!file) return reply;
    return send(reply, await editor.restore(sessionOf(request).user, file, request.body.entry, request.body.side ?? "after", baseHash(request.headers["if-match"])));
  });

  app.get<{ Querystring: { file?: string; limit?: number } }>(
    "/api/audit",
    { schema: { querystring: { type: "object", additionalProperties: false, properties: { file: { type: "string", maxLength: 400 }, limit: { type: "integer", minimum: 1, maximum: 5000 } } } } },
    async (request, reply) => {
      const { file, limit } = request.query;
      if (file === undefined) return editor.audit.entries(null, limit);
      const [set = "", year = "", ...rest] = file.split("/");
      const resolved = address({ set, year, "*": rest.join("/") }, reply);
      if (!resolved) return reply;
      return editor.audit.entries(resolved.uri, limit);
    },
  );
}
