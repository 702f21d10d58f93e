/**
 * Check all files of a version together: article namespaces, faculty scopes, then every file's rules
 * against the symbols of the others (general texts first, so supplements see their article's typed
 * names), and the tests' facts and expectations.
 */
import type { Span } from "../../dsl/ast.js";
import { forEachName } from "../../dsl/ast-walk.js";
import { checkFile } from "../../dsl/checker/check-file.js";
import type { CheckEnv, SymbolInfo } from "../../dsl/checker/environment.js";
import { declaresName, symbolOf } from "../../dsl/checker/symbols.js";
import { diagnostic, type Diagnostic } from "../../dsl/diagnostics.js";
import { didYouMean } from "../../dsl/suggest.js";
import { DATE, typeFromSchema, type FieldInfo, type JsonSchema, type Type } from "../../dsl/types.js";
import type { GlossaryTerm, Manifest, RegulationFile, RegulationVersion } from "./model.js";
import { contextSchema, contextValidatorFor, mergedContextSchema, schemaProblems, type ContextExtension } from "./schemas.js";
import { remapDiagnostic, spanOfPath, type YamlSource } from "./yaml-source.js";

export const FACULTIES: readonly string[] = (contextSchema.properties.enrolment.properties.faculty as { enum: string[] }).enum;

interface CheckInput {
  dir: string;
  manifest: Manifest;
  manifestYaml: YamlSource;
  files: RegulationFile[];
  uses: RegulationVersion[];
  diagnostics: Diagnostic[];
  /** Context fields added by this version and the versions it uses. */
  extensions: ContextExtension[];
  glossary: GlossaryTerm[];
}

export function contextTypeFor(manifest: Manifest, schema: object = contextSchema): Type {
  const base = typeFromSchema(schema as JsonSchema);
  const calendarFields: Record<string, FieldInfo> = {};
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
    if (file.meta.kind !== "general" || !file.check) continue;
    out.set(file.namespace, new Map(file.check.symbols));
  }
  return out;
}

export function checkVersion(input: CheckInput): RegulationVersion {
  const { manifest, files, diagnostics } = input;
  const schema = mergedContextSchema(input.extensions);
  const contextType = contextTypeFor(manifest, schema);
  const externals = new Map<string, Map<string, SymbolInfo>>();
  for (const used of input.uses) for (const [ns, symbols] of exportedSymbols(used)) externals.set(ns, symbols);

  const generalByArticle = new Map<string, RegulationFile>();
  const openPoints = new Map<string, Set<string>>();
  for (const file of files.filter((f) => f.meta.kind === "general")) {
    const article = String(file.meta.article);
    const previous = generalByArticle.get(article);
    if (previous || externals.has(file.namespace)) {
      diagnostics.push(diagnostic("RW030-duplicate-name", `article ${article} (id '${file.namespace}') already has a general file${previous ? `: ${previous.path}` : ""}`, spanOfPath(file.yaml, ["id"]), file.path));
      continue;
    }
    generalByArticle.set(article, file);
    openPoints.set(file.namespace, new Set(file.meta.open_to_faculties ?? []));
    // Declared before any file is checked, so names of later articles are known (typed once checked).
    externals.set(file.namespace, predeclare(file));
  }

  const programmeIds = new Set((manifest.programmes ?? []).map((p) => p.id));
  const ordered: RegulationFile[] = [];
  for (const file of files) {
    if (file.meta.kind === "general") {
      if (generalByArticle.get(String(file.meta.article)) === file) ordered.push(file);
      continue;
    }
    const general = generalByArticle.get(String(file.meta.article));
    if (!general) {
      diagnostics.push(diagnostic("RW052-missing-file", `this ${file.meta.kind} is to article ${file.meta.article}, which has no general file in ${input.dir}`, spanOfPath(file.yaml, ["article"]), file.path));
      continue;
    }
    (file as { namespace: string }).namespace = general.namespace;
    const faculty = file.meta.scope?.faculty;
    if (!faculty || !FACULTIES.includes(faculty)) {
      diagnostics.push(
        diagnostic("RW054-unknown-scope", `$.scope.faculty: found ${JSON.stringify(faculty ?? null)}: expected one of ${FACULTIES.join(", ")}${didYouMean(faculty ?? "", FACULTIES)}`, spanOfPath(file.yaml, ["scope", "faculty"]), file.path),
      );
    }
    (file.meta.scope?.programmes ?? []).forEach((id, i) => {
      if (!programmeIds.has(id)) {
        diagnostics.push(
          diagnostic("RW054-unknown-scope", `$.scope.programmes[${i}]: unknown programme '${id}': expected an id from the manifest's programmes${didYouMean(id, programmeIds)}`, spanOfPath(file.yaml, ["scope", "programmes", i]), file.path),
        );
      }
    });
    ordered.push(file);
  }
  ordered.sort((a, b) => Number(a.meta.kind !== "general") - Number(b.meta.kind !== "general"));

  for (const file of ordered) {
    const env: CheckEnv = {
      context: contextType,
      namespace: file.namespace,
      role: file.meta.kind,
      hasApproval: Boolean(file.meta.approval),
      externals,
      openPoints,
      source: file.path,
    };
    const result = checkFile(file.ast, env);
    file.check = result;
    diagnostics.push(...result.diagnostics.map((d) => remapDiagnostic(d, file.origin, file.yaml.lines, file.path)));
    if (file.meta.kind === "general") externals.set(file.namespace, new Map(result.symbols));
    for (const name of file.meta.open_to_faculties ?? []) {
      if (!result.symbols.has(name)) {
        diagnostics.push(
          diagnostic("RW010-unknown-name", `open_to_faculties names '${name}', which this file does not declare${didYouMean(name, result.symbols.keys())}`, spanOfPath(file.yaml, ["open_to_faculties"]), file.path),
        );
      }
    }
  }

  diagnostics.push(...crossFileCycles(ordered, externals));
  const version: RegulationVersion = {
    dir: input.dir,
    manifest,
    files: ordered,
    uses: input.uses,
    diagnostics,
    contextType,
    contextSchema: schema,
    validateContext: contextValidatorFor(schema),
    glossary: input.glossary,
  };
  for (const file of ordered) checkTests(file, version, diagnostics);
  diagnostics.sort((a, b) => (a.source === b.source ? a.span.start - b.span.start : a.source < b.source ? -1 : 1));
  return version;
}

