/**
 * The fuzzer behind `npm run fuzz` and its small run in `npm test`: rule texts (mutated from the
 * real `rules:` blocks, and generated deep nestings) through parse, check and format; regulation
 * files and manifests (mutated) through the loader and checker; student contexts (mutated from
 * the examples) through validation, evaluation and explanation. It counts crashes (anything
 * thrown), diagnostics without a position in the text, formatting that is not idempotent or changes the AST, and
 * inputs that take over a second. Every crash it found became a regression test.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { checkFile, format, parse, type Diagnostic } from "../../dsl/index.js";
import { Evaluator, Workspace, explainResult, contextValidator, memoryFileSystem, openVersion, readContexts } from "../../engine/index.js";
import { nodeSha256 } from "../../engine/node/index.js";
import { withoutSpans } from "../dsl/ast-tools.js";
import { regulationRuleBlocks, root as ROOT } from "../dsl/corpus.js";
import { mutateAll, mutationArb } from "../dsl/mutate.js";
import { fixtureEnv } from "../support/fixture-env.js";
import { DIR, MANIFEST, regulationYaml } from "../support/regulation-set.js";

const SLOW_MS = 1000;

export interface Finding {
  readonly target: string;
  readonly kind: "crash" | "unpositioned" | "not idempotent" | "slow";
  readonly detail: string;
  readonly input: string;
}

export interface FuzzReport {
  readonly inputs: number;
  readonly perTarget: Readonly<Partial<Record<Target, number>>>;
  readonly findings: Finding[];
  /** Seconds spent on each target's inputs (set-up included): wall clock and this process's CPU. */
  readonly seconds: Readonly<Partial<Record<Target, { readonly wall: number; readonly cpu: number }>>>;
}

