/**
 * The editor's language-service workspace: documents by URI (the path of a YAML file, as in the
 * regulations folder), opened, changed and closed; per document a cached load (YAML, metadata,
 * rules AST with file-absolute spans) and check; per version the checking context its files share
 * (context type, the symbols of general texts, open points). A change re-loads its document (only
 * the rules when the edit stays in the `rules: |` block) and re-checks what it can affect: the
 * document itself, and when a general text's exported names or types change, the files that use
 * them. Browser-safe: no Node imports; the files come in as text.
 */
import {
  checkFile,
  completionsIn,
  definitionIn,
  diagnostic,
  didYouMean,
  hoverIn,
  lineStarts,
  parse,
  positionAt,
  spanOf,
  type Analysis,
  type CheckEnv,
  type CheckResult,
  type Completion,
  type Diagnostic,
  type Hover,
  type Lang,
  type SymbolInfo,
  type Type,
} from "../../dsl/index.js";
import { checkProvisions, checkTests, checkVersion, crossFileCycles, decisionIds, dependencyOrder, namespacesRead, predeclare, type RegulationFile, type RegulationVersion } from "../check/index.js";
import { join, layerOf, loadFileText, loadVersion, memoryFileSystem, relative, spanOfPath, yamlOf, type LoadedFile, type LoadedVersion } from "../load/index.js";
import type { CodeAction, Doc, DocumentRole, Location, RenameResult, VersionState } from "./model.js";
import { blockValue, changeBetween, changeInsideBlock, findRulesBlock, type TextChange } from "./rules-block.js";
import { codeActionsFor, occurrencesOf, renameEdits, symbolAt, type SymbolKey } from "./navigation.js";
import { crossFileDecisionCycles, graphKey } from "./decision-cycles.js";

/** What checkProvisions reports: recomputed for the whole version whenever a file's YAML changes. */
const PROVISION_CODES: ReadonlySet<string> = new Set(["RW060-unknown-provision", "RW061-provision-cited-twice", "RW062-provision-without-id", "RW063-provision-of-another-scope"]);

const MANIFEST = "manifest.yaml";

function dirOfManifest(uri: string): string {
  return uri === MANIFEST ? "." : uri.slice(0, uri.length - MANIFEST.length - 1);
}

function isManifest(uri: string): boolean {
  return uri === MANIFEST || uri.endsWith("/" + MANIFEST);
}

/** What a change did: the documents whose diagnostics may be different now (re-publish these). */
export interface Update {
  readonly affected: readonly string[];
  /** How the document was brought up to date: only its rules block, the file, or its whole version. */
  readonly reload: "rules" | "file" | "version" | "none";
}

export class Workspace {
  private readonly docs = new Map<string, Doc>();
  private readonly versions = new Map<string, VersionState>();

  /** A workspace over files given as path → text: every version whose manifest is among them is opened. */
  static fromFiles(files: Readonly<Record<string, string>>): Workspace {
    const ws = new Workspace();
    ws.openAll(files);
    return ws;
  }

  /** Open many documents at once (a whole version with the versions it uses), checking once. */
  openAll(files: Readonly<Record<string, string>>): Update {
    for (const [uri, text] of Object.entries(files)) this.putDoc(join(uri), text);
    this.reopenVersions();
    return { affected: [...this.docs.keys()], reload: "version" };
  }

  open(uri: string, text: string): Update {
    const key = join(uri);
    if (this.docs.has(key)) return this.change(key, text);
    this.putDoc(key, text);
    const doc = this.docs.get(key)!;
    if (isManifest(key)) {
      this.reopenVersions();
      return { affected: [...this.docs.keys()], reload: "version" };
    }
    const version = this.versionOf(key);
    if (version && doc.role === "rules") {
      doc.versionDir = version.dir;
      this.reloadFile(doc);
      return { affected: this.rebuild(version), reload: "version" };
    }
    if (version) {
      // A glossary or context schema: part of loading the version.
      this.reopenVersions();
      return { affected: [...this.docs.keys()], reload: "version" };
    }
    // Outside every version: a YAML file is loaded as a regulation file (YAML, schema, rule syntax), not checked.
    if (doc.role === "rules") this.reloadFile(doc);
    return { affected: [key], reload: "file" };
  }

