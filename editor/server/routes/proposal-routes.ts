/** Proposed deviations: list, read, and the central office's approval (with its reference) or rejection. */
import type { FastifyInstance } from "fastify";
import type { ApproveRequest, ProposalState } from "../../protocol.js";
import { sessionOf } from "../authentication.js";
import type { RegulationEditor } from "../regulation-editor.js";

const ID = { type: "object", required: ["id"], properties: { id: { type: "integer", minimum: 1 } } } as const;
const APPROVE_BODY = { type: "object", required: ["reference"], additionalProperties: false, properties: { reference: { type: "string", minLength: 3, maxLength: 300 } } } as const;

export function proposalRoutes(app: FastifyInstance, editor: RegulationEditor): void {
  const address = (uri: string) => {
    const [set = "", year = "", ...rest] = uri.split("/");
    return editor.root.resolve(set, year, rest.join("/"));
  };

  app.get<{ Querystring: { state?: ProposalState } }>("/api/proposals", { schema: { querystring: { type: "object", additionalProperties: false, properties: { state: { enum: ["pending", "approved", "rejected"] } } } } }, async (request) =>
    editor.proposals.list(request.query.state ?? null),
  );

  app.get<{ Params: { id: number } }>("/api/proposals/:id", { schema: { params: ID } }, async (request, reply) => {
    const proposal = editor.proposals.get(request.params.id);
    return proposal ?? reply.code(404).send({ error: `no proposal ${request.params.id}` });
  });

  app.post<{ Params: { id: number }; Body: ApproveRequest }>("/api/proposals/:id/approve", { schema: { params: ID, body: APPROVE_BODY } }, async (request, reply) => {
    const outcome = await editor.approve(sessionOf(request).user, request.params.id, request.body.reference, address);
    return reply.code(outcome.status).send(outcome.body);
  });

  app.post<{ Params: { id: number } }>("/api/proposals/:id/reject", { schema: { params: ID } }, async (request, reply) => {
    const outcome = await editor.reject(sessionOf(request).user, request.params.id, address);
    return reply.code(outcome.status).send(outcome.body);
  });
}
