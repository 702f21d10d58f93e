/**
 * `regelwerk articles [--regulation DIR]`: what a regulation version encodes, article by article —
 * the decisions of its general text and the faculty files (supplements and deviations) on each,
 * with their scope, so a policy officer sees where a faculty text changes the general rule.
 */
import { openVersion, type RegulationFile } from "../index.js";
import { nodeFileSystem as fs } from "../node/index.js";
import { parseOptions } from "./args.js";
import { ARTICLES_OPTIONS } from "./options.js";
import type { Io } from "./io.js";
import { EXIT, UsageError } from "./exit-codes.js";

const DEFAULT_VERSION = "regulations/kuleuven-oer/2020-2021";


export function articles(argv: readonly string[], io: Io): number {
  const args = parseOptions(argv, ARTICLES_OPTIONS);
  const dir = (args.options.get("regulation") as string | undefined) ?? DEFAULT_VERSION;
  const version = openVersion(fs, dir);
  if (!version) throw new UsageError(`${dir}: no manifest.yaml; expected a regulation version folder (--regulation DIR)`);
  io.out(`${version.manifest.id} ${version.manifest.academic_year}: ${version.manifest.title}\n`);
  const byArticle = new Map<string, RegulationFile[]>();
  for (const file of version.files) byArticle.set(String(file.meta.article), [...(byArticle.get(String(file.meta.article)) ?? []), file]);
  const order = [...byArticle.keys()].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
  for (const article of order) {
    const files = byArticle.get(article)!;
    const general = files.filter((f) => f.meta.kind === "general");
    const faculty = files.filter((f) => f.meta.kind !== "general");
    const title = general[0]?.meta.title ?? files[0]!.meta.title;
    io.out(`\n${/^\d+$/.test(article) ? `art. ${article} ${title}` : article === title ? title : `${article}: ${title}`}\n`);
    const decisions = general.flatMap((f) => f.ast.statements.flatMap((s) => (s.kind === "DecisionDecl" ? [`${f.namespace}.${s.name}`] : [])));
    io.out(`  decisions: ${decisions.length > 0 ? decisions.join(", ") : "none"}\n`);
    for (const f of faculty) io.out(`  ${f.meta.kind} ${scopeOf(f)}: ${f.relPath}\n`);
  }
  return EXIT.ok;
}

/** `FARM`, `SW Brussel`, `LAW [ma-rechten]`. */
function scopeOf(file: RegulationFile): string {
  const scope = file.meta.scope ?? {};
  const parts = [scope.faculty ?? "?", scope.campus, scope.programmes ? `[${scope.programmes.join(", ")}]` : undefined].filter(Boolean);
  return parts.join(" ");
}