/** A line-level mutation of YAML text: drop, duplicate or swap a line, or mutate inside one. */
const yamlMutationArb = fc.oneof(
  fc.record({ kind: fc.constant("drop" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("swap" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("indent" as const), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant("text" as const), mutation: mutationArb }),
  fc.record({ kind: fc.constant("value" as const), at: fc.nat(), value: fc.constantFrom("*a", "&a x", "1e400", ".nan", "[", "{", "~", "-1", "[5]", "hello", "7", "''", "!!binary x", "---") }),
);
type YamlMutation = typeof yamlMutationArb extends fc.Arbitrary<infer T> ? T : never;

function mutateYaml(text: string, mutations: readonly YamlMutation[]): string {
  let lines = text.split("\n");
  for (const m of mutations) {
    if (m.kind === "text") {
      lines = mutateAll(lines.join("\n"), [m.mutation]).split("\n");
      continue;
    }
    const i = m.at % Math.max(1, lines.length);
    if (m.kind === "drop") lines.splice(i, 1);
    else if (m.kind === "duplicate") lines.splice(i, 0, lines[i] ?? "");
    else if (m.kind === "swap" && i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1]!, lines[i]!];
    else if (m.kind === "indent") lines[i] = m.by >= 0 ? " ".repeat(m.by) + (lines[i] ?? "") : (lines[i] ?? "").replace(new RegExp(`^ {0,${-m.by}}`), "");
    else if (m.kind === "value") lines[i] = (lines[i] ?? "").replace(/:\s.*$/, `: ${m.value}`);
  }
  return lines.join("\n");
}

/**
 * Generated deep nestings of every form the grammar nests: a family of 8 × 3000 texts, some of them
 * long (up to 75,000 characters), so they are a small share of the rule inputs.
 */
const deepArb = fc.tuple(fc.constantFrom("(", "[", "not ", "-", "if true then 1 otherwise ", "true and ", "1 + ", "accumulate(s = 0 for y in [1] then "), fc.integer({ min: 1, max: 3000 })).map(([form, n]) => {
  const closing = form === "(" || form.startsWith("accumulate") ? ")" : form === "[" ? "]" : "";
  return `definition x = ${form.repeat(n)}1${closing.repeat(n)}\n`;
});

/**
 * `accumulate(…)` from its grammar: an accumulator (a number with or without unit, or a record of
 * one to three fields), a list (a context list, a range, a literal list), an optional filter, and a
 * step that may read the accumulator's fields (also ones it lacks), the element, or nest another
 * fold; in English or Dutch keywords, on one line or broken before `for`/`where`/`then`; then
 * mutated like the bundled rules, so that near-misses of the grammar are tried too.
 */
export const foldArb = (() => {
  const name = fc.constantFrom("s", "t", "acc", "balance", "y");
  const element = fc.constantFrom("y", "h", "c", "s");
  const scalar = fc.constantFrom("0", "0 sp", "140 sp", "1 %", "true", "false", '"x"', "2020-09-21", "[1, 2]", "{ }");
  const field = fc.constantFrom("balance", "rebuilt", "years", "n");
  const record = fc.uniqueArray(fc.tuple(field, scalar), { minLength: 1, maxLength: 3, selector: ([f]) => f }).map((fs) => `{ ${fs.map(([f, v]) => `${f}: ${v}`).join(", ")} }`);
  const list = fc.constantFrom("history", "courses", "range(2015, 2020)", "range(1, 0)", "range(0, 5000)", "[1, 2, 3]", "[]", "2020", "reeks(1, 3)");
  const stepOf = (acc: string, el: string) =>
    fc.constantFrom(
      `${acc} + 10 sp`,
      `${acc} + 1`,
      `${acc}`,
      `${el}`,
      `${acc}.balance + 10 sp`,
      `{ balance: ${acc}.balance + 10 sp, rebuilt: ${acc}.rebuilt or ${acc}.balance < 60 sp }`,
      `{ balance: ${acc}.balans }`,
      `if ${acc} < 60 sp then ${acc} + min(10 sp, 60 sp - ${acc}) otherwise ${acc}`,
      `${acc} + sum(h.credits_earned for h in history where year_start(h.academic_year) = ${el})`,
      `accumulate(z = ${acc} for q in [1] then z)`,
    );
  // Anything the grammar allows, mostly ill-typed: the checker's diagnostics.
  const loose = fc.tuple(name, element, fc.oneof(scalar, record), list, fc.option(fc.constantFrom("true", "y > 2016", 'h.contract = "diploma"', "1 sp")));
  const looseFold = loose.chain(([acc, el, init, collection, filter]) => stepOf(acc, el).map((step) => ({ acc, el, init, collection, filter, step, read: "x" })));
  // Well-typed folds over a history or the years of one: evaluation and its traces.
  const overHistory = fc.record({
    acc: fc.constant("s"),
    el: fc.constant("h"),
    init: fc.constantFrom("140 sp", "0 sp"),
    collection: fc.constant("history"),
    filter: fc.option(fc.constantFrom('h.contract = "diploma"', "h.credits_earned > 0 sp", "year_start(h.academic_year) >= 2017")),
    step: fc.constantFrom("s - h.credits_taken + h.credits_earned", "if s < 60 sp then s + 10 sp otherwise s", "min(s + h.credits_earned, 60 sp)", "s + h.credits_refunded"),
    read: fc.constant("x"),
  });
  const overYears = fc.record({
    acc: fc.constant("t"),
    el: fc.constant("y"),
    init: fc.constant("{ balance: 40 sp, rebuilt: false, n: 0 }"),
    collection: fc.constantFrom("range(2015, 2020)", "range(smallest(year_start(h.academic_year) for h in history), 2020)", "range(2020, 2015)", "range(0, 5000)"),
    filter: fc.option(fc.constantFrom("y > 2016", "any(year_start(h.academic_year) = y for h in history)")),
    step: fc.constantFrom(
      "{ balance: t.balance + sum(h.credits_earned - h.credits_taken for h in history where year_start(h.academic_year) = y), rebuilt: t.rebuilt or t.balance < 60 sp, n: t.n + 1 }",
      "{ balance: if t.balance < 60 sp then t.balance + min(10 sp, 60 sp - t.balance) otherwise t.balance, rebuilt: t.rebuilt or t.balance < 60 sp, n: t.n + 1 }",
      "{ balance: accumulate(z = t.balance for q in [1, 2] then z + 1 sp), rebuilt: not t.rebuilt, n: y }",
    ),
    read: fc.constantFrom("x.balance", "x.n"),
  });
  return fc
    .tuple(fc.oneof(looseFold, overHistory, overYears), fc.boolean(), fc.boolean(), fc.array(mutationArb, { maxLength: 2 }))
    .map(([{ acc, el, init, collection, filter, step, read }, dutch, broken, ms]) => {
      const sep = broken ? "\n      " : " ";
      const [kw, f, w, t] = dutch ? ["accumuleer", "voor", "waarvan", "dan"] : ["accumulate", "for", "where", "then"];
      const fold = `${kw}(${acc} = ${init}${sep}${f} ${el} in ${collection}${filter === null ? "" : `${sep}${w} ${filter}`}${sep}${t} ${step})`;
      const decision = dutch ? `beslissing d:\n  vastgesteld met ${read} als waar\n` : `decision d:\n  determined with ${read} if true\n`;
      return mutateAll(`${dutch ? "definitie" : "definition"} x =\n  ${fold}\n${decision}`, ms);
    });
})();

const FOLD_STUDENT = readContexts("c.yaml", readFileSync(join(ROOT, "examples", "learning-credit-career.yaml"), "utf8")).contexts[0] ?? {};

/** Compile and evaluate rules with a fold in a version of their own, traced, and explain the result. */
function evaluateFold(rules: string): void {
  const files = { [`${DIR}/manifest.yaml`]: MANIFEST, [`${DIR}/art-10/general.yaml`]: regulationYaml({ id: "art10", article: 10, rules }) };
  const version = openVersion(memoryFileSystem(files), DIR);
  if (!version || version.diagnostics.some((d) => d.severity === "error")) return;
  const evaluator = new Evaluator(version, nodeSha256);
  explainResult(evaluator.evaluate(FOLD_STUDENT, { trace: true }), version, "nl", true);
}

function positioned(text: string, d: Diagnostic): boolean {
  return d.span.line >= 1 && d.span.column >= 1 && d.span.start >= 0 && d.span.end <= text.length + 1;
}

/**
 * Run a property `runs` times (or until `stopAt`, a Date.now() time, for a long run in a fixed
 * time): how many inputs it ran. The property never fails (`probe` records what goes wrong), so
 * anything fast-check reports is the fuzzer's own fault and is thrown.
 */
function run<T>(property: fc.IProperty<T>, runs: number, seed: number, stopAt: number): number {
  const details = fc.check(property, { numRuns: runs, seed, interruptAfterTimeLimit: Math.max(1, stopAt - Date.now()), markInterruptAsFailure: false });
  if (details.failed) throw new Error(`the fuzzer itself failed: ${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}`);
  return details.numRuns;
}

/**
 * Run `body` on an input, recording a crash or a slow input. Slow means over a second of this
 * process's CPU time: on a machine shared with other work the wall clock would count their time too.
 */
function probe(target: string, input: string, findings: Finding[], body: () => void): void {
  const start = process.cpuUsage();
  try {
    body();
  } catch (error) {
    findings.push({ target, kind: "crash", detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error), input });
  }
  const used = process.cpuUsage(start);
  const ms = (used.user + used.system) / 1000;
  if (ms > SLOW_MS) findings.push({ target, kind: "slow", detail: `${Math.round(ms)} ms of CPU`, input });
}

