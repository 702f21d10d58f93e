/** The CLI commands: check, test, eval. Each returns its exit code and writes through `out`/`err`. */
import { hasErrors, type Diagnostic, type Lang } from "../../dsl/index.js";
import { contextValidator, Evaluator, explainDecision, explainResult, openAll, openVersion, readContexts, runTests, whatWouldChange, type RegulationVersion, type WhatIf } from "../index.js";
import { parseContextFile } from "../load/index.js";
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

function printDiagnostics(diagnostics: readonly Diagnostic[], io: Io): void {
  for (const d of diagnostics) io.out(renderDiagnostic(d, fs.read(d.source)) + "\n");
}

function loadOrFail(dir: string): RegulationVersion[] {
  if (!fs.isDirectory(dir)) throw new UsageError(`${dir}: no such directory; expected a folder with regulations (e.g. regulations)`);
  const versions = openAll(fs, dir);
  if (versions.length === 0) throw new UsageError(`${dir}: no manifest.yaml found at or under it; expected a regulation version folder`);
  return versions;
}

export function check(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv, [], ["quiet"]);
  const dir = args.positionals[0] ?? "regulations";
  const versions = loadOrFail(dir);
  const diagnostics = dedupe(versions.flatMap((v) => v.diagnostics));
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

export function test(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv, ["lang"], ["verbose"]);
  const lang = langOption(args.options.get("lang"));
  const versions = loadOrFail(args.positionals[0] ?? "regulations");
  let failed = 0;
  let passed = 0;
  let loadErrors = 0;
  for (const version of versions) {
    const errors = version.diagnostics.filter((d) => d.severity === "error");
    if (errors.length > 0) {
      io.out(`${version.dir}: ${errors.length} error(s) in the regulation files; run \`regelwerk check ${version.dir}\`\n`);
      printDiagnostics(errors, io);
      loadErrors += errors.length;
      continue;
    }
    const report = runTests(version, nodeSha256);
    io.out(`${version.manifest.id} ${version.manifest.academic_year}\n`);
    for (const r of report.results) {
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
    const covered = report.rules.length - report.uncovered.length;
    const percent = report.rules.length === 0 ? 100 : Math.floor((covered / report.rules.length) * 1000) / 10;
    io.out(`  rule coverage: ${covered}/${report.rules.length} rules (${percent}%)\n`);
    for (const u of report.uncovered) io.out(`    not exercised: ${u.file}:${u.line}: ${u.exception ? "exception " : ""}${u.text}\n`);
  }
  io.out(`${passed} passed, ${failed} failed\n`);
  return failed > 0 || loadErrors > 0 ? EXIT.findings : EXIT.ok;
}

function badContext(path: string, diagnostics: readonly Diagnostic[], io: Io): number {
  printDiagnostics(diagnostics, io);
  io.err(`${path}: the student context is not valid (${diagnostics.length} problem(s)); nothing was evaluated\n`);
  return EXIT.badInput;
}

function langOption(value: string | true | undefined): Lang {
  if (value === undefined) return "nl";
  if (value === "nl" || value === "en") return value;
  throw new UsageError(`--lang ${String(value)}: expected nl or en`);
}

export function evalCommand(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv, ["lang", "article", "regulation"], ["json", "verbose", "no-trace"]);
  const path = args.positionals[0];
  if (!path) throw new UsageError("eval needs a context file: regelwerk eval <context.yaml|json>");
  const text = fs.read(path);
  if (text === undefined) throw new UsageError(`${path}: cannot read this file`);
  const lang = langOption(args.options.get("lang"));
  const raw = parseContextFile(path, text);
  if (raw.diagnostics.length > 0) return badContext(path, raw.diagnostics, io);
  const first = (Array.isArray(raw.data) ? raw.data[0] : raw.data) as { enrolment?: { academic_year?: string } } | undefined;
  const dir = (args.options.get("regulation") as string | undefined) ?? versionDirForYear(first?.enrolment?.academic_year);
  const version = openVersion(fs, dir);
  if (!version) throw new UsageError(`${dir}: no manifest.yaml; expected a regulation version folder`);
  if (hasErrors(version.diagnostics)) {
    printDiagnostics(version.diagnostics.filter((d) => d.severity === "error"), io);
    io.err(`${dir}: the regulation has errors; run \`regelwerk check ${dir}\`\n`);
    return EXIT.badInput;
  }
  const { contexts, diagnostics } = readContexts(path, text, contextValidator(version.contextSchema));
  if (diagnostics.length > 0) return badContext(path, diagnostics, io);
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
  if (args.options.has("json")) {
    const withWhatIf = results.map((r) => ({ ...r, decisions: r.decisions.map((d) => (whatIfs.has(d.id) ? { ...d, what_if: whatIfs.get(d.id) } : d)) }));
    io.out(JSON.stringify(contexts.length === 1 ? withWhatIf[0] : withWhatIf, null, 2) + "\n");
  } else io.out(results.map((r) => explainResult(r, version, lang, args.options.has("verbose"), whatIfs)).join("\n"));
  return EXIT.ok;
}

export function fmt(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv, ["lang"], ["write"]);
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
