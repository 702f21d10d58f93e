/**
 * `regelwerk users add <name> --role R [--faculty F] [--db FILE]` (the password from standard
 * input, never from the arguments), `regelwerk users list`, `regelwerk users disable <name>`.
 */
import { readFileSync } from "node:fs";
import { AccountError, addAccount, disableAccount, listAccounts, openDatabase } from "../../editor/server/index.js";
import { parseOptions } from "./args.js";
import { USERS_OPTIONS } from "./options.js";
import type { Io } from "./io.js";
import { EXIT, UsageError } from "./exit-codes.js";

export function users(argv: readonly string[], io: Io, readPassword: () => string = readStdin): number {
  const [action, ...rest] = argv;
  const args = parseOptions(rest, USERS_OPTIONS);
  const db = openDatabase(String(args.options.get("db") ?? "regelwerk-editor.db"));
  try {
    switch (action) {
      case "add": {
        const name = args.positionals[0];
        const role = args.options.get("role");
        if (!name || typeof role !== "string") throw new UsageError("users add <name> --role viewer|faculty-editor|central|admin [--faculty CODE]; the password is read from standard input");
        const faculty = args.options.get("faculty");
        const account = addAccount(db, name, role, typeof faculty === "string" ? faculty : null, readPassword());
        io.out(`added ${account.name} (${account.role}${account.faculty ? ` ${account.faculty}` : ""})\n`);
        return EXIT.ok;
      }
      case "list":
        for (const a of listAccounts(db)) io.out(`${a.name}\t${a.role}\t${a.faculty ?? "-"}${a.disabled ? "\tdisabled" : ""}\n`);
        return EXIT.ok;
      case "disable": {
        const name = args.positionals[0];
        if (!name) throw new UsageError("users disable <name>");
        disableAccount(db, name);
        io.out(`disabled ${name}\n`);
        return EXIT.ok;
      }
      default:
        throw new UsageError(`users ${action ?? ""}: expected add, list or disable`);
    }
  } catch (error) {
    if (error instanceof AccountError) throw new UsageError(error.message);
    throw error;
  } finally {
    db.close();
  }
}

/** The password: standard input up to the end or the first line break. */
function readStdin(): string {
  return readFileSync(0, "utf8").split(/\r?\n/)[0] ?? "";
}
