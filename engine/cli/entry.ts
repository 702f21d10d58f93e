/**
 * The installed command's entry: `--help` and `--version` load no engine at all (the usage text is a
 * module that imports nothing); every command goes through `main`, which knows them all.
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
  return (await import("./main.js")).main(argv, io);
}
