/**
 * Small in-memory regulation sets for the engine tests: a manifest and regulation files written as
 * YAML text, loaded through `memoryFileSystem`, so each test states exactly the files it needs.
 */
import { openVersion } from "../../engine/index.js";
import { memoryFileSystem } from "../../engine/index.js";
import type { RegulationVersion } from "../../engine/index.js";

export const DIR = "oer/2020-2021";

export const MANIFEST = `id: oer
title: Test-OER
academic_year: 2020-2021
status: draft
language: nl
sources:
  - title: Test-OER 2020-2021
calendar:
  academic_year_start:
    date: 2020-09-21
    source: test
programmes:
  - id: ba-rechten-verkort
    name: Verkorte bachelor in de rechten
    faculty: LAW
`;

export interface FileSpec {
  /** Namespace of a general file (`art10`). */
  readonly id?: string;
  readonly article?: number;
  readonly kind?: "general" | "supplement" | "deviation";
  readonly scope?: { faculty?: string; campus?: string; programmes?: string[]; per_course?: boolean };
  readonly approval?: string;
  readonly open?: readonly string[];
  readonly quote?: string;
  readonly quoteEn?: string;
  readonly paragraph?: string;
  /** The provision's `provision_id` (an id, or several), or its `not_in_index` reason. */
  readonly provisionId?: string | readonly string[];
  readonly notInIndex?: string;
  /** The rules, without indentation; indented under `rules: |` here. */
  readonly rules: string;
  /** Raw YAML for `tests:` (default: none). */
  readonly tests?: string;
}

function indent(text: string, by: string): string {
  return text
    .trim()
    .split("\n")
    .map((line) => (line.length > 0 ? by + line : line))
    .join("\n");
}

/** A regulation file's YAML text. */
export function regulationYaml(spec: FileSpec): string {
  const kind = spec.kind ?? "general";
  const lines: string[] = [];
  if (spec.id) lines.push(`id: ${spec.id}`);
  lines.push(`article: ${spec.article ?? 10}`, `title: Artikel ${spec.article ?? 10}`, `kind: ${kind}`);
  if (spec.scope) {
    lines.push("scope:");
    if (spec.scope.faculty) lines.push(`  faculty: ${spec.scope.faculty}`);
    if (spec.scope.campus) lines.push(`  campus: ${spec.scope.campus}`);
    if (spec.scope.programmes) lines.push(`  programmes: [${spec.scope.programmes.join(", ")}]`);
    if (spec.scope.per_course) lines.push("  per_course: true");
  }
  if (spec.approval) lines.push(`approval: ${JSON.stringify(spec.approval)}`);
  lines.push("source:", "  document: Test-OER", `  section: art. ${spec.article ?? 10}`);
  lines.push("provisions:", `  - paragraph: ${JSON.stringify(spec.paragraph ?? "§2")}`, `    quote: ${JSON.stringify(spec.quote ?? "Een citaat.")}`);
  if (spec.quoteEn) lines.push(`    quote_en: ${JSON.stringify(spec.quoteEn)}`);
  if (spec.provisionId) lines.push(`    provision_id: ${typeof spec.provisionId === "string" ? spec.provisionId : `[${spec.provisionId.join(", ")}]`}`);
  if (spec.notInIndex) lines.push(`    not_in_index: ${JSON.stringify(spec.notInIndex)}`);
  if (spec.open) lines.push(`open_to_faculties: [${spec.open.join(", ")}]`);
  lines.push("rules: |", indent(spec.rules, "  "));
  lines.push(spec.tests ? `tests:\n${indent(spec.tests, "  ")}` : "tests: []");
  return lines.join("\n") + "\n";
}

/** Load a version from files relative to the version folder (`art-10/general.yaml` → spec or raw text). */
export function loadSet(files: Readonly<Record<string, FileSpec | string>>, manifest = MANIFEST): RegulationVersion {
  const all: Record<string, string> = { [`${DIR}/manifest.yaml`]: manifest };
  for (const [path, spec] of Object.entries(files)) all[`${DIR}/${path}`] = typeof spec === "string" ? spec : regulationYaml(spec);
  const version = openVersion(memoryFileSystem(all), DIR);
  if (!version) throw new Error("no version loaded");
  return version;
}

export function errorsOf(version: RegulationVersion) {
  return version.diagnostics.filter((d) => d.severity === "error");
}
