/**
 * `regelwerk diff <old-version-dir> <new-version-dir>`: what changed between two versions of a
 * regulation set, per article, as text (nl/en), JSON or one self-contained HTML file. Exit codes as
 * diff(1): 0 no differences, 1 differences, 2 trouble (a folder that is not a version, files that
 * do not load).
 */
import type { Diagnostic } from "../../dsl/index.js";
import { diffVersions, isEmptyDiff, renderDiffHtml, renderDiffText } from "../diff/index.js";
import { loadVersion, type LoadedVersion } from "../load/index.js";
import { nodeFileSystem as fs } from "../node/index.js";
import { parseArgs } from "./args.js";
import type { Io } from "./commands.js";
import { EXIT, UsageError } from "./exit-codes.js";
import { renderDiagnostic } from "./render-diagnostics.js";

function loadOrFail(dir: string, io: Io): LoadedVersion | Diagnostic[] {
  if (!fs.isDirectory(dir)) throw new UsageError(`${dir}: no such directory; expected a regulation version folder (e.g. regulations/kuleuven-oer/2020-2021)`);
  const version = loadVersion(fs, dir);
  if (!version) throw new UsageError(`${dir}: no manifest.yaml; expected a regulation version folder`);
  const errors = version.diagnostics.filter((d) => d.severity === "error");
  if (errors.length === 0) return version;
  for (const d of errors) io.out(renderDiagnostic(d, fs.read(d.source)) + "\n");
  io.err(`${dir}: the regulation files do not load; run \`regelwerk check ${dir}\`\n`);
  return errors;
}

export function diffCommand(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv, ["lang"], ["json", "html"]);
  const [oldDir, newDir, extra] = args.positionals;
  if (!oldDir || !newDir || extra !== undefined) throw new UsageError("diff needs two version folders: regelwerk diff <old-version-dir> <new-version-dir>");
  const lang = args.options.get("lang") ?? "nl";
  if (lang !== "nl" && lang !== "en") throw new UsageError(`--lang ${String(lang)}: expected nl or en`);
  if (args.options.has("json") && args.options.has("html")) throw new UsageError("--json and --html: choose one");
  const before = loadOrFail(oldDir, io);
  const after = loadOrFail(newDir, io);
  if (Array.isArray(before) || Array.isArray(after)) return EXIT.badInput;
  const diff = diffVersions(before, after);
  if (args.options.has("json")) io.out(JSON.stringify(diff, null, 2) + "\n");
  else if (args.options.has("html")) io.out(renderDiffHtml(diff, lang));
  else io.out(renderDiffText(diff, lang));
  return isEmptyDiff(diff) ? EXIT.ok : EXIT.findings;
}
