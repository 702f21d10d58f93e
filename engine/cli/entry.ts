/**
 * The installed command's entry: `--help` and `--version` load no engine at all (the usage text is a
 * module that imports nothing); a command loads only its own module (registry.ts), so `regelwerk
 * check` does not load the server, the diff, batch or the editor's protocol.
 */
import type { Io } from "./io.js";
import { EXIT } from "./exit-codes.js";
import { ENGINE_VERSION } from "../version.js";

export async function start(argv: readonly string[], io: Io): Promise<number> {
  const [command] = argv;
  switch (command) {
    case undefined:
    case "help":
    case "--help":
    case "-h":
      io.out((await import("./usage.js")).USAGE);
      return command === undefined ? EXIT.badInput : EXIT.ok;
    case "--version":
    case "-v":
      io.out(`regelwerk ${ENGINE_VERSION}\n`);
      return EXIT.ok;
  }
  const [{ commandName, dispatch }, { COMMANDS }] = await Promise.all([import("./dispatch.js"), import("./registry.js")]);
  const name = commandName(argv);
  const found = COMMANDS.find((c) => c.name === name);
  return dispatch(argv, io, found ? await found.load() : undefined);
}