/**
 * The statements of a rules block: each starts on a line at the left margin (comments above it go
 * with it); its indented lines (rules, continuations) and blank lines follow it.
 */
function statementsOf(block: string): string[] {
  const out: string[] = [];
  let current: string[] = [];
  let code = false;
  for (const line of block.split("\n")) {
    const starts = /^\S/.test(line);
    if (starts && code) {
      out.push(current.join("\n"));
      current = [];
      code = false;
    }
    current.push(line);
    if (starts && !line.startsWith("#")) code = true;
  }
  if (current.some((l) => l.trim().length > 0)) out.push(current.join("\n"));
  return out;
}

/**
 * Rule texts: a whole `rules:` block of the bundled regulations, or a run of one to three of its
 * statements (parsing costs in proportion to length, so short texts let a run try many more
 * mutations; whole blocks keep the checker's view across statements), mutated; a generated
 * `accumulate(…)`; or a deep nesting.
 */
function fuzzRules(runs: number, seed: number, findings: Finding[], stopAt: number): number {
  const blocks = regulationRuleBlocks().map((s) => s.text);
  const statements = blocks.map(statementsOf);
  const whole = fc.tuple(fc.nat({ max: blocks.length - 1 }), fc.array(mutationArb, { minLength: 1, maxLength: 6 })).map(([i, ms]) => mutateAll(blocks[i]!, ms));
  const window = fc.tuple(fc.nat({ max: blocks.length - 1 }), fc.nat(), fc.integer({ min: 1, max: 3 }), fc.array(mutationArb, { minLength: 1, maxLength: 4 })).map(([i, at, n, ms]) => {
    const all = statements[i]!;
    const from = all.length === 0 ? 0 : at % all.length;
    return mutateAll(all.slice(from, from + n).join("\n") + "\n", ms);
  });
  return run(
    fc.property(fc.oneof({ arbitrary: whole, weight: 20 }, { arbitrary: window, weight: 25 }, { arbitrary: foldArb, weight: 8 }, { arbitrary: deepArb, weight: 1 }), (text) => {
      probe("rules", text, findings, () => {
        const parsed = parse(text);
        const checked = checkFile(parsed.ast, fixtureEnv(text, "fuzz.rw"));
        for (const d of [...parsed.diagnostics, ...checked.diagnostics]) if (!positioned(text, d)) findings.push({ target: "rules", kind: "unpositioned", detail: `${d.code} ${d.message}`, input: text });
        if (parsed.diagnostics.some((d) => d.severity === "error")) return;
        // A fold that checks cleanly is also compiled and evaluated, traced, on a student with a history.
        if (/accumul/.test(text) && !checked.diagnostics.some((d) => d.severity === "error")) evaluateFold(text);
        // As `regelwerk fmt` formats: keeping the author's line breaks and parentheses.
        const once = format(parsed.ast, undefined, text);
        const reparsed = parse(once);
        if (format(reparsed.ast, undefined, once) !== once) findings.push({ target: "rules", kind: "not idempotent", detail: "format(parse(format(x))) differs from format(x)", input: text });
        // The keyword language is layout: a file that mixes languages is printed in its main one.
        else if (JSON.stringify(withoutSpans(reparsed.ast, true)) !== JSON.stringify(withoutSpans(parsed.ast, true))) findings.push({ target: "rules", kind: "not idempotent", detail: "parse(format(x)) is not the AST of x", input: text });
      });
    }),
    runs,
    seed,
    stopAt,
  );
}

