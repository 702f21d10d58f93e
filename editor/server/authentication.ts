/**
 * Who is asking: the session of the request's cookie, attached to every /api request. Every route
 * but login and the session probe needs a session; every write also needs the session's CSRF token
 * in `X-CSRF-Token`, so a page elsewhere cannot write with the browser's cookie.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Db } from "./database.js";
import { csrfMatches, findSession, SESSION_COOKIE, type Session } from "./sessions.js";

declare module "fastify" {
  interface FastifyRequest {
    session: Session | null;
  }
}

const OPEN_ROUTES = new Set(["/api/login", "/api/session"]);
const READS = new Set(["GET", "HEAD"]);

export function addAuthentication(app: FastifyInstance, db: Db): void {
  app.decorateRequest("session", null);
  app.addHook("preHandler", async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.url.startsWith("/api/")) return;
    request.session = findSession(db, request.cookies[SESSION_COOKIE]);
    const route = request.routeOptions.url ?? "";
    if (OPEN_ROUTES.has(route)) return;
    if (!request.session) return reply.code(401).send({ error: "not logged in" });
    if (!READS.has(request.method) && !csrfMatches(request.session, request.headers["x-csrf-token"])) return reply.code(403).send({ error: "missing or wrong X-CSRF-Token header" });
  });
}

/** The session a route behind the hook runs with (the hook has refused requests without one). */
export function sessionOf(request: FastifyRequest): Session {
  if (!request.session) throw new Error("route reached without a session");
  return request.session;
}
