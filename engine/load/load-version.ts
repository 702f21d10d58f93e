/**
 * Load a regulation version folder: validate the manifest and each file against their JSON Schemas
 * and parse each file's rules (spans in the file's own coordinates). The result is plain data;
 * checking the files together is the next stage (engine/check). Never throws on bad input:
 * everything wrong becomes a positioned diagnostic.
 */
import { diagnostic, emptySpan, parse, type Diagnostic, type RuleFile, type Span } from "../../dsl/index.js";
import { join, relative, type FileSystem } from "./file-system.js";
import type { ContextExtension, FileMeta, GlossaryTerm, Layer, LoadedFile, LoadedVersion, Manifest } from "./model.js";
import { loadProvisionsIndex } from "./provisions-index.js";
import { schemaProblems, validatorFor } from "./schemas.js";
import { blockOrigin, blockStyleProblem, readYaml, spanOfPath, type YamlSource } from "./yaml-source.js";

function emptyFile(path: string): RuleFile {
  return { kind: "RuleFile", span: emptySpan(path), statements: [], comments: [], lang: null };
}

export function schemaDiagnostics(source: YamlSource, errors: Parameters<typeof schemaProblems>[0]): Diagnostic[] {
  return schemaProblems(errors, source.data).map((p) =>
    diagnostic("RW051-schema-violation", `${p.pointer}: ${p.message}`, spanOfPath(source, p.path, p.key ?? undefined), source.path),
  );
}

/** Every regulation file under a folder (yaml files other than manifests), in path order. */
export function regulationPaths(fs: FileSystem, dir: string): string[] {
  const out: string[] = [];
  for (const name of fs.list(dir)) {
    const path = join(dir, name);
    if (fs.isDirectory(path)) out.push(...regulationPaths(fs, path));
    else if (/\.ya?ml$/.test(name) && name !== "manifest.yaml") out.push(path);
  }
  return out;
}

export function layerOf(meta: FileMeta): Layer {
  if (meta.kind === "general") return "general";
  if (meta.scope?.programmes) return "programme";
  if (meta.scope?.campus) return "campus";
  return "faculty";
}

function loadFile(fs: FileSystem, dir: string, path: string, diagnostics: Diagnostic[]): LoadedFile | null {
  const loaded = loadFileText(dir, path, fs.read(path) ?? "");
  diagnostics.push(...loaded.diagnostics);
  return loaded.file;
}

/**
 * One regulation file from its text, as the version loader reads it (the editor's workspace reloads
 * a single changed file this way): `file` is null when its YAML or metadata are unusable.
 */
export function loadFileText(dir: string, path: string, text: string): { file: LoadedFile | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const yaml = readYaml(path, text);
  diagnostics.push(...yaml.diagnostics);
  if (yaml.data === null) return { file: null, diagnostics };
  const validate = validatorFor("regulation-file");
  if (!validate(yaml.data)) {
    diagnostics.push(...schemaDiagnostics(yaml, validate.errors));
    return { file: null, diagnostics };
  }
  const meta = yaml.data as FileMeta;
  const styleProblem = blockStyleProblem(yaml, "rules");
  if (styleProblem) {
    diagnostics.push(diagnostic("RW056-rules-block-style", `$.rules: ${styleProblem}`, spanOfPath(yaml, ["rules"], "rules"), path));
    return { file: null, diagnostics };
  }
  const parsed = parse(meta.rules, blockOrigin(yaml, "rules") ?? path);
  diagnostics.push(...parsed.diagnostics);
  return { file: { path, relPath: relative(dir, path), text, meta, layer: layerOf(meta), ast: parsed.ast ?? emptyFile(path) }, diagnostics };
}

/** Raised inside the loader only, when a version is reached again while it is still being loaded. */
class UsesCycle extends Error {
  constructor(readonly dir: string) {
    super(`uses cycle through ${dir}`);
  }
}

