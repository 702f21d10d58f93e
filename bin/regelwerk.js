#!/usr/bin/env node
// The installed command: runs the compiled CLI (npm install builds it through `prepare`), loading
// only the modules of the command asked for.
import { once } from "node:events";
import { start } from "../dist/engine/cli/entry.js";

// A reader that stops early (`| head`) is not an error.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

const code = await start(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  // A reader slower than the writer (`regelwerk cohort … | regelwerk batch -`): wait, not buffer.
  outputFull: () => (process.stdout.writableNeedDrain ? once(process.stdout, "drain").then(() => undefined) : null),
  // Colour only where a person reads: main decides from these, NO_COLOR, FORCE_COLOR and --no-color.
  terminal: { out: process.stdout.isTTY === true, err: process.stderr.isTTY === true, env: process.env },
});
process.exitCode = code;
