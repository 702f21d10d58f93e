/**
 * The fuzzer behind `npm run fuzz` and its small run in `npm test`: rule texts (mutated from the
 * real `rules:` blocks, and generated deep nestings) through parse, check and format; regulation
 * files and manifests (mutated) through the loader and checker; student contexts (mutated from
 * the examples) through validation, evaluation and explanation. It counts crashes (anything
 * thrown), diagnostics without a position in the text, formatting that is not idempotent, and
 * inputs that take over a second. Every crash it found became a regression test.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { checkFile, format, parse, type Diagnostic } from "../../dsl/index.js";
import { Evaluator, explainResult, contextValidator, memoryFileSystem, openVersion, readContexts } from "../../engine/index.js";
import { nodeSha256 } from "../../engine/node/index.js";
import { regulationRuleBlocks, root as ROOT } from "../dsl/corpus.js";
import { mutateAll, mutationArb } from "../dsl/mutate.js";
import { fixtureEnv } from "../support/fixture-env.js";

const SLOW_MS = 1000;

export interface Finding {
  readonly target: string;
  readonly kind: "crash" | "unpositioned" | "not idempotent" | "slow";
  readonly detail: string;
  readonly input: string;
}

export interface FuzzReport {
  readonly inputs: number;
  readonly findings: Finding[];
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

/** Generated deep nestings of every form the grammar nests. */
const deepArb = fc.tuple(fc.constantFrom("(", "[", "not ", "-", "if true then 1 otherwise ", "true and ", "1 + "), fc.integer({ min: 1, max: 3000 })).map(([form, n]) => {
  const closing = form === "(" ? ")" : form === "[" ? "]" : "";
  return `definition x = ${form.repeat(n)}1${closing.repeat(n)}\n`;
});

function positioned(text: string, d: Diagnostic): boolean {
  return d.span.line >= 1 && d.span.column >= 1 && d.span.start >= 0 && d.span.end <= text.length + 1;
}

/** Run `body` on an input, recording a crash or a slow input. */
function probe(target: string, input: string, findings: Finding[], body: () => void): void {
  const start = performance.now();
  try {
    body();
  } catch (error) {
    findings.push({ target, kind: "crash", detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error), input });
  }
  const ms = performance.now() - start;
  if (ms > SLOW_MS) findings.push({ target, kind: "slow", detail: `${Math.round(ms)} ms`, input });
}

function fuzzRules(runs: number, seed: number, findings: Finding[]): void {
  const samples = regulationRuleBlocks().map((s) => s.text);
  const mutated = fc.tuple(fc.nat({ max: samples.length - 1 }), fc.array(mutationArb, { minLength: 1, maxLength: 6 })).map(([i, ms]) => mutateAll(samples[i]!, ms));
  fc.assert(
    fc.property(fc.oneof({ arbitrary: mutated, weight: 9 }, { arbitrary: deepArb, weight: 1 }), (text) => {
      probe("rules", text, findings, () => {
        const parsed = parse(text);
        const checked = checkFile(parsed.ast, fixtureEnv(text, "fuzz.rw"));
        for (const d of [...parsed.diagnostics, ...checked.diagnostics]) if (!positioned(text, d)) findings.push({ target: "rules", kind: "unpositioned", detail: `${d.code} ${d.message}`, input: text });
        if (parsed.diagnostics.some((d) => d.severity === "error")) return;
        const once = format(parsed.ast);
        const twice = format(parse(once).ast);
        if (twice !== once) findings.push({ target: "rules", kind: "not idempotent", detail: "format(parse(format(x))) differs from format(x)", input: text });
      });
    }),
    { numRuns: runs, seed },
  );
}

/** A small version in memory: the OER's manifest and its art. 22 files. */
function oerArticle22(): Record<string, string> {
  const dir = join(ROOT, "regulations", "kuleuven-oer", "2020-2021");
  const files: Record<string, string> = { "v/s/2020-2021/manifest.yaml": readFileSync(join(dir, "manifest.yaml"), "utf8") };
  for (const name of readdirSync(join(dir, "art-22"))) files[`v/s/2020-2021/art-22/${name}`] = readFileSync(join(dir, "art-22", name), "utf8");
  return files;
}

function fuzzRegulations(runs: number, seed: number, findings: Finding[]): void {
  const files = oerArticle22();
  const paths = Object.keys(files);
  fc.assert(
    fc.property(fc.nat({ max: paths.length - 1 }), fc.array(yamlMutationArb, { minLength: 1, maxLength: 4 }), (i, ms) => {
      const path = paths[i]!;
      const text = mutateYaml(files[path]!, ms);
      probe(`regulation ${path.split("/").pop()}`, text, findings, () => {
        const version = openVersion(memoryFileSystem({ ...files, [path]: text }), "v/s/2020-2021");
        for (const d of version?.diagnostics ?? []) {
          const source = d.source === path ? text : files[d.source];
          if (source !== undefined && !positioned(source, d)) findings.push({ target: "regulation", kind: "unpositioned", detail: `${d.code} ${d.message}`, input: text });
        }
      });
    }),
    { numRuns: runs, seed },
  );
}

function fuzzContexts(runs: number, seed: number, findings: Finding[]): void {
  const version = openVersion(memoryFileSystem(oerArticle22()), "v/s/2020-2021")!;
  const evaluator = new Evaluator(version, nodeSha256);
  const validate = contextValidator(version.contextSchema);
  const examples = ["first-year-bachelor.yaml", "low-efficiency-bachelor.yaml", "master-student.yaml", "bridging-programme.yaml", "credit-contract.yaml"].map((f) => readFileSync(join(ROOT, "examples", f), "utf8"));
  fc.assert(
    fc.property(fc.nat({ max: examples.length - 1 }), fc.array(yamlMutationArb, { minLength: 1, maxLength: 4 }), (i, ms) => {
      const text = mutateYaml(examples[i]!, ms);
      probe("context", text, findings, () => {
        const { contexts, diagnostics } = readContexts("c.yaml", text, validate);
        for (const d of diagnostics) if (!positioned(text, d)) findings.push({ target: "context", kind: "unpositioned", detail: `${d.code} ${d.message}`, input: text });
        for (const context of contexts) explainResult(evaluator.evaluate(context, { trace: true }), version, "en", true);
      });
    }),
    { numRuns: runs, seed },
  );
}

/** `runs` inputs per target (rules, regulation files, contexts). */
export function fuzz(runs: number, seed = Date.now() % 2 ** 31): FuzzReport {
  const findings: Finding[] = [];
  fuzzRules(runs, seed, findings);
  fuzzRegulations(runs, seed, findings);
  fuzzContexts(runs, seed, findings);
  return { inputs: runs * 3, findings };
}
