/**
 * Headers on every response: a strict content-security policy (scripts, connections and frames
 * from this origin only; no plugins; no framing), no MIME sniffing, no referrer. Inline styles are
 * allowed because the browser editor's code view sets element styles; inline scripts are not.
 * No script may evaluate strings, the language-service worker included: its JSON Schema validators
 * are generated when the editor is built (editor/build/standalone-validators.ts), not compiled
 * with `new Function` at run time.
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

export function addSecurityHeaders(app: FastifyInstance): void {
  app.addHook("onSend", async (request, reply, payload) => {
    reply.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    reply.header("X-Content-Type-Options", "nosniff");
    reply.header("Referrer-Policy", "no-referrer");
    reply.header("X-Frame-Options", "DENY");
    // The built editor's assets carry a content hash in their names: they never change under a name.
    reply.header("Cache-Control", request.url.startsWith("/assets/") && reply.statusCode === 200 ? "public, max-age=31536000, immutable" : "no-store");
    return payload;
  });
}
