/**
 * Static types of the rule language, and their derivation from the student-context JSON Schema.
 * Units are part of number types: `25 sp` and `18.33 %` do not mix (checker/check-units).
 */
import type { UnitName } from "./keywords.js";

export interface Description {
  readonly nl: string;
  readonly en: string;
}

export interface FieldInfo {
  readonly type: Type;
  readonly description: Description | null;
}

export type Type =
  | { readonly kind: "number"; readonly unit: UnitName | null }
  | { readonly kind: "bool" }
  | { readonly kind: "string"; readonly values: readonly string[] | null }
  | { readonly kind: "date" }
  | { readonly kind: "list"; readonly element: Type }
  | { readonly kind: "object"; readonly fields: Readonly<Record<string, FieldInfo>> }
  /** Where an error was already reported: compatible with everything, so errors do not cascade. */
  | { readonly kind: "unknown" };

export const UNKNOWN: Type = { kind: "unknown" };
export const BOOL: Type = { kind: "bool" };
export const DATE: Type = { kind: "date" };
export const STRING: Type = { kind: "string", values: null };
export const number = (unit: UnitName | null): Type => ({ kind: "number", unit });

const UNIT_TEXT: Record<UnitName, string> = { sp: "sp", percent: "%", hours: "hours", days: "days" };

export function unitText(unit: UnitName | null): string {
  return unit ? UNIT_TEXT[unit] : "";
}

export function typeToString(type: Type): string {
  switch (type.kind) {
    case "number":
      return type.unit ? `number in ${UNIT_TEXT[type.unit]}` : "number without unit";
    case "bool":
      return "condition (true/false)";
    case "string":
      return type.values ? `one of ${type.values.map((v) => `"${v}"`).join(", ")}` : "text";
    case "date":
      return "date";
    case "list":
      return `list of ${typeToString(type.element)}`;
    case "object":
      return "record";
    case "unknown":
      return "unknown";
    default:
      return assertNever(type);
  }
}

export function assertNever(value: never): never {
  throw new Error(`unexpected value ${JSON.stringify(value)}`);
}

/** A minimal view of the JSON Schema subset the context schema uses. */
export interface JsonSchema {
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly items?: JsonSchema;
  readonly enum?: readonly unknown[];
  readonly format?: string;
  readonly description?: string;
  readonly "x-description-nl"?: string;
  readonly "x-unit"?: UnitName;
  readonly $ref?: string;
  readonly $defs?: Readonly<Record<string, JsonSchema>>;
}

/** Turn the context JSON Schema into the record type that rules see as their input. */
export function typeFromSchema(schema: JsonSchema, root: JsonSchema = schema): Type {
  const resolved = resolveRef(schema, root);
  const kind = Array.isArray(resolved.type) ? resolved.type.find((t) => t !== "null") : resolved.type;
  switch (kind) {
    case "object": {
      const fields: Record<string, FieldInfo> = {};
      for (const [name, sub] of Object.entries(resolved.properties ?? {})) {
        const r = resolveRef(sub, root);
        fields[name] = { type: typeFromSchema(r, root), description: describe(sub, r) };
      }
      return { kind: "object", fields };
    }
    case "array":
      return { kind: "list", element: resolved.items ? typeFromSchema(resolved.items, root) : UNKNOWN };
    case "number":
    case "integer":
      return number(resolved["x-unit"] ?? null);
    case "boolean":
      return BOOL;
    case "string":
      if (resolved.format === "date") return DATE;
      return { kind: "string", values: resolved.enum ? resolved.enum.map(String) : null };
    default:
      return UNKNOWN;
  }
}

function resolveRef(schema: JsonSchema, root: JsonSchema): JsonSchema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace(/^#\/\$defs\//, "");
  return root.$defs?.[name] ?? {};
}

function describe(own: JsonSchema, resolved: JsonSchema): Description | null {
  const en = own.description ?? resolved.description;
  const nl = own["x-description-nl"] ?? resolved["x-description-nl"];
  if (!en && !nl) return null;
  return { en: en ?? nl ?? "", nl: nl ?? en ?? "" };
}
