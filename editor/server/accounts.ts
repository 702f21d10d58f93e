/**
 * Accounts: a name, a role and, for a faculty editor, the faculty whose texts they write. Shared by
 * `regelwerk users` and the server's admin routes. Passwords are stored only as scrypt hashes.
 */
import { ROLES, type Role, type UserInfo } from "../protocol.js";
import type { Db } from "./database.js";
import { hashPassword } from "./passwords.js";

export interface Account extends UserInfo {
  readonly disabled: boolean;
}

export class AccountError extends Error {}

const NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const FACULTY = /^[A-Z][A-Z0-9-]{0,15}$/;

export function addAccount(db: Db, name: string, role: string, faculty: string | null, password: string): Account {
  if (!NAME.test(name)) throw new AccountError(`user name '${name}': expected lower-case letters, digits, '.', '_' or '-' (at most 64)`);
  if (!ROLES.includes(role as Role)) throw new AccountError(`role '${role}': expected one of ${ROLES.join(", ")}`);
  if (role === "faculty-editor" && (faculty === null || !FACULTY.test(faculty))) throw new AccountError(`a faculty editor needs a faculty code such as IIW (--faculty)`);
  if (role !== "faculty-editor" && faculty !== null) throw new AccountError(`only a faculty editor has a faculty; a ${role} writes for no single faculty`);
  if (password.length < 8) throw new AccountError("the password is shorter than 8 characters");
  if (db.prepare("SELECT 1 FROM users WHERE name = ?").get(name)) throw new AccountError(`user '${name}' exists already`);
  db.prepare("INSERT INTO users (name, role, faculty, password_hash, created_at) VALUES (?, ?, ?, ?, ?)").run(name, role, faculty, hashPassword(password), new Date().toISOString());
  return { name, role: role as Role, faculty, disabled: false };
}

interface UserRow {
  name: string;
  role: Role;
  faculty: string | null;
  password_hash: string;
  disabled: number;
}

export function findAccount(db: Db, name: string): (Account & { readonly passwordHash: string }) | null {
  const row = db.prepare("SELECT * FROM users WHERE name = ?").get(name) as UserRow | undefined;
  return row ? { name: row.name, role: row.role, faculty: row.faculty, disabled: row.disabled !== 0, passwordHash: row.password_hash } : null;
}

export function listAccounts(db: Db): Account[] {
  const rows = db.prepare("SELECT * FROM users ORDER BY name").all() as UserRow[];
  return rows.map((r) => ({ name: r.name, role: r.role, faculty: r.faculty, disabled: r.disabled !== 0 }));
}

/** Disabling also ends the account's sessions. */
export function disableAccount(db: Db, name: string): void {
  const result = db.prepare("UPDATE users SET disabled = 1 WHERE name = ?").run(name);
  if (result.changes === 0) throw new AccountError(`no user '${name}'`);
  db.prepare("DELETE FROM sessions WHERE user = ?").run(name);
}