  /** The document's new full text. */
  change(uri: string, text: string): Update {
    return this.changeWith(uri, text, null);
  }

  private changeWith(uri: string, text: string, known: TextChange | null): Update {
    const key = join(uri);
    const doc = this.docs.get(key);
    if (!doc) return this.open(key, text);
    if (doc.text === text) return { affected: [], reload: "none" };
    if (doc.role !== "rules" || doc.versionDir === null) {
      doc.text = text;
      if (doc.versionDir !== null || isManifest(key)) {
        this.reopenVersions();
        return { affected: [...this.docs.keys()], reload: "version" };
      }
      if (doc.role === "rules") this.reloadFile(doc);
      return { affected: [key], reload: "file" };
    }
    const version = this.versions.get(doc.versionDir)!;
    const before = doc.file;
    const change = known ?? changeBetween(doc.text, text);
    const fast = this.changeRules(doc, text, change);
    if (!fast) {
      // What the version said about the file stays (unless the change is structural): only shifted.
      const starts = lineStarts(text);
      doc.placement = doc.placement.map((d) => shift(d, change, starts));
      doc.openTo = doc.openTo.map((d) => shift(d, change, starts));
      doc.text = text;
      this.reloadFile(doc);
    }
    if (structural(before, doc.file)) return { affected: this.rebuild(version), reload: "version" };
    // A change outside the rules block may change the file's provisions, which are checked across files.
    const cited = fast ? [] : this.recheckProvisions(version);
    if (!doc.file || doc.namespace === null) return { affected: [...new Set([key, ...cited])], reload: fast ? "rules" : "file" };
    return { affected: [...new Set([...this.recheck(version, doc, fast ? change : null), ...cited])], reload: fast ? "rules" : "file" };
  }

  /** Edit [start, end) of a document: a convenience over `change`. */
  edit(uri: string, start: number, end: number, newText: string): Update {
    const doc = this.docs.get(join(uri));
    if (!doc) throw new Error(`no document ${uri}`);
    return this.changeWith(uri, doc.text.slice(0, start) + newText + doc.text.slice(end), { start, oldEnd: end, newEnd: start + newText.length });
  }

  /** The document leaves the workspace: its diagnostics are gone, and its version is checked without it. */
  close(uri: string): Update {
    const key = join(uri);
    const doc = this.docs.get(key);
    if (!doc) return { affected: [], reload: "none" };
    this.docs.delete(key);
    if (doc.versionDir === null && !isManifest(key)) return { affected: [key], reload: "none" };
    if (doc.role === "rules") {
      const version = this.versions.get(doc.versionDir!)!;
      return { affected: [key, ...this.rebuild(version)], reload: "version" };
    }
    this.reopenVersions();
    return { affected: [key, ...this.docs.keys()], reload: "version" };
  }

  uris(): string[] {
    return [...this.docs.keys()];
  }

  text(uri: string): string | undefined {
    return this.docs.get(join(uri))?.text;
  }

  /** Everything the loader and checker found in a document, positions in its YAML text, in order. */
  diagnostics(uri: string): Diagnostic[] {
    const key = join(uri);
    const doc = this.docs.get(key);
    if (!doc) return [];
    const version = doc.versionDir !== null ? this.versions.get(doc.versionDir) : undefined;
    const out: Diagnostic[] = [...doc.load, ...doc.placement, ...(doc.check?.diagnostics ?? []), ...doc.openTo, ...doc.tests];
    if (version) {
      for (const d of version.cycles) if (d.source === key) out.push(d);
      for (const d of version.decisionCycles) if (d.source === key) out.push(d);
      for (const d of version.manifest) if (d.source === key) out.push(d);
      for (const d of version.other) if (d.source === key) out.push(d);
    }
    return out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  }

