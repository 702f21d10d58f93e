/**
 * `regelwerk diff <old-version-dir> <new-version-dir>`: what changed between two versions of a
 * regulation set, per article, as text (nl/en), JSON or one self-contained HTML file; with
 * `--cohort students.ndjson` or `--generate N --seed S`, also what changes for those students.
 * Exit codes as diff(1): 0 no differences, 1 differences, 2 trouble (a folder that is not a
 * version, files that do not load, a line of the cohort that is not a student).
 */
import type { Diagnostic } from "../../dsl/index.js";
import { behaviourSections, changedDecisions, diffVersions, diffWords, escapeHtml, htmlPage, isEmptyDiff, renderBehaviourText, renderDiffHtml, renderDiffText, structuralSections, type BehaviourDiff, type VersionDiff } from "../diff/index.js";
import { loadVersion, type LoadedVersion } from "../load/index.js";
import { nodeFileSystem as fs } from "../node/index.js";
import { parseOptions, type OptionTable } from "./args.js";
import type { Io } from "./io.js";
import { wholeNumber } from "./cohort.js";
import { behaviourDiff, checkedVersion, type CohortSource } from "./diff-behaviour.js";
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

export const DIFF_OPTIONS: OptionTable = { valued: ["lang", "cohort", "generate", "seed"], flags: ["json", "html"], positionals: "many" };

export function diffCommand(argv: readonly string[], io: Io): number {
  const args = parseOptions(argv, DIFF_OPTIONS);
  const [oldDir, newDir, extra] = args.positionals;
  if (!oldDir || !newDir || extra !== undefined) throw new UsageError("diff needs two version folders: regelwerk diff <old-version-dir> <new-version-dir>");
  const lang = args.options.get("lang") ?? "nl";
  if (lang !== "nl" && lang !== "en") throw new UsageError(`--lang ${String(lang)}: expected nl or en`);
  if (args.options.has("json") && args.options.has("html")) throw new UsageError("--json and --html: choose one");
  const before = loadOrFail(oldDir, io);
  const after = loadOrFail(newDir, io);
  if (Array.isArray(before) || Array.isArray(after)) return EXIT.badInput;
  const diff = diffVersions(before, after);
  const source = cohortSource(args.options);
  if (!source) {
    if (args.options.has("json")) io.out(JSON.stringify(diff, null, 2) + "\n");
    else if (args.options.has("html")) io.out(renderDiffHtml(diff, lang));
    else io.out(renderDiffText(diff, lang));
    return isEmptyDiff(diff) ? EXIT.ok : EXIT.findings;
  }
  const behaviour = behaviourDiff(checkedVersion(oldDir), checkedVersion(newDir), source);
  if (args.options.has("json")) io.out(JSON.stringify({ ...diff, behaviour }, null, 2) + "\n");
  else if (args.options.has("html")) io.out(behaviourPage(diff, behaviour, lang));
  else io.out(`${renderDiffText(diff, lang)}\n${renderBehaviourText(behaviour, lang)}`);
  return isEmptyDiff(diff) && changedDecisions(behaviour).length === 0 ? EXIT.ok : EXIT.findings;
}

function cohortSource(options: ReadonlyMap<string, string | true>): CohortSource | null {
  const file = options.get("cohort") as string | undefined;
  const generate = options.get("generate");
  if (file !== undefined && generate !== undefined) throw new UsageError("--cohort and --generate: choose one");
  if (file !== undefined) return { file };
  if (generate !== undefined) return { size: wholeNumber("generate", generate), seed: wholeNumber("seed", options.get("seed"), 1) };
  if (options.has("seed")) throw new UsageError("--seed goes with --generate N");
  return null;
}

/** The report for a policy office: the transitions drawn first, the structural changes beneath. */
function behaviourPage(diff: VersionDiff, behaviour: BehaviourDiff, lang: "nl" | "en"): string {
  const title = `${diffWords(lang).title}: ${diff.old.id} ${diff.old.academic_year} → ${diff.new.id} ${diff.new.academic_year}`;
  return htmlPage(title, lang, `<h1>${escapeHtml(title)}</h1>\n${behaviourSections(behaviour, lang)}\n${structuralSections(diff, lang)}`);
}
