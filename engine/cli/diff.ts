/**
 * `regelwerk diff <old-version-dir> <new-version-dir>`: what changed between two versions of a
 * regulation set, per article, as text (nl/en), JSON or one self-contained HTML file; with
 * `--cohort students.ndjson` or `--generate N --seed S`, also what changes for those students.
 * Exit codes as diff(1): 0 no differences, 1 differences, 2 trouble (a folder that is not a
 * version, files that do not load, a line of the cohort that is not a student).
 */
import type { Diagnostic } from "../../dsl/index.js";
import { behaviourSections, changedDecisions, diffVersions, diffWords, escapeHtml, htmlPage, isEmptyDiff, renderBehaviourText, renderDiffHtml, renderDiffText, renderSideBySideHtml, renderSideBySideText, sideBySide, structuralSections, type BehaviourDiff, type VersionDiff } from "../diff/index.js";
import { contextValidator, Evaluator, openVersion, readContexts, type RegulationVersion } from "../index.js";
import { loadVersion, parseContextFile, type LoadedVersion } from "../load/index.js";
import { nodeSha256 } from "../node/index.js";
import { nodeFileSystem as fs } from "../node/index.js";
import { parseOptions } from "./args.js";
import { DIFF_OPTIONS } from "./options.js";
import type { Io } from "./io.js";
import { wholeNumber } from "./cohort.js";
import { behaviourDiff, checkedVersion, type CohortSource } from "./diff-behaviour.js";
import { EXIT, UsageError } from "./exit-codes.js";
import { renderDiagnostic } from "./render-diagnostics.js";

/** Loaded only for the structural diff; loaded and checked, once, when students are evaluated too. */
function loadOrFail(dir: string, io: Io, checked: true): RegulationVersion | Diagnostic[];
function loadOrFail(dir: string, io: Io, checked: boolean): LoadedVersion | RegulationVersion | Diagnostic[];
function loadOrFail(dir: string, io: Io, checked: boolean): LoadedVersion | RegulationVersion | Diagnostic[] {
  if (!fs.isDirectory(dir)) throw new UsageError(`${dir}: no such directory; expected a regulation version folder (e.g. regulations/kuleuven-oer/2020-2021)`);
  const version = checked ? openVersion(fs, dir) : loadVersion(fs, dir);
  if (!version) throw new UsageError(`${dir}: no manifest.yaml; expected a regulation version folder`);
  const errors = version.diagnostics.filter((d) => d.severity === "error");
  if (errors.length === 0) return version;
  for (const d of errors) io.out(renderDiagnostic(d, fs.read(d.source)) + "\n");
  io.err(`${dir}: the regulation files do not load; run \`regelwerk check ${dir}\`\n`);
  return errors;
}


