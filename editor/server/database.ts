/**
 * The editor server's database (SQLite through better-sqlite3): accounts, sessions, proposals and
 * the audit log. The regulation files on disk stay the source of truth; the database records who
 * changed them. WAL with synchronous=FULL: a committed audit entry survives a crash of the process
 * or the machine.
 */
import Database from "better-sqlite3";

export type Db = Database.Database;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS users (
  name TEXT PRIMARY KEY,
  role TEXT NOT NULL CHECK (role IN ('viewer', 'faculty-editor', 'central', 'admin')),
  faculty TEXT,
  password_hash TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
  token_hash TEXT PRIMARY KEY,
  user TEXT NOT NULL REFERENCES users(name),
  csrf TEXT NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS proposals (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  file TEXT NOT NULL,
  user TEXT NOT NULL,
  at TEXT NOT NULL,
  base_hash TEXT NOT NULL,
  hash TEXT NOT NULL,
  content TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'approved', 'rejected')),
  decided_by TEXT,
  reference TEXT
);
-- state: 'pending' is written before the file is renamed into place and 'done' after, so a crash
-- between the two is found at start-up and settled by the hash on disk (audit-log.ts).
CREATE TABLE IF NOT EXISTS audit (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  file TEXT NOT NULL,
  user TEXT NOT NULL,
  at TEXT NOT NULL,
  action TEXT NOT NULL,
  old_hash TEXT NOT NULL,
  new_hash TEXT NOT NULL,
  old_content TEXT,
  new_content TEXT,
  diff TEXT NOT NULL,
  reference TEXT,
  proposal INTEGER,
  state TEXT NOT NULL CHECK (state IN ('pending', 'done', 'aborted'))
);
CREATE INDEX IF NOT EXISTS audit_by_file ON audit (file, id);
`;

export function openDatabase(file: string): Db {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  db.exec(SCHEMA);
  return db;
}