  /** Diagnostics of every document, by URI (documents without any are left out). */
  allDiagnostics(): Map<string, Diagnostic[]> {
    const out = new Map<string, Diagnostic[]>();
    for (const uri of this.docs.keys()) {
      const ds = this.diagnostics(uri);
      if (ds.length > 0) out.set(uri, ds);
    }
    return out;
  }

  completions(uri: string, offset: number, lang: Lang = "nl"): Completion[] {
    const doc = this.docs.get(join(uri));
    const at = doc && this.analysisOf(doc);
    if (!doc || !at || !this.inRules(doc, offset)) return [];
    return completionsIn(at.analysis, offset, at.env, lang);
  }

  hover(uri: string, offset: number, lang: Lang = "nl"): Hover | null {
    const doc = this.docs.get(join(uri));
    const at = doc && this.analysisOf(doc);
    if (!doc || !at || !this.inRules(doc, offset)) return null;
    return hoverIn(at.analysis, offset, lang);
  }

  /** Where the parameter, definition or decision under the cursor is declared, in whichever file. */
  definition(uri: string, offset: number): Location | null {
    const doc = this.docs.get(join(uri));
    if (!doc) return null;
    const key = symbolAt(this.view(), doc, offset);
    if (key) {
      const decl = this.declarationOf(key);
      if (decl) return decl;
    }
    const at = this.analysisOf(doc);
    const found = at && definitionIn(at.analysis, offset);
    return found ? { uri: found.source, span: found.span } : null;
  }

  /** Every place in the workspace naming the symbol under the cursor, its declaration first. */
  references(uri: string, offset: number, includeDeclaration = true): Location[] {
    const doc = this.docs.get(join(uri));
    if (!doc) return [];
    const key = symbolAt(this.view(), doc, offset);
    if (!key) return [];
    const all = occurrencesOf(this.view(), key);
    return includeDeclaration ? all.map((o) => o.location) : all.filter((o) => !o.declaration).map((o) => o.location);
  }

  /** Edits renaming the parameter, definition or decision under the cursor everywhere, or why not. */
  rename(uri: string, offset: number, newName: string): RenameResult {
    const doc = this.docs.get(join(uri));
    if (!doc) return { ok: false, reason: `no document ${uri}` };
    const key = symbolAt(this.view(), doc, offset);
    if (!key) return { ok: false, reason: "there is no parameter, definition or decision here to rename" };
    return renameEdits(this.view(), key, newName);
  }

  /** Quick fixes for the diagnostics overlapping [start, end): replace a name by the one it suggests. */
  codeActions(uri: string, start: number, end: number = start): CodeAction[] {
    const key = join(uri);
    const doc = this.docs.get(key);
    if (!doc) return [];
    const diagnostics = this.diagnostics(key).filter((d) => d.span.start <= end && start <= d.span.end);
    return codeActionsFor(doc, diagnostics);
  }

  /** The checked version at `dir` as it stands now (to compile and evaluate what the editor shows). */
  version(dir: string): RegulationVersion | null {
    const v = this.versions.get(join(dir));
    return v ? this.snapshot(v) : null;
  }

  versionDirs(): string[] {
    return [...this.versions.keys()];
  }

  // ——— loading ———

  private putDoc(uri: string, text: string): void {
    const role: DocumentRole = isManifest(uri) ? "manifest" : /\.ya?ml$/.test(uri) ? "rules" : "other";
    this.docs.set(uri, { uri, text, role, versionDir: null, file: null, load: [], block: undefined, namespace: null, check: null, placement: [], openTo: [], tests: [], graphKey: null });
  }

  private versionOf(uri: string): VersionState | undefined {
    let best: VersionState | undefined;
    for (const v of this.versions.values()) {
      if ((v.dir === "." || uri.startsWith(v.dir + "/")) && (!best || v.dir.length > best.dir.length)) best = v;
    }
    return best;
  }

