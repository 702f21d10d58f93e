/**
 * The installed command's entry: a command loads only its own module (registry.ts), so `regelwerk
 * check` does not load the server, the diff, batch or the editor's protocol, and `--help` or
 * `--version` load no command at all. The same dispatch as main.ts (dispatch.ts); only how the
 * command's run is found differs.
 */
import { commandName, dispatch } from "./dispatch.js";
import type { Io } from "./io.js";
import { COMMANDS } from "./registry.js";
import { asksHelp } from "./usage.js";

export async function start(argv: readonly string[], io: Io): Promise<number> {
  const name = commandName(argv);
  const found = COMMANDS.find((c) => c.name === name);
  // A command's --help is answered from the usage text: the command's module is not loaded.
  return dispatch(argv, io, found && !asksHelp(argv) ? await found.load() : undefined);
}
