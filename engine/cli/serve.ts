/**
 * `regelwerk serve [--port N] [--root DIR] [--db FILE] [--demo]`: the editor server on 127.0.0.1.
 * It keeps running after `main` returns (the listening socket keeps Node alive) and stops on
 * SIGINT or SIGTERM once the saves under way are written. With `--demo` it works on a temporary
 * copy of the bundled regulations with a throw-away database and prints one-time demo accounts.
 */
import { existsSync } from "node:fs";
import { createDemoAccounts, createServer, demoFolder, facultiesOf, listen, openDatabase, type Db } from "../../editor/server/index.js";
import { parseOptions } from "./args.js";
import { SERVE_OPTIONS } from "./options.js";
import type { Io } from "./io.js";
import { EXIT, UsageError } from "./exit-codes.js";

const DEFAULT_PORT = 8080;


export function serve(argv: readonly string[], io: Io): number {
  const args = parseOptions(argv, SERVE_OPTIONS);
  const port = portOption(args.options.get("port"));
  const demo = args.options.has("demo");
  if (demo && (args.options.has("root") || args.options.has("db"))) throw new UsageError("--demo makes its own copy of the regulations and its own database; leave out --root and --db");
  const bundled = String(args.options.get("root") ?? "regulations");
  if (!existsSync(bundled)) throw new UsageError(`${bundled}: no such directory; expected the regulations folder (--root DIR)`);

  let root = bundled;
  let db: Db;
  if (demo) ({ root, db } = demoFolder(bundled));
  else db = openDatabase(String(args.options.get("db") ?? "regelwerk-editor.db"));

  const server = createServer({ root, db });
  if (demo) {
    for (const a of createDemoAccounts(db, facultiesOf(server.editor.check))) io.out(`demo account: ${a.name} ${a.role} ${a.faculty ?? "-"} ${a.password}\n`);
  }
  listen(server, port).then(
    (url) => {
      io.out(`listening on ${url}\n`);
      const stop = () => void server.close().then(() => db.close());
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    },
    (error: unknown) => {
      io.err(`regelwerk: cannot listen on 127.0.0.1:${port}: ${error instanceof Error ? error.message : String(error)}\n`);
      db.close();
      process.exitCode = EXIT.badInput;
    },
  );
  return EXIT.ok;
}

function portOption(value: string | true | undefined): number {
  if (value === undefined) return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port ${String(value)}: expected a port number from 0 to 65535 (0: any free port)`);
  return port;
}
