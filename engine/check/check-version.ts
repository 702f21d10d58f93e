/**
 * Check all files of a loaded version together: article namespaces, faculty scopes, then every
 * file's rules against the symbols of the others (general texts first, so supplements see their
 * article's typed names), and the tests' facts and expectations. Returns a checked version; the
 * loaded one is not changed.
 */
import {
  OUTCOMES,
  DATE,
  STRING,
  checkFile,
  diagnostic,
  didYouMean,
  declaresName,
  decisionCycles,
  outcomesOf,
  type Outcome,
  forEachName,
  symbolOf,
  typeFromSchema,
  type CheckEnv,
  type CheckResult,
  type Diagnostic,
  type FieldInfo,
  type JsonSchema,
  type Span,
  type SymbolInfo,
  type Type,
} from "../../dsl/index.js";
import { contextSchema, contextValidator, mergedContextSchema, schemaProblems, spanOfPath, yamlOf, type LoadedFile, type LoadedVersion, type Manifest } from "../load/index.js";
import { dependencyOrder, namespacesRead } from "./check-order.js";
import { checkCalendarScopes } from "./check-calendar-scope.js";
import { checkPerCourseFiles } from "./check-per-course.js";
import { checkProvisions } from "./check-provisions.js";
import type { RegulationFile, RegulationVersion } from "./model.js";

export const FACULTIES: readonly string[] = (contextSchema.properties.enrolment.properties.faculty as { enum: string[] }).enum;

/** A loaded file with the namespace it speaks in, before its rules are checked. */
interface Placed {
  readonly file: LoadedFile;
  readonly namespace: string;
}

export function contextTypeFor(manifest: Manifest, schema: object = contextSchema): Type {
  const base = typeFromSchema(schema as JsonSchema);
  // The version's own academic year is a calendar point too ("2020-2021"), so a rule that needs
  // "this academic year" names it instead of writing the year.
  const calendarFields: Record<string, FieldInfo> = {
    academic_year: { type: STRING, description: { nl: `academiejaar van deze versie (${manifest.academic_year})`, en: `this version's academic year (${manifest.academic_year})` } },
  };
  for (const [name, entry] of Object.entries(manifest.calendar ?? {})) {
    calendarFields[name] = { type: DATE, description: { nl: entry.label ?? name, en: entry.label ?? name } };
  }
  if (base.kind !== "object") return base;
  return {
    kind: "object",
    fields: {
      ...base.fields,
      calendar: { type: { kind: "object", fields: calendarFields }, description: { nl: "De kalender van deze versie (manifest).", en: "This version's calendar (manifest)." } },
    },
  };
}

/** Symbols of the general files of a version, as other sets see them. */
export function exportedSymbols(version: RegulationVersion): Map<string, Map<string, SymbolInfo>> {
  const out = new Map<string, Map<string, SymbolInfo>>();
  for (const file of version.files) {
    if (file.meta.kind !== "general") continue;
    out.set(file.namespace, new Map(file.check.symbols));
  }
  return out;
}

