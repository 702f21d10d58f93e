/**
 * `regelwerk version new <set-dir> <from-year> <to-year>`: next year's version from this year's.
 * The folder is copied whole (the law is published whole); the manifest gets the new year, status
 * draft, its predecessor and its calendar moved (engine/versioning); the examples' dates and
 * academic years move with the calendar points they test, so `regelwerk test` passes on the new
 * version as on the old. Written to a folder beside the target and renamed only when complete.
 * Exit 0 done, 1 done but some examples no longer pass (listed), 2 bad input, 4 the target exists.
 */
import { cpSync, existsSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { isAcademicYear, anchorsOf, literalDates, byNearestAnchor, fitExamples, moveExamplesInText, moveManifestText, ruleHolds, shiftCalendar, type DateMap, type ShiftedPoint } from "../versioning/index.js";
import { join, loadVersion, type LoadedVersion } from "../load/index.js";
import { openVersion, runTests } from "../index.js";
import { nodeFileSystem as fs, nodeSha256 } from "../node/index.js";
import { parseArgs } from "./args.js";
import { VERSION_OPTIONS } from "./options.js";
import type { Io } from "./io.js";
import { EXIT, UsageError } from "./exit-codes.js";

/** `version new` takes no options; the table is what the help test reads. */

const USAGE = "regelwerk version new <set-dir> <from-year> <to-year> (e.g. regelwerk version new regulations/kuleuven-oer 2020-2021 2021-2022)";

export function versionCommand(argv: readonly string[], io: Io): number {
  const [sub, ...rest] = argv;
  if (sub !== "new") throw new UsageError(sub === undefined ? `version needs a subcommand: ${USAGE}` : `version ${sub}: unknown subcommand; expected new: ${USAGE}`);
  const args = parseArgs(rest, [], [], ["set folder", "from-year", "to-year"]);
  const [setDir, from, to] = args.positionals;
  if (!setDir || !from || !to) throw new UsageError(`version new needs a set folder and two academic years: ${USAGE}`);
  for (const year of [from, to]) if (!isAcademicYear(year)) throw new UsageError(`${year}: expected an academic year such as 2021-2022`);
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  if (years <= 0) throw new UsageError(`${from} → ${to}: the new academic year must come after the old one`);
  const source = join(setDir, from);
  const target = join(setDir, to);
  if (!fs.isDirectory(setDir)) throw new UsageError(`${setDir}: no such directory; expected a regulation set folder (e.g. regulations/kuleuven-oer)`);
  if (!fs.isDirectory(source) || fs.read(join(source, "manifest.yaml")) === undefined) throw new UsageError(`${source}: no version ${from} in ${setDir} (no ${join(source, "manifest.yaml")})`);
  if (existsSync(target)) {
    io.err(`regelwerk: ${target} exists already; nothing was written (remove it first, or choose another year)\n`);
    return EXIT.exists;
  }
  const old = loadVersion(fs, source);
  if (!old || old.diagnostics.some((d) => d.severity === "error")) throw new UsageError(`${source}: the version does not load; run \`regelwerk check ${source}\``);
  if (old.manifest.academic_year !== from) throw new UsageError(`${join(source, "manifest.yaml")}: academic_year is ${old.manifest.academic_year}, not ${from}`);
  for (const [name, entry] of Object.entries(old.manifest.calendar ?? {})) {
    if (entry.rule && !ruleHolds(entry.date, entry.rule)) throw new UsageError(`${join(source, "manifest.yaml")}: calendar.${name}: ${entry.date} is not what its rule says (${JSON.stringify(entry.rule)}); correct the date or the rule first`);
  }

  const points = shiftCalendar(old.manifest.calendar ?? {}, years, `${old.manifest.id} ${from}`);
  const newCalendar = Object.fromEntries(points.map((p) => [p.name, { date: p.new }]));
  const anchors = anchorsOf(old, old.manifest.calendar ?? {}, newCalendar);
  const nearest = byNearestAnchor(anchors, years);
  const partial = join(setDir, `.${to}.partial-${process.pid}`);
  try {
    cpSync(source, partial, { recursive: true, errorOnExist: true });
    const writeFiles = (mapFor: (file: string, test: number) => DateMap) => {
      writeFileSync(join(partial, "manifest.yaml"), moveManifestText(old.manifestPath, fs.read(old.manifestPath)!, from, to, points));
      for (const file of old.files) writeFileSync(join(partial, file.relPath), moveExamplesInText(file.path, file.text, (i) => mapFor(file.relPath, i), years));
    };
    writeFiles(() => nearest);
    const moved = openVersion(fs, partial);
    if (!moved || moved.diagnostics.some((d) => d.severity === "error")) throw new UsageError(`${source}: the moved version does not check; nothing was written (run \`regelwerk check ${source}\`)`);
    const fitting = fitExamples(moved, old, anchors, years, nodeSha256);
    if (fitting.refitted.length > 0) writeFiles((file, i) => fitting.refit.get(file)?.get(i) ?? nearest);
    const final = openVersion(fs, partial)!;
    const report = runTests(final, nodeSha256);
    const failed = report.results.filter((r) => r.failures.length > 0);
    renameSync(partial, target);
    io.out(summary(old, target, from, to, points, fitting.examples, fitting.refitted.length, failed.map((r) => `${r.file.relPath}: ${r.test.name}`)));
    const literals = literalDates(old);
    if (literals.length > 0) {
      // Not moved: a date written in a rule is not a calendar point; it is for a person to move (or to make a calendar point).
      const shown = literals.slice(0, 8).map((l) => `${l.file}:${l.line} ${l.date}`);
      io.out(`rules that write dates, not moved (${literals.length}): ${shown.join(", ")}${literals.length > shown.length ? ", …" : ""}\n`);
    }
    return failed.length > 0 ? EXIT.findings : EXIT.ok;
  } finally {
    if (existsSync(partial)) rmSync(partial, { recursive: true, force: true });
  }
}

const HOW: Record<ShiftedPoint["how"], string> = { rule: "by its rule", weekday: "same weekday, nearest; to confirm", same_day: "same day; to confirm" };

function summary(old: LoadedVersion, target: string, from: string, to: string, points: readonly ShiftedPoint[], examples: number, refitted: number, failed: readonly string[]): string {
  const out = [`${old.manifest.id} ${from} → ${to}: ${target} (predecessor ${from}, status draft), ${old.files.length} regulation file(s) copied`];
  if (points.length > 0) {
    out.push(`calendar (${points.length} point(s), ${points.filter((p) => p.to_confirm).length} to confirm):`);
    const width = Math.max(...points.map((p) => p.name.length));
    for (const p of points) out.push(`  ${p.name.padEnd(width)}  ${p.old} → ${p.new}  (${HOW[p.how]})`);
  }
  out.push(`examples: ${examples} moved with the calendar (${refitted} with all their dates by one shift), ${examples - failed.length} pass, ${failed.length} fail`);
  for (const f of failed) out.push(`  ✗ ${f}`);
  out.push(`next: regelwerk check ${target}; regelwerk test ${target}; regelwerk diff ${join(target, "..", from)} ${target}`);
  return out.join("\n") + "\n";
}
