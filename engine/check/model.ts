/**
 * The checked form of a regulation version: every loaded file with its namespace and what the
 * checker found (symbols, types, references), the version's context type and schema, and all
 * diagnostics. Plain data like the loaded form: it survives `structuredClone`, and the compiled
 * form is built from it in any thread.
 */
import type { CheckResult, Diagnostic, Type } from "../../dsl/index.js";
import type { GlossaryTerm, LoadedFile, Manifest, ProvisionsIndex } from "../load/index.js";

export interface RegulationFile extends LoadedFile {
  /** The article namespace its names live in (`art22`): its own id, or its general text's. */
  readonly namespace: string;
  readonly check: CheckResult;
}

export interface RegulationVersion {
  readonly dir: string;
  readonly manifest: Manifest;
  readonly files: readonly RegulationFile[];
  /** Versions of other sets this one uses (the OER uses the learning credit), checked. */
  readonly uses: readonly RegulationVersion[];
  /** What loading and checking found, in file and position order. */
  readonly diagnostics: readonly Diagnostic[];
  /** The context type rules see: the schema plus this version's calendar. */
  readonly contextType: Type;
  /** The JSON Schema of this version's student contexts (the shared schema plus extensions). */
  readonly contextSchema: object;
  /** Terms defined by this version and the versions it uses. */
  readonly glossary: readonly GlossaryTerm[];
  /** The provisions index the files cite (docs/provisions.md), when the version has one. */
  readonly provisions?: ProvisionsIndex;
}
