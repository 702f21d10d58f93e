/**
 * The installed command's entry: loads only what the command asked for. `--help` and `--version`
 * load no engine at all; `check`, `test`, `fmt` and `eval` load the engine and their own module, not
 * the server, the accounts, the batch workers or the diff. Everything else, and any command with
 * `--json` (whose errors main turns into JSON), goes through `main`, which knows every command.
 */
import type { Io } from "./commands.js";
import { EXIT, failed } from "./exit-codes.js";
import { ENGINE_VERSION } from "../version.js";

export async function start(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
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
  if (!argv.includes("--json") && (command === "check" || command === "test" || command === "fmt" || command === "eval")) {
    const commands = await import("./commands.js");
    const run = { check: commands.check, test: commands.test, fmt: commands.fmt, eval: commands.evalCommand }[command];
    try {
      return run(rest, io);
    } catch (error) {
      return failed(error, io.err);
    }
  }
  return (await import("./main.js")).main(argv, io);
}
