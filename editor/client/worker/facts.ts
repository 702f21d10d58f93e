/**
 * The facts a condition in the form can test: every leaf of the version's context schema that is a
 * yes/no, a number or a text (with its enumeration), by its dotted path. Lists are left out: a
 * condition over them needs the rule language's aggregates, which the form does not build.
 */
export interface Fact {
  readonly path: string;
  readonly type: "boolean" | "number" | "string";
  readonly values?: readonly string[];
  /** The unit of a number (`sp`, `%`, …) as the schema gives it in `x-unit`. */
  readonly unit?: string;
  readonly description?: string;
  readonly descriptionNl?: string;
}

interface SchemaNode {
  readonly type?: string | readonly string[];
  readonly enum?: readonly unknown[];
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly description?: string;
  readonly "x-description-nl"?: string;
  readonly "x-unit"?: string;
}

export function factsOf(schema: object, prefix = ""): Fact[] {
  const node = schema as SchemaNode;
  return Object.entries(node.properties ?? {}).flatMap(([name, child]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    const type = Array.isArray(child.type) ? child.type.find((t) => t !== "null") : child.type;
    if (child.properties) return factsOf(child, path);
    const described = { ...(child.description ? { description: child.description } : {}), ...(child["x-description-nl"] ? { descriptionNl: child["x-description-nl"] } : {}) };
    if (type === "boolean") return [{ path, type: "boolean" as const, ...described }];
    if (type === "number" || type === "integer") return [{ path, type: "number" as const, ...(child["x-unit"] ? { unit: child["x-unit"] } : {}), ...described }];
    if (type === "string") return [{ path, type: "string" as const, ...(child.enum ? { values: child.enum.map(String) } : {}), ...described }];
    return [];
  });
}
