/**
 * YAML with positions: parse a file keeping offsets, find the position of a value by its path (for
 * schema errors), and map positions inside an embedded DSL block back to the YAML file, so an error
 * in `rules:` is reported at its own line and column.
 */
import { Composer, Document, LineCounter, Parser, YAMLParseError, isMap, isScalar, visit, type CST, type Node, type Scalar } from "yaml";
import { diagnostic, type Diagnostic, type Span, type TextOrigin } from "../../dsl/index.js";

export interface YamlSource {
  readonly path: string;
  readonly text: string;
  readonly doc: Document;
  readonly lines: LineCounter;
  readonly data: unknown;
  readonly diagnostics: Diagnostic[];
}

export function spanAt(file: string, lines: LineCounter, start: number, end = start): Span {
  const a = lines.linePos(start);
  const b = lines.linePos(Math.max(start, end));
  return { file, start, end: Math.max(start, end), line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}

export function readYaml(path: string, text: string): YamlSource {
  const lines = new LineCounter();
  const kind = path.endsWith(".json") ? "JSON" : "YAML";
  const diagnostics: Diagnostic[] = [];
  // The syntax tree is built without recursion; composing it into a document recurses once per
  // level, so a text nested too deeply is refused here, before it could exhaust the stack.
  const tokens = [...new Parser(lines.addNewLine).parse(text)];
  const deep = tooDeepToken(tokens);
  if (deep !== null) {
    diagnostics.push(diagnostic("RW050-yaml-syntax", `${kind}: ${TOO_DEEP}`, spanAt(path, lines, deep), path));
    return { path, text, doc: new Document(null), lines, data: null, diagnostics };
  }
  const doc = firstDocument(tokens, text.length);
  for (const error of [...doc.errors, ...doc.warnings]) {
    const [start, end] = error.pos;
    diagnostics.push(diagnostic("RW050-yaml-syntax", `${kind}: ${syntaxMessage(error.message)}`, spanAt(path, lines, start, end), path));
  }
  const data = doc.errors.length === 0 ? dataOf(doc, path, text, lines, diagnostics, kind) : null;
  return { path, text, doc, lines, data, diagnostics };
}

/** What `parseDocument` does, from tokens already read: the first document; a second one is an error. */
function firstDocument(tokens: readonly CST.Token[], length: number): Document {
  let doc: Document | null = null;
  for (const next of new Composer({ prettyErrors: false, uniqueKeys: true }).compose(tokens, true, length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], "MULTIPLE_DOCS", "the file holds several documents (`---`); expected one"));
      break;
    }
  }
  return doc ?? new Document(null);
}

/** The offset of the first collection nested deeper than MAX_DATA_DEPTH in the syntax tree, or null. */
function tooDeepToken(tokens: readonly CST.Token[]): number | null {
  const stack: { token: CST.Token | undefined; depth: number }[] = tokens.map((token) => ({ token, depth: 0 }));
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    if (!token) continue;
    switch (token.type) {
      case "document":
        stack.push({ token: token.value, depth });
        break;
      case "block-map":
      case "block-seq":
      case "flow-collection":
        if (depth >= MAX_DATA_DEPTH) return token.offset;
        for (const item of token.items) {
          if ("key" in item) stack.push({ token: item.key ?? undefined, depth: depth + 1 });
          stack.push({ token: item.value, depth: depth + 1 });
        }
        break;
      default:
        break;
    }
  }
  return null;
}

/** The library's message without its own position (ours is in the span); a stack overflow named for what it is. */
function syntaxMessage(message: string): string {
  if (/call stack/i.test(message)) return TOO_DEEP;
  return message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
}

/** No regulation file or student context nests anywhere near this deep; deeper data would exhaust the stack later. */
export const MAX_DATA_DEPTH = 64;
const TOO_DEEP = `the data is nested too deeply: expected at most ${MAX_DATA_DEPTH} levels of lists and records`;

/**
 * The document as plain data, or null with a positioned diagnostic: an alias to no anchor, or aliases
 * that expand to too much data (an "alias bomb").
 */
function dataOf(doc: Document, path: string, text: string, lines: LineCounter, diagnostics: Diagnostic[], kind: string): unknown {
  const infinite = nonFiniteScalar(doc);
  if (infinite) {
    const [start, end] = infinite.range ?? [0, 0];
    diagnostics.push(diagnostic("RW050-yaml-syntax", `${kind}: found ${text.slice(start, end)}, which reads as ${String(infinite.value)}: expected a finite number`, spanAt(path, lines, start, end), path));
    return null;
  }
  try {
    return doc.toJS({ maxAliasCount: 100 }) ?? null;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unresolved = /Unresolved alias[^:]*: (.*)$/.exec(message)?.[1];
    const alias = firstAlias(doc, unresolved);
    const explained = unresolved !== undefined
      ? `the alias *${unresolved} refers to no anchor &${unresolved} defined before it`
      : /alias count/i.test(message)
        ? "its aliases expand to too much data (more than 100 alias uses): write the values out"
        : syntaxMessage(message);
    diagnostics.push(diagnostic("RW050-yaml-syntax", `${kind}: ${explained}`, spanAt(path, lines, alias?.range?.[0] ?? 0, alias?.range?.[1] ?? 0), path));
    return null;
  }
}

