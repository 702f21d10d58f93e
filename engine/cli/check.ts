/** `regelwerk check [dir] [--quiet]`: validate and check every regulation version under a folder. */
import { hasErrors, type Diagnostic } from "../../dsl/index.js";
import { nodeSha256 } from "../node/index.js";
import { narrowedRights } from "../testing/index.js";
import { parseOptions } from "./args.js";
import { CHECK_OPTIONS } from "./options.js";
import { EXIT } from "./exit-codes.js";
import { printDiagnostics, type Io } from "./io.js";
import { loadOrFail } from "./version-folders.js";

export function check(argv: readonly string[], io: Io): number {
  const args = parseOptions(argv, CHECK_OPTIONS);
  const dir = args.positionals[0] ?? "regulations";
  const versions = loadOrFail(dir);
  // Supplements that take away a general right (RW064) are found by evaluating examples: only in versions without errors.
  const narrowing = versions.flatMap((v) => (hasErrors(v.diagnostics) ? [] : narrowedRights(v, nodeSha256)));
  const diagnostics = dedupe([...versions.flatMap((v) => v.diagnostics), ...narrowing]);
  const shown = args.options.has("quiet") ? diagnostics.filter((d) => d.severity === "error") : diagnostics.filter((d) => d.severity !== "info");
  printDiagnostics(shown, io);
  const files = versions.reduce((n, v) => n + v.files.length, 0);
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.filter((d) => d.severity === "warning").length;
  io.out(`${versions.length} version(s), ${files} file(s): ${errors} error(s), ${warnings} warning(s)\n`);
  return errors > 0 ? EXIT.findings : EXIT.ok;
}

/** A version loaded through another's `uses` repeats its diagnostics: show each once. */
function dedupe(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.source}:${d.span.start}:${d.code}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
