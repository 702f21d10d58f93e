/**
 * The stable JSON of `regelwerk eval --json` and of `Evaluator.evaluate`, as zod schemas: other
 * systems can validate what they receive, and the tests hold the engine to it.
 */
import { z } from "zod";

const SourceRef = z.object({ file: z.string(), line: z.number().int().positive(), column: z.number().int().positive() });
const Label = z.object({ nl: z.string(), en: z.string().nullable() });
const Layer = z.enum(["general", "faculty", "campus", "programme"]);
const Outcome = z.enum(["allowed", "refused", "required", "warning", "not_applicable", "discretionary", "determined", "undetermined", "conflict"]);

const Observation = z.union([
  z.object({ kind: z.literal("fact"), path: z.string(), value: z.unknown(), display: z.string() }),
  z.object({
    kind: z.enum(["parameter", "definition"]),
    name: z.string(),
    label: Label.nullable(),
    value: z.unknown(),
    display: z.string(),
    source: SourceRef,
    layer: Layer,
    origin: z.string(),
  }),
  z.object({ kind: z.literal("condition"), text: z.string(), text_nl: z.string(), value: z.unknown(), display: z.string() }),
]);

const RuleTrace = z.object({
  kind: z.enum(["rule", "exception"]),
  source: SourceRef,
  layer: Layer,
  origin: z.string(),
  text: z.string(),
  text_nl: z.string(),
  applied: z.union([z.boolean(), z.literal("undetermined")]),
  observations: z.array(Observation),
});

export const DecisionResultSchema = z.object({
  id: z.string(),
  article: z.string(),
  paragraph: z.string().nullable(),
  label: Label.nullable(),
  outcome: Outcome,
  value: z.union([z.number(), z.string(), z.boolean(), z.null(), z.array(z.unknown()), z.record(z.unknown())]),
  display: z.string().nullable(),
  unit: z.string().nullable(),
  item: z.object({ key: z.string(), label: z.string().nullable() }).nullable(),
  layer: Layer,
  source: SourceRef.nullable(),
  origin: z.string(),
  reason: Label.nullable(),
  rule: z.string().nullable(),
  missing: z.array(z.string()),
  conflict: z.array(z.string()),
  trace: z.object({ kind: z.literal("decision"), id: z.string(), outcome: Outcome, considered: z.array(RuleTrace) }).optional(),
  what_if: z.object({ fact: z.string(), from: z.unknown(), to: z.unknown(), display: z.string(), outcome: Outcome }).optional(),
});

export const EvaluationResultSchema = z.object({
  regulation: z.object({ id: z.string(), title: z.string(), version: z.string(), status: z.string() }),
  receipt: z.object({
    regulation: z.string(),
    version: z.string(),
    scope: z.record(z.string()),
    rules_hash: z.string().regex(/^[0-9a-f]{64}$/),
    engine_version: z.string(),
    input_hash: z.string().regex(/^([0-9a-f]{64})?$/),
  }),
  decisions: z.array(DecisionResultSchema),
});

export type EvaluationResultJson = z.infer<typeof EvaluationResultSchema>;
