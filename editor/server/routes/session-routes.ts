/** `POST /api/login`, `POST /api/logout`, `GET /api/session`. */
import type { FastifyInstance } from "fastify";
import type { LoginRequest, SessionResponse } from "../../protocol.js";
import { findAccount } from "../accounts.js";
import type { Db } from "../database.js";
import type { LoginLimit } from "../login-limit.js";
import { verifyPassword } from "../passwords.js";
import { createSession, endSession, SESSION_COOKIE } from "../sessions.js";

const LOGIN_BODY = {
  type: "object",
  required: ["user", "password"],
  additionalProperties: false,
  properties: { user: { type: "string", minLength: 1, maxLength: 64 }, password: { type: "string", minLength: 1, maxLength: 1024 } },
} as const;

export function sessionRoutes(app: FastifyInstance, db: Db, limit: LoginLimit): void {
  app.post<{ Body: LoginRequest }>("/api/login", { schema: { body: LOGIN_BODY } }, async (request, reply) => {
    const { user, password } = request.body;
    if (!limit.allowed(user, request.ip)) return reply.code(429).send({ error: "too many failed logins; try again later" });
    const account = findAccount(db, user);
    const ok = account !== null && !account.disabled && (await verifyPassword(password, account.passwordHash));
    if (!ok || !account) {
      limit.failed(user, request.ip);
      return reply.code(401).send({ error: "wrong user name or password" });
    }
    limit.succeeded(user);
    const { token, csrf } = createSession(db, account.name);
    reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: "strict", secure: request.protocol === "https", path: "/" });
    const body: SessionResponse = { csrf, user: { name: account.name, role: account.role, faculty: account.faculty } };
    return body;
  });

  app.post("/api/logout", async (request, reply) => {
    endSession(db, request.cookies[SESSION_COOKIE]);
    reply.clearCookie(SESSION_COOKIE, { path: "/" });
    return { ok: true };
  });

  app.get("/api/session", async (request, reply) => {
    if (!request.session) return reply.code(401).send({ error: "not logged in" });
    const body: SessionResponse = { csrf: request.session.csrf, user: request.session.user };
    return body;
  });
}
