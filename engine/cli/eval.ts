/**
 * `regelwerk eval <context|->`: every decision for a student (or a list), as a summary and the
 * explanations worth reading (all with --verbose), or as JSON.
 */
import { readFileSync } from "node:fs";
import { hasErrors, type Diagnostic } from "../../dsl/index.js";
import { contextValidator, Evaluator, explainReport, openVersion, readContexts, whatWouldChange, type WhatIf } from "../index.js";
import { parseContextFile } from "../load/index.js";
import { nodeFileSystem as fs, nodeSha256 } from "../node/index.js";
import { parseOptions } from "./args.js";
import { EVAL_OPTIONS } from "./options.js";
import { outcomeStyle } from "./colour.js";
import { EXIT, UsageError } from "./exit-codes.js";
import { langOption, printDiagnostics, type Io } from "./io.js";
import { versionDirForYear } from "./version-for-year.js";

function badContext(path: string, diagnostics: readonly Diagnostic[], io: Io, texts: ReadonlyMap<string, string>): number {
  printDiagnostics(diagnostics, io, texts);
  io.err(`${path}: the student context is not valid (${diagnostics.length} problem(s)); nothing was evaluated\n`);
  return EXIT.badInput;
}

/** A file, or standard input for `-` (its diagnostics then name `<stdin>`). */
function readInput(given: string): { path: string; text: string } {
  if (given === "-") {
    try {
      return { path: "<stdin>", text: readFileSync(0, "utf8") };
    } catch {
      throw new UsageError("-: cannot read standard input");
    }
  }
  const text = fs.read(given);
  if (text === undefined) throw new UsageError(`${given}: cannot read this file`);
  return { path: given, text };
}

export function evalCommand(argv: readonly string[], io: Io): number {
  const args = parseOptions(argv, EVAL_OPTIONS);
  const given = args.positionals[0];
  if (!given) throw new UsageError("eval needs a context file: regelwerk eval <context.yaml|json> (or - for standard input)");
  const { path, text } = readInput(given);
  const lang = langOption(args.options.get("lang"));
  const raw = parseContextFile(path, text);
  const texts = new Map([[path, text]]);
  if (raw.diagnostics.length > 0) return badContext(path, raw.diagnostics, io, texts);
  const first = (Array.isArray(raw.data) ? raw.data[0] : raw.data) as { enrolment?: { academic_year?: string } } | undefined;
  const dir = (args.options.get("regulation") as string | undefined) ?? versionDirForYear(first?.enrolment?.academic_year);
  const version = openVersion(fs, dir);
  if (!version) throw new UsageError(`${dir}: no manifest.yaml; expected a regulation version folder`);
  if (hasErrors(version.diagnostics)) {
    printDiagnostics(version.diagnostics.filter((d) => d.severity === "error"), io);
    io.err(`${dir}: the regulation has errors; run \`regelwerk check ${dir}\`\n`);
    return EXIT.badInput;
  }
  const { contexts, diagnostics } = readContexts(path, text, contextValidator(version.contextSchema), (version.manifest.programmes ?? []).map((p) => p.id));
  if (diagnostics.length > 0) return badContext(path, diagnostics, io, texts);
  const evaluator = new Evaluator(version, nodeSha256);
  const article = args.options.get("article") as string | undefined;
  const results = contexts.map((c) => evaluator.evaluate(c, { trace: !args.options.has("no-trace"), ...(article ? { article } : {}) }));
  if (article && results.every((r) => r.decisions.length === 0)) throw new UsageError(`--article ${article}: no decision of ${version.manifest.id} ${version.manifest.academic_year} belongs to that article`);
  // What would have to change, for the refusals of a single student (a search per refusal).
  const whatIfs = new Map<string, WhatIf>();
  if (contexts.length === 1 && !args.options.has("no-trace")) {
    const compiled = evaluator.compiledFor(contexts[0]!);
    for (const d of results[0]!.decisions) {
      if (d.outcome !== "refused" && d.outcome !== "warning" && d.outcome !== "required") continue;
      const change = whatWouldChange(compiled, contexts[0]!, d);
      if (change) whatIfs.set(d.id, change);
    }
  }
  // One student at a time: the output of thousands of students is never one string in memory.
  const json = args.options.has("json");
  if (json && contexts.length > 1) io.out("[\n");
  results.forEach((r, i) => {
    const last = i === results.length - 1;
    if (json) {
      const withWhatIf = { ...r, decisions: r.decisions.map((d) => (whatIfs.has(d.id) ? { ...d, what_if: whatIfs.get(d.id) } : d)) };
      const text = JSON.stringify(withWhatIf, null, 2);
      io.out(contexts.length === 1 ? text + "\n" : text.replace(/^/gm, "  ") + (last ? "\n]\n" : ",\n"));
    } else io.out(explainReport(r, version, lang, { verbose: args.options.has("verbose"), style: outcomeStyle(io.colour?.out === true) }, whatIfs) + (last ? "" : "\n"));
  });
  return EXIT.ok;
}
