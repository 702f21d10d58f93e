/** A raw value the engine saw, with its unit code, as a typed value node of the explanation tree. */
import { isoFromDay } from "../../dsl/index.js";
import { unitText } from "../../dsl/index.js";
import type { UnitCode } from "../../dsl/index.js";
import { Conflicted, Missing } from "../runtime/index.js";
import type { ValueNode } from "./explanation.js";

export function valueNode(value: unknown, unit: UnitCode | null): ValueNode {
  if (value instanceof Missing) return { kind: "missing", facts: value.facts };
  if (value instanceof Conflicted) return { kind: "conflict", sources: value.sources };
  if (unit === "date" && typeof value === "number") return { kind: "date", iso: isoFromDay(value) };
  if (unit === "date" && typeof value === "string") return { kind: "date", iso: value };
  if (typeof value === "number") return { kind: "number", value: Number(value.toFixed(4)), unit: unit === "date" ? null : unit };
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (typeof value === "string") return { kind: "text", value };
  if (Array.isArray(value)) return { kind: "list", length: value.length };
  if (value && typeof value === "object") return { kind: "record" };
  return { kind: "none" };
}

/** A fold's running value: a record accumulator shows its fields, each with its unit. */
export function stateNode(value: unknown, unit: UnitCode | null, fields: Readonly<Record<string, UnitCode | null>> | null): ValueNode {
  if (fields === null || value === null || typeof value !== "object" || value instanceof Missing || value instanceof Conflicted) return valueNode(value, unit);
  const record = value as Record<string, unknown>;
  return { kind: "record", fields: Object.entries(fields).map(([name, fieldUnit]) => ({ name, value: valueNode(record[name], fieldUnit) })) };
}

/**
 * The value as the rule language writes a literal (`25 sp`, `"bridging"`, `true`): to recognise a
 * condition that only restates a fact (`kind = "bridging"`). Not shown to people.
 */
export function literal(node: ValueNode): string | null {
  switch (node.kind) {
    case "boolean":
      return String(node.value);
    case "number":
      return node.unit ? `${node.value} ${unitText(node.unit)}` : String(node.value);
    case "date":
      return node.iso;
    case "text":
      return `"${node.value}"`;
    default:
      return null;
  }
}