  /** Load every version from the documents' texts again, and check them (opening, or a manifest changed). */
  private reopenVersions(): void {
    this.versions.clear();
    const texts: Record<string, string> = {};
    for (const [uri, doc] of this.docs) texts[uri] = doc.text;
    const fs = memoryFileSystem(texts);
    const loading = new Map<string, LoadedVersion | null>();
    const loadedByDir = new Map<string, LoadedVersion>();
    for (const uri of this.docs.keys()) {
      if (!isManifest(uri)) continue;
      const loaded = loadVersion(fs, dirOfManifest(uri), loading);
      if (loaded) loadedByDir.set(loaded.dir, loaded);
    }
    for (const loaded of loading.values()) if (loaded) loadedByDir.set(loaded.dir, loaded);
    for (const doc of this.docs.values()) {
      Object.assign(doc, { versionDir: null, file: null, load: [], block: undefined, namespace: null, check: null, placement: [], openTo: [], tests: [], graphKey: null });
      if (doc.role === "other" && /\.ya?ml$/.test(doc.uri)) doc.role = "rules";
    }
    // Versions in the order they use each other: a used version before its users.
    const order: LoadedVersion[] = [];
    const visit = (v: LoadedVersion) => {
      if (order.includes(v)) return;
      v.uses.forEach(visit);
      order.push(v);
    };
    loadedByDir.forEach(visit);
    for (const loaded of order) {
      const state: VersionState = {
        dir: loaded.dir,
        loaded,
        manifest: [],
        uses: loaded.uses.map((u) => this.versions.get(u.dir)!).filter(Boolean),
        contextType: { kind: "unknown" },
        schema: {},
        externals: new Map(),
        openPoints: new Map(),
        generals: new Map(),
        cycles: [],
        decisionCycles: [],
        decisionIds: new Set(),
        other: [],
      };
      this.versions.set(loaded.dir, state);
      const filesByPath = new Map(loaded.files.map((f) => [f.path, f]));
      const glossary = loaded.manifest.glossary ? join(loaded.dir, loaded.manifest.glossary) : null;
      for (const doc of this.docs.values()) {
        if (this.versionOf(doc.uri) !== state) continue;
        doc.versionDir = state.dir;
        if (doc.role === "rules" && doc.uri === glossary) doc.role = "other";
        if (doc.role !== "rules") continue;
        doc.file = filesByPath.get(doc.uri) ?? null;
      }
      for (const d of loaded.diagnostics) {
        const doc = this.docs.get(d.source);
        if (doc && doc.role === "rules" && doc.versionDir === state.dir) doc.load.push(d);
        else state.manifest.push(d);
      }
      this.rebuild(state, false);
    }
    for (const doc of this.docs.values()) if (doc.versionDir === null && doc.role === "rules") this.reloadFile(doc);
  }

  /**
   * The provision citations (RW060-RW063) of a version again, from its files as they are now: each
   * file's earlier ones are replaced. Returns the URIs that had or now have one.
   */
  private recheckProvisions(version: VersionState): string[] {
    const docs = this.rulesDocs(version);
    const isCitation = (d: Diagnostic) => PROVISION_CODES.has(d.code);
    const touched = new Set(docs.filter((d) => d.placement.some(isCitation)).map((d) => d.uri));
    for (const doc of docs) doc.placement = doc.placement.filter((d) => !isCitation(d));
    for (const d of checkProvisions(docs.filter((doc) => doc.file).map((doc) => doc.file!), version.loaded.provisions)) {
      const doc = this.docs.get(d.source);
      if (!doc || doc.versionDir !== version.dir) continue;
      doc.placement.push(d);
      touched.add(doc.uri);
    }
    return [...touched];
  }

  /** Load a document's file again from its whole text. */
  private reloadFile(doc: Doc): void {
    const dir = doc.versionDir ?? doc.uri.slice(0, Math.max(0, doc.uri.lastIndexOf("/")));
    const { file, diagnostics } = loadFileText(dir, doc.uri, doc.text);
    doc.file = file;
    doc.load = diagnostics;
    doc.block = undefined;
  }

