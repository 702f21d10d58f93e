/**
 * Across the workspace's files: which parameter, definition or decision is under the cursor, every
 * place that names it (rules, exception and `set` targets, `open_to_faculties`, tests' expected
 * decisions), renaming it, and quick fixes that apply a diagnostic's "did you mean".
 */
import { containsOffset, declaresName, parse, type Diagnostic, type NameRef, type SymbolInfo, type SymbolKind } from "../../dsl/index.js";
import { qualifyKey } from "../check/index.js";
import { nodeAt, spanAt, spanOfPath, yamlOf } from "../load/index.js";
import type { CodeAction, Doc, Location, RenameResult, TextEdit } from "./model.js";
import type { WorkspaceView } from "./workspace.js";

/** A symbol by where it is declared: the same name in two supplements is two symbols. */
export interface SymbolKey {
  readonly source: string;
  readonly namespace: string;
  readonly name: string;
  readonly kind: SymbolKind;
}

export interface Occurrence {
  readonly location: Location;
  readonly declaration: boolean;
  /** The name's own characters (in `art22.minimum`, `minimum`): what a rename replaces. */
  readonly name: { readonly start: number; readonly end: number };
}

function keyOf(s: SymbolInfo): SymbolKey {
  return { source: s.source, namespace: s.namespace, name: s.name, kind: s.kind };
}

function same(s: SymbolInfo | null | undefined, key: SymbolKey): boolean {
  return Boolean(s && s.source === key.source && s.name === key.name);
}

/** What an `exception to` or `set` target names, as the checker resolves it. */
function targetOf(view: WorkspaceView, doc: Doc, target: NameRef): { symbol: SymbolInfo | undefined; qualified: boolean } {
  const version = view.versionOf(doc);
  if (!version || doc.namespace === null) return { symbol: undefined, qualified: false };
  const [first, second] = target.path;
  if (target.path.length >= 2 && version.externals.has(first!)) return { symbol: version.externals.get(first!)!.get(second!), qualified: true };
  return { symbol: version.externals.get(doc.namespace)?.get(target.path.join(".")), qualified: false };
}

function targets(doc: Doc): NameRef[] {
  const out: NameRef[] = [];
  for (const s of doc.file?.ast.statements ?? []) if ((s.kind === "ExceptionDecl" || s.kind === "SetDecl") && s.target) out.push(s.target);
  return out;
}

export function symbolAt(view: WorkspaceView, doc: Doc, offset: number): SymbolKey | null {
  if (!doc.file || !doc.check) return null;
  const refs = doc.check.references.filter((r) => r.symbol && containsOffset(r.span, offset));
  const ref = refs.sort((a, b) => a.span.end - a.span.start - (b.span.end - b.span.start))[0];
  if (ref?.symbol) return keyOf(ref.symbol);
  for (const s of doc.file.ast.statements) {
    if (declaresName(s) && s.name && containsOffset(s.nameSpan, offset)) {
      const symbol = doc.check.symbols.get(s.name);
      return symbol && symbol.source === doc.uri ? keyOf(symbol) : null;
    }
  }
  for (const target of targets(doc)) {
    if (!containsOffset(target.span, offset)) continue;
    const { symbol } = targetOf(view, doc, target);
    return symbol ? keyOf(symbol) : null;
  }
  return yamlSymbolAt(view, doc, offset);
}

/** In the YAML around the rules: an entry of `open_to_faculties`, or a decision a test expects. */
function yamlSymbolAt(view: WorkspaceView, doc: Doc, offset: number): SymbolKey | null {
  const file = doc.file!;
  const version = view.versionOf(doc);
  if (!version || doc.namespace === null) return null;
  const open = file.meta.open_to_faculties ?? [];
  for (let i = 0; i < open.length; i++) {
    const range = nodeAt(yamlOf(file).doc, ["open_to_faculties", i]).node?.range;
    const symbol = doc.check!.symbols.get(open[i]!);
    if (range && symbol && range[0] <= offset && offset <= range[1]) return keyOf(symbol);
  }
  for (let i = 0; i < file.meta.tests.length; i++) {
    for (const expected of Object.keys(file.meta.tests[i]!.expect)) {
      const span = spanOfPath(yamlOf(file), ["tests", i, "expect"], expected);
      if (!containsOffset(span, offset)) continue;
      const id = qualifyKey(expected, doc.namespace).id;
      const dot = id.indexOf(".");
      const symbol = version.externals.get(id.slice(0, dot))?.get(id.slice(dot + 1));
      return symbol ? keyOf(symbol) : null;
    }
  }
  return null;
}

