/**
 * Run the examples in a version's files and measure rule coverage — every rule of every decision and
 * every exception should decide at least one example — and condition coverage (condition-coverage.ts).
 */
import type * as A from "../../dsl/index.js";
import { printRule } from "../../dsl/index.js";
import { qualifyKey, type RegulationFile, type RegulationVersion } from "../check/index.js";
import { fileLang, ruleId, sourceRef } from "../compile/index.js";
import { Evaluator, type DecisionResult } from "../evaluate/index.js";
import type { ExpectedDecision, TestCase } from "../load/index.js";
import type { Hasher } from "../receipt/index.js";
import { conditionCoverage, type Condition } from "./condition-coverage.js";

export interface TestFailure {
  readonly key: string;
  readonly expected: string;
  readonly actual: string;
  readonly result: DecisionResult | null;
}

export interface TestResult {
  readonly file: RegulationFile;
  readonly test: TestCase;
  readonly failures: readonly TestFailure[];
}

export interface RuleRef {
  readonly id: string;
  readonly file: string;
  readonly line: number;
  readonly text: string;
  readonly exception: boolean;
}

export interface TestReport {
  readonly version: RegulationVersion;
  readonly results: readonly TestResult[];
  readonly rules: readonly RuleRef[];
  readonly uncovered: readonly RuleRef[];
  /** Every condition of every rule, with whether some example evaluated it true and false. */
  readonly conditions: readonly Condition[];
}

/** Every rule of a version's own files, with the id compile-version gives it. */
export function allRules(version: RegulationVersion): RuleRef[] {
  const out: RuleRef[] = [];
  for (const file of version.files) {
    for (const s of file.ast.statements) {
      if (s.kind !== "DecisionDecl" && s.kind !== "ExceptionDecl") continue;
      for (const rule of s.rules as readonly A.Rule[]) {
        const source = sourceRef(rule.span);
        out.push({ id: ruleId(source.file, source.line), file: file.path, line: source.line, text: printRule(rule, fileLang(file)), exception: s.kind === "ExceptionDecl" });
      }
    }
  }
  return out;
}

function normalise(expected: string | ExpectedDecision): ExpectedDecision {
  return typeof expected === "string" ? { outcome: expected } : expected;
}

function sameValue(expected: unknown, actual: unknown): boolean {
  if (typeof expected === "number" && typeof actual === "number") return Math.abs(expected - actual) < 1e-6;
  return expected === actual;
}

export function checkExpectation(key: string, expectedRaw: string | ExpectedDecision, result: DecisionResult | null): TestFailure | null {
  const expected = normalise(expectedRaw);
  const fail = (exp: string, act: string) => ({ key, expected: exp, actual: act, result });
  if (!result) return fail(expected.outcome ?? "a decision", "no such decision in the result");
  if (expected.outcome !== undefined && expected.outcome !== result.outcome) return fail(expected.outcome, result.outcome);
  if (expected.value !== undefined && !sameValue(expected.value, result.value)) return fail(`value ${JSON.stringify(expected.value)}`, `value ${JSON.stringify(result.value)}`);
  if (expected.layer !== undefined && expected.layer !== result.layer) return fail(`layer ${expected.layer}`, `layer ${result.layer}`);
  if (expected.missing !== undefined) {
    const want = [...expected.missing].sort().join(", ");
    const got = [...result.missing].sort().join(", ");
    if (want !== got) return fail(`missing [${want}]`, `missing [${got}]`);
  }
  return null;
}

/**
 * `include` limits the run to some files' examples (the editor server runs those of the article a
 * save touched); the version is still evaluated whole, so rules from other files take part.
 * `definitions`: condition coverage counts the conditions of definitions' bodies too.
 */
export function runTests(version: RegulationVersion, hasher?: Hasher, include: (file: RegulationFile) => boolean = () => true, options: { definitions?: boolean } = {}): TestReport {
  const evaluator = new Evaluator(version, hasher);
  const coverage = new Set<string>();
  const definitions = options.definitions ?? false;
  const conditions = conditionCoverage(version, definitions);
  const results: TestResult[] = [];
  for (const file of version.files.filter(include)) {
    for (const test of file.meta.tests) {
      const definitionBodies = definitions ? new Map() : undefined;
      const evaluation = evaluator.evaluate(test.given, { trace: true, coverage, definitionBodies });
      conditions.record(evaluation.decisions, test.given, definitionBodies);
      const byId = new Map(evaluation.decisions.map((d) => [d.id, d]));
      const failures: TestFailure[] = [];
      for (const [key, expected] of Object.entries(test.expect)) {
        const { id, item } = qualifyKey(key, file.namespace);
        const failure = checkExpectation(key, expected, byId.get(item !== null ? `${id}[${item}]` : id) ?? null);
        if (failure) failures.push(failure);
      }
      results.push({ file, test, failures });
    }
  }
  const rules = allRules(version);
  return { version, results, rules, uncovered: rules.filter((r) => !coverage.has(r.id)), conditions: conditions.conditions };
}
