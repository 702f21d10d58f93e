/**
 * What a rule of a faculty file may call or read besides the student's facts, for the form's
 * lists: the definitions of an element (`art47.has_credit(c in courses)`) and the decisions of the
 * version's general texts (a faculty file sees every general text checked, engine/workspace), and
 * the file's own; each decision with every outcome it can give once the faculty files' exceptions
 * are counted — the outcomes the checker accepts in `outcome(…) = …` (RW014).
 */
import { outcomesOf, type Outcome, type Statement } from "../../../dsl/index.js";
import type { RegulationFile, RegulationVersion } from "../../../engine/index.js";
import { readersOf, readingBack } from "./reads-back.js";

export interface VisibleDefinition {
  /** As a faculty file calls it: `art47.has_credit`; unqualified for the file's own. */
  readonly id: string;
  readonly labelNl: string;
  readonly labelEn: string;
  /** The list each parameter is an element of (`courses`), in order. */
  readonly collections: readonly string[];
}

export interface VisibleDecision {
  /** As a rule names it: qualified, or unqualified for the file's own. */
  readonly id: string;
  /** Always qualified: `art47.early_second_chance`. */
  readonly key: string;
  readonly labelNl: string;
  readonly labelEn: string;
  readonly outcomes: readonly Outcome[];
  /** For a decision per element: the list it runs over (`courses`); it is read for one element of it. */
  readonly collection: string | null;
}

export interface VisibleNames {
  readonly definitions: readonly VisibleDefinition[];
  readonly decisions: readonly VisibleDecision[];
  /**
   * Per decision an exception of this file may change (qualified), the decisions that read it,
   * directly or through others: reading one of them there would be a cycle (reads-back.ts).
   */
  readonly readsBack: Readonly<Record<string, readonly string[]>>;
}

const pathOf = (e: { kind: string; path?: readonly string[] } | null | undefined): string | null => (e?.kind === "NameRef" && e.path ? e.path.join(".") : null);

function label(s: Statement, name: string): { labelNl: string; labelEn: string } {
  const l = s.kind === "Declaration" || s.kind === "DecisionDecl" ? s.label : null;
  return { labelNl: l?.nl ?? name, labelEn: l?.en ?? l?.nl ?? name };
}

/** Every outcome each decision of the version can give: its own rules', then its exceptions' in faculty files (as the version checker counts them). */
function outcomesAfterExceptions(files: readonly RegulationFile[]): Map<string, Set<Outcome>> {
  const out = new Map<string, Set<Outcome>>();
  const add = (id: string, outcomes: readonly Outcome[]) => out.set(id, new Set([...(out.get(id) ?? []), ...outcomes]));
  for (const file of files) {
    for (const s of file.ast.statements) {
      if (s.kind === "DecisionDecl" && s.name) add(`${file.namespace}.${s.name}`, outcomesOf(s.rules));
      if (s.kind === "ExceptionDecl" && s.target) add(s.target.path.length >= 2 ? s.target.path.join(".") : `${file.namespace}.${s.target.path.join(".")}`, outcomesOf(s.rules, false));
    }
  }
  return out;
}

function namesOf(file: RegulationFile, qualify: boolean, outcomes: Map<string, Set<Outcome>>, into: { definitions: VisibleDefinition[]; decisions: VisibleDecision[] }): void {
  for (const s of file.ast.statements) {
    if (s.kind === "Declaration" && s.name && s.role === "definition" && s.parameters.length > 0) {
      const collections = s.parameters.map((p) => pathOf(p.collection));
      if (collections.every((c): c is string => c !== null)) into.definitions.push({ id: qualify ? `${file.namespace}.${s.name}` : s.name, ...label(s, s.name), collections });
    }
    if (s.kind === "DecisionDecl" && s.name) {
      const id = `${file.namespace}.${s.name}`;
      into.decisions.push({ id: qualify ? id : s.name, key: id, ...label(s, s.name), outcomes: [...(outcomes.get(id) ?? [])], collection: s.forEach ? pathOf(s.forEach.collection) : null });
    }
  }
}

/**
 * The definitions of an element and the decisions a rule of `file` may name, the file's own first,
 * then the general texts' in folder order; and for each of `targets` (the decisions its exceptions
 * may change) the decisions that read it back.
 */
export function visibleNames(version: RegulationVersion, file: RegulationFile, targets: readonly string[]): VisibleNames {
  const into = { definitions: [] as VisibleDefinition[], decisions: [] as VisibleDecision[] };
  const files = [...version.files, ...version.uses.flatMap((u) => u.files)];
  const outcomes = outcomesAfterExceptions(files);
  if (file.meta.kind !== "general") namesOf(file, false, outcomes, into);
  for (const f of files) if (f.meta.kind === "general") namesOf(f, true, outcomes, into);
  const readers = readersOf(files.map((f) => ({ namespace: f.namespace, statements: f.ast.statements })));
  const decisions = new Set(into.decisions.map((d) => d.key));
  const readsBack = Object.fromEntries(targets.map((t) => [t, [...readingBack(readers, t)].filter((k) => decisions.has(k))]));
  return { ...into, readsBack };
}