  /**
   * An edit inside the `rules: |` block: parse the new rules at the block's place, keep the rest of
   * what loading found (shifted). False when the edit is anywhere else or moves the block's edges.
   */
  private changeRules(doc: Doc, text: string, change: TextChange): boolean {
    if (!doc.file) return false;
    if (doc.block === undefined) {
      const block = findRulesBlock(doc.text);
      doc.block = block && blockValue(doc.text, block) === doc.file.meta.rules ? block : null;
    }
    if (!doc.block) return false;
    const inside = changeInsideBlock(doc.block, text, change);
    if (!inside) return false;
    const starts = lineStarts(text);
    const origin = { file: doc.uri, line: positionAt(starts, inside.block.start).line, indent: inside.block.indent, fileLineStarts: starts };
    const parsed = parse(inside.rules, origin);
    const old = doc.file;
    const file: LoadedFile = { ...old, text, meta: { ...old.meta, rules: inside.rules }, ast: parsed.ast };
    const syntax = new Set(["RW001-unexpected-character", "RW002-syntax-error", "RW003-unterminated-string"]);
    doc.load = [...doc.load.filter((d) => !syntax.has(d.code)).map((d) => shift(d, change, starts)), ...parsed.diagnostics];
    doc.placement = doc.placement.map((d) => shift(d, change, starts));
    doc.tests = doc.tests.map((d) => shift(d, change, starts));
    doc.openTo = doc.openTo.map((d) => shift(d, change, starts));
    doc.text = text;
    doc.file = file;
    doc.block = inside.block;
    return true;
  }

  // ——— checking ———

  private env(version: VersionState, doc: Doc): CheckEnv {
    const meta = doc.file!.meta;
    return {
      context: version.contextType,
      namespace: doc.namespace!,
      role: meta.kind,
      hasApproval: Boolean(meta.approval),
      externals: this.externalsFor(version, doc),
      openPoints: version.openPoints,
      source: doc.uri,
    };
  }

  /**
   * What a file sees of the other files, as the check stage gives it: a general text sees the
   * general texts before it in the check order (the articles it reads first, then folder order:
   * checkOrderOf) checked and itself and those after it only declared; faculty files see every
   * general text checked.
   */
  private externalsFor(version: VersionState, doc: Doc): ReadonlyMap<string, ReadonlyMap<string, SymbolInfo>> {
    if (doc.file!.meta.kind !== "general" || version.generals.get(doc.namespace!) !== doc) return version.externals;
    const out = new Map<string, ReadonlyMap<string, SymbolInfo>>(version.externals);
    const generals = [...version.generals.values()].filter((g) => g.file).sort((a, b) => folderOrder(a.uri, b.uri));
    const namespaces = new Set(generals.map((g) => g.namespace!));
    const order = dependencyOrder(generals, (g) => g.namespace!, (g) => namespacesRead(g.file!.ast, namespaces)).map((i) => generals[i]!);
    for (const general of order.slice(order.indexOf(doc))) out.set(general.namespace!, predeclare(general.file!, general.namespace!));
    return out;
  }

  private rulesDocs(version: VersionState): Doc[] {
    return [...this.docs.values()].filter((d) => d.versionDir === version.dir && d.role === "rules").sort((a, b) => folderOrder(a.uri, b.uri));
  }

  private regulationFile(doc: Doc): RegulationFile {
    return { ...doc.file!, namespace: doc.namespace!, check: doc.check! };
  }

  private placed(version: VersionState): Doc[] {
    return this.rulesDocs(version).filter((d) => d.file && d.check && d.namespace !== null);
  }

  /** The version as the check stage gives it, from the workspace's current state. */
  private snapshot(version: VersionState, seen = new Map<string, RegulationVersion>()): RegulationVersion {
    const done = seen.get(version.dir);
    if (done) return done;
    const uses = version.uses.map((u) => this.snapshot(u, seen));
    const docs = this.rulesDocs(version);
    const diagnostics = [
      ...version.manifest,
      ...version.other,
      ...version.cycles,
      ...docs.flatMap((d) => [...d.load, ...d.placement, ...(d.check?.diagnostics ?? []), ...d.openTo, ...d.tests]),
    ].sort((a, b) => (a.source === b.source ? a.span.start - b.span.start : a.source < b.source ? -1 : 1));
    const snap: RegulationVersion = {
      dir: version.dir,
      manifest: version.loaded.manifest,
      files: this.placed(version).map((d) => this.regulationFile(d)),
      uses,
      diagnostics,
      contextType: version.contextType,
      contextSchema: version.schema,
      glossary: version.loaded.glossary,
      ...(version.loaded.provisions ? { provisions: version.loaded.provisions } : {}),
    };
    seen.set(version.dir, snap);
    return snap;
  }