/** A small version in memory: the OER's manifest and its art. 22 files. */
function oerArticle22(): Record<string, string> {
  const dir = join(ROOT, "regulations", "kuleuven-oer", "2020-2021");
  const files: Record<string, string> = { "v/s/2020-2021/manifest.yaml": readFileSync(join(dir, "manifest.yaml"), "utf8") };
  for (const name of readdirSync(join(dir, "art-22"))) files[`v/s/2020-2021/art-22/${name}`] = readFileSync(join(dir, "art-22", name), "utf8");
  return files;
}

/**
 * A regulation file is checked in its version through the editor's incremental Workspace, opened
 * once: the mutated text replaces the file (YAML, schema, rules and the check of what it affects
 * run again, as from scratch: a workspace test holds the incremental result to a fresh check), then
 * the original text is put back. A mutated manifest is loaded with one regulation file beside it,
 * through the loader and checker, since a manifest change reloads the whole version.
 */
function fuzzRegulations(runs: number, seed: number, findings: Finding[], stopAt: number): number {
  const files = oerArticle22();
  const paths = Object.keys(files);
  const manifest = paths.find((p) => p.endsWith("manifest.yaml"))!;
  const smallest = paths.filter((p) => p !== manifest).sort((a, b) => files[a]!.length - files[b]!.length)[0]!;
  let workspace = Workspace.fromFiles(files);
  return run(
    fc.property(fc.nat({ max: paths.length - 1 }), fc.array(yamlMutationArb, { minLength: 1, maxLength: 4 }), (i, ms) => {
      const path = paths[i]!;
      const text = mutateYaml(files[path]!, ms);
      const unpositioned = (source: string | undefined, d: Diagnostic) => {
        if (source !== undefined && !positioned(source, d)) findings.push({ target: "regulation", kind: "unpositioned", detail: `${d.code} ${d.message}`, input: text });
      };
      const crashed = findings.length;
      probe(`regulation ${path.split("/").pop()}`, text, findings, () => {
        if (path === manifest) {
          const version = openVersion(memoryFileSystem({ [manifest]: text, [smallest]: files[smallest]! }), "v/s/2020-2021");
          for (const d of version?.diagnostics ?? []) unpositioned(d.source === path ? text : files[d.source], d);
          return;
        }
        const update = workspace.change(path, text);
        for (const uri of update.affected) for (const d of workspace.diagnostics(uri)) unpositioned(uri === path ? text : files[uri], d);
        workspace.change(path, files[path]!);
      });
      // After a crash the workspace may be half updated: start from a fresh one.
      if (findings.slice(crashed).some((f) => f.kind === "crash")) workspace = Workspace.fromFiles(files);
    }),
    runs,
    seed,
    stopAt,
  );
}

