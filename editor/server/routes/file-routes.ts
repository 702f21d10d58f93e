/**
 * The regulation files: `GET /api/versions`, `GET`/`PUT /api/files/<set>/<year>/<path>`,
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

/** `If-Match` may come quoted, as an HTTP entity tag. */
const baseHash = (header: string) => header.replace(/^"|"$/g, "");

export function fileRoutes(app: FastifyInstance, editor: RegulationEditor): void {
  const address = (params: FileParams, reply: FastifyReply): FileAddress | null => {
    try {
      return editor.root.resolve(params.set, params.year, params["*"]);
    } catch (error) {
      if (!(error instanceof AddressError)) throw error;
      void reply.code(400).send({ error: error.message });
      return null;
    }
  };
  const send = (reply: FastifyReply, outcome: Outcome) => reply.code(outcome.status).send(outcome.body);

  app.get("/api/versions", async () => editor.check.versions());

  app.get<{ Params: FileParams }>("/api/files/:set/:year/*", async (request, reply) => {
    const file = address(request.params, reply);
    if (!file) return reply;
    return editor.read(file);
  });

  app.put<{ Params: FileParams; Body: SaveRequest; Headers: { "if-match": string } }>("/api/files/:set/:year/*", { schema: { body: SAVE_BODY, headers: IF_MATCH } }, async (request, reply) => {
    const file = address(request.params, reply);
    if (!file) return reply;
    return send(reply, await editor.save(sessionOf(request).user, file, request.body.content, baseHash(request.headers["if-match"])));
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
