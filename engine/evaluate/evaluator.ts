/**
 * The library's front door for evaluation: a loaded version, compiled lazily once per scope, and
 * evaluated for any number of students.
 */
import type { RegulationVersion } from "../check/index.js";
import { compileVersion, type CompiledRegulation } from "../compile/index.js";
import { scopeKey, scopeOf } from "../layers/index.js";
import { portableSha256, type Hasher } from "../receipt/index.js";
import { evaluateWith, type EvaluateOptions, type EvaluationResult } from "./evaluate.js";

export class Evaluator {
  private readonly compiled = new Map<string, CompiledRegulation>();

  /**
   * `hasher`: SHA-256 for receipts; the Node adapter passes its native one. `generated`: run
   * generated JavaScript with traces off (compileVersion's option; by default as `useGeneratedCode` says).
   */
  constructor(
    readonly version: RegulationVersion,
    readonly hasher: Hasher = portableSha256,
    readonly options: { readonly generated?: boolean } = {},
  ) {}

  compiledFor(context: Readonly<Record<string, unknown>>): CompiledRegulation {
    const scope = scopeOf(context);
    const key = scopeKey(scope);
    let compiled = this.compiled.get(key);
    if (!compiled) {
      compiled = compileVersion(this.version, scope, this.hasher, this.options.generated === undefined ? {} : { generated: this.options.generated });
      this.compiled.set(key, compiled);
    }
    return compiled;
  }

  evaluate(context: Readonly<Record<string, unknown>>, options: EvaluateOptions = {}): EvaluationResult {
    return evaluateWith(this.compiledFor(context), context, options, options.hasher ?? this.hasher);
  }
}
