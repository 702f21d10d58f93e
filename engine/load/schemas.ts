/**
 * JSON Schema validation (ajv) of manifests, regulation files and student contexts. Errors become
 * diagnostics at the position of the offending value, with the JSON path, what was found and what
 * was expected.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import { dayFromIso, didYouMean } from "../../dsl/index.js";
import type { ContextExtension } from "./model.js";
import contextSchema from "../schemas/context.schema.json" with { type: "json" };
import glossarySchema from "../schemas/glossary.schema.json" with { type: "json" };
import manifestSchema from "../schemas/manifest.schema.json" with { type: "json" };
import provisionsIndexSchema from "../schemas/provisions-index.schema.json" with { type: "json" };
import regulationFileSchema from "../schemas/regulation-file.schema.json" with { type: "json" };

/**
 * Validators are compiled on first use, once per process: importing the engine compiles nothing
 * (ajv compiles with `new Function`, which a strict browser content-security policy refuses until
 * a validator is actually needed).
 */
let compiler: Ajv | null = null;
function ajv(): Ajv {
  if (!compiler) {
    compiler = new Ajv(AJV_OPTIONS);
    compiler.addFormat("date", DATE_FORMAT);
  }
  return compiler;
}

/** ajv's options, the same for validators compiled here and those generated ahead of time (editor/build). */
export const AJV_OPTIONS = { allErrors: true, strict: false, allowUnionTypes: true, verbose: true } as const;

/** A date is a calendar day: 2020-02-30 is refused, not read as missing later. */
export const DATE_FORMAT = { type: "string", validate: (text: string) => dayFromIso(text) !== null } as const;

/** Validators generated ahead of time (ajv's standalone code), by schema: the browser editor's worker runs without eval. */
export interface PrecompiledValidators {
  readonly files: Readonly<Partial<Record<keyof typeof FILE_SCHEMAS, ValidateFunction>>>;
  /** By `contextSchemaKey` of the merged context schema. */
  readonly contexts: Readonly<Record<string, ValidateFunction>>;
}

/** Set once validators generated ahead of time are in use: from then on nothing is compiled (no eval). */
let precompiledOnly = false;

/**
 * Use validators generated at build time, and compile none from now on: where the content-security
 * policy forbids eval (the editor's worker). A context schema that was not generated (a version's
 * extension written after the build) is validated in its shared fields only; see contextValidator.
 */
export function usePrecompiledValidators(validators: PrecompiledValidators): void {
  for (const [kind, v] of Object.entries(validators.files)) if (v) fileValidators.set(kind as keyof typeof FILE_SCHEMAS, v);
  for (const [key, v] of Object.entries(validators.contexts)) contextValidators.set(key, v);
  precompiledOnly = true;
}

export const FILE_SCHEMAS = { manifest: manifestSchema, "regulation-file": regulationFileSchema, glossary: glossarySchema, "provisions-index": provisionsIndexSchema } as const;
const fileValidators = new Map<keyof typeof FILE_SCHEMAS, ValidateFunction>();

/** The validator of a manifest, a regulation file or a glossary. */
export function validatorFor(kind: keyof typeof FILE_SCHEMAS): ValidateFunction {
  let v = fileValidators.get(kind);
  if (!v && precompiledOnly) throw new Error(`no validator of ${kind} was generated ahead of time`);
  if (!v) {
    v = ajv().compile(FILE_SCHEMAS[kind]);
    fileValidators.set(kind, v);
  }
  return v;
}

export { contextSchema };
export type ContextSchema = typeof contextSchema;

/** The context schema of a version: the shared schema plus the version's own top-level fields. */
export function mergedContextSchema(extensions: readonly ContextExtension[]): ContextSchema {
  if (extensions.length === 0) return contextSchema;
  const properties = { ...contextSchema.properties };
  for (const e of extensions) Object.assign(properties, e.properties);
  return { ...contextSchema, properties } as ContextSchema;
}

const contextValidators = new Map<string, ValidateFunction>();

/**
 * The validator of a version's student contexts, compiled once per distinct schema. Keyed by the
 * schema's top-level fields (extensions add fields, never change shared ones), so a schema that
 * came through `structuredClone` finds the validator compiled for the original.
 */
