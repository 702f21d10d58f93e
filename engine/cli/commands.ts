/** The CLI commands: check, test, eval. Each returns its exit code and writes through `out`/`err`. */
import { readFileSync } from "node:fs";
import { hasErrors, type Diagnostic, type Lang } from "../../dsl/index.js";
import { narrowedRights } from "../testing/index.js";
import { contextValidator, Evaluator, explainDecision, explainResult, findVersionDirs, openAll, openVersion, readContexts, runTests, whatWouldChange, type RegulationVersion, type WhatIf } from "../index.js";
import { dirname, join, parseContextFile } from "../load/index.js";
import { nodeFileSystem as fs, nodeSha256 } from "../node/index.js";
import { parseArgs } from "./args.js";
import { EXIT, UsageError } from "./exit-codes.js";
import { formatPaths } from "./fmt.js";
import { renderDiagnostic } from "./render-diagnostics.js";
import { versionDirForYear } from "./version-for-year.js";

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

/** Errors and warnings go to standard error: standard output stays the command's result. */
function printDiagnostics(diagnostics: readonly Diagnostic[], io: Io, texts: ReadonlyMap<string, string> = new Map()): void {
  for (const d of diagnostics) io.err(renderDiagnostic(d, texts.get(d.source) ?? fs.read(d.source)) + "\n");
}

function loadOrFail(dir: string): RegulationVersion[] {
  if (!fs.isDirectory(dir)) throw new UsageError(`${dir}: no such directory; expected a folder with regulations (e.g. regulations)`);
  const versions = openAll(fs, dir);
  if (versions.length === 0) throw new UsageError(`${dir}: no manifest.yaml found at or under it; expected a regulation version folder`);
  return versions;
}

export function check(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv, [], ["quiet"], ["folder"]);
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

/**
 * `regelwerk test [folder|file] [--article N]`: a folder runs every version under it; a file runs the
 * examples of that file only (its version is the folder above it with a manifest); `--article`
 * keeps the files of one article. Coverage is counted over the files that ran.
 */
export function test(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv, ["lang", "article", "min-condition-coverage"], ["verbose"], ["folder or file"]);
  const minConditions = percentOption(args.options.get("min-condition-coverage"));
  let conditionsSeen = 0;
  let conditionsAll = 0;
  const lang = langOption(args.options.get("lang"));
  const target = args.positionals[0] ?? "regulations";
  const article = args.options.get("article") as string | undefined;
  const onlyFile = !fs.isDirectory(target) && fs.read(target) !== undefined ? join(target) : null;
  const versions = loadOrFail(onlyFile ? versionDirOf(onlyFile) : target);
  const selected = (path: string, fileArticle: number | string) => (onlyFile === null || join(path) === onlyFile) && (article === undefined || String(fileArticle) === article);
  let failed = 0;
  let passed = 0;
  let loadErrors = 0;
  let ran = 0;
  for (const version of versions) {
    const errors = version.diagnostics.filter((d) => d.severity === "error");
    if (errors.length > 0) {
      io.err(`${version.dir}: ${errors.length} error(s) in the regulation files; run \`regelwerk check ${version.dir}\`\n`);
      printDiagnostics(errors, io);
      loadErrors += errors.length;
      continue;
    }
    const files = version.files.filter((f) => selected(f.path, f.meta.article));
    if (files.length === 0) continue;
    ran += files.length;
    const paths = new Set(files.map((f) => f.path));
    const report = runTests(version, nodeSha256);
    io.out(`${version.manifest.id} ${version.manifest.academic_year}\n`);
    for (const r of report.results) {
      if (!paths.has(r.file.path)) continue;
      if (r.failures.length === 0) {
        passed++;
        if (args.options.has("verbose")) io.out(`  ✓ ${r.file.path}: ${r.test.name}\n`);
        continue;
      }
      failed++;
      io.out(`  ✗ ${r.file.path}: ${r.test.name}\n`);
      for (const f of r.failures) {
        io.out(`      ${f.key}: expected ${f.expected}, got ${f.actual}\n`);
        if (f.result) io.out(explainDecision(f.result, version, lang).replace(/^/gm, "        ") + "\n");
      }
    }
    const rules = report.rules.filter((r) => paths.has(r.file));
    const uncovered = report.uncovered.filter((r) => paths.has(r.file));
    const covered = rules.length - uncovered.length;
    const percent = rules.length === 0 ? 100 : Math.floor((covered / rules.length) * 1000) / 10;
    io.out(`  rule coverage: ${covered}/${rules.length} rules (${percent}%)\n`);
    for (const u of uncovered) io.out(`    not exercised: ${u.file}:${u.line}: ${u.exception ? "exception " : ""}${u.text}\n`);
    const conditions = report.conditions.filter((c) => paths.has(c.file));
    const both = conditions.filter((c) => c.seenTrue && c.seenFalse).length;
    conditionsSeen += both;
    conditionsAll += conditions.length;
    io.out(`  condition coverage: ${both}/${conditions.length} conditions seen both true and false (${percentOf(both, conditions.length)}%)\n`);
    for (const path of paths) {
      const own = conditions.filter((c) => c.file === path);
      const open = own.filter((c) => !(c.seenTrue && c.seenFalse));
      if (open.length === 0) continue;
      io.out(`    ${path}: ${own.length - open.length}/${own.length} (${percentOf(own.length - open.length, own.length)}%)\n`);
      for (const c of open) io.out(`      ${c.file}:${c.line}:${c.column}: ${c.text}: ${!c.seenTrue && !c.seenFalse ? "never evaluated" : c.seenTrue ? "never false" : "never true"}\n`);
    }
  }
  if (ran === 0 && loadErrors === 0) throw new UsageError(`${target}${article ? ` --article ${article}` : ""}: no regulation file with examples matches`);
  io.out(`${passed} passed, ${failed} failed\n`);
  const conditionPercent = percentOf(conditionsSeen, conditionsAll);
  if (minConditions !== null && conditionPercent < minConditions) {
    io.err(`condition coverage ${conditionPercent}% is below --min-condition-coverage ${minConditions}%\n`);
    return EXIT.findings;
  }
  return failed > 0 || loadErrors > 0 ? EXIT.findings : EXIT.ok;
}