  /**
   * Check a version as a whole again (a file came or went, or changed its article, kind or scope),
   * and the versions that use it. Returns the URIs whose diagnostics may have changed.
   */
  private rebuild(version: VersionState, withUsers = true): string[] {
    const docs = this.rulesDocs(version);
    const seen = new Map<string, RegulationVersion>();
    for (const u of version.uses) this.snapshot(u, seen);
    const loaded: LoadedVersion = {
      ...version.loaded,
      files: docs.filter((d) => d.file).map((d) => d.file!),
      uses: version.uses.map((u) => u.loaded),
      diagnostics: [],
    };
    const checked = checkVersion(loaded, seen);
    for (const doc of docs) Object.assign(doc, { namespace: null, check: null, placement: [], openTo: [], tests: [], graphKey: null });
    version.cycles = [];
    version.other = [];
    const fromChecks = new Set<Diagnostic>();
    for (const f of checked.files) {
      const doc = this.docs.get(f.path)!;
      doc.namespace = f.namespace;
      doc.check = f.check;
      for (const d of f.check.diagnostics) fromChecks.add(d);
    }
    for (const d of checked.diagnostics) {
      if (fromChecks.has(d)) continue;
      const doc = this.docs.get(d.source);
      if (d.code === "RW041-cyclic-definition") version.cycles.push(d);
      else if (d.code === "RW044-decision-cycle") continue; // found below, as typing finds them
      else if (!doc || doc.versionDir !== version.dir) version.other.push(d);
      else if (d.code === "RW053-bad-test") doc.tests.push(d);
      else if (d.code === "RW010-unknown-name") doc.openTo.push(d);
      else doc.placement.push(d);
    }
    version.contextType = checked.contextType;
    version.schema = checked.contextSchema;
    version.decisionIds = decisionIds(checked.files);
    version.externals = new Map();
    for (const used of checked.uses) {
      for (const f of used.files) if (f.meta.kind === "general") version.externals.set(f.namespace, new Map(f.check.symbols));
    }
    version.openPoints = new Map();
    version.generals = new Map();
    for (const f of checked.files) {
      if (f.meta.kind !== "general") continue;
      version.externals.set(f.namespace, new Map(f.check.symbols));
      version.openPoints.set(f.namespace, new Set(f.meta.open_to_faculties ?? []));
      version.generals.set(f.namespace, this.docs.get(f.path)!);
    }
    this.findDecisionCycles(version);
    const affected = [...docs.map((d) => d.uri), version.loaded.manifestPath];
    if (withUsers) for (const user of this.usersOf(version)) affected.push(...this.rebuild(user));
    return affected;
  }

  /**
   * The version's decision cycles across files, found again from its placed documents (each one's
   * graphKey noted): the documents whose RW044s were or are now among them.
   */
  private findDecisionCycles(version: VersionState): string[] {
    const placed = this.placed(version);
    for (const d of placed) d.graphKey = graphKey(d.file!.ast.statements);
    const touched = new Set(version.decisionCycles.map((d) => d.source));
    version.decisionCycles = crossFileDecisionCycles(placed, new Set(version.externals.keys()));
    for (const d of version.decisionCycles) touched.add(d.source);
    return [...touched];
  }

  private usersOf(version: VersionState): VersionState[] {
    return [...this.versions.values()].filter((v) => v.uses.includes(version));
  }

