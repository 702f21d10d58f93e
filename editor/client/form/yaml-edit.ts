/**
 * Edits of a regulation file's YAML that touch one value and keep every other byte: a value
 * replaced where it stands (indented like its siblings), a list item appended or removed, a
 * top-level key added before `rules:`. Values are written as the `yaml` package writes them
 * (the layout `regelwerk fmt` leaves alone: fmt only lays out the rules block).
 */
import { isMap, isScalar, isSeq, parseDocument, stringify, type Node } from "yaml";

type Path = readonly (string | number)[];

const write = (value: unknown) => stringify(value, { lineWidth: 0, flowCollectionPadding: true }).replace(/\n$/, "");

function nodeAt(text: string, path: Path): Node | null {
  const doc = parseDocument(text);
  if (doc.errors.length > 0 || !isMap(doc.contents)) return null;
  return (doc.getIn(path, true) as Node | undefined) ?? null;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

/** End of a node's own text: before trailing blank lines and comments that belong to what follows. */
function endOf(text: string, node: Node): number {
  let end = node.range![1];
  while (end > node.range![0] && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/** `value` written to stand at column `column` of a line whose start is already written. */
function written(value: unknown, column: number): string {
  const pad = " ".repeat(column);
  return write(value).split("\n").map((line, i) => (i === 0 || line === "" ? line : pad + line)).join("\n");
}

/**
 * Replace the value at `path` (top-level key, or deeper: ["tests", 2, "given"]). A value that is
 * missing is added: a top-level key before `rules:`, a key of a map at the end of that map.
 */
export function setValue(text: string, path: Path, value: unknown): string {
  const node = nodeAt(text, path);
  if (node?.range) {
    const start = node.range[0];
    const end = endOf(text, node);
    const column = start - lineStart(text, start);
    const isBlockCollection = (isMap(node) || isSeq(node)) && !(node as { flow?: boolean }).flow;
    const scalarOrFlow = typeof value !== "object" || value === null || (Array.isArray(value) && value.length === 0) || (!Array.isArray(value) && Object.keys(value).length === 0);
    // A block map or list that stands on its own lines below its key.
    const ownLines = isBlockCollection && text.slice(lineStart(text, start), start).trim() === "" && !scalarOrFlow;
    if (ownLines) return text.slice(0, start) + written(value, column) + text.slice(end);
    // Otherwise the value follows `key: ` or `- ` on the line; a block value then starts on the next line.
    if (!scalarOrFlow && typeof path.at(-1) === "string") {
      const keyColumn = keyColumnOf(text, start);
      const indented = write(value).split("\n").map((l) => (l ? " ".repeat(keyColumn + 2) + l : l)).join("\n");
      const before = text.slice(0, start).replace(/[ \t]*$/, "");
      return `${before}\n${indented}${text.slice(end)}`;
    }
    return text.slice(0, start) + written(value, column) + text.slice(end);
  }
  return addValue(text, path, value);
}

/** Column of the key whose value starts at `valueStart` (the first non-space of its line). */
function keyColumnOf(text: string, valueStart: number): number {
  const line = text.slice(lineStart(text, valueStart), valueStart);
  const dash = /^(\s*)- /.exec(line);
  if (dash) return dash[1]!.length + 2;
  return line.length - line.trimStart().length;
}

function addValue(text: string, path: Path, value: unknown): string {
  const key = path.at(-1);
  if (path.length === 1 && typeof key === "string") {
    const entry = `${write({ [key]: value })}\n`;
    const rules = /^rules:/m.exec(text);
    if (rules && key !== "tests") return text.slice(0, rules.index) + entry + text.slice(rules.index);
    return `${text.replace(/\n*$/, "\n")}${entry}`;
  }
  const parent = nodeAt(text, path.slice(0, -1));
  if (!parent?.range || typeof key !== "string" || !isMap(parent)) throw new Error(`cannot add ${path.join(".")}`);
  if (parent.flow || parent.items.length === 0) {
    const current = parseDocument(text).getIn(path.slice(0, -1)) as Record<string, unknown>;
    return setValue(text, path.slice(0, -1), { ...(typeof current === "object" && current ? current : {}), [key]: value });
  }
  const first = parent.items[0]!.key as Node;
  const column = first.range![0] - lineStart(text, first.range![0]);
  const end = endOf(text, parent);
  return `${text.slice(0, end)}\n${" ".repeat(column)}${written({ [key]: value }, column)}${text.slice(end)}`;
}

/** Remove the key at `path` (with its value), or the list item at `path` (a number last). */
export function removeValue(text: string, path: Path): string {
  const doc = parseDocument(text);
  const parentPath = path.slice(0, -1);
  const parent = (parentPath.length === 0 ? doc.contents : doc.getIn(parentPath, true)) as Node | null;
  const key = path.at(-1)!;
  if (isSeq(parent) && typeof key === "number") {
    const item = parent.items[key] as Node | undefined;
    if (!item?.range) return text;
    if (parent.flow || parent.items.length === 1) return setValue(text, parentPath, (doc.getIn(parentPath) as unknown[]).filter((_, i) => i !== key));
    const from = lineStart(text, item.range[0]);
    const to = text.indexOf("\n", endOf(text, item));
    return text.slice(0, from) + (to < 0 ? "" : text.slice(to + 1));
  }
  if (isMap(parent)) {
    const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === key);
    if (!pair) return text;
    if (parent.flow) {
      const current = doc.getIn(parentPath) as Record<string, unknown>;
      const { [key as string]: _, ...rest } = current;
      return setValue(text, parentPath, rest);
    }
    const from = lineStart(text, (pair.key as Node).range![0]);
    const valueNode = pair.value as Node | null;
    const lastEnd = valueNode?.range ? endOf(text, valueNode) : (pair.key as Node).range![1];
    const to = text.indexOf("\n", lastEnd);
    return text.slice(0, from) + (to < 0 ? "" : text.slice(to + 1));
  }
  return text;
}

/** Append an item to the list at `path` (made if missing), in the block layout of the bundled files. */
export function appendItem(text: string, path: Path, item: unknown): string {
  const node = nodeAt(text, path);
  if (isSeq(node) && node.range && !node.flow && node.items.length > 0) {
    const first = node.items[0] as Node;
    const column = lineStart(text, first.range![0]) === first.range![0] ? 0 : first.range![0] - lineStart(text, first.range![0]) - 2;
    const end = endOf(text, node);
    const pad = " ".repeat(column);
    const lines = write([item]).split("\n").map((l) => (l ? pad + l : l));
    return `${text.slice(0, end)}\n${lines.join("\n")}${text.slice(end)}`;
  }
  const current = node ? (parseDocument(text).getIn(path) as unknown[] | null) : null;
  return setValue(text, path, [...(Array.isArray(current) ? current : []), item]);
}
