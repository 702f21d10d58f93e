/**
 * `regelwerk coverage [--regulation DIR] [--json]`: the version's files measured against its
 * provisions index — per article the general and faculty provisions encoded, quoted only and not
 * encoded, and the totals (docs/provisions.md defines each).
 */
import { coverageOf, openVersion, type CoverageReport } from "../index.js";
import type { Tally } from "../coverage/index.js";
import { nodeFileSystem as fs } from "../node/index.js";
import { parseOptions } from "./args.js";
import { COVERAGE_OPTIONS } from "./options.js";
import type { Io } from "./io.js";
import { EXIT, UsageError } from "./exit-codes.js";

const DEFAULT_VERSION = "regulations/kuleuven-oer/2020-2021";


export function coverage(argv: readonly string[], io: Io): number {
  const args = parseOptions(argv, COVERAGE_OPTIONS);
  const dir = (args.options.get("regulation") as string | undefined) ?? DEFAULT_VERSION;
  const version = openVersion(fs, dir);
  if (!version) throw new UsageError(`${dir}: no manifest.yaml; expected a regulation version folder (--regulation DIR)`);
  const report = coverageOf(version);
  if (!report) throw new UsageError(`${dir}: the manifest names no provisions index (provisions_index: provisions.yaml); coverage is measured against it`);
  if (args.options.has("json")) io.out(JSON.stringify(report, null, 2) + "\n");
  else if (args.options.has("markdown")) io.out(coverageMarkdown(report));
  else io.out(renderCoverage(report));
  return EXIT.ok;
}

const percent = (t: Tally) => (t.total === 0 ? "–" : `${Math.round((100 * t.encoded) / t.total)} %`);
const cell = (t: Tally) => (t.total === 0 ? "–" : `${t.encoded}/${t.total}${t.quoted > 0 ? ` (+${t.quoted} quoted)` : ""}`);

export function renderCoverage(report: CoverageReport): string {
  const lines = [
    `${report.version}: coverage against ${report.index}`,
    "encoded = cited by a file whose rules decide something; quoted = cited only by files whose rules decide nothing",
    "",
    `${"article".padEnd(12)}${"general".padEnd(22)}${"faculty".padEnd(22)}not encoded`,
  ];
  for (const a of report.articles) {
    const label = typeof a.article === "number" ? (a.article === 0 ? "Titel 0" : `art. ${a.article}`) : a.article;
    const missing = a.provisions.filter((p) => p.status === "not_encoded").map((p) => p.id);
    lines.push(`${label.padEnd(12)}${cell(a.general).padEnd(22)}${cell(a.faculty).padEnd(22)}${missing.join(", ")}`.trimEnd());
  }
  const { general, faculty } = report;
  lines.push(
    "",
    `total: general ${general.encoded}/${general.total} encoded (${percent(general)}), ${general.quoted} quoted only; faculty ${faculty.encoded}/${faculty.total} encoded (${percent(faculty)}), ${faculty.quoted} quoted only`,
  );
  if (report.not_in_index.length > 0) lines.push(`${report.not_in_index.length} provision(s) encoded that the index does not list (not_in_index; --json lists them)`);
  return lines.join("\n") + "\n";
}

/** The README's table (`--markdown`): totals, and the articles with a provision and nothing encoded. */
export function coverageMarkdown(report: CoverageReport): string {
  const row = (name: string, t: Tally) => `| ${name} | ${t.encoded} (${percent(t)}) | ${t.quoted} | ${t.total - t.encoded - t.quoted} | ${t.total} |`;
  const none = report.articles.filter((a) => a.general.encoded + a.faculty.encoded + a.general.quoted + a.faculty.quoted === 0);
  return [
    `| ${report.version} | encoded | quoted only | not encoded | total |`,
    "|---|---|---|---|---|",
    row("general", report.general),
    row("faculty", report.faculty),
    "",
    none.length === 0
      ? "Every article with computable provisions has something encoded."
      : `Articles with computable provisions and nothing encoded (${none.length}): ${none.map((a) => (a.article === 0 ? "Titel 0" : String(a.article))).join(", ")}.`,
  ].join("\n") + "\n";
}
