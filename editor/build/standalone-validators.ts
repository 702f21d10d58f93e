/**
 * The JSON Schema validators of the editor's worker, generated at build time with ajv's standalone
 * code (ajv/dist/standalone), so the worker validates without compiling: its content-security
 * policy has no 'unsafe-eval'. One module: the file schemas (manifest, regulation file, glossary,
 * provisions index) and the context schema as each version under the regulations folder merges
 * it with its extensions, keyed as engine/load finds them (`contextSchemaKey`). The worker hands
 * them to `usePrecompiledValidators` before it loads a file. Runs in Node (vite's build).
 */
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { Ajv, _ } from "ajv";
import * as standalone from "ajv/dist/standalone/index.js";
import { AJV_OPTIONS, DATE_FORMAT, FILE_SCHEMAS, contextSchema, contextSchemaKey, loadAll, mergedContextSchema } from "../../engine/load/index.js";
import { nodeFileSystem } from "../../engine/node/index.js";

const require = createRequire(import.meta.url);
type StandaloneCode = (ajv: Ajv, refs: Record<string, string>) => string;
/** ajv's standalone module is CommonJS: its function is `default`, or `default.default` where Node wraps it. */
const wrapped = (standalone as unknown as { default: StandaloneCode | { default: StandaloneCode } }).default;
const standaloneCode: StandaloneCode = typeof wrapped === "function" ? wrapped : wrapped.default;
const SCHEMAS_MODULE = fileURLToPath(new URL("../../engine/load/schemas.ts", import.meta.url));

/** The context schemas of every version under `regulationsDir` (the shared one first), by key. */
export function contextSchemasOf(regulationsDir: string): Map<string, object> {
  const schemas = new Map<string, object>([[contextSchemaKey(contextSchema), contextSchema]]);
  for (const version of loadAll(nodeFileSystem, regulationsDir)) {
    const merged = mergedContextSchema(version.extensions);
    schemas.set(contextSchemaKey(merged), merged);
  }
  return schemas;
}

/** The module's text: `files` and `contexts`, as `PrecompiledValidators` (engine/load/schemas.ts). */
export function standaloneValidatorsModule(regulationsDir: string): string {
  const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true, esm: true, formats: _`formats` } });
  ajv.addFormat("date", DATE_FORMAT);
  const names: Record<string, string> = {};
  for (const [kind, schema] of Object.entries(FILE_SCHEMAS)) {
    const id = `file_${kind.replace(/-/g, "_")}`;
    ajv.addSchema({ ...schema, $id: id });
    names[id] = id;
  }
  const contexts = [...contextSchemasOf(regulationsDir)];
  contexts.forEach(([, schema], i) => {
    ajv.addSchema({ ...schema, $id: `context_${i}` });
    names[`context_${i}`] = `context_${i}`;
  });
  // The generated code requires ajv's runtime helpers; the worker is an ES module: import them.
  const helpers = new Map<string, string>();
  const code = standaloneCode(ajv, names).replace(/require\("(ajv\/dist\/runtime\/[a-z0-9_]+)"\)\.default/g, (_m: string, path: string) => {
    const name = `runtime_${path.split("/").at(-1)}`;
    helpers.set(name, require.resolve(path));
    return name;
  });
  if (/\brequire\(/.test(code)) throw new Error("standalone validators: a require() is left in the generated code");
  return [
    "/* Generated at build time by editor/build/standalone-validators.ts: do not edit. */",
    `import { DATE_FORMAT } from ${JSON.stringify(SCHEMAS_MODULE)};`,
    ...[...helpers].map(([name, path]) => `import ${name}_module from ${JSON.stringify(path)};\nconst ${name} = ${name}_module.default ?? ${name}_module;`),
    "const formats = { date: DATE_FORMAT };",
    code.replace(/^"use strict";/, ""),
    `export const files = { ${Object.keys(FILE_SCHEMAS).map((k) => `${JSON.stringify(k)}: file_${k.replace(/-/g, "_")}`).join(", ")} };`,
    `export const contexts = { ${contexts.map(([key], i) => `${JSON.stringify(key)}: context_${i}`).join(", ")} };`,
    "",
  ].join("\n");
}

/** The vite plugin: `virtual:regelwerk-validators` is the module above, for the regulations folder given. */
export function standaloneValidators(regulationsDir: string): { name: string; resolveId(id: string): string | null; load(id: string): string | null } {
  const virtual = "virtual:regelwerk-validators";
  return {
    name: "regelwerk-standalone-validators",
    resolveId: (id) => (id === virtual ? `\0${virtual}` : null),
    load: (id) => (id === `\0${virtual}` ? standaloneValidatorsModule(regulationsDir) : null),
  };
}