/**
 * Definitions that depend on each other across files (art22.a uses art23.b, which uses art22.a):
 * the file checker sees one file at a time, so the version is checked as a whole here.
 */
function crossFileCycles(files: readonly RegulationFile[], externals: ReadonlyMap<string, ReadonlyMap<string, SymbolInfo>>): Diagnostic[] {
  const edges = new Map<string, { file: RegulationFile; span: Span; uses: string[] }>();
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
      edges.set(`${file.namespace}.${s.name}`, { file, span: s.nameSpan, uses });
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
        out.push(
          remapDiagnostic(
            diagnostic("RW041-cyclic-definition", `${[...cycle, name].join(" → ")}: definitions may not depend on each other in a cycle`, node.span, node.file.path),
            node.file.origin,
            node.file.yaml.lines,
            node.file.path,
          ),
        );
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

function predeclare(file: RegulationFile): Map<string, SymbolInfo> {
  const symbols = new Map<string, SymbolInfo>();
  for (const s of file.ast.statements) {
    if (declaresName(s) && s.name && !symbols.has(s.name)) symbols.set(s.name, symbolOf(s, file.namespace, file.path));
  }
  return symbols;
}

/** Every decision id a test may name: `ns.name` for all decisions of the version. */
export function decisionIds(version: RegulationVersion): Set<string> {
  const ids = new Set<string>();
  for (const file of version.files) {
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

function checkTests(file: RegulationFile, version: RegulationVersion, diagnostics: Diagnostic[]): void {
  const ids = decisionIds(version);
  file.meta.tests.forEach((test, i) => {
    if (!version.validateContext(test.given)) {
      for (const p of schemaProblems(version.validateContext.errors, test.given)) {
        diagnostics.push(
          diagnostic("RW053-bad-test", `test '${test.name}': given${p.pointer.slice(1)}: ${p.message}`, spanOfPath(file.yaml, ["tests", i, "given", ...p.path], p.key ?? undefined), file.path),
        );
      }
    }
    for (const key of Object.keys(test.expect)) {
      const { id } = qualifyKey(key, file.namespace);
      if (!ids.has(id)) {
        diagnostics.push(
          diagnostic("RW053-bad-test", `test '${test.name}' expects '${key}', which is not a decision of this version${didYouMean(id, ids)}`, spanOfPath(file.yaml, ["tests", i, "expect"], key), file.path),
        );
      }
    }
  });
}

