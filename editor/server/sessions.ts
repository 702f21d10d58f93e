/**
 * Sessions: a random token in an HttpOnly cookie, stored only as its SHA-256, with a CSRF token
 * that every write must echo in the `X-CSRF-Token` header (the cookie alone never authorises a write).
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { UserInfo } from "../protocol.js";
import type { Db } from "./database.js";

export const SESSION_COOKIE = "rw_session";
const LIFETIME_MS = 8 * 60 * 60 * 1000;

export interface Session {
  readonly user: UserInfo;
  readonly csrf: string;
}

const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

export function createSession(db: Db, user: string): { token: string; csrf: string } {
  const token = randomBytes(32).toString("base64url");
  const csrf = randomBytes(24).toString("base64url");
  db.prepare("DELETE FROM sessions WHERE expires_at < ?").run(Date.now());
  db.prepare("INSERT INTO sessions (token_hash, user, csrf, expires_at) VALUES (?, ?, ?, ?)").run(tokenHash(token), user, csrf, Date.now() + LIFETIME_MS);
  return { token, csrf };
}

/** The session of a cookie token, if it exists, has not expired and its account is not disabled. */
export function findSession(db: Db, token: string | undefined): Session | null {
  if (!token) return null;
  const row = db
    .prepare("SELECT s.csrf, s.expires_at, u.name, u.role, u.faculty FROM sessions s JOIN users u ON u.name = s.user WHERE s.token_hash = ? AND u.disabled = 0")
    .get(tokenHash(token)) as { csrf: string; expires_at: number; name: string; role: UserInfo["role"]; faculty: string | null } | undefined;
  if (!row || row.expires_at < Date.now()) return null;
  return { csrf: row.csrf, user: { name: row.name, role: row.role, faculty: row.faculty } };
}

export function endSession(db: Db, token: string | undefined): void {
  if (token) db.prepare("DELETE FROM sessions WHERE token_hash = ?").run(tokenHash(token));
}

export function csrfMatches(session: Session, header: unknown): boolean {
  if (typeof header !== "string") return false;
  const a = Buffer.from(session.csrf);
  const b = Buffer.from(header);
  return a.length === b.length && timingSafeEqual(a, b);
}
