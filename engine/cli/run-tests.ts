/**
 * `regelwerk test [folder|file] [--article N]`: run the examples in regulation files and report rule
 * coverage over the files that ran.
 */
import { conditionCovered, coveredAsComplement, explainDecision, runTests, type Condition } from "../index.js";
import { join } from "../load/index.js";
import { nodeFileSystem as fs, nodeSha256 } from "../node/index.js";
import { parseOptions } from "./args.js";
import { TEST_OPTIONS } from "./options.js";
import { mark } from "./colour.js";
import { EXIT, UsageError } from "./exit-codes.js";
import { langOption, printDiagnostics, type Io } from "./io.js";
import { testAgainstCommand } from "./test-against.js";
import { loadOrFail, versionDirOf } from "./version-folders.js";

/** `--against` and `--json` belong to the migration checklist (test-against.ts), which shares this table. */

/**
 * `regelwerk test [folder|file] [--article N]`: a folder runs every version under it; a file runs the
 * examples of that file only (its version is the folder above it with a manifest); `--article`
 * keeps the files of one article. Coverage is counted over the files that ran.
 */
export function test(argv: readonly string[], io: Io): number {
  const args = parseOptions(argv, TEST_OPTIONS);
  if (args.options.has("against")) return testAgainstCommand(args, io);
  if (args.options.has("json")) throw new UsageError("--json goes with --against <old-version-dir>");
  const minConditions = percentOption(args.options.get("min-condition-coverage"));
  let conditionsSeen = 0;
  let conditionsAll = 0;
  const colour = io.colour?.out === true;
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
    const report = runTests(version, nodeSha256, undefined, { definitions: true });
    io.out(`${version.manifest.id} ${version.manifest.academic_year}\n`);
    for (const r of report.results) {
      if (!paths.has(r.file.path)) continue;
      if (r.failures.length === 0) {
        passed++;
        if (args.options.has("verbose")) io.out(`  ${mark(colour, true)} ${r.file.path}: ${r.test.name}\n`);
        continue;
      }
      failed++;
      io.out(`  ${mark(colour, false)} ${r.file.path}: ${r.test.name}\n`);
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
    const both = conditions.filter(conditionCovered).length;
    const complements = conditions.filter(coveredAsComplement).length;
    conditionsSeen += both;
    conditionsAll += conditions.length;
    const through = complements > 0 ? ` or covered as complements (${complements})` : "";
    io.out(`  condition coverage: ${both}/${conditions.length} conditions seen both true and false${through} (${percentOf(both, conditions.length)}%)\n`);
    for (const path of paths) {
      const own = conditions.filter((c) => c.file === path);
      const open = own.filter((c) => !conditionCovered(c));
      const listed = args.options.has("verbose") ? own.filter((c) => !conditionCovered(c) || coveredAsComplement(c)) : open;
      if (listed.length === 0) continue;
      io.out(`    ${path}: ${own.length - open.length}/${own.length} (${percentOf(own.length - open.length, own.length)}%)\n`);
      for (const c of listed) io.out(`      ${c.file}:${c.line}:${c.column}: ${c.text}: ${conditionState(c)}\n`);
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

/** What the examples made of a condition not seen both ways; a complement names the earlier condition it is covered through. */
function conditionState(c: Condition): string {
  const seen = !c.seenTrue && !c.seenFalse ? "never evaluated" : c.seenTrue ? "never false" : "never true";
  if (coveredAsComplement(c)) return `${seen}, covered as the complement of line ${c.complement!.of.line} (${c.complement!.of.text}, seen true and false)`;
  if (c.complement && c.seenTrue !== c.seenFalse) return `${seen}; complement of line ${c.complement.of.line} (${c.complement.of.text}), not seen both true and false`;
  return seen;
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
