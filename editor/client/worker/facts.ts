/**
 * The facts a condition in the form can test: every leaf of the version's context schema that is a
 * yes/no, a number (with its unit), a date or a text (with its enumeration), by its dotted path.
 * Lists are left out at the top: a condition over them needs the rule language's aggregates, which
 * the form does not build; the fields of one list element are offered under the variable of a
 * decision taken per element (`c.credits` for `for each c in courses`).
 */
export interface Fact {
  readonly path: string;
  readonly type: "boolean" | "number" | "string" | "date";
  readonly values?: readonly string[];
  /** The unit of a number (`sp`, `percent`, …) as the schema gives it in `x-unit`. */
  readonly unit?: string;
  readonly description?: string;
  readonly descriptionNl?: string;
}

export interface SchemaNode {
  readonly type?: string | readonly string[];
  readonly enum?: readonly unknown[];
  readonly format?: string;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly items?: SchemaNode;
  readonly description?: string;
  readonly "x-description-nl"?: string;
  readonly "x-unit"?: string;
}

/** The schema's type without `null`. */
export function typeOf(node: SchemaNode): string | undefined {
  return Array.isArray(node.type) ? node.type.find((t) => t !== "null") : (node.type as string | undefined);
}

export function factsOf(schema: object, prefix = ""): Fact[] {
  const node = schema as SchemaNode;
  return Object.entries(node.properties ?? {}).flatMap(([name, child]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    const type = typeOf(child);
    if (child.properties) return factsOf(child, path);
    const described = { ...(child.description ? { description: child.description } : {}), ...(child["x-description-nl"] ? { descriptionNl: child["x-description-nl"] } : {}) };
    if (type === "boolean") return [{ path, type: "boolean" as const, ...described }];
    if (type === "number" || type === "integer") return [{ path, type: "number" as const, ...(child["x-unit"] ? { unit: child["x-unit"] } : {}), ...described }];
    if (type === "string" && child.format === "date") return [{ path, type: "date" as const, ...described }];
    if (type === "string") return [{ path, type: "string" as const, ...(child.enum ? { values: child.enum.map(String) } : {}), ...described }];
    return [];
  });
}

/** The schema node at a dotted path of properties (`enrolment.other_enrolments`), or null. */
export function schemaAt(schema: object, path: readonly string[]): SchemaNode | null {
  let node: SchemaNode | undefined = schema as SchemaNode;
  for (const key of path) node = node?.properties?.[key];
  return node ?? null;
}