  /**
   * Check one changed document again, and (when it is a general text whose exported names or types
   * changed) the documents that may use them, in its version and the versions using it.
   */
  private recheck(version: VersionState, doc: Doc, change: TextChange | null): string[] {
    const affected = new Set<string>([doc.uri]);
    const idsBefore = version.decisionIds;
    const decisionsBefore = decisionNames(doc.check);
    const queue: { version: VersionState; doc: Doc }[] = [{ version, doc }];
    const generalsChanged = new Set<VersionState>();
    while (queue.length > 0) {
      const { version: v, doc: d } = queue.shift()!;
      if (!d.file || d.namespace === null) continue;
      d.check = checkFile(d.file.ast, this.env(v, d));
      affected.add(d.uri);
      if (d.file.meta.kind !== "general" || v.generals.get(d.namespace) !== d) continue;
      generalsChanged.add(v);
      const before = v.externals.get(d.namespace);
      const after = new Map(d.check.symbols);
      v.externals.set(d.namespace, after);
      d.openTo = openToProblems(d);
      if (before && sameSymbols(before, after)) continue;
      // Everything that names this namespace sees different symbols now.
      for (const user of [v, ...this.usersOf(v)]) {
        if (user !== v) user.externals.set(d.namespace, after);
        for (const other of this.rulesDocs(user)) {
          if (other === d || !other.file || other.namespace === null) continue;
          if (other.namespace === d.namespace || mentions(other.file.meta.rules, d.namespace)) {
            if (!queue.some((q) => q.doc === other)) queue.push({ version: user, doc: other });
          }
        }
      }
    }
    for (const v of generalsChanged) {
      const generals = [...v.generals.values()].filter((g) => g.file && g.check).map((g) => this.regulationFile(g));
      const before = new Set(v.cycles.map((c) => c.source));
      v.cycles = crossFileCycles(generals, v.externals);
      for (const c of v.cycles) before.add(c.source);
      for (const s of before) affected.add(s);
    }
    // A cycle of decision reads can come or go only when what the graph is made of changed.
    if (doc.file && graphKey(doc.file.ast.statements) !== doc.graphKey) for (const uri of this.findDecisionCycles(version)) affected.add(uri);
    // Tests name decisions: when the set of decisions changed, every file's tests are checked again.
    const decisionsChanged = decisionNames(doc.check) !== decisionsBefore;
    if (decisionsChanged) version.decisionIds = decisionIds(this.placed(version).map((d) => this.regulationFile(d)));
    const idsChanged = decisionsChanged && !sameSet(idsBefore, version.decisionIds);
    if (idsChanged) {
      for (const d of this.placed(version)) {
        d.tests = checkTests(this.regulationFile(d), version.schema, version.decisionIds);
        affected.add(d.uri);
      }
    } else if (!change) {
      doc.tests = checkTests(this.regulationFile(doc), version.schema, version.decisionIds);
    }
    return [...affected];
  }

  // ——— features' helpers ———

  private inRules(doc: Doc, offset: number): boolean {
    if (doc.block === undefined && doc.file) {
      const block = findRulesBlock(doc.text);
      doc.block = block && blockValue(doc.text, block) === doc.file.meta.rules ? block : null;
    }
    return doc.block ? doc.block.start <= offset && offset <= doc.block.end : true;
  }

  /** The language service's view of a document: its text, AST and check, references made current. */
  private analysisOf(doc: Doc): { analysis: Analysis; env: CheckEnv } | null {
    if (!doc.file || !doc.check || doc.namespace === null || doc.versionDir === null) return null;
    const version = this.versions.get(doc.versionDir)!;
    const references = doc.check.references.map((r) => (r.symbol ? { ...r, symbol: this.current(r.symbol) } : r));
    const check = { ...doc.check, references };
    return { analysis: { text: doc.text, ast: doc.file.ast, check, diagnostics: this.diagnostics(doc.uri) }, env: this.env(version, doc) };
  }

  /** A symbol as its declaring document now has it (a reference keeps what it saw when checked). */
  private current(symbol: SymbolInfo): SymbolInfo {
    const doc = this.docs.get(symbol.source);
    return doc?.check?.symbols.get(symbol.name) ?? symbol;
  }

  private declarationOf(key: SymbolKey): Location | null {
    const doc = this.docs.get(key.source);
    const symbol = doc?.check?.symbols.get(key.name);
    return symbol ? { uri: key.source, span: symbol.span } : null;
  }

