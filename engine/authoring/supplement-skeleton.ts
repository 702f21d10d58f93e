/**
 * The text of a new faculty file for `regelwerk new supplement`: metadata, what the article opens to
 * faculties (as comments to choose from), a provision to quote, an exception on an open decision
 * that does not apply until its condition is written, and a test. Every placeholder says TODO, and
 * the file checks and its test passes as written: a policy officer starts from a file that works.
 */
import { stringify } from "yaml";
import type { RegulationFile } from "../check/index.js";

export interface OpenPoint {
  /** `art22.minimum_credits` */
  readonly name: string;
  readonly kind: "decision" | "parameter" | "definition" | "other";
  /** The title the general text gives it, if any. */
  readonly title: string | null;
}

export interface SkeletonInput {
  readonly general: RegulationFile;
  readonly faculty: string;
  readonly campus: string | null;
  readonly kind: "supplement" | "deviation";
  /** "Faculteit Farmaceutische Wetenschappen", from another file of the faculty; null if none says. */
  readonly facultyName: { readonly nl: string; readonly en: string | null } | null;
  readonly open: readonly OpenPoint[];
  /** The provisions index's ids of this faculty's text on the article (docs/provisions.md); empty when it lists none. */
  readonly indexIds: readonly string[];
  /** The decision the exception stub is on, and the test: facts and what the rules decide for them now. */
  readonly stub: { readonly decision: string; readonly given: Record<string, unknown>; readonly outcome: string; readonly layer: string; readonly from: string | null } | null;
}

const q = (text: string) => JSON.stringify(text);

export function supplementSkeleton(input: SkeletonInput): string {
  const { general, faculty, campus, kind } = input;
  const article = general.meta.article;
  const who = [faculty, campus].filter(Boolean).join(" ");
  const role = kind === "supplement" ? { nl: "facultaire aanvulling", en: "faculty supplement" } : { nl: "facultaire afwijking", en: "faculty deviation" };
  const nameNl = input.facultyName?.nl ?? `TODO: naam van de faculteit (${faculty})`;
  const nameEn = input.facultyName?.en ?? `TODO: name of the faculty (${faculty})`;
  const lines: string[] = [
    `# art. ${article}, ${role.nl} ${who}: written by \`regelwerk new supplement\`. Replace every TODO with the`,
    `# faculty's text; \`regelwerk check\` and \`regelwerk test ${"<this file>"}\` say whether it still holds.`,
    `article: ${article}`,
    `title: ${q(`${general.meta.title} — ${nameNl}${campus ? `, campus ${campus}` : ""}`)}`,
    `title_en: ${q(`${general.meta.title_en ?? general.meta.title} — ${nameEn}${campus ? `, campus ${campus}` : ""}`)}`,
    `kind: ${kind}`,
    "scope:",
    `  faculty: ${faculty}`,
    ...(campus ? [`  campus: ${campus}`] : []),
    ...(kind === "deviation" ? [`approval: ${q("TODO: the approval the text cites (body, date), e.g. Academische Raad, …")}`] : []),
    "source:",
    `  document: ${q(general.meta.source.document)}`,
    `  section: ${q(`TODO: art. ${article} §…, ${role.nl[0]!.toUpperCase()}${role.nl.slice(1)} ${nameNl}`)}`,
    "provisions:",
    `  - paragraph: ${q(`TODO: §…, ${kind === "supplement" ? "aanvulling" : "afwijking"} ${faculty}`)}`,
    `    quote: ${q("TODO: de bepaling van de faculteit, kort en letterlijk geciteerd")}`,
    `    quote_en: ${q("TODO: the provision in English")}`,
    ...(input.indexIds.length > 0
      ? [`    provision_id: ${input.indexIds[0]}${input.indexIds.length > 1 ? ` # TODO: the index lists ${input.indexIds.join(", ")}: cite the one(s) quoted` : ""}`]
      : [`    not_in_index: ${q(`TODO: the provisions index lists no text of ${faculty} on art. ${article}: say where this one stands`)}`]),
    "interpretations:",
    `  - ${q("TODO: where the text is ambiguous, the reading chosen and why")}`,
    ...openPointLines(input.open, article, kind),
    "rules: |",
    ...ruleLines(input),
    "tests:",
    ...testLines(input),
  ];
  return lines.join("\n") + "\n";
}

function openPointLines(open: readonly OpenPoint[], article: number | string, kind: SkeletonInput["kind"]): string[] {
  const lines = [`# What art. ${article} opens to faculties (open_to_faculties of its general text):`];
  if (open.length === 0) lines.push("#   nothing: a faculty text on this article is a deviation citing its approval");
  for (const p of open) lines.push(`#   - ${p.kind === "decision" ? "exception to" : p.kind} ${p.name}${p.title ? `  ${q(p.title)}` : ""}`);
  lines.push(kind === "supplement" ? "# A supplement touches only these; anything else is a deviation (kind: deviation, with approval)." : "# A deviation may touch more than these; it cites its approval.");
  return lines;
}

function ruleLines(input: SkeletonInput): string[] {
  const others = input.open.filter((p) => p.name !== input.stub?.decision);
  const choices = others.map((p) =>
    p.kind === "decision" ? `  # exception to ${p.name}:\n  #   allowed if … "…" / "…"` : p.kind === "parameter" ? `  # parameter ${p.name.split(".").pop()} = … "…" / "…"` : `  # ${p.kind} ${p.name}`,
  );
  if (!input.stub) return ["  # TODO: the rules of the faculty text", ...choices];
  return [
    `  # TODO: the condition of the faculty text instead of \`false\` (until then the exception never applies),`,
    "  # and its reason in Dutch and English.",
    `  exception to ${input.stub.decision}:`,
    `    allowed if false "TODO: reden uit de tekst van de faculteit" / "TODO: the reason from the faculty's text"`,
    ...choices,
  ];
}

function testLines(input: SkeletonInput): string[] {
  if (!input.stub) return [];
  const given = stringify(input.stub.given, { indent: 2, lineWidth: 0 }).trimEnd().split("\n").map((l) => `      ${l}`);
  return [
    `  - name: ${q(`TODO: een student op wie de ${input.kind === "supplement" ? "aanvulling" : "afwijking"} van toepassing is`)}`,
    `    source: ${q(`TODO: the words of the text this example tests${input.stub.from ? ` (facts from the test '${input.stub.from}' of the general text)` : ""}`)}`,
    "    # TODO: facts at the edge of the faculty's condition, and the outcome the faculty text gives;",
    `    # today the rules decide ${input.stub.outcome} (${input.stub.layer}), which is what this test expects.`,
    "    given:",
    ...given,
    "    expect:",
    `      ${input.stub.decision}: { outcome: ${input.stub.outcome}, layer: ${input.stub.layer} }`,
  ];
}
