/**
 * The stable JSON of `regelwerk eval --json` and of `Evaluator.evaluate`, as zod schemas: other
 * systems can validate what they receive, and the tests hold the engine to it.
 */
import { z } from "zod";

const SourceRef = z.object({ file: z.string(), line: z.number().int().positive(), column: z.number().int().positive() });
const Label = z.object({ nl: z.string(), en: z.string().nullable() });
const Layer = z.enum(["general", "faculty", "campus", "programme"]);
const Unit = z.enum(["sp", "percent", "hours", "days", "date"]);
/** Where a rule, parameter or decision comes from: the article, the file's role and its scope. */
const Origin = z.object({
  article: z.union([z.string(), z.number()]),
  role: z.enum(["general", "supplement", "deviation"]),
  faculty: z.string().optional(),
  campus: z.string().optional(),
  programmes: z.array(z.string()).optional(),
  title: z.string().optional(),
}).strict();
const Outcome = z.enum(["allowed", "refused", "required", "warning", "not_applicable", "discretionary", "determined", "undetermined", "conflict"]);

const Observation = z.union([
  z.object({ kind: z.literal("fact"), path: z.string(), value: z.unknown(), unit: Unit.nullable(), display: z.string() }).strict(),
  z.object({
    kind: z.enum(["parameter", "definition"]),
    name: z.string(),
    label: Label.nullable(),
    value: z.unknown(),
    unit: Unit.nullable(),
    display: z.string(),
    source: SourceRef,
    layer: Layer,
    origin: Origin,
    given: z.string().optional(),
    // Facts of the context that overrode a derived fact inside its computation.
    overrides: z.array(z.object({ path: z.string(), instead: z.string(), instead_nl: z.string(), value: z.unknown(), unit: Unit.nullable(), display: z.string() }).strict()).optional(),
    // A definition of an element, called: the element's code and the conditions its body tested.
    argument: z.string().optional(),
    why: z.array(z.object({ text: z.string(), text_nl: z.string(), value: z.unknown(), display: z.string() }).strict()).optional(),
  }).strict(),
  z.object({ kind: z.literal("condition"), text: z.string(), text_nl: z.string(), value: z.unknown(), unit: Unit.nullable(), display: z.string() }).strict(),
  // `accumulate(…)`: every step of the running value, with the conditions the step tested.
  z.object({
    kind: z.literal("fold"),
    text: z.string(),
    text_nl: z.string(),
    name: z.string().nullable(),
    label: Label.nullable(),
    value: z.unknown(),
    unit: Unit.nullable(),
    fields: z.record(Unit.nullable()).nullable(),
    display: z.string(),
    steps: z.array(
      z.object({
        element: z.string(),
        before: z.unknown(),
        after: z.unknown(),
        before_display: z.string(),
        after_display: z.string(),
        why: z.array(z.object({ text: z.string(), text_nl: z.string(), value: z.unknown(), display: z.string() }).strict()),
      }).strict(),
    ),
  }).strict(),
  // `outcome(art24.x)`: another decision a rule read, with what it decided and which file decided it.
  z.object({
    kind: z.literal("decision"),
    id: z.string(),
    article: z.string(),
    paragraph: z.string().nullable(),
    label: Label.nullable(),
    outcome: Outcome,
    value: z.unknown(),
    unit: Unit.nullable(),
    display: z.string(),
    rule: z.string().nullable(),
    reason: Label.nullable(),
    source: SourceRef.nullable(),
    layer: Layer,
    origin: Origin,
    missing: z.array(z.string()),
  }).strict(),
]);

const RuleTrace = z.object({
  kind: z.enum(["rule", "exception"]),
  source: SourceRef,
  layer: Layer,
  origin: Origin,
  text: z.string(),
  text_nl: z.string(),
  applied: z.union([z.boolean(), z.literal("undetermined")]),
  observations: z.array(Observation),
}).strict();

export const DecisionResultSchema = z.object({
  id: z.string(),
  article: z.string(),
  paragraph: z.string().nullable(),
  label: Label.nullable(),
  outcome: Outcome,
  value: z.union([z.number(), z.string(), z.boolean(), z.null(), z.array(z.unknown()), z.record(z.unknown())]),
  display: z.string().nullable(),
  unit: Unit.nullable(),
  item: z.object({ key: z.string(), label: z.string().nullable() }).nullable(),
  layer: Layer,
  source: SourceRef.nullable(),
  origin: Origin,
  conflict_origins: z.array(Origin),
  reason: Label.nullable(),
  rule: z.string().nullable(),
  missing: z.array(z.string()),
  conflict: z.array(z.string()),
  trace: z.object({ kind: z.literal("decision"), id: z.string(), outcome: Outcome, considered: z.array(RuleTrace) }).optional(),
  what_if: z.object({ fact: z.string(), from: z.unknown(), to: z.unknown(), unit: Unit.nullable(), outcome: Outcome }).strict().optional(),
}).strict();

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