/** The declaration, then every use in the workspace, in URI and position order. */
export function occurrencesOf(view: WorkspaceView, key: SymbolKey): Occurrence[] {
  const out: Occurrence[] = [];
  const declaring = view.docs.get(key.source);
  const declared = declaring?.check?.symbols.get(key.name);
  if (declaring && declared && declared.source === key.source) {
    out.push({ location: { uri: key.source, span: declared.span }, declaration: true, name: { start: declared.span.start, end: declared.span.end } });
  }
  const uses: Occurrence[] = [];
  const version = declaring ? view.versionOf(declaring) : undefined;
  for (const doc of view.docs.values()) {
    if (!doc.file || !doc.check) continue;
    for (const r of doc.check.references) {
      if (!same(r.symbol, key)) continue;
      const start = r.path.includes(".") ? r.span.end - key.name.length : r.span.start;
      uses.push({ location: { uri: doc.uri, span: r.span }, declaration: false, name: { start, end: r.span.end } });
    }
    for (const target of targets(doc)) {
      const { symbol, qualified } = targetOf(view, doc, target);
      if (!same(symbol, key)) continue;
      const segment = qualified ? target.segmentSpans[1]! : target.span;
      uses.push({ location: { uri: doc.uri, span: target.span }, declaration: false, name: { start: segment.start, end: segment.end } });
    }
    // The YAML around the rules: the general text's open points, and tests expecting a decision.
    if (doc === declaring && doc.file.meta.kind === "general") {
      (doc.file.meta.open_to_faculties ?? []).forEach((name, i) => {
        if (name !== key.name) return;
        const yaml = yamlOf(doc.file!);
        const range = nodeAt(yaml.doc, ["open_to_faculties", i]).node?.range;
        if (!range) return;
        const quote = /^["']/.test(doc.text.slice(range[0], range[0] + 1)) ? 1 : 0;
        const span = spanAt(doc.uri, yaml.lines, range[0] + quote, range[0] + quote + name.length);
        uses.push({ location: { uri: doc.uri, span }, declaration: false, name: { start: span.start, end: span.end } });
      });
    }
    if (key.kind === "decision" && version && view.versionOf(doc) === version && doc.namespace !== null) {
      doc.file.meta.tests.forEach((test, i) => {
        for (const expected of Object.keys(test.expect)) {
          if (qualifyKey(expected, doc.namespace!).id !== `${key.namespace}.${key.name}`) continue;
          const yaml = yamlOf(doc.file!);
          const span = spanOfPath(yaml, ["tests", i, "expect"], expected);
          const m = /^(["']?)((?:[A-Za-z0-9_]+\.)?)/.exec(doc.text.slice(span.start, span.end))!;
          const start = span.start + m[1]!.length + m[2]!.length;
          uses.push({ location: { uri: doc.uri, span }, declaration: false, name: { start, end: start + key.name.length } });
        }
      });
    }
  }
  uses.sort((a, b) => (a.location.uri === b.location.uri ? a.name.start - b.name.start : a.location.uri < b.location.uri ? -1 : 1));
  return [...out, ...uses];
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function renameEdits(view: WorkspaceView, key: SymbolKey, newName: string): RenameResult {
  if (!IDENTIFIER.test(newName)) return { ok: false, reason: `'${newName}' is not a name: use letters, digits and _, starting with a letter` };
  const probe = parse(`parameter ${newName} = 1\n`);
  const first = probe.ast.statements[0];
  if (probe.diagnostics.length > 0 || first?.kind !== "Declaration" || first.name !== newName) return { ok: false, reason: `'${newName}' is a keyword of the rule language` };
  if (newName === key.name) return { ok: false, reason: `it is already called '${newName}'` };
  const declaring = view.docs.get(key.source);
  const version = declaring && view.versionOf(declaring);
  if (!declaring || !version) return { ok: false, reason: `'${key.name}' is declared outside the workspace's versions` };
  const clash = version.externals.get(key.namespace)?.get(newName) ?? [...view.docs.values()].find((d) => d.namespace === key.namespace && view.versionOf(d) === version && d.check?.symbols.has(newName))?.check?.symbols.get(newName);
  if (clash) return { ok: false, reason: `${key.namespace} already has '${newName}' (${clash.kind}, ${clash.source}:${clash.span.line})` };
  if (version.externals.has(newName)) return { ok: false, reason: `'${newName}' is the name of an article or regulation set` };
  if (version.contextType.kind === "object" && version.contextType.fields[newName]) return { ok: false, reason: `'${newName}' is a field of the student context, which the new name would hide` };
  const edits: Record<string, TextEdit[]> = {};
  for (const o of occurrencesOf(view, key)) {
    const list = (edits[o.location.uri] ??= []);
    if (!list.some((e) => e.start === o.name.start)) list.push({ start: o.name.start, end: o.name.end, newText: newName });
  }
  for (const list of Object.values(edits)) list.sort((a, b) => a.start - b.start);
  return { ok: true, edit: edits };
}

/** The name a diagnostic suggests (`did you mean \`x\`?`), if any. */
export function suggestionOf(d: Diagnostic): string | null {
  return d.data?.suggestion ?? /did you mean `([^`]+)`\?/.exec(d.message)?.[1] ?? null;
}

export function codeActionsFor(doc: Doc, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    const suggestion = suggestionOf(d);
    if (!suggestion || d.span.end <= d.span.start) continue;
    let { start, end } = d.span;
    const found = doc.text.slice(start, end);
    const quoted = /^(["']).*\1$/.exec(found);
    if (quoted && found.length >= 2) {
      start++;
      end--;
    }
    out.push({
      title: `Change '${doc.text.slice(start, end)}' to '${suggestion}'`,
      kind: "quickfix",
      diagnostic: d,
      edit: { [doc.uri]: [{ start, end, newText: suggestion }] },
    });
  }
  return out;
}

/** A document's text with edits applied (edits do not overlap). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
