/** `regelwerk <argv>` in this process, its standard output and error captured: what the README shows. */
import { main } from "../../engine/cli/main.js";
import type { Run } from "./excerpts.js";

export function runRegelwerk(argv: readonly string[]): Run {
  let out = "";
  let err = "";
  const code = main(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  if (typeof code !== "number") throw new Error(`regelwerk ${argv.join(" ")}: a streaming command cannot be a README excerpt`);
  return { code, out, err };
}