export function contextValidator(schema: object = contextSchema): ValidateFunction {
  const key = contextSchemaKey(schema);
  let v = contextValidators.get(key);
  if (!v) {
    v = precompiledOnly ? sharedFieldsOnly(contextValidators.get(contextSchemaKey(contextSchema))!) : ajv().compile({ ...schema, $id: undefined });
    contextValidators.set(key, v);
  }
  return v;
}

/** What a context schema's validator is found by: its top-level fields. */
export function contextSchemaKey(schema: object): string {
  return JSON.stringify(Object.keys((schema as { properties?: object }).properties ?? {}));
}

/**
 * Without eval and without a generated validator for a version's extended schema: the shared
 * fields are validated, the extension's own top-level fields are not (the server, in Node, checks
 * them on every save).
 */
function sharedFieldsOnly(shared: ValidateFunction): ValidateFunction {
  const fields = new Set(Object.keys(contextSchema.properties));
  const validate = ((data: unknown) => {
    const only = data && typeof data === "object" && !Array.isArray(data) ? Object.fromEntries(Object.entries(data).filter(([k]) => fields.has(k))) : data;
    const ok = shared(only) as boolean;
    validate.errors = shared.errors ?? null;
    return ok;
  }) as ValidateFunction;
  return validate;
}

export interface SchemaProblem {
  /** JSON path segments of the offending value. */
  readonly path: (string | number)[];
  /** For a property that should not be there: its name. */
  readonly key: string | null;
  readonly pointer: string;
  readonly message: string;
}

/** Readable problems from ajv errors: one per location, the most telling first. */
export function schemaProblems(errors: readonly ErrorObject[] | null | undefined, data: unknown): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const error of errors ?? []) {
    if (error.keyword === "if" || error.keyword === "oneOf") continue;
    const path = error.instancePath
      .split("/")
      .slice(1)
      .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
      .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const found = valueAt(data, path);
    let key: string | null = null;
    let message: string;
    switch (error.keyword) {
      case "additionalProperties": {
        key = String(error.params.additionalProperty);
        const allowed = Object.keys((error.parentSchema as { properties?: object })?.properties ?? {});
        // The nearest field when there is one; the whole list only when nothing is near.
        const near = didYouMean(key, allowed);
        message = near ? `unknown field '${key}'${near}` : `unknown field '${key}': expected one of ${allowed.join(", ")}`;
        break;
      }
      case "required":
        message = `missing field '${error.params.missingProperty}'`;
        break;
      case "enum":
        message = `found ${JSON.stringify(found)}: expected one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}${typeof found === "string" ? didYouMean(found, (error.params.allowedValues as unknown[]).map(String)) : ""}`;
        break;
      case "type": {
        // oneOf branches each report their type: say them once, as alternatives.
        const types = (errors ?? [])
          .filter((e) => e.keyword === "type" && e.instancePath === error.instancePath)
          .map((e) => String(e.params.type).replace(",", " or "));
        message = `found ${describe(found)}: expected ${[...new Set(types)].join(" or ")}`;
        break;
      }
      case "maxItems":
        message = `found a list of ${Array.isArray(found) ? found.length : "?"} items: expected at most ${String(error.params.limit)}`;
        break;
      case "maximum":
      case "minimum":
        message = `found ${describe(found)}: expected at ${error.keyword === "maximum" ? "most" : "least"} ${String(error.params.limit)}`;
        break;
      default:
        message = `found ${describe(found)}: expected a value that ${error.message ?? "matches the schema"}`;
    }
    const pointer = "$" + path.map((p) => (typeof p === "number" ? `[${p}]` : `.${p}`)).join("") + (key ? `.${key}` : "");
    if (seen.has(pointer + message)) continue;
    seen.add(pointer + message);
    problems.push({ path, key, pointer, message });
  }
  return problems;
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let v: unknown = data;
  for (const p of path) v = v && typeof v === "object" ? (v as Record<string | number, unknown>)[p] : undefined;
  return v;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a record";
  if (typeof value === "string") return `the text ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + "…" : value)}`;
  return `${typeof value} ${JSON.stringify(value)}`;
}
