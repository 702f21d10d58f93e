/**
 * The README's command excerpts, kept true: a block between
 *   <!-- regelwerk:begin cmd="eval examples/bridging-programme.yaml --article 22" -->
 *   <!-- regelwerk:end -->
 * holds, in a fenced block, what `regelwerk <cmd>` prints on standard output now (`tail="N"`: its
 * last N lines); a block marked `table="name"` holds a Markdown table computed from the bundled
 * regulations (scripts/readme/tables.ts). `npm run readme` rewrites the blocks; test/readme/excerpts.test.ts fails when one
 * differs. Figures from long measurements are not regenerated: they carry
 *   <!-- regelwerk:measured cmd="npm run bench" date="2026-11-30" -->
 * naming the command and the day they come from.
 */

export interface Block {
  /** The arguments after `regelwerk`, as written in the marker; or the name of a computed table. */
  readonly cmd: string | null;
  readonly table: string | null;
  readonly tail: number | null;
  /** 1-based line of the begin marker (for messages). */
  readonly line: number;
  /** Offsets of the text between the markers (after the begin line, up to the end marker). */
  readonly start: number;
  readonly end: number;
}

export interface Measured {
  readonly cmd: string;
  readonly date: string;
  readonly line: number;
}

export interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export class ReadmeError extends Error {}

const BEGIN = /<!-- regelwerk:begin (.*?)-->/g;
const END = "<!-- regelwerk:end -->";
const MEASURED = /<!-- regelwerk:measured (.*?)-->/g;

function attributes(text: string, line: number): Map<string, string> {
  const attrs = new Map<string, string>();
  const rest = text.replace(/([a-z]+)="([^"]*)"/g, (_all, name: string, value: string) => (attrs.set(name, value), "")).trim();
  if (rest !== "") throw new ReadmeError(`README.md:${line}: unexpected '${rest}' in a regelwerk marker; expected name="value" attributes`);
  return attrs;
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split("\n").length;

export function findBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const m of text.matchAll(BEGIN)) {
    const line = lineAt(text, m.index);
    const attrs = attributes(m[1]!, line);
    const cmd = attrs.get("cmd") ?? null;
    const table = attrs.get("table") ?? null;
    if ((cmd === null) === (table === null)) throw new ReadmeError(`README.md:${line}: a regelwerk:begin marker needs either cmd="…" or table="…"`);
    const tailText = attrs.get("tail");
    const tail = tailText === undefined ? null : Number(tailText);
    if (tail !== null && !(Number.isInteger(tail) && tail > 0)) throw new ReadmeError(`README.md:${line}: tail="${tailText}": expected a whole number of lines`);
    const start = text.indexOf("\n", m.index) + 1;
    const end = text.indexOf(END, start);
    const nextBegin = text.indexOf("<!-- regelwerk:begin", start);
    if (end < 0 || (nextBegin >= 0 && nextBegin < end)) throw new ReadmeError(`README.md:${line}: regelwerk:begin without its ${END}`);
    blocks.push({ cmd, table, tail, line, start, end });
  }
  const ends = text.split(END).length - 1;
  if (ends !== blocks.length) throw new ReadmeError(`README.md: ${ends} ${END} marker(s) for ${blocks.length} begin marker(s)`);
  return blocks;
}

export function findMeasured(text: string): Measured[] {
  return [...text.matchAll(MEASURED)].map((m) => {
    const line = lineAt(text, m.index);
    const attrs = attributes(m[1]!, line);
    const cmd = attrs.get("cmd");
    const date = attrs.get("date");
    if (!cmd || !date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new ReadmeError(`README.md:${line}: a regelwerk:measured marker needs cmd="…" and date="YYYY-MM-DD"`);
    return { cmd, date, line };
  });
}

/** `eval "a b" --lang en` → ["eval", "a b", "--lang", "en"]: words, with double quotes for spaces. */
export function splitArgs(cmd: string): string[] {
  return [...cmd.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

/** The fenced text a block holds for a command's run. */
export function excerptOf(block: Block, run: Run): string {
  if (run.code !== 0) throw new ReadmeError(`README.md:${block.line}: \`regelwerk ${block.cmd}\` exited ${run.code}: ${run.err.trim().split("\n")[0] ?? ""}`);
  const lines = run.out.replace(/\n$/, "").split("\n");
  const kept = block.tail === null ? lines : lines.slice(-block.tail);
  return "```\n" + kept.join("\n") + "\n```\n";
}

export type Tables = Readonly<Record<string, () => string>>;

/** The README with every block's text replaced by what its command prints, or its table is, now. */
export function regenerate(text: string, runCommand: (argv: readonly string[]) => Run, tables: Tables = {}): string {
  let out = "";
  let at = 0;
  for (const block of findBlocks(text)) {
    out += text.slice(at, block.start) + (block.cmd !== null ? excerptOf(block, runCommand(splitArgs(block.cmd))) : tableOf(block, tables));
    at = block.end;
  }
  return out + text.slice(at);
}

function tableOf(block: Block, tables: Tables): string {
  const make = tables[block.table!];
  if (!make) throw new ReadmeError(`README.md:${block.line}: table="${block.table}": unknown; expected one of ${Object.keys(tables).join(", ")}`);
  return make().replace(/\n?$/, "\n");
}
