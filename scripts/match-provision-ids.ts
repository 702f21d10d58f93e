/**
 * Proposes `provision_id`s for the provisions of a version's regulation files: each quote is looked
 * up in the seed text, and the index entries of the file's article and scope whose lines hold it are
 * its ids. Prints every proposal (file, paragraph, ids, the seed lines found) for a person to check;
 * with --write, inserts `provision_id:` before each matched provision's `quote:` line (the rest of
 * the file is left as it is). Provisions already carrying `provision_id` or `not_in_index` are skipped.
 *
 *   npm run build && node dist/scripts/match-provision-ids.js <version-dir> <seed.txt> [--write]
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { isMap, isScalar, isSeq, parse, parseDocument, type Node } from "yaml";

interface Entry {
  id: string;
  article: number;
  layer: string;
  faculties?: string[];
  counted: boolean;
  lines: [number, number][];
}

const [versionDir, seedPath, ...flags] = process.argv.slice(2);
if (!versionDir || !seedPath) {
  console.error("usage: match-provision-ids <version-dir> <seed.txt> [--write]");
  process.exit(2);
}
const write = flags.includes("--write");
const manifest = parse(readFileSync(join(versionDir, "manifest.yaml"), "utf8")) as { provisions_index?: string };
const indexPath = join(versionDir, manifest.provisions_index ?? "provisions.yaml");
// Provisions not in the seeds (N-…) have no lines to be found at.
const entries = (parse(readFileSync(indexPath, "utf8")) as { provisions: Entry[] }).provisions.filter((e) => e.lines);

// The seed lost its non-ASCII characters (`initi?le`) and has odd spaces and quotation marks:
// compare only letters and digits, lower case, and map each kept character back to its line.
const keep = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
const seedText = readFileSync(seedPath, "utf8").split("\n");
const lineOfChar: number[] = [];
let seedKept = "";
seedText.forEach((line, i) => {
  const k = keep(line.replace(/[^\x00-\x7f]|\?/g, ""));
  seedKept += k;
  for (let j = 0; j < k.length; j++) lineOfChar.push(i + 1);
});

/** The seed lines (1-based) on which each piece of a quote starts. */
function linesOf(quote: string): number[] | null {
  const pieces = quote
    .split(/…|\.\.\./)
    .map((p) => keep(p.replace(/[^\x00-\x7f]/g, "")))
    .filter((p) => p.length >= 12);
  if (pieces.length === 0) return null;
  // Faculties repeat each other's sentences (SW Antwerpen as LET): every occurrence counts.
  const found: number[] = [];
  for (const piece of pieces) {
    let at = seedKept.indexOf(piece);
    if (at < 0) return null;
    for (; at >= 0; at = seedKept.indexOf(piece, at + 1)) found.push(lineOfChar[at]!);
  }
  return [...new Set(found)];
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) && name !== "manifest.yaml" && path !== indexPath ? [path] : [];
  });
}

const near = (line: number, [a, b]: [number, number]) => line >= a - 1 && line <= b + 1;
let matched = 0;
let unmatched = 0;
for (const path of yamlFiles(versionDir)) {
  const text = readFileSync(path, "utf8");
  const doc = parseDocument(text);
  const meta = doc.toJS() as { article: number | string; kind: string; scope?: { faculty?: string }; provisions: { paragraph: string; quote: string; provision_id?: unknown; not_in_index?: string }[] };
  if (typeof meta.article !== "number") continue;
  const provisions = doc.get("provisions");
  if (!isSeq(provisions)) continue;
  const inserts: { offset: number; text: string }[] = [];
  meta.provisions.forEach((p, i) => {
    if (p.provision_id !== undefined || p.not_in_index !== undefined) return;
    const where = `${relative(versionDir, path)} [${i}] ${p.paragraph}`;
    const lines = linesOf(p.quote);
    if (!lines) {
      unmatched++;
      console.log(`?  ${where}: quote not found in the seed`);
      return;
    }
    const inScope = (e: Entry) =>
      meta.kind === "general" ? e.layer === "general" : e.layer === "faculty" ? e.faculties?.includes(meta.scope?.faculty ?? "") : e.layer === "general";
    const exact = entries.filter((e) => lines.some((l) => e.lines.some(([a, b]) => l >= a && l <= b)));
    const atLines = exact.some((e) => inScope(e)) ? exact : entries.filter((e) => lines.some((l) => e.lines.some((r) => near(l, r))));
    const scoped = atLines.filter((e) => inScope(e) && (meta.kind === "general" || e.layer === "faculty"));
    // A provision of another article (Titel 0's rounding in art. 33) is applied, not encoded, there: shown for a person to decide.
    let sameArticle = scoped.filter((e) => e.article === meta.article);
    // The catalogue cites a provision's key sentence; its heading or list may stand a few lines above.
    let mark = sameArticle.length > 0 ? "+ " : "+x";
    if (scoped.length === 0) {
      const near12 = entries.filter((e) => e.article === meta.article && inScope(e) && (meta.kind === "general" || e.layer === "faculty") && lines.some((l) => e.lines.some(([a, b]) => l >= a - 12 && l <= b + 12)));
      if (near12.length > 0) {
        sameArticle = near12;
        mark = "+~";
      }
    }
    const ids = (sameArticle.length > 0 ? sameArticle : scoped).map((e) => e.id);
    if (ids.length === 0) {
      unmatched++;
      const others = atLines.map((e) => e.id).join(", ");
      console.log(`-  ${where}: L${lines.join(",")}: no entry of art. ${meta.article} in scope${others ? ` (entries at these lines: ${others})` : ""}`);
      return;
    }
    matched++;
    console.log(`${mark} ${where}: L${lines.join(",")} → ${ids.join(", ")}`);
    const item = provisions.items[i] as Node;
    if (!isMap(item)) return;
    const quotePair = item.items.find((pair) => isScalar(pair.key) && pair.key.value === "quote");
    const keyStart = (quotePair?.key as Node | undefined)?.range?.[0];
    if (keyStart === undefined) return;
    const lineStart = text.lastIndexOf("\n", keyStart - 1) + 1;
    const indent = " ".repeat(keyStart - lineStart);
    const value = ids.length === 1 ? ids[0] : `[${ids.join(", ")}]`;
    // The key's own line may start with `- ` (quote first in the item): insert after that line instead.
    if (text.slice(lineStart, keyStart).trim() !== "") return;
    inserts.push({ offset: lineStart, text: `${indent}provision_id: ${value}\n` });
  });
  if (write && inserts.length > 0) {
    let out = text;
    for (const ins of inserts.sort((a, b) => b.offset - a.offset)) out = out.slice(0, ins.offset) + ins.text + out.slice(ins.offset);
    writeFileSync(path, out);
  }
}
console.log(`${matched} matched, ${unmatched} not matched`);
