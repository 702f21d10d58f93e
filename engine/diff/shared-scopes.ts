/**
 * Compiled scopes for a stream of students, shared and bounded. A scope (faculty, campus,
 * programme) is compiled from the files that apply to it and nothing else, so two scopes with the
 * same applicable files compile to the same closures: a generated cohort's 480 scopes need some
 * 40 compilations per OER version, not 480. Compilations are kept least recently used first and
 * at most `limit` of them, so a cohort of any size, with any number of programmes, runs in bounded
 * memory (the Evaluator keeps every scope it has compiled, which suits one student or a batch of
 * one faculty, not a stream of 100,000 over every faculty).
 */
import type { RegulationVersion } from "../check/index.js";
import { compileVersion, type CompiledRegulation } from "../compile/index.js";
import { evaluate, type EvaluationResult } from "../evaluate/index.js";
import { appliesTo, scopeKey, scopeOf, type Scope } from "../layers/index.js";
import { portableSha256, type Hasher } from "../receipt/index.js";

/** A Map used as a least-recently-used cache: reading moves an entry to the end; the first is evicted. */
class Lru<V> {
  private readonly entries = new Map<string, V>();
  evictions = 0;
  constructor(private readonly limit: number) {}
  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }
  set(key: string, value: V): void {
    this.entries.set(key, value);
    if (this.entries.size > this.limit) {
      this.entries.delete(this.entries.keys().next().value as string);
      this.evictions++;
    }
  }
  get size(): number {
    return this.entries.size;
  }
}

export interface ScopeStats {
  /** Compilations done (a scope evicted and needed again counts again). */
  readonly compilations: number;
  /** Distinct scopes (faculty, campus, programme) met, up to the bound of the scope table. */
  readonly scopesHeld: number;
  readonly compiledHeld: number;
}

export class SharedScopes {
  /** By the paths of the applicable files: the compilation itself, with the first scope that needed it. */
  private readonly byFiles: Lru<CompiledRegulation>;
  /** By scope: the compilation with this scope in it (a shallow view, so receipts name the right scope). */
  private readonly byScope: Lru<CompiledRegulation>;
  private compilations = 0;

  constructor(
    readonly version: RegulationVersion,
    readonly hasher: Hasher = portableSha256,
    limit = 48,
  ) {
    this.byFiles = new Lru(limit);
    // Views share the compiled closures: a few hundred bytes each.
    this.byScope = new Lru(limit * 32);
  }

  compiledFor(context: Readonly<Record<string, unknown>>): CompiledRegulation {
    const scope = scopeOf(context);
    const key = scopeKey(scope);
    const held = this.byScope.get(key);
    if (held) return held;
    const filesKey = this.version.files.filter((f) => appliesTo(f, scope)).map((f) => f.path).join("\n");
    let compiled = this.byFiles.get(filesKey);
    if (!compiled) {
      compiled = compileVersion(this.version, scope, this.hasher);
      this.compilations++;
      this.byFiles.set(filesKey, compiled);
    }
    const view: CompiledRegulation = sameScope(compiled.scope, scope) ? compiled : { ...compiled, scope };
    this.byScope.set(key, view);
    return view;
  }

  /** One student without input hash (the behavioural diff keeps outcomes and sources); traced only for an explanation. */
  evaluate(context: Readonly<Record<string, unknown>>, trace = false): EvaluationResult {
    return evaluate(this.compiledFor(context), context, { trace, hashInput: false, hasher: this.hasher });
  }

  stats(): ScopeStats {
    return { compilations: this.compilations, scopesHeld: this.byScope.size, compiledHeld: this.byFiles.size };
  }
}

function sameScope(a: Scope, b: Scope): boolean {
  return a.faculty === b.faculty && a.campus === b.campus && a.programme === b.programme;
}
