/**
 * Headers on every response: a strict content-security policy (scripts, connections and frames
 * from this origin only; no plugins; no framing), no MIME sniffing, no referrer. Inline styles are
 * allowed because the browser editor's code view sets element styles; inline scripts are not.
 * One script alone may evaluate strings: the editor's language-service worker, where ajv compiles
 * the regulation schemas' validators with `new Function` (a worker's policy is its script's
 * response header, so the page keeps `script-src 'self'`).
 */
import type { FastifyInstance } from "fastify";

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export const WORKER_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'");

/** The language-service worker's script, as editor/vite.config.ts names it. */
const LANGUAGE_WORKER = /^\/assets\/language-worker-[A-Za-z0-9_-]+\.js$/;

export function addSecurityHeaders(app: FastifyInstance): void {
  app.addHook("onSend", async (request, reply, payload) => {
    reply.header("Content-Security-Policy", LANGUAGE_WORKER.test(request.url) ? WORKER_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY);
    reply.header("X-Content-Type-Options", "nosniff");
    reply.header("Referrer-Policy", "no-referrer");
    reply.header("X-Frame-Options", "DENY");
    // The built editor's assets carry a content hash in their names: they never change under a name.
    reply.header("Cache-Control", request.url.startsWith("/assets/") && reply.statusCode === 200 ? "public, max-age=31536000, immutable" : "no-store");
    return payload;
  });
}