/** A share in per cent with one decimal, rounded down (100 only when all are). */
function percentOf(part: number, whole: number): number {
  return whole === 0 ? 100 : Math.floor((part / whole) * 1000) / 10;
}

function percentOption(value: string | true | undefined): number | null {
  if (value === undefined) return null;
  const n = typeof value === "string" && /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
  if (!(n >= 0 && n <= 100)) throw new UsageError(`--min-condition-coverage: found '${String(value)}': expected a percentage from 0 to 100`);
  return n;
}

/** The version folder holding a regulation file: the nearest folder above it with a manifest. */
function versionDirOf(file: string): string {
  let dir = dirname(file);
  while (fs.read(join(dir, "manifest.yaml")) === undefined) {
    const up = dirname(dir);
    if (up === dir) throw new UsageError(`${file}: no manifest.yaml in a folder above it; expected a file inside a regulation version folder`);
    dir = up;
  }
  return dir;
}

function badContext(path: string, diagnostics: readonly Diagnostic[], io: Io, texts: ReadonlyMap<string, string>): number {
  printDiagnostics(diagnostics, io, texts);
  io.err(`${path}: the student context is not valid (${diagnostics.length} problem(s)); nothing was evaluated\n`);
  return EXIT.badInput;
}

/** A file, or standard input for `-` (its diagnostics then name `<stdin>`). */
function readInput(given: string): { path: string; text: string } {
  if (given === "-") {
    try {
      return { path: "<stdin>", text: readFileSync(0, "utf8") };
    } catch {
      throw new UsageError("-: cannot read standard input");
    }
  }
  const text = fs.read(given);
  if (text === undefined) throw new UsageError(`${given}: cannot read this file`);
  return { path: given, text };
}

function langOption(value: string | true | undefined): Lang {
  if (value === undefined) return "nl";
  if (value === "nl" || value === "en") return value;
  throw new UsageError(`--lang ${String(value)}: expected nl or en`);
}