export function diffCommand(argv: readonly string[], io: Io): number {
  const args = parseOptions(argv, DIFF_OPTIONS);
  const [oldDir, newDir, extra] = args.positionals;
  if (!oldDir || !newDir || extra !== undefined) throw new UsageError("diff needs two version folders: regelwerk diff <old-version-dir> <new-version-dir>");
  const lang = args.options.get("lang") ?? "nl";
  if (lang !== "nl" && lang !== "en") throw new UsageError(`--lang ${String(lang)}: expected nl or en`);
  if (args.options.has("json") && args.options.has("html")) throw new UsageError("--json and --html: choose one");
  if (args.options.has("student")) return studentDiff(oldDir, newDir, args.options, lang, io);
  if (args.options.has("article")) throw new UsageError("--article goes with --student FILE");
  const source = cohortSource(args.options);
  const before = loadOrFail(oldDir, io, source !== null);
  const after = loadOrFail(newDir, io, source !== null);
  if (Array.isArray(before) || Array.isArray(after)) return EXIT.badInput;
  const diff = diffVersions(before, after);
  if (!source) {
    if (args.options.has("json")) io.out(JSON.stringify(diff, null, 2) + "\n");
    else if (args.options.has("html")) io.out(renderDiffHtml(diff, lang));
    else io.out(renderDiffText(diff, lang));
    return isEmptyDiff(diff) ? EXIT.ok : EXIT.findings;
  }
  const behaviour = behaviourDiff(before as RegulationVersion, after as RegulationVersion, source, lang);
  if (args.options.has("json")) io.out(JSON.stringify({ ...diff, behaviour }, null, 2) + "\n");
  else if (args.options.has("html")) io.out(behaviourPage(diff, behaviour, lang, labelOf(before), labelOf(after)));
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
function behaviourPage(diff: VersionDiff, behaviour: BehaviourDiff, lang: "nl" | "en", oldLabel: string, newLabel: string): string {
  const title = `${diffWords(lang).title}: ${diff.old.id} ${diff.old.academic_year} → ${diff.new.id} ${diff.new.academic_year}`;
  return htmlPage(title, lang, `<h1>${escapeHtml(title)}</h1>\n${behaviourSections(behaviour, lang, { old: oldLabel, new: newLabel })}\n${structuralSections(diff, lang)}`);
}

function labelOf(version: { readonly manifest: { readonly id: string; readonly academic_year: string } }): string {
  return `${version.manifest.id} ${version.manifest.academic_year}`;
}

/**
 * `--student FILE`: one student's decisions under both versions, the two explanations side by side
 * (text: a before/after block per changed decision; --html: two columns; --json: the rows).
 * Exit 0 when no decision changed, 1 when some did.
 */
function studentDiff(oldDir: string, newDir: string, options: ReadonlyMap<string, string | true>, lang: "nl" | "en", io: Io): number {
  for (const clash of ["cohort", "generate", "seed"]) if (options.has(clash)) throw new UsageError(`--student and --${clash}: choose one`);
  const path = options.get("student") as string;
  const text = fs.read(path);
  if (text === undefined) throw new UsageError(`--student ${path}: cannot read this file`);
  const before = checkedVersion(oldDir);
  const after = checkedVersion(newDir);
  const raw = parseContextFile(path, text);
  const contexts: Record<string, unknown>[] = [];
  for (const version of [before, after]) {
    const read = raw.diagnostics.length > 0 ? { contexts: [], diagnostics: raw.diagnostics } : readContexts(path, text, contextValidator(version.contextSchema), (version.manifest.programmes ?? []).map((p) => p.id));
    if (read.diagnostics.length > 0) {
      for (const d of read.diagnostics) io.err(renderDiagnostic(d, text) + "\n");
      io.err(`${path}: not a valid student context for ${labelOf(version)}; nothing was evaluated\n`);
      return EXIT.badInput;
    }
    if (read.contexts.length !== 1) throw new UsageError(`--student ${path}: holds ${read.contexts.length} students; give one`);
    contexts.push(read.contexts[0] as Record<string, unknown>);
  }
  const article = options.get("article") as string | undefined;
  const evaluateIn = (version: RegulationVersion, context: Record<string, unknown>) => new Evaluator(version, nodeSha256).evaluate(context, { trace: true, ...(article ? { article } : {}) });
  const old = evaluateIn(before, contexts[0]!);
  const next = evaluateIn(after, contexts[1]!);
  if (article && old.decisions.length + next.decisions.length === 0) throw new UsageError(`--article ${article}: no decision of either version belongs to that article`);
  const rows = sideBySide(before, after, old, next, lang);
  if (options.has("json")) io.out(JSON.stringify({ student: path, old: labelOf(before), new: labelOf(after), decisions: rows }, null, 2) + "\n");
  else if (options.has("html")) {
    const title = `${labelOf(before)} → ${labelOf(after)}: ${path}`;
    io.out(htmlPage(title, lang, `<h1>${escapeHtml(title)}</h1>\n${renderSideBySideHtml(rows, labelOf(before), labelOf(after), lang)}`));
  } else io.out(renderSideBySideText(rows, labelOf(before), labelOf(after), lang));
  return rows.some((r) => r.changed) ? EXIT.findings : EXIT.ok;
}