  private view(): WorkspaceView {
    return {
      docs: this.docs,
      versionOf: (doc) => (doc.versionDir !== null ? this.versions.get(doc.versionDir) : undefined),
      usersOf: (v) => this.usersOf(v),
    };
  }
}

/** What navigation needs of the workspace. */
export interface WorkspaceView {
  readonly docs: ReadonlyMap<string, Doc>;
  versionOf(doc: Doc): VersionState | undefined;
  usersOf(version: VersionState): VersionState[];
}

/** The order the loader lists files in: folder by folder, names sorted. */
function folderOrder(a: string, b: string): number {
  const x = a.split("/");
  const y = b.split("/");
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  }
  return x.length - y.length;
}

/** A diagnostic's span after a change, in the new text's coordinates. */
function shift(d: Diagnostic, change: TextChange, starts: readonly number[]): Diagnostic {
  const { start, end } = d.span;
  if (end <= change.start && start < change.start) return d;
  const delta = change.newEnd - change.oldEnd;
  const move = (p: number) => (p >= change.oldEnd ? p + delta : Math.min(p, change.newEnd));
  return { ...d, span: spanOf(d.span.file, starts, move(start), move(end)) };
}

/** Whether a change of file alters where the file stands in its version (then the version is checked again). */
function structural(before: LoadedFile | null, after: LoadedFile | null): boolean {
  if (!before || !after) return before !== after;
  const place = (f: LoadedFile) => JSON.stringify([f.meta.kind, f.meta.article, f.meta.id, f.meta.scope, f.meta.approval, f.meta.open_to_faculties, layerOf(f.meta), relative(".", f.path)]);
  return place(before) !== place(after);
}

/** Whether two general texts' symbols look the same to the files using them (positions aside). */
function sameSymbols(a: ReadonlyMap<string, SymbolInfo>, b: ReadonlyMap<string, SymbolInfo>): boolean {
  if (a.size !== b.size) return false;
  for (const [name, x] of a) {
    const y = b.get(name);
    if (!y || x.kind !== y.kind || x.label?.nl !== y.label?.nl || x.label?.en !== y.label?.en || !sameType(x.type, y.type)) return false;
    if (Boolean(x.forEach) !== Boolean(y.forEach) || (x.forEach && (x.forEach.variable !== y.forEach!.variable || !sameType(x.forEach.element, y.forEach!.element)))) return false;
  }
  return true;
}

function sameType(a: Type, b: Type): boolean {
  if (a === b) return true;
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "number":
      return a.unit === (b as typeof a).unit;
    case "string":
      return JSON.stringify(a.values) === JSON.stringify((b as typeof a).values);
    case "list":
      return sameType(a.element, (b as typeof a).element);
    case "object": {
      const bf = (b as typeof a).fields;
      const keys = Object.keys(a.fields);
      return keys.length === Object.keys(bf).length && keys.every((k) => bf[k] !== undefined && sameType(a.fields[k]!.type, bf[k]!.type));
    }
    default:
      return true;
  }
}

function mentions(rules: string, namespace: string): boolean {
  return new RegExp(`(^|[^A-Za-z0-9_])${namespace.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*\\.`).test(rules);
}

function decisionNames(check: CheckResult | null): string {
  return check ? [...check.symbols.values()].filter((s) => s.kind === "decision").map((s) => s.name).join(" ") : "";
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** `open_to_faculties` entries the general text does not declare (as the check stage reports them). */
function openToProblems(doc: Doc): Diagnostic[] {
  const file = doc.file!;
  const symbols = doc.check!.symbols;
  const out: Diagnostic[] = [];
  for (const name of file.meta.open_to_faculties ?? []) {
    if (!symbols.has(name)) {
      out.push(
        diagnostic("RW010-unknown-name", `open_to_faculties names '${name}', which this file does not declare${didYouMean(name, symbols.keys())}`, spanOfPath(yamlOf(file), ["open_to_faculties"]), file.path),
      );
    }
  }
  return out;
}
