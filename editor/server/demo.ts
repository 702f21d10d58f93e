/**
 * `regelwerk serve --demo`: the bundled regulations copied to a temporary folder (the repository is
 * never written), a throw-away database, and one account per role and per faculty with a one-time
 * password.
 */
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Role } from "../protocol.js";
import { addAccount } from "./accounts.js";
import { openDatabase, type Db } from "./database.js";
import { randomPassword } from "./passwords.js";
import type { RegulationCheck } from "./regulation-check.js";

export interface DemoAccount {
  readonly name: string;
  readonly role: Role;
  readonly faculty: string | null;
  readonly password: string;
}

export function demoFolder(bundled: string): { root: string; db: Db; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), "regelwerk-demo-"));
  const root = join(dir, "regulations");
  cpSync(bundled, root, { recursive: true });
  return { root, db: openDatabase(join(dir, "editor.db")), dir };
}

/** The faculties that have a supplement or deviation in the regulations. */
export function facultiesOf(check: RegulationCheck): string[] {
  const faculties = new Set<string>();
  for (const version of check.versions()) for (const file of version.files) if (file.faculty) faculties.add(file.faculty);
  return [...faculties].sort();
}

export function createDemoAccounts(db: Db, faculties: readonly string[]): DemoAccount[] {
  const wanted: { name: string; role: Role; faculty: string | null }[] = [
    { name: "viewer", role: "viewer", faculty: null },
    { name: "central", role: "central", faculty: null },
    { name: "admin", role: "admin", faculty: null },
    ...faculties.map((f) => ({ name: `editor-${f.toLowerCase()}`, role: "faculty-editor" as const, faculty: f })),
  ];
  return wanted.map((w) => {
    const password = randomPassword();
    addAccount(db, w.name, w.role, w.faculty, password);
    return { ...w, password };
  });
}
