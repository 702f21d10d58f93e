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
import { qualifyKey } from "../check/index.js";
import { Evaluator, openVersion, runTests, type RegulationFile, type RegulationVersion } from "../index.js";
import { join } from "../load/index.js";
import { nodeFileSystem as fs, nodeSha256 } from "../node/index.js";
import { parseOptions } from "./args.js";
import { NEW_OPTIONS } from "./options.js";
import { EXIT, UsageError } from "./exit-codes.js";
import { printDiagnostics, type Io } from "./io.js";
import { supplementSkeleton, type OpenPoint, type SkeletonInput } from "./supplement-skeleton.js";
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

  const input: SkeletonInput = { general, faculty, campus, kind, facultyName: facultyName(version, faculty), open: openPoints(general), indexIds: indexIdsOf(version, general.meta.article, faculty), stub: stubFor(version, general, faculty, campus) };
  writeFileSync(out, supplementSkeleton(input), { flag: "wx" });
  return verify(out, version.dir, input, io);
}

/** The index's faculty provisions of this faculty on this article, in index order. */
function indexIdsOf(version: RegulationVersion, article: number | string, faculty: string): string[] {
  return (version.provisions?.provisions ?? []).filter((p) => p.layer === "faculty" && String(p.article) === String(article) && (p.faculties ?? []).includes(faculty)).map((p) => p.id);
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
  const generals = version.files.filter((f) => f.meta.kind === "general");
  const found = generals.find((f) => String(f.meta.article) === article.replace(/^0+(?=\d)/, ""));
  if (found) return found;
  const numbers = generals.map((f) => String(f.meta.article));
  throw new UsageError(`--article ${article}: ${version.manifest.id} ${version.manifest.academic_year} has no general text of that article; it has ${numbers.join(", ")}${didYouMean(article, numbers)}`);
}

/** The closed list of a context field (faculty, campus) in this version's context schema. */
function enumOf(version: RegulationVersion, field: string): readonly string[] {
  const schema = version.contextSchema as { properties?: { enrolment?: { properties?: Record<string, { enum?: string[] }> } } };
  return schema.properties?.enrolment?.properties?.[field]?.enum ?? [];
}

function closedValue(name: string, value: string | undefined, allowed: readonly string[]): string {
  if (value === undefined) throw new UsageError(`--${name} is needed; expected one of ${allowed.join(", ")}`);
  const exact = allowed.find((a) => a === value) ?? allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  if (exact) return exact;
  throw new UsageError(`--${name} ${value}: unknown; expected one of ${allowed.join(", ")}${didYouMean(value, allowed)}`);
}

/** The faculty's name as another of its files titles it ("… — Faculteit Farmaceutische Wetenschappen"). */
function facultyName(version: RegulationVersion, faculty: string): SkeletonInput["facultyName"] {
  for (const f of version.files) {
    if (f.meta.scope?.faculty !== faculty) continue;
    const nl = /Faculteit [^,(—]+/.exec(f.meta.title)?.[0].trim();
    if (nl) return { nl, en: /Faculty of [^,(—]+/.exec(f.meta.title_en ?? "")?.[0].trim() ?? null };
  }
  return null;
}

function openPoints(general: RegulationFile): OpenPoint[] {
  return (general.meta.open_to_faculties ?? []).map((name) => {
    const s = general.ast.statements.find((st) => (st.kind === "DecisionDecl" || st.kind === "Declaration") && st.name === name);
    const kind: OpenPoint["kind"] = s?.kind === "DecisionDecl" ? "decision" : s?.kind === "Declaration" && (s.role === "parameter" || s.role === "definition") ? s.role : "other";
    const label = s?.kind === "DecisionDecl" || s?.kind === "Declaration" ? s.label : null;
    return { name: `${general.namespace}.${name}`, kind, title: label?.nl ?? null };
  });
}

/**
 * The exception stub goes on the first decision the article opens; its test takes the facts of the
 * general text's first example of that decision that is not allowed (where a faculty text usually
 * makes its exception), in the new file's faculty and campus, and expects what the rules decide now.
 */
function stubFor(version: RegulationVersion, general: RegulationFile, faculty: string, campus: string | null): SkeletonInput["stub"] {
  const decision = openPoints(general).find((p) => p.kind === "decision");
  if (!decision) return null;
  const examples = general.meta.tests.flatMap((t) =>
    Object.entries(t.expect)
      .filter(([key]) => qualifyKey(key, general.namespace).id === decision.name)
      .map(([key, expected]) => ({ test: t, key, outcome: typeof expected === "string" ? expected : expected.outcome })),
  );
  const example = examples.find((e) => e.outcome !== "allowed") ?? examples[0];
  const base = (example?.test.given ?? {}) as Record<string, unknown>;
  const enrolment = { ...((base.enrolment as Record<string, unknown> | undefined) ?? {}), faculty, ...(campus ? { campus } : {}) };
  const given = { ...base, enrolment };
  const { id, item } = qualifyKey(example?.key ?? decision.name, general.namespace);
  const key = item !== null ? `${id}[${item}]` : id;
  const result = new Evaluator(version, nodeSha256).evaluate(given, { trace: false }).decisions.find((d) => d.id === key);
  return { decision: key, given, outcome: result?.outcome ?? "undetermined", layer: result?.layer ?? "general", from: example?.test.name ?? null };
}
