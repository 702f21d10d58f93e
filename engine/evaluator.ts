/**
 * The library's front door for evaluation: a loaded version, compiled lazily once per scope, and
 * evaluated for any number of students.
 */
import { compileVersion, type CompiledRegulation } from "./compile/compile-version.js";
import { evaluate, type EvaluateOptions, type EvaluationResult } from "./evaluate/evaluate.js";
import { scopeKey, scopeOf } from "./evaluate/scope.js";
import type { RegulationVersion } from "./load/model.js";

export class Evaluator {
  private readonly compiled = new Map<string, CompiledRegulation>();

  constructor(readonly version: RegulationVersion) {}

  compiledFor(context: Readonly<Record<string, unknown>>): CompiledRegulation {
    const scope = scopeOf(context);
    const key = scopeKey(scope);
    let compiled = this.compiled.get(key);
    if (!compiled) {
      compiled = compileVersion(this.version, scope);
      this.compiled.set(key, compiled);
    }
    return compiled;
  }

  evaluate(context: Readonly<Record<string, unknown>>, options: EvaluateOptions = {}): EvaluationResult {
    return evaluate(this.compiledFor(context), context, options);
  }
}
