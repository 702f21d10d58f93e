/** Accounts, for administrators: list, add, disable. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { ROLES, type NewUserRequest } from "../../protocol.js";
import { AccountError, addAccount, disableAccount, listAccounts } from "../accounts.js";
import { sessionOf } from "../authentication.js";
import type { Db } from "../database.js";

const NEW_USER = {
  type: "object",
  required: ["name", "role", "password"],
  additionalProperties: false,
  properties: { name: { type: "string" }, role: { enum: ROLES }, faculty: { type: ["string", "null"] }, password: { type: "string", maxLength: 1024 } },
} as const;

export function userRoutes(app: FastifyInstance, db: Db): void {
  const adminOnly = async (request: FastifyRequest, reply: FastifyReply) => {
    if (sessionOf(request).user.role !== "admin") return reply.code(403).send({ error: "only an administrator manages accounts" });
  };

  app.get("/api/users", { preHandler: adminOnly }, async () => listAccounts(db));

  app.post<{ Body: NewUserRequest }>("/api/users", { preHandler: adminOnly, schema: { body: NEW_USER } }, async (request, reply) => {
    const { name, role, faculty, password } = request.body;
    try {
      return reply.code(201).send(addAccount(db, name, role, faculty ?? null, password));
    } catch (error) {
      if (error instanceof AccountError) return reply.code(400).send({ error: error.message });
      throw error;
    }
  });

  app.post<{ Params: { name: string } }>("/api/users/:name/disable", { preHandler: adminOnly }, async (request, reply) => {
    try {
      disableAccount(db, request.params.name);
      return { ok: true };
    } catch (error) {
      if (error instanceof AccountError) return reply.code(404).send({ error: error.message });
      throw error;
    }
  });
}