function fuzzContexts(runs: number, seed: number, findings: Finding[], stopAt: number): number {
  const version = openVersion(memoryFileSystem(oerArticle22()), "v/s/2020-2021")!;
  const evaluator = new Evaluator(version, nodeSha256);
  const validate = contextValidator(version.contextSchema);
  const examples = ["first-year-bachelor.yaml", "low-efficiency-bachelor.yaml", "master-student.yaml", "bridging-programme.yaml", "credit-contract.yaml"].map((f) => readFileSync(join(ROOT, "examples", f), "utf8"));
  return run(
    fc.property(fc.nat({ max: examples.length - 1 }), fc.array(yamlMutationArb, { minLength: 1, maxLength: 4 }), (i, ms) => {
      const text = mutateYaml(examples[i]!, ms);
      probe("context", text, findings, () => {
        const { contexts, diagnostics } = readContexts("c.yaml", text, validate);
        for (const d of diagnostics) if (!positioned(text, d)) findings.push({ target: "context", kind: "unpositioned", detail: `${d.code} ${d.message}`, input: text });
        for (const context of contexts) explainResult(evaluator.evaluate(context, { trace: true }), version, "en", true);
      });
    }),
    runs,
    seed,
    stopAt,
  );
}

export const TARGETS = ["rules", "regulations", "contexts"] as const;
export type Target = (typeof TARGETS)[number];

const RUNNERS: Record<Target, (runs: number, seed: number, findings: Finding[], stopAt: number) => number> = {
  rules: fuzzRules,
  regulations: fuzzRegulations,
  contexts: fuzzContexts,
};

/**
 * `runs` inputs per target (rules, regulation files, contexts; all three unless `targets` names
 * some), each target stopping early at `stopAt` (a Date.now() time) if it comes first.
 */
export function fuzz(runs: number, seed = Date.now() % 2 ** 31, targets: readonly Target[] = TARGETS, stopAt = Number.MAX_SAFE_INTEGER): FuzzReport {
  const findings: Finding[] = [];
  const seconds: Partial<Record<Target, { wall: number; cpu: number }>> = {};
  const inputs: Partial<Record<Target, number>> = {};
  for (const target of targets) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    inputs[target] = RUNNERS[target](runs, seed, findings, stopAt);
    const cpu = process.cpuUsage(cpuStart);
    seconds[target] = { wall: (performance.now() - start) / 1000, cpu: (cpu.user + cpu.system) / 1e6 };
  }
  return { inputs: Object.values(inputs).reduce((a, b) => a + b, 0), perTarget: inputs, findings, seconds };
}