/** Load one version folder (the one holding manifest.yaml) and, through `uses`, the versions it needs. */
export function loadVersion(fs: FileSystem, dir: string, loading = new Map<string, LoadedVersion | null>()): LoadedVersion | null {
  const key = join(dir);
  if (loading.has(key)) {
    const loaded = loading.get(key);
    if (loaded === null) throw new UsesCycle(key);
    return loaded ?? null;
  }
  loading.set(key, null);
  const diagnostics: Diagnostic[] = [];
  const manifestPath = join(dir, "manifest.yaml");
  const manifestText = fs.read(manifestPath);
  if (manifestText === undefined) return null;
  const manifestYaml = readYaml(manifestPath, manifestText);
  diagnostics.push(...manifestYaml.diagnostics);
  const validateManifest = validatorFor("manifest");
  const manifestValid = manifestYaml.data !== null && validateManifest(manifestYaml.data);
  if (manifestYaml.data !== null && !manifestValid) diagnostics.push(...schemaDiagnostics(manifestYaml, validateManifest.errors));
  // Only a manifest its schema accepts is used: one of the wrong shape (`uses: text`) is reported, not read.
  const manifest = manifestValid ? (manifestYaml.data as Manifest) : standInManifest(manifestYaml.data);
  if (!manifestValid) {
    // The files are read against the manifest (its uses, programmes, glossary): without one, checking them would only repeat this error.
    const version: LoadedVersion = { dir: key, manifestPath, manifest, files: [], uses: [], diagnostics, extensions: [], glossary: [] };
    loading.set(key, version);
    return version;
  }

  const uses: LoadedVersion[] = [];
  (manifest.uses ?? []).forEach((use, i) => {
    const usedDir = join(dir, "..", "..", use.set, use.version);
    let used: LoadedVersion | null = null;
    try {
      used = fs.read(join(usedDir, "manifest.yaml")) !== undefined ? loadVersion(fs, usedDir, loading) : null;
    } catch (error) {
      if (!(error instanceof UsesCycle)) throw error;
      diagnostics.push(
        diagnostic("RW055-uses-cycle", `uses ${use.set} ${use.version}, which (directly or through others) uses this version: sets may not use each other in a cycle`, spanOfPath(manifestYaml, ["uses", i]), manifestPath),
      );
      return;
    }
    if (used) uses.push(used);
    else {
      diagnostics.push(
        diagnostic("RW052-missing-file", `uses ${use.set} ${use.version}, but there is no ${join(usedDir, "manifest.yaml")}`, spanOfPath(manifestYaml, ["uses", i]), manifestPath),
      );
    }
  });

  const extensions: ContextExtension[] = uses.flatMap((u) => extensionsOf(u));
  if (manifest.context_schema) {
    const extensionPath = join(dir, manifest.context_schema);
    const text = fs.read(extensionPath);
    const parsed = text === undefined ? null : parseExtension(text);
    if (parsed) extensions.push(parsed);
    else {
      diagnostics.push(
        diagnostic("RW052-missing-file", `context_schema ${manifest.context_schema}: ${text === undefined ? "no such file" : "not a JSON Schema object with properties"} at ${extensionPath}`, spanOfPath(manifestYaml, ["context_schema"]), manifestPath),
      );
    }
  }
  const glossary: GlossaryTerm[] = uses.flatMap((u) => u.glossary);
  if (manifest.glossary) glossary.push(...loadGlossary(fs, join(dir, manifest.glossary), diagnostics, () => spanOfPath(manifestYaml, ["glossary"]), manifestPath));
  const provisions = manifest.provisions_index
    ? loadProvisionsIndex(fs, join(dir, manifest.provisions_index), diagnostics, () => spanOfPath(manifestYaml, ["provisions_index"]), manifestPath)
    : undefined;
  const files: LoadedFile[] = [];
  for (const path of regulationPaths(fs, dir)) {
    if (manifest.glossary && path === join(dir, manifest.glossary)) continue;
    if (manifest.provisions_index && path === join(dir, manifest.provisions_index)) continue;
    const file = loadFile(fs, dir, path, diagnostics);
    if (file) files.push(file);
  }
  const version: LoadedVersion = { dir: key, manifestPath, manifest, files, uses, diagnostics, extensions, glossary, ...(provisions ? { provisions } : {}) };
  loading.set(key, version);
  return version;
}

/** In place of a manifest the schema refused: its id and year when they are text, nothing else. */
function standInManifest(data: unknown): Manifest {
  const record = data !== null && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  const text = (value: unknown, fallback: string) => (typeof value === "string" ? value : fallback);
  return { id: text(record.id, "unknown"), title: "", academic_year: text(record.academic_year, ""), status: "draft", language: "nl", sources: [] };
}

function loadGlossary(fs: FileSystem, path: string, diagnostics: Diagnostic[], at: () => Span, manifestPath: string): GlossaryTerm[] {
  const text = fs.read(path);
  if (text === undefined) {
    diagnostics.push(diagnostic("RW052-missing-file", `glossary: no such file ${path}`, at(), manifestPath));
    return [];
  }
  const yaml = readYaml(path, text);
  diagnostics.push(...yaml.diagnostics);
  if (yaml.data === null) return [];
  const validateGlossary = validatorFor("glossary");
  if (!validateGlossary(yaml.data)) {
    diagnostics.push(...schemaDiagnostics(yaml, validateGlossary.errors));
    return [];
  }
  return (yaml.data as { terms: GlossaryTerm[] }).terms;
}

function parseExtension(text: string): ContextExtension | null {
  try {
    const value = JSON.parse(text) as { properties?: unknown };
    return value && typeof value.properties === "object" && value.properties !== null ? (value as ContextExtension) : null;
  } catch {
    return null;
  }
}

/** The top-level context fields a used version adds (its own and those of the versions it uses). */
function extensionsOf(version: LoadedVersion): ContextExtension[] {
  return [...version.extensions];
}

/** Every version folder (a folder with manifest.yaml) at or under `dir`. */
export function findVersionDirs(fs: FileSystem, dir: string): string[] {
  if (fs.read(join(dir, "manifest.yaml")) !== undefined) return [join(dir)];
  if (!fs.isDirectory(dir)) return [];
  return fs.list(dir).flatMap((name) => (fs.isDirectory(join(dir, name)) ? findVersionDirs(fs, join(dir, name)) : []));
}

export function loadAll(fs: FileSystem, dir: string): LoadedVersion[] {
  const loading = new Map<string, LoadedVersion | null>();
  return findVersionDirs(fs, dir)
    .map((d) => loadVersion(fs, d, loading))
    .filter((v): v is LoadedVersion => v !== null);
}

