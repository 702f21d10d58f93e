/**
 * What the skeleton of a new faculty file on an article is made of, read from the checked version:
 * the faculty's name as its other files title it, what the general text opens to faculties, the
 * provisions index's ids of the faculty's text on the article, and the exception stub with its
 * test. Pure (no file system): `regelwerk new supplement` and the browser editor's worker both
 * build the skeleton from it, so a file started in either place is the same file.
 */
import { qualifyKey, type RegulationFile, type RegulationVersion } from "../check/index.js";
import { Evaluator } from "../evaluate/index.js";
import type { Hasher } from "../receipt/index.js";
import type { OpenPoint, SkeletonInput } from "./supplement-skeleton.js";

export function skeletonInput(version: RegulationVersion, general: RegulationFile, faculty: string, campus: string | null, kind: SkeletonInput["kind"], sha256: Hasher): SkeletonInput {
  return { general, faculty, campus, kind, facultyName: facultyName(version, faculty), open: openPoints(general), indexIds: indexIdsOf(version, general.meta.article, faculty), stub: stubFor(version, general, faculty, campus, sha256) };
}

/** The general text of an article in a version (`22`, `022`), or undefined. */
export function generalTextOf(version: RegulationVersion, article: string): RegulationFile | undefined {
  return version.files.find((f) => f.meta.kind === "general" && String(f.meta.article) === article.replace(/^0+(?=\d)/, ""));
}

/** The closed list of a context field (faculty, campus) in this version's context schema. */
export function enumOf(version: RegulationVersion, field: string): readonly string[] {
  const schema = version.contextSchema as { properties?: { enrolment?: { properties?: Record<string, { enum?: string[] }> } } };
  return schema.properties?.enrolment?.properties?.[field]?.enum ?? [];
}

/** The index's faculty provisions of this faculty on this article, in index order. */
function indexIdsOf(version: RegulationVersion, article: number | string, faculty: string): string[] {
  return (version.provisions?.provisions ?? []).filter((p) => p.layer === "faculty" && String(p.article) === String(article) && (p.faculties ?? []).includes(faculty)).map((p) => p.id);
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

export function openPoints(general: RegulationFile): OpenPoint[] {
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
function stubFor(version: RegulationVersion, general: RegulationFile, faculty: string, campus: string | null, sha256: Hasher): SkeletonInput["stub"] {
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
  const result = new Evaluator(version, sha256).evaluate(given, { trace: false }).decisions.find((d) => d.id === key);
  return { decision: key, given, outcome: result?.outcome ?? "undetermined", layer: result?.layer ?? "general", from: example?.test.name ?? null };
}
