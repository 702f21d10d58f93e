/**
 * `regelwerk test <new-version-dir> --against <old-version-dir> [--article N] [--lang nl|en] [--json]`:
 * the migration checklist for a new year. The old version's examples, moved to the new year, run on
 * the new version; those that now decide differently are listed with the old and the new outcome,
 * the file and line that decided in each, and the new explanation's headline and reason. Exit 0
 * when none differ, 1 when some do, 2 when a folder is not a version that checks.
 */
import type { Lang } from "../../dsl/index.js";
import { openVersion, type RegulationVersion } from "../index.js";
import { nodeFileSystem as fs, nodeSha256 } from "../node/index.js";
import { testAgainst, type AgainstReport, type SideOutcome } from "../versioning/index.js";
import type { ParsedArgs } from "./args.js";
import type { Io } from "./io.js";
import { EXIT, UsageError } from "./exit-codes.js";

const WORDS = {
  nl: { examples: "voorbeelden van", ranOn: "uitgevoerd op", differ: "beslissen nu anders", none: "geen enkel voorbeeld beslist anders", absent: "bestaat niet", old: "oud", new: "nieuw" },
  en: { examples: "examples of", ranOn: "run on", differ: "now decide differently", none: "no example decides differently", absent: "does not exist", old: "old", new: "new" },
} as const;

function versionOrFail(dir: string, io: Io): RegulationVersion | null {
  if (!fs.isDirectory(dir)) throw new UsageError(`${dir}: no such directory; expected a regulation version folder (e.g. regulations/kuleuven-oer/2021-2022)`);
  const version = openVersion(fs, dir);
  if (!version) throw new UsageError(`${dir}: no manifest.yaml; expected a regulation version folder`);
  const errors = version.diagnostics.filter((d) => d.severity === "error");
  if (errors.length === 0) return version;
  io.err(`${dir}: ${errors.length} error(s) in the regulation files; run \`regelwerk check ${dir}\`\n`);
  return null;
}

/** Called by `test` when `--against` is given; the options are parsed there (TEST_OPTIONS). */
export function testAgainstCommand(args: ParsedArgs, io: Io): number {
  if (args.options.has("verbose")) throw new UsageError("--verbose does not go with --against");
  const lang = (args.options.get("lang") ?? "nl") as Lang;
  if (lang !== "nl" && lang !== "en") throw new UsageError(`--lang ${String(lang)}: expected nl or en`);
  const newDir = args.positionals[0];
  const oldDir = args.options.get("against");
  if (!newDir || typeof oldDir !== "string") throw new UsageError("test --against needs two version folders: regelwerk test <new-version-dir> --against <old-version-dir>");
  const next = versionOrFail(newDir, io);
  const old = versionOrFail(oldDir, io);
  if (!next || !old) return EXIT.badInput;
  if (next.manifest.id !== old.manifest.id) throw new UsageError(`${newDir} is ${next.manifest.id}, ${oldDir} is ${old.manifest.id}: --against compares two versions of one regulation set`);
  const article = args.options.get("article") as string | undefined;
  const report = testAgainst(next, old, lang, { hasher: nodeSha256, ...(article ? { include: (f) => String(f.meta.article) === article } : {}) });
  if (report.examples === 0) throw new UsageError(`${oldDir}${article ? ` --article ${article}` : ""}: no examples to run`);
  io.out(args.options.has("json") ? JSON.stringify(report, null, 2) + "\n" : renderAgainst(report, lang));
  return report.changed.length > 0 ? EXIT.findings : EXIT.ok;
}

function sideText(s: SideOutcome, lang: Lang): string {
  if (s.outcome === "absent") return WORDS[lang].absent;
  const value = s.value === null || s.value === undefined ? "" : ` ${JSON.stringify(s.value)}`;
  return `${s.outcome}${value}${s.decided_by ? ` (${s.decided_by})` : ""}`;
}

export function renderAgainst(report: AgainstReport, lang: Lang): string {
  const w = WORDS[lang];
  const out = [`${report.examples} ${w.examples} ${report.old.academic_year} ${w.ranOn} ${report.new.academic_year} (${report.old.dir} → ${report.new.dir}): ${report.changed.length} ${w.differ}`];
  if (report.changed.length === 0) out.push(w.none);
  for (const example of report.changed) {
    out.push("", `✗ ${example.file}: ${example.test}`);
    for (const d of example.decisions) {
      out.push(`    ${d.key}: ${sideText(d.old, lang)} → ${sideText(d.new, lang)}`);
      for (const line of d.explanation.split("\n").filter(Boolean)) out.push(`      ${line}`);
    }
  }
  return out.join("\n") + "\n";
}