/** Check a loaded version, and first the versions it uses (each once, however often it is used). */
export function checkVersion(loaded: LoadedVersion, checked = new Map<string, RegulationVersion>()): RegulationVersion {
  const done = checked.get(loaded.dir);
  if (done) return done;
  const uses = loaded.uses.map((u) => checkVersion(u, checked));
  const { manifest } = loaded;
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];
  const schema = mergedContextSchema(loaded.extensions);
  const contextType = contextTypeFor(manifest, schema);
  const externals = new Map<string, Map<string, SymbolInfo>>();
  for (const used of uses) for (const [ns, symbols] of exportedSymbols(used)) externals.set(ns, symbols);

  const generalByArticle = new Map<string, LoadedFile>();
  const openPoints = new Map<string, Set<string>>();
  for (const file of loaded.files.filter((f) => f.meta.kind === "general")) {
    const article = String(file.meta.article);
    const namespace = file.meta.id ?? "";
    const previous = generalByArticle.get(article);
    if (previous || externals.has(namespace)) {
      diagnostics.push(diagnostic("RW030-duplicate-name", `article ${article} (id '${namespace}') already has a general file${previous ? `: ${previous.path}` : ""}`, spanOfPath(yamlOf(file), ["id"]), file.path));
      continue;
    }
    generalByArticle.set(article, file);
    openPoints.set(namespace, new Set(file.meta.open_to_faculties ?? []));
    // Declared before any file is checked, so names of later articles are known (typed once checked).
    externals.set(namespace, predeclare(file, namespace));
  }

  const programmeIds = new Set((manifest.programmes ?? []).map((p) => p.id));
  const placed: Placed[] = [];
  for (const file of loaded.files) {
    if (file.meta.kind === "general") {
      if (generalByArticle.get(String(file.meta.article)) === file) placed.push({ file, namespace: file.meta.id ?? "" });
      continue;
    }
    const general = generalByArticle.get(String(file.meta.article));
    if (!general) {
      diagnostics.push(diagnostic("RW052-missing-file", `this ${file.meta.kind} is to article ${file.meta.article}, which has no general file in ${loaded.dir}`, spanOfPath(yamlOf(file), ["article"]), file.path));
      continue;
    }
    const faculty = file.meta.scope?.faculty;
    if (!faculty || !FACULTIES.includes(faculty)) {
      diagnostics.push(
        diagnostic("RW054-unknown-scope", `$.scope.faculty: found ${JSON.stringify(faculty ?? null)}: expected one of ${FACULTIES.join(", ")}${didYouMean(faculty ?? "", FACULTIES)}`, spanOfPath(yamlOf(file), ["scope", "faculty"]), file.path),
      );
    }
    (file.meta.scope?.programmes ?? []).forEach((id, i) => {
      if (!programmeIds.has(id)) {
        diagnostics.push(
          diagnostic("RW054-unknown-scope", `$.scope.programmes[${i}]: unknown programme '${id}': expected an id from the manifest's programmes${didYouMean(id, programmeIds)}`, spanOfPath(yamlOf(file), ["scope", "programmes", i]), file.path),
        );
      }
    });
    placed.push({ file, namespace: general.meta.id ?? "" });
  }
  placed.sort((a, b) => Number(a.file.meta.kind !== "general") - Number(b.file.meta.kind !== "general"));

  // General texts in the order of what they read (check-order.ts), then the others; `files` keeps the file order.
  const generals = placed.filter((p) => p.file.meta.kind === "general");
  const namespaces = new Set(generals.map((p) => p.namespace));
  const decisionOutcomes = outcomesAfterLayers(placed);
  const order = [...dependencyOrder(generals, (p) => p.namespace, (p) => namespacesRead(p.file.ast, namespaces)), ...placed.map((_, i) => i).slice(generals.length)];
  const checkedAt: RegulationFile[] = [];
  for (const i of order) {
    const { file, namespace } = placed[i]!;
    const env: CheckEnv = {
      context: contextType,
      namespace,
      role: file.meta.kind,
      hasApproval: Boolean(file.meta.approval),
      externals,
      openPoints,
      source: file.path,
      decisionOutcomes,
    };
    const check: CheckResult = checkFile(file.ast, env);
    checkedAt[i] = { ...file, namespace, check };
    diagnostics.push(...check.diagnostics);
    if (file.meta.kind === "general") externals.set(namespace, new Map(check.symbols));
    for (const name of file.meta.open_to_faculties ?? []) {
      if (!check.symbols.has(name)) {
        diagnostics.push(
          diagnostic("RW010-unknown-name", `open_to_faculties names '${name}', which this file does not declare${didYouMean(name, check.symbols.keys())}`, spanOfPath(yamlOf(file), ["open_to_faculties"]), file.path),
        );
      }
    }
  }

  const files: RegulationFile[] = checkedAt.filter((f) => f !== undefined);
  diagnostics.push(...crossFileCycles(files, externals));
  diagnostics.push(...decisionCycles(files.map((f) => ({ namespace: f.namespace, source: f.path, statements: f.ast.statements })), new Set(externals.keys()), "across-files"));
  diagnostics.push(...checkProvisions(loaded.files, loaded.provisions));
  diagnostics.push(...checkCalendarScopes(manifest, loaded.files));
  diagnostics.push(...checkPerCourseFiles(files));
  const ids = decisionIds(files);
  for (const file of files) diagnostics.push(...checkTests(file, schema, ids));
  diagnostics.sort((a, b) => (a.source === b.source ? a.span.start - b.span.start : a.source < b.source ? -1 : 1));
  const version: RegulationVersion = {
    dir: loaded.dir,
    manifest,
    files,
    uses,
    diagnostics,
    contextType,
    contextSchema: schema,
    glossary: loaded.glossary,
    ...(loaded.provisions ? { provisions: loaded.provisions } : {}),
  };
  checked.set(loaded.dir, version);
  return version;
}

/**
 * Definitions that depend on each other across files (art22.a uses art23.b, which uses art22.a):
 * the file checker sees one file at a time, so the version is checked as a whole here.
 */