export function evalCommand(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv, ["lang", "article", "regulation"], ["json", "verbose", "no-trace"], ["context file"]);
  const given = args.positionals[0];
  if (!given) throw new UsageError("eval needs a context file: regelwerk eval <context.yaml|json> (or - for standard input)");
  const { path, text } = readInput(given);
  const lang = langOption(args.options.get("lang"));
  const raw = parseContextFile(path, text);
  const texts = new Map([[path, text]]);
  if (raw.diagnostics.length > 0) return badContext(path, raw.diagnostics, io, texts);
  const first = (Array.isArray(raw.data) ? raw.data[0] : raw.data) as { enrolment?: { academic_year?: string } } | undefined;
  const dir = (args.options.get("regulation") as string | undefined) ?? versionDirForYear(first?.enrolment?.academic_year);
  const version = openVersion(fs, dir);
  if (!version) throw new UsageError(`${dir}: no manifest.yaml; expected a regulation version folder`);
  if (hasErrors(version.diagnostics)) {
    printDiagnostics(version.diagnostics.filter((d) => d.severity === "error"), io);
    io.err(`${dir}: the regulation has errors; run \`regelwerk check ${dir}\`\n`);
    return EXIT.badInput;
  }
  const { contexts, diagnostics } = readContexts(path, text, contextValidator(version.contextSchema), (version.manifest.programmes ?? []).map((p) => p.id));
  if (diagnostics.length > 0) return badContext(path, diagnostics, io, texts);
  const evaluator = new Evaluator(version, nodeSha256);
  const article = args.options.get("article") as string | undefined;
  const results = contexts.map((c) => evaluator.evaluate(c, { trace: !args.options.has("no-trace"), ...(article ? { article } : {}) }));
  if (article && results.every((r) => r.decisions.length === 0)) throw new UsageError(`--article ${article}: no decision of ${version.manifest.id} ${version.manifest.academic_year} belongs to that article`);
  // What would have to change, for the refusals of a single student (a search per refusal).
  const whatIfs = new Map<string, WhatIf>();
  if (contexts.length === 1 && !args.options.has("no-trace")) {
    const compiled = evaluator.compiledFor(contexts[0]!);
    for (const d of results[0]!.decisions) {
      if (d.outcome !== "refused" && d.outcome !== "warning" && d.outcome !== "required") continue;
      const change = whatWouldChange(compiled, contexts[0]!, d);
      if (change) whatIfs.set(d.id, change);
    }
  }
  // One student at a time: the output of thousands of students is never one string in memory.
  const json = args.options.has("json");
  if (json && contexts.length > 1) io.out("[\n");
  results.forEach((r, i) => {
    const last = i === results.length - 1;
    if (json) {
      const withWhatIf = { ...r, decisions: r.decisions.map((d) => (whatIfs.has(d.id) ? { ...d, what_if: whatIfs.get(d.id) } : d)) };
      const text = JSON.stringify(withWhatIf, null, 2);
      io.out(contexts.length === 1 ? text + "\n" : text.replace(/^/gm, "  ") + (last ? "\n]\n" : ",\n"));
    } else io.out(explainResult(r, version, lang, args.options.has("verbose"), whatIfs) + (last ? "" : "\n"));
  });
  return EXIT.ok;
}

export function fmt(argv: readonly string[], io: Io): number {
  // --check is the default made explicit (for CI): list what would change, exit 1 if anything would.
  const args = parseArgs(argv, ["lang"], ["write", "check"]);
  if (args.options.has("write") && args.options.has("check")) throw new UsageError("--write and --check exclude each other: --check only reports");
  const lang = args.options.has("lang") ? langOption(args.options.get("lang")) : undefined;
  const paths = args.positionals.length > 0 ? args.positionals : ["regulations"];
  for (const p of paths) if (fs.read(p) === undefined && !fs.isDirectory(p)) throw new UsageError(`${p}: no such file or directory`);
  const write = args.options.has("write");
  const outcomes = formatPaths(paths, lang, write);
  let changed = 0;
  for (const o of outcomes) {
    if (o.status === "changed") {
      changed++;
      io.out(`${write ? "formatted" : "would format"} ${o.path}\n`);
    } else if (o.status === "skipped") io.out(`skipped ${o.path}: ${o.reason}\n`);
  }
  io.out(`${outcomes.length} file(s), ${changed} ${write ? "formatted" : "not formatted"}\n`);
  return !write && changed > 0 ? EXIT.findings : EXIT.ok;
}
