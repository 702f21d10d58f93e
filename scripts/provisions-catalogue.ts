/**
 * Reads the catalogue of computable provisions (a markdown file with one `#### <id> · <article> ·
 * <kind and faculty> · [Campus …] · [scope: …] · L<lines>` heading per provision, then bullets
 * `- Gist:`, `- Count: … (not counted)`, `- Quote: «…»`) into provisions index entries.
 */

export const FACULTIES = ["KERK", "ARCH", "FABER", "BIR", "FEB", "FARM", "MED", "IIW", "ING", "LET", "PPW", "LAW", "SW", "THEO", "WET", "HIW"] as const;
const CAMPUSES = ["Leuven", "Brussel", "Kortrijk", "Antwerpen", "Brugge", "Gent", "Geel", "Aalst", "Diepenbeek", "Sint-Katelijne-Waver"];

export interface IndexEntry {
  id: string;
  article: number;
  paragraph?: string;
  section?: string;
  layer: "general" | "faculty" | "meta";
  faculties?: string[];
  kind?: ("supplement" | "deviation")[];
  campus?: string[];
  programmes?: string;
  counted: boolean;
  not_counted?: string;
  lines: [number, number][];
  gist?: string;
  quote?: string;
  not_in_seeds?: boolean;
  /** Line of the heading in the catalogue (for messages; not written to the index). */
  headingLine: number;
  /** While reading: the heading names no lines, the bullets give them per faculty. */
  fromBullets?: boolean;
}

export interface CatalogueProblem {
  line: number;
  message: string;
}

const HEADING = /^#### ([GFM](?:-[A-Z]+)?-\d+\.[0-9a-z]+) · (.*)$/;