/** A number the rules cannot compute with: `1e400` reads as Infinity, `.nan` as NaN. */
function nonFiniteScalar(doc: Document): Scalar | null {
  let found: Scalar | null = null;
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === "number" && !Number.isFinite(node.value)) {
        found = node;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

function firstAlias(doc: Document, name: string | undefined): Node | null {
  let found: Node | null = null;
  visit(doc, {
    Alias(_, node) {
      if (name === undefined || node.source === name) {
        found = node;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** The node at a JSON path (`["tests", 0, "given"]`), or the deepest existing ancestor. */
export function nodeAt(doc: Document, path: readonly (string | number)[]): { node: Node | null; depth: number } {
  let node: unknown = doc.contents;
  let depth = 0;
  for (const key of path) {
    if (!node || typeof (node as { get?: unknown }).get !== "function") break;
    const next = (node as { get(k: unknown, keep: true): unknown }).get(key, true);
    if (next === undefined || next === null) break;
    node = next;
    depth++;
  }
  return { node: (node as Node) ?? null, depth };
}

/** The span of a value at a JSON path; for a key that is present, `keyOf` gives the key's span. */
export function spanOfPath(source: YamlSource, path: readonly (string | number)[], keyOf?: string): Span {
  const { node } = nodeAt(source.doc, path);
  if (keyOf && node && isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && p.key.value === keyOf);
    const range = (pair?.key as Node | undefined)?.range;
    if (range) return spanAt(source.path, source.lines, range[0], range[1]);
  }
  const range = node?.range;
  return range ? spanAt(source.path, source.lines, range[0], range[1]) : spanAt(source.path, source.lines, 0, 0);
}

/** Where an embedded block's text sits in the file: the line of its first content and its indent. */
export function blockOrigin(source: YamlSource, key: string): TextOrigin | null {
  const { node } = nodeAt(source.doc, [key]);
  if (!node || !isScalar(node) || !node.range) return null;
  const start = node.range[0];
  const text = source.text;
  const at = (line: number, indent: number): TextOrigin => ({ file: source.path, line, indent, fileLineStarts: source.lines.lineStarts });
  if (node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED") {
    const lineEnd = text.indexOf("\n", start);
    if (lineEnd < 0) return null;
    const offset = lineEnd + 1;
    // The indentation of the first non-empty content line is what YAML strips from every line.
    let probe = offset;
    while (probe < text.length) {
      const end = text.indexOf("\n", probe);
      const line = text.slice(probe, end < 0 ? text.length : end);
      if (line.trim().length > 0) break;
      probe = end < 0 ? text.length : end + 1;
    }
    const indent = /^ */.exec(text.slice(probe))![0].length;
    return at(source.lines.linePos(offset).line, indent);
  }
  // A quoted value starts after its quote mark; a plain one where it stands.
  const quoted = node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE";
  const pos = source.lines.linePos(start);
  return at(pos.line, pos.col - 1 + (quoted ? 1 : 0));
}

/** Only literal blocks (`|`) and one-line values keep the rules' lines and columns as written. */
export function blockStyleProblem(source: YamlSource, key: string): string | null {
  const { node } = nodeAt(source.doc, [key]);
  if (!node || !isScalar(node)) return null;
  if (node.type === "BLOCK_FOLDED") return "rules must be a literal block (`rules: |`): a folded block (`>`) joins lines, so positions in it could not be reported";
  const text = typeof node.value === "string" ? node.value : "";
  if (node.type !== "BLOCK_LITERAL" && text.includes("\n")) return "rules that span several lines must be a literal block (`rules: |`)";
  return null;
}

const reread = new WeakMap<object, YamlSource>();

/**
 * A loaded file's YAML with positions, for placing a diagnostic at a value's path. The loaded model
 * keeps only the text (plain data); the document is read again on demand, once per file object.
 */
export function yamlOf(file: { readonly path: string; readonly text: string }): YamlSource {
  let source = reread.get(file);
  if (!source) {
    source = readYaml(file.path, file.text);
    reread.set(file, source);
  }
  return source;
}
