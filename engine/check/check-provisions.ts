/**
 * Provision citations (docs/provisions.md): each `provision_id` of a file's provisions must name an
 * entry of the version's provisions index (RW060, with the nearest ids); a provision cited by two
 * files of the same scope with the same quote (or one quote inside the other) is probably encoded
 * twice (RW061) — a file citing a provision of another article (Titel 0's rounding in art. 33)
 * applies it and is not counted, and two files quoting different sentences of one catalogue entry
 * encode different parts of it; in a version with an index, a provision with neither an id nor
 * `not_in_index` is not yet matched (RW062); a faculty file citing another faculty's provision has
 * probably the wrong id (RW063), unless the file is limited to programmes, which Titel 0 may place
 * under another faculty's text (the master in de sportgeneeskunde under MED, with FABER's rules).
 */
import { diagnostic, didYouMean, type Diagnostic } from "../../dsl/index.js";
import { spanOfPath, yamlOf, type LoadedFile, type ProvisionsIndex } from "../load/index.js";

/** The ids a provision entry cites, with the YAML path of each (for positions). */
export function citedIds(file: LoadedFile): { id: string; provision: number; path: (string | number)[] }[] {
  // (one provision entry may cite several ids; each id is reported at its own place)
  return file.meta.provisions.flatMap((p, i) => {
    const ids = p.provision_id === undefined ? [] : typeof p.provision_id === "string" ? [p.provision_id] : p.provision_id;
    return ids.map((id, j) => ({ id, provision: i, path: typeof p.provision_id === "string" ? ["provisions", i, "provision_id"] : ["provisions", i, "provision_id", j] }));
  });
}

/** Files of the same scope: the general text, or one faculty (campus, programmes) layer. */
function scopeKey(file: LoadedFile): string {
  if (file.meta.kind === "general") return "general";
  const s = file.meta.scope ?? {};
  return [s.faculty ?? "", s.campus ?? "", [...(s.programmes ?? [])].sort().join(",")].join("|");
}

/** A quote's words, lower case, without punctuation or elisions: for comparing two quotes. */
function words(quote: string): string {
  return quote.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

export function checkProvisions(files: readonly LoadedFile[], index: ProvisionsIndex | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  const entries = new Map((index?.provisions ?? []).map((p) => [p.id, p]));
  const firstCitation = new Map<string, { file: LoadedFile; quote: string }[]>();
  for (const file of files) {
    // Read the YAML again (for positions) only when there is something to place.
    const yaml = () => yamlOf(file);
    const citedHere = new Set<string>();
    for (const { id, path, provision } of citedIds(file)) {
      const at = () => spanOfPath(yaml(), path);
      const entry = entries.get(id);
      if (!index) {
        out.push(diagnostic("RW060-unknown-provision", `provision_id '${id}': this version has no provisions index (the manifest's provisions_index)`, at(), file.path));
        continue;
      }
      if (!entry) {
        out.push(diagnostic("RW060-unknown-provision", `provision_id '${id}' is not in the provisions index ${index.path}${didYouMean(id, entries.keys())}`, at(), file.path));
        continue;
      }
      const faculty = file.meta.scope?.faculty;
      if (file.meta.kind !== "general" && entry.layer === "faculty" && faculty && !entry.faculties?.includes(faculty) && !file.meta.scope?.programmes) {
        out.push(diagnostic("RW063-provision-of-another-scope", `provision_id '${id}' is a provision of ${entry.faculties?.join(", ")}, and this file speaks for ${faculty}`, at(), file.path));
      }
      if (citedHere.has(id) || entry.article !== file.meta.article) continue;
      citedHere.add(id);
      const key = `${scopeKey(file)}#${id}`;
      const quote = words(file.meta.provisions[provision]!.quote);
      const earlier = firstCitation.get(key) ?? [];
      const same = earlier.find((c) => c.quote.includes(quote) || quote.includes(c.quote));
      if (same) {
        out.push(diagnostic("RW061-provision-cited-twice", `provision_id '${id}' is also cited by ${same.file.path} with the same quote, a file of the same scope: is it encoded twice?`, at(), file.path));
      }
      firstCitation.set(key, [...earlier, { file, quote }]);
    }
    if (!index) continue;
    file.meta.provisions.forEach((p, i) => {
      if (p.provision_id === undefined && p.not_in_index === undefined) {
        out.push(diagnostic("RW062-provision-without-id", `provision '${p.paragraph}' cites no provision_id of ${index.path} and gives no not_in_index reason`, spanOfPath(yaml(), ["provisions", i], "paragraph"), file.path));
      }
    });
  }
  return out;
}