export function crossFileCycles(files: readonly RegulationFile[], externals: ReadonlyMap<string, ReadonlyMap<string, SymbolInfo>>): Diagnostic[] {
  const edges = new Map<string, { file: RegulationFile; span: Span; uses: string[]; ofElement: boolean }>();
  for (const file of files) {
    if (file.meta.kind !== "general") continue;
    for (const s of file.ast.statements) {
      if (s.kind !== "Declaration" || !s.name) continue;
      const uses: string[] = [];
      forEachName(s.value, (path) => {
        const [head, second] = path;
        if (externals.get(file.namespace)?.has(head!)) uses.push(`${file.namespace}.${head}`);
        else if (second !== undefined && externals.get(head!)?.has(second)) uses.push(`${head}.${second}`);
      });
      edges.set(`${file.namespace}.${s.name}`, { file, span: s.nameSpan, uses, ofElement: s.parameters.length > 0 });
    }
  }
  const out: Diagnostic[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (name: string, stack: string[]): void => {
    if (state.get(name) === "done") return;
    if (state.get(name) === "visiting") {
      const cycle = stack.slice(stack.indexOf(name));
      const files = new Set(cycle.map((n) => edges.get(n)?.file.path));
      if (files.size > 1) {
        const node = edges.get(name)!;
        // A cycle through a definition of an element is a recursive call (RW048), as in one file.
        if (cycle.some((n) => edges.get(n)?.ofElement)) out.push(diagnostic("RW048-recursive-definition", `${[...cycle, name].join(" → ")}: a definition of an element may not call itself through others, so that every evaluation ends`, node.span, node.file.path));
        else out.push(diagnostic("RW041-cyclic-definition", `${[...cycle, name].join(" → ")}: definitions may not depend on each other in a cycle`, node.span, node.file.path));
      }
      return;
    }
    const node = edges.get(name);
    if (!node) return;
    state.set(name, "visiting");
    for (const next of node.uses) visit(next, [...stack, name]);
    state.set(name, "done");
  };
  for (const name of edges.keys()) visit(name, []);
  return out;
}

/**
 * Every outcome each decision can have for some student: its general rules' and those of every
 * exception to it (a faculty text may decide what the general text never does), for the checker of
 * `outcome(…) = allowed` (decision-ref.ts).
 */
function outcomesAfterLayers(placed: readonly Placed[]): Map<string, Outcome[]> {
  const out = new Map<string, Set<Outcome>>();
  const add = (id: string, outcomes: readonly Outcome[]) => {
    const set = out.get(id) ?? new Set<Outcome>();
    for (const o of outcomes) set.add(o);
    out.set(id, set);
  };
  for (const { file, namespace } of placed) {
    for (const s of file.ast.statements) {
      if (s.kind === "DecisionDecl" && s.name) add(`${namespace}.${s.name}`, outcomesOf(s.rules));
      if (s.kind === "ExceptionDecl" && s.target) add(s.target.path.length >= 2 ? s.target.path.join(".") : `${namespace}.${s.target.path.join(".")}`, outcomesOf(s.rules, false));
    }
  }
  return new Map([...out].map(([id, set]) => [id, [...set]]));
}

export function predeclare(file: LoadedFile, namespace: string): Map<string, SymbolInfo> {
  const symbols = new Map<string, SymbolInfo>();
  for (const s of file.ast.statements) {
    if (declaresName(s) && s.name && !symbols.has(s.name)) symbols.set(s.name, symbolOf(s, namespace, file.path));
  }
  return symbols;
}

/** Every decision id a test may name: `ns.name` for all decisions of the version's files. */
export function decisionIds(files: readonly RegulationFile[]): Set<string> {
  const ids = new Set<string>();
  for (const file of files) {
    for (const s of file.ast.statements) if (s.kind === "DecisionDecl" && s.name) ids.add(`${file.namespace}.${s.name}`);
  }
  return ids;
}

/** Qualify a test's decision key: `minimum_credits` in art22's files means `art22.minimum_credits`. */
export function qualifyKey(key: string, namespace: string): { id: string; item: string | null } {
  const m = /^([A-Za-z0-9_.]+?)(?:\[(.*)\])?$/.exec(key);
  const name = m?.[1] ?? key;
  const id = name.includes(".") ? name : `${namespace}.${name}`;
  return { id, item: m?.[2] ?? null };
}

/** What a test may expect: a rule's outcome, or what evaluation gives when no rule decides alone. */
const EXPECTABLE_OUTCOMES: readonly string[] = [...Object.keys(OUTCOMES), "undetermined", "conflict"];

export function checkTests(file: RegulationFile, schema: object, ids: ReadonlySet<string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const validate = contextValidator(schema);
  file.meta.tests.forEach((test, i) => {
    if (!validate(test.given)) {
      for (const p of schemaProblems(validate.errors, test.given)) {
        out.push(
          diagnostic("RW053-bad-test", `test '${test.name}': given${p.pointer.slice(1)}: ${p.message}`, spanOfPath(yamlOf(file), ["tests", i, "given", ...p.path], p.key ?? undefined), file.path),
        );
      }
    }
    for (const [key, expected] of Object.entries(test.expect)) {
      const outcome = typeof expected === "string" ? expected : expected.outcome;
      if (outcome !== undefined && !EXPECTABLE_OUTCOMES.includes(outcome)) {
        const at = typeof expected === "string" ? ["tests", i, "expect", key] : ["tests", i, "expect", key, "outcome"];
        out.push(
          diagnostic("RW053-bad-test", `test '${test.name}' expects ${key}: found the outcome '${outcome}': expected one of ${EXPECTABLE_OUTCOMES.join(", ")}${didYouMean(outcome, EXPECTABLE_OUTCOMES)}`, spanOfPath(yamlOf(file), at), file.path),
        );
      }
      const { id } = qualifyKey(key, file.namespace);
      if (!ids.has(id)) {
        out.push(
          diagnostic("RW053-bad-test", `test '${test.name}' expects '${key}', which is not a decision of this version${didYouMean(id, ids)}`, spanOfPath(yamlOf(file), ["tests", i, "expect"], key), file.path),
        );
      }
    }
  });
  return out;
}
