/**
 * `regelwerk new supplement --article N --faculty F [--campus C] [--kind supplement|deviation]
 * [--regulation DIR] [--out FILE]`: write the skeleton of a faculty file into the version folder,
 * beside the article's general text (`art-22/farm.yaml`, `art-22/sw-leuven.yaml`), then load the
 * version again and run the new file's test, so what is written is known to check and pass.
 * An existing file is never overwritten; an unknown article, faculty or campus names the nearest.
 */
import { existsSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { didYouMean, hasErrors } from "../../dsl/index.js";
import { enumOf, generalTextOf, skeletonInput, supplementSkeleton, type SkeletonInput } from "../authoring/index.js";
import { openVersion, runTests, type RegulationFile, type RegulationVersion } from "../index.js";
import { join } from "../load/index.js";
import { nodeFileSystem as fs, nodeSha256 } from "../node/index.js";
import { parseOptions } from "./args.js";
import { NEW_OPTIONS } from "./options.js";
import { EXIT, UsageError } from "./exit-codes.js";
import { printDiagnostics, type Io } from "./io.js";
import { versionDirForYear } from "./version-for-year.js";

const USAGE = "regelwerk new supplement --article N --faculty F [--campus C] [--kind supplement|deviation] [--regulation DIR] [--out FILE]";

export function newCommand(argv: readonly string[], io: Io): number {
  const args = parseOptions(argv, NEW_OPTIONS);
  const what = args.positionals[0];
  if (what !== "supplement") throw new UsageError(`${what === undefined ? "new needs what to write" : `new ${what}: unknown`}; expected: ${USAGE}`);
  const option = (name: string) => args.options.get(name) as string | undefined;
  const dir = option("regulation") ?? versionDirForYear(undefined);
  const version = openVersion(fs, dir);
  if (!version) throw new UsageError(`${dir}: no manifest.yaml; expected a regulation version folder (--regulation DIR)`);
  if (hasErrors(version.diagnostics)) {
    printDiagnostics(version.diagnostics.filter((d) => d.severity === "error"), io);
    throw new UsageError(`${dir}: the regulation has errors; run \`regelwerk check ${dir}\` first`);
  }
  const article = option("article");
  if (article === undefined) throw new UsageError(`--article is needed; expected: ${USAGE}`);
  const general = generalText(version, article);
  const faculty = closedValue("faculty", option("faculty"), enumOf(version, "faculty"));
  const campusGiven = option("campus");
  const campus = campusGiven === undefined ? null : closedValue("campus", campusGiven, enumOf(version, "campus"));
  const kind = option("kind") ?? "supplement";
  if (kind !== "supplement" && kind !== "deviation") throw new UsageError(`--kind ${kind}: expected supplement or deviation`);

  const out = option("out") ?? join(dirname(general.path), `${[faculty, campus].filter(Boolean).join("-").toLowerCase()}.yaml`);
  const inside = relative(resolve(version.dir), resolve(out));
  if (inside.startsWith("..") || resolve(out) === resolve(version.dir)) throw new UsageError(`--out ${out}: outside the version folder ${version.dir}; the file must be in it to be checked and tested with it`);
  if (!out.endsWith(".yaml")) throw new UsageError(`--out ${out}: expected a .yaml file`);
  if (existsSync(out)) throw new UsageError(`${out}: already exists; it is not overwritten (choose another name with --out FILE)`);

  const input = skeletonInput(version, general, faculty, campus, kind, nodeSha256);
  writeFileSync(out, supplementSkeleton(input), { flag: "wx" });
  return verify(out, version.dir, input, io);
}

/** Load the version with the new file and run its test: what `new` wrote must check and pass. */
function verify(out: string, dir: string, input: SkeletonInput, io: Io): number {
  const version = openVersion(fs, dir)!;
  const mine = version.files.find((f) => resolve(f.path) === resolve(out));
  const errors = version.diagnostics.filter((d) => d.severity === "error" && resolve(d.source) === resolve(out));
  if (!mine || errors.length > 0) {
    printDiagnostics(errors, io);
    io.err(`regelwerk: internal error, please report it: the skeleton written to ${out} does not load cleanly\n`);
    return EXIT.internal;
  }
  const results = runTests(version, nodeSha256, (f) => f === mine).results;
  const failed = results.filter((r) => r.failures.length > 0).length;
  const todos = (fs.read(out) ?? "").split("\n").filter((l) => l.includes("TODO")).length;
  io.out(`wrote ${out}: art. ${input.general.meta.article}, ${input.kind} ${[input.faculty, input.campus].filter(Boolean).join(" ")}\n`);
  io.out(`  it checks, and its test ${failed === 0 ? "passes" : "FAILS"} (${results.length} test(s)); ${todos} line(s) say TODO\n`);
  io.out(`  next: fill in the TODOs, then \`regelwerk check ${dir}\` and \`regelwerk test ${out}\`\n`);
  return failed === 0 ? EXIT.ok : EXIT.findings;
}

function generalText(version: RegulationVersion, article: string): RegulationFile {
  const found = generalTextOf(version, article);
  if (found) return found;
  const numbers = version.files.filter((f) => f.meta.kind === "general").map((f) => String(f.meta.article));
  throw new UsageError(`--article ${article}: ${version.manifest.id} ${version.manifest.academic_year} has no general text of that article; it has ${numbers.join(", ")}${didYouMean(article, numbers)}`);
}

function closedValue(name: string, value: string | undefined, allowed: readonly string[]): string {
  if (value === undefined) throw new UsageError(`--${name} is needed; expected one of ${allowed.join(", ")}`);
  const exact = allowed.find((a) => a === value) ?? allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  if (exact) return exact;
  throw new UsageError(`--${name} ${value}: unknown; expected one of ${allowed.join(", ")}${didYouMean(value, allowed)}`);
}
