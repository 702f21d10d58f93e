/**
 * What the form offers for one file, from its checked version: the decisions and parameters the
 * article opens to faculties (a decision with the outcomes its rules give and, for a decision per
 * element, the fields of that element), the facts of the context schema, the closed lists of the
 * scope (faculties, campuses, programmes), the article's general text, and the names a condition
 * may compare with (parameters, calendar points), and the definitions of an element and decisions
 * a condition may call or read.
 */
import { OUTCOMES, type Outcome } from "../../../dsl/index.js";
import type { RegulationFile, RegulationVersion } from "../../../engine/index.js";
import { factsOf, schemaAt, type Fact, type SchemaNode } from "./facts.js";
import { visibleNames, type VisibleNames } from "./visible-names.js";

export interface OpenDecision {
  /** Qualified: `art22.minimum_credits`. */
  readonly id: string;
  readonly labelNl: string;
  readonly labelEn: string;
  /** The outcomes the general decision's rules give, then the others. */
  readonly outcomes: readonly Outcome[];
  /** For a decision taken per element (`for each c in courses`): the element's variable and fields. */
  readonly element: { readonly variable: string; readonly collection: string; readonly facts: readonly Fact[] } | null;
}

export interface OpenParameter {
  readonly id: string;
  readonly labelNl: string;
  /** The general value as written (`25 sp`). */
  readonly general: string;
}

export interface FormContext {
  readonly decisions: readonly OpenDecision[];
  readonly parameters: readonly OpenParameter[];
  readonly facts: readonly Fact[];
  /** Names a condition may compare with: the article's parameters and the version's calendar points. */
  readonly names: readonly string[];
  readonly faculties: readonly string[];
  readonly campuses: readonly string[];
  readonly programmes: readonly { readonly id: string; readonly name: string; readonly faculty?: string }[];
  readonly contextSchema: object;
  /** The article's general text: its title, article number and provisions. */
  readonly general: { readonly path: string; readonly article: string; readonly title: string; readonly provisions: readonly { paragraph: string; quote: string }[] } | null;
  /** The version's set and year (`kuleuven-oer`, `2020-2021`): which source text applies. */
  readonly set: string;
  readonly year: string;
  /** What a condition may call or read besides facts: definitions of an element and decisions (visible-names.ts). */
  readonly visible: VisibleNames;
}

const EMPTY: FormContext = { decisions: [], parameters: [], facts: [], names: [], faculties: [], campuses: [], programmes: [], contextSchema: {}, general: null, set: "", year: "", visible: { definitions: [], decisions: [], readsBack: {} } };

function enumAt(schema: object, path: readonly string[]): string[] {
  return (schemaAt(schema, path)?.enum ?? []).map(String);
}

function openDecision(general: RegulationFile, name: string, schema: object): OpenDecision | null {
  const decl = general.ast.statements.find((s) => s.kind === "DecisionDecl" && s.name === name);
  if (!decl || decl.kind !== "DecisionDecl") return null;
  const used = [...new Set(decl.rules.map((r) => r.outcome).filter((o): o is Outcome => o !== null))];
  const outcomes = [...used, ...(Object.keys(OUTCOMES) as Outcome[]).filter((o) => !used.includes(o))];
  let element: OpenDecision["element"] = null;
  const collection = decl.forEach?.collection;
  if (decl.forEach && collection?.kind === "NameRef") {
    const items = (schemaAt(schema, collection.path) as SchemaNode | null)?.items;
    if (items) element = { variable: decl.forEach.variable, collection: collection.path.join("."), facts: factsOf(items, decl.forEach.variable) };
  }
  return { id: `${general.namespace}.${name}`, labelNl: decl.label?.nl ?? name, labelEn: decl.label?.en ?? decl.label?.nl ?? name, outcomes, element };
}

/** The decisions the file's exceptions change, qualified. */
function exceptionTargets(file: RegulationFile): string[] {
  return file.ast.statements.flatMap((s) => (s.kind === "ExceptionDecl" && s.target ? [s.target.path.length >= 2 ? s.target.path.join(".") : `${file.namespace}.${s.target.path.join(".")}`] : []));
}

export function formContextOf(version: RegulationVersion | null, uri: string): FormContext {
  const file = version?.files.find((f) => f.path === uri);
  if (!version || !file) return EMPTY;
  const schema = version.contextSchema;
  const general = version.files.find((f) => f.namespace === file.namespace && f.meta.kind === "general") ?? null;
  const open = general?.meta.open_to_faculties ?? [];
  const decisions = general ? open.map((n) => openDecision(general, n, schema)).filter((d): d is OpenDecision => d !== null) : [];
  const parameters: OpenParameter[] = [];
  const names: string[] = Object.keys(version.manifest.calendar ?? {}).map((k) => `calendar.${k}`);
  for (const s of general?.ast.statements ?? []) {
    if (s.kind !== "Declaration" || s.role !== "parameter") continue;
    names.unshift(`${general!.namespace}.${s.name}`);
    if (open.includes(s.name)) parameters.push({ id: `${general!.namespace}.${s.name}`, labelNl: s.label?.nl ?? s.name, general: general!.text.slice(s.value?.span.start ?? 0, s.value?.span.end ?? 0) });
  }
  const [set = "", year = ""] = uri.split("/").slice(1, 3);
  return {
    decisions,
    parameters,
    facts: factsOf(schema),
    names,
    faculties: enumAt(schema, ["enrolment", "faculty"]),
    campuses: enumAt(schema, ["enrolment", "campus"]),
    programmes: (version.manifest.programmes ?? []).map((p) => ({ id: p.id, name: p.name, ...(p.faculty ? { faculty: p.faculty } : {}) })),
    contextSchema: schema,
    general: general
      ? {
          path: general.path,
          article: String(general.meta.article ?? ""),
          title: String(general.meta.title ?? ""),
          provisions: (general.meta.provisions ?? []).map((p) => ({ paragraph: String(p.paragraph), quote: String(p.quote) })),
        }
      : null,
    set,
    year,
    visible: visibleNames(version, file, [...decisions.map((d) => d.id), ...exceptionTargets(file)]),
  };
}
