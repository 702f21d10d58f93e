/**
 * `regelwerk fmt`: print every rule block in its canonical layout (and, with --lang, in the other
 * keyword language), inside its YAML file. A file whose rules do not parse is left untouched: the
 * formatter never loses text. Without --write it only reports which files would change (exit 1).
 */
import { writeFileSync } from "node:fs";
import { isScalar } from "yaml";
import { format, parse, type Lang } from "../../dsl/index.js";
import { blockOrigin, nodeAt, readYaml, regulationPaths } from "../load/index.js";
import { nodeFileSystem as fs } from "../node/index.js";
import { parseOptions } from "./args.js";
import { FMT_OPTIONS } from "./options.js";
import { EXIT, UsageError } from "./exit-codes.js";
import { langOption, type Io } from "./io.js";

export interface FormatOutcome {
  readonly path: string;
  readonly status: "unchanged" | "changed" | "skipped";
  readonly reason?: string;
  readonly text?: string;
}

const NO_RULES = "no `rules: |` block";

/** The YAML text with its `rules: |` block formatted, or why it was left alone. */
export function formatRulesInYaml(path: string, text: string, lang: Lang | undefined): FormatOutcome {
  const yaml = readYaml(path, text);
  if (yaml.data === null) return { path, status: "skipped", reason: "the YAML does not parse" };
  const { node } = nodeAt(yaml.doc, ["rules"]);
  if (!node || !isScalar(node) || node.type !== "BLOCK_LITERAL" || !node.range) return { path, status: "skipped", reason: NO_RULES };
  const origin = blockOrigin(yaml, "rules");
  if (!origin) return { path, status: "skipped", reason: NO_RULES };
  const rules = String(node.value);
  const parsed = parse(rules, origin);
  // Where the block's first content line starts in the file.
  const start = origin.fileLineStarts[origin.line - 1] ?? 0;
  if (parsed.diagnostics.some((d) => d.severity === "error")) return { path, status: "skipped", reason: "its rules have syntax errors (run regelwerk check)" };
  // The spans index the whole file: the formatter reads the author's line breaks and parentheses there.
  const formatted = format(parsed.ast, lang ?? parsed.ast.lang ?? "en", text);
  const indent = " ".repeat(origin.indent);
  const block = formatted
    .replace(/\n$/, "")
    .split("\n")
    .map((line) => (line.length > 0 ? indent + line : line))
    .join("\n");
  // The block runs from its first content line to the end of its value (trailing blank lines stay).
  const end = text.lastIndexOf("\n", node.range[1] - 1) >= start ? trimmedEnd(text, start, node.range[1]) : node.range[1];
  const next = text.slice(0, start) + block + text.slice(end);
  return next === text ? { path, status: "unchanged" } : { path, status: "changed", text: next };
}

/** Where the block's last non-blank line ends. */
function trimmedEnd(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && /\s/.test(text[i - 1]!)) i--;
  return i;
}

export function formatPaths(paths: readonly string[], lang: Lang | undefined, write: boolean): FormatOutcome[] {
  const outcomes: FormatOutcome[] = [];
  // A folder is walked like a regulation version; a file named on the command line is taken as is.
  const files = paths.flatMap((p) => (fs.isDirectory(p) ? regulationPaths(fs, p) : [p]));
  for (const path of files) {
    const text = fs.read(path);
    if (text === undefined) {
      outcomes.push({ path, status: "skipped", reason: "cannot read this file" });
      continue;
    }
    const outcome = formatRulesInYaml(path, text, lang);
    // Data files beside the rules (glossaries) have no rules block: nothing to report for them.
    if (outcome.status === "skipped" && outcome.reason === NO_RULES && !paths.includes(path)) continue;
    if (write && outcome.status === "changed" && outcome.text !== undefined) writeFileSync(path, outcome.text);
    outcomes.push(outcome);
  }
  return outcomes;
}


export function fmt(argv: readonly string[], io: Io): number {
  // --check is the default made explicit (for CI): list what would change, exit 1 if anything would.
  const args = parseOptions(argv, FMT_OPTIONS);
  if (args.options.has("write") && args.options.has("check")) throw new UsageError("--write and --check exclude each other: --check only reports");
  const lang = args.options.has("lang") ? langOption(args.options.get("lang")) : undefined;
  const paths = args.positionals.length > 0 ? args.positionals : ["regulations"];
  for (const p of paths) if (fs.read(p) === undefined && !fs.isDirectory(p)) throw new UsageError(`${p}: no such file or directory`);
  const write = args.options.has("write");
  const outcomes = formatPaths(paths, lang, write);
  let changed = 0;
  for (const o of outcomes) {
    if (o.status === "changed") {
      changed++;
      io.out(`${write ? "formatted" : "would format"} ${o.path}\n`);
    } else if (o.status === "skipped") io.out(`skipped ${o.path}: ${o.reason}\n`);
  }
  io.out(`${outcomes.length} file(s), ${changed} ${write ? "formatted" : "not formatted"}\n`);
  return !write && changed > 0 ? EXIT.findings : EXIT.ok;
}
