/**
 * The receipt of one evaluation, with the input hash computed when first read: canonicalising and
 * hashing a student (≈ 40 kB of JSON) is most of the cost of a decision run whose receipt nobody
 * asks for.
 *
 * A class, not an object literal with a getter: V8 builds a literal with an accessor through the
 * runtime, ≈ 0.6 µs per object (2.5 µs per student in the four-rule benchmark, where the rules
 * themselves take 2 µs); an instance of a class is built inline. The hash is a getter on the
 * prototype, so it is not an own property: `toJSON` gives the six fields (JSON.stringify, the CLI,
 * the server, the batch record), and `receiptData` gives them as plain data wherever a receipt is
 * copied (structuredClone, a spread, a message to a worker), which would otherwise leave it out.
 *
 * Invariant: the context is not changed after evaluation (the engine never changes it), so the
 * hash read later is the hash of what was evaluated.
 */
import { canonicalJson, type Hasher } from "../receipt/index.js";
import { ENGINE_VERSION } from "../version.js";

export interface Receipt {
  readonly regulation: string;
  readonly version: string;
  readonly scope: Readonly<Record<string, string>>;
  readonly rules_hash: string;
  readonly engine_version: string;
  readonly input_hash: string;
}

export class LazyReceipt implements Receipt {
  readonly regulation: string;
  readonly version: string;
  readonly scope: Readonly<Record<string, string>>;
  readonly rules_hash: string;
  readonly engine_version: string = ENGINE_VERSION;
  /** The student evaluated; null: not hashed (what-if searches), the hash is "". */
  readonly #input: Readonly<Record<string, unknown>> | null;
  readonly #hasher: Hasher;
  /** The hash once computed; null before. */
  #inputHash: string | null;

  constructor(regulation: string, version: string, scope: Readonly<Record<string, string>>, rulesHash: string, input: Readonly<Record<string, unknown>> | null, hasher: Hasher) {
    this.regulation = regulation;
    this.version = version;
    this.scope = scope;
    this.rules_hash = rulesHash;
    this.#input = input;
    this.#hasher = hasher;
    this.#inputHash = input === null ? "" : null;
  }

  get input_hash(): string {
    if (this.#inputHash === null) this.#inputHash = this.#hasher(canonicalJson(this.#input));
    return this.#inputHash;
  }

  toJSON(): Receipt {
    return receiptData(this);
  }
}

/** A receipt as plain data, its six fields own properties (in the order the JSON receipt has them). */
export function receiptData(r: Receipt): Receipt {
  return { regulation: r.regulation, version: r.version, scope: r.scope, rules_hash: r.rules_hash, engine_version: r.engine_version, input_hash: r.input_hash };
}