export function parseCatalogue(text: string): { source?: string; entries: IndexEntry[]; problems: CatalogueProblem[] } {
  const lines = text.split("\n");
  const entries: IndexEntry[] = [];
  const problems: CatalogueProblem[] = [];
  const sourceMatch = /Source: `([^`]+)`/.exec(text);
  let current: IndexEntry | null = null;
  lines.forEach((line, i) => {
    if (line.startsWith("#")) current = null;
    if (line.startsWith("#### ")) {
      const m = HEADING.exec(line);
      if (!m) {
        problems.push({ line: i + 1, message: `heading without a provision id: ${line}` });
        return;
      }
      current = entryFromHeading(m[1]!, m[2]!, i + 1, problems);
      if (current) {
        if (entries.some((e) => e.id === current!.id)) problems.push({ line: i + 1, message: `id ${current.id} given twice` });
        entries.push(current);
      }
      return;
    }
    if (!current) return;
    // An entry whose heading names no lines (F-XXX-38.1) lists them per faculty in its bullets.
    const perFaculty = /^- ([A-Z]+) (?:aanv|afw)\b.*$/.exec(line);
    if (perFaculty && current.fromBullets) addFromBullet(current, perFaculty[1]!, line);
    const bullet = /^- (Gist|Count|Quote[^:]*): (.*)$/.exec(line);
    if (!bullet) return;
    const [, key, value] = bullet as unknown as [string, string, string];
    if (key === "Gist") current.gist ??= value.trim();
    else if (key === "Count") {
      if (/not counted/.test(value)) {
        current.counted = false;
        current.not_counted = value.replace(/\s*\(not counted\)\s*$/, "").trim();
      }
    } else if (!current.quote) {
      const q = /«([^»]*)»/.exec(value);
      if (q) current.quote = q[1];
    }
  });
  // The per-faculty table (D.1) says which faculties a multi-faculty entry is credited to: the text of
  // F-MISC-14.x names eleven faculties, but only six give an amount or a list of courses.
  const credited = creditsPerFaculty(lines);
  for (const e of entries) {
    const to = FACULTIES.filter((f) => credited.get(f)?.has(e.id));
    if (e.layer === "faculty" && e.counted) {
      if (to.length === 0) problems.push({ line: e.headingLine, message: `${e.id}: counted, but the per-faculty table credits no faculty with it` });
      else if (e.faculties && e.faculties.length > 1) e.faculties = [...to];
    }
    if (e.lines.length === 0) problems.push({ line: e.headingLine, message: `${e.id}: no seed lines (L…) in the heading or its bullets` });
    if (e.layer === "faculty" && !e.faculties) problems.push({ line: e.headingLine, message: `${e.id}: no faculty named` });
    delete e.fromBullets;
  }
  return { source: sourceMatch?.[1], entries, problems };
}

function entryFromHeading(id: string, rest: string, headingLine: number, problems: CatalogueProblem[]): IndexEntry | null {
  const segments = rest.split(" · ").map((s) => s.trim());
  const articleSegment = segments[0] ?? "";
  const article = Number(/-(\d+)\.[0-9a-z]+$/.exec(id)![1]);
  const lines = [...rest.matchAll(/(?<![A-Za-z0-9])L(\d+)(?:-(\d+))?(?![0-9A-Za-z])/g)].map((m) => [Number(m[1]), Number(m[2] ?? m[1])] as [number, number]);
  const layer = id.startsWith("G-") ? "general" : id.startsWith("F-") ? "faculty" : "meta";
  const entry: IndexEntry = { id, article, layer, counted: layer !== "meta", lines, headingLine };
  if (lines.length === 0) entry.fromBullets = true;
  if (layer === "meta") entry.not_counted = "routing: decides which rules apply";
  const paragraph = /^(?:Art\. \d+|TITEL 0|Titel 0)\s*(.*)$/i.exec(articleSegment)?.[1]?.replace(/^"|"$/g, "").trim();
  if (paragraph) entry.paragraph = paragraph;
  const kindSegment = segments[1] ?? "";
  const section = /^(.*?)\s*ALGEMEEN/.exec(kindSegment)?.[1]?.trim();
  if (section) entry.section = section;
  if (layer !== "general") {
    const kinds = new Set<"supplement" | "deviation">();
    if (/\baanv\b|aanv\+/.test(kindSegment)) kinds.add("supplement");
    if (/\bafw\b|\+afw/.test(kindSegment)) kinds.add("deviation");
    if (kinds.size > 0) entry.kind = [...kinds];
    const own = /^[FM]-([A-Z]+)-/.exec(id)?.[1];
    const named = FACULTIES.filter((f) => new RegExp(`\\b${f}\\b`).test(kindSegment));
    const faculties = own && (FACULTIES as readonly string[]).includes(own) ? [own, ...named.filter((f) => f !== own)] : named;
    if (faculties.length > 0) entry.faculties = faculties;
  }
  const multi = (entry.faculties?.length ?? 0) > 1;
  const campusText = segments.slice(1).filter((s) => !s.startsWith("scope:") && (s.startsWith("Campus") || /^aanv|^afw/.test(s)));
  const campus = multi ? [] : CAMPUSES.filter((c) => campusText.some((s) => new RegExp(`\\b${c}\\b`).test(s)));
  if (campus.length > 0) entry.campus = campus;
  const scope = segments.find((s) => s.startsWith("scope:"));
  if (scope) entry.programmes = scope.slice("scope:".length).trim();
  return entry;
}

function addFromBullet(entry: IndexEntry, faculty: string, line: string): void {
  if (!(FACULTIES as readonly string[]).includes(faculty)) return;
  entry.faculties = [...new Set([...(entry.faculties ?? []), faculty])];
  entry.kind = [...new Set([...(entry.kind ?? []), / afw\b/.test(line) ? ("deviation" as const) : ("supplement" as const)])];
  for (const m of line.matchAll(/(?<![A-Za-z0-9])L(\d+)(?:-(\d+))?(?![0-9A-Za-z])/g)) entry.lines.push([Number(m[1]), Number(m[2] ?? m[1])]);
}

/** The per-faculty table: `| CODE | name | count | aanv / afw | id, id, … |` rows. */
function creditsPerFaculty(lines: readonly string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const line of lines) {
    const cells = line.split("|").map((c) => c.trim());
    const code = cells[1];
    if (!code || !(FACULTIES as readonly string[]).includes(code) || cells.length < 6) continue;
    out.set(code, new Set(cells[5]!.split(",").map((id) => id.trim()).filter((id) => /^F-/.test(id))));
  }
  return out;
}
