/**
 * A regulation file as the form edits it: the YAML fields the form shows (titles, kind, scope,
 * source, provisions, tests), the rules block as statements (rules-model.ts), and every other key
 * named and kept as its YAML text. `writeForm` writes back only what differs from the text
 * (`force` writes every field again, which the round-trip test uses), so a file written as text
 * opens in the form and comes back as `regelwerk fmt` writes it.
 */
import { isMap, parseDocument, type Node } from "yaml";
import { formatRules, rulesBlock, setRules } from "./canonical.js";
import { readRules, writeRules, type RulesModel } from "./rules-model.js";
import { appendItem, removeValue, setValue } from "./yaml-edit.js";

export interface Provision {
  readonly paragraph: string;
  readonly quote: string;
  /** Other keys of the provision (quote_en, source, not_in_seeds), kept as they are. */
  readonly [key: string]: unknown;
}

export type Expectation = string | { readonly outcome?: string; readonly value?: unknown; readonly layer?: string; readonly missing?: readonly string[] };

export interface FormTest {
  readonly name: string;
  readonly source?: string;
  readonly given: Readonly<Record<string, unknown>>;
  readonly expect: Readonly<Record<string, Expectation>>;
}

export interface FormSource {
  readonly document: string;
  readonly section: string;
  readonly url?: string;
  readonly not_in_seeds?: boolean;
}

export interface FormScope {
  readonly faculty?: string;
  readonly campus?: string;
  readonly programmes?: readonly string[];
}

export interface FormModel {
  readonly title: string;
  readonly title_en: string;
  readonly kind: string;
  readonly scope: FormScope;
  readonly source: FormSource;
  readonly provisions: readonly Provision[];
  readonly rules: RulesModel;
  readonly tests: readonly FormTest[];
  /** Keys the form does not edit (article, id, approval, interpretations, …): name and YAML text. */
  readonly others: readonly { readonly key: string; readonly text: string }[];
}

/** The keys the form edits; the rules block is edited as statements. */
export const FORM_KEYS = ["title", "title_en", "kind", "scope", "source", "provisions", "rules", "tests"] as const;
type FieldKey = Exclude<(typeof FORM_KEYS)[number], "rules">;

export function readForm(text: string): FormModel | null {
  const doc = parseDocument(text);
  if (doc.errors.length > 0 || !isMap(doc.contents)) return null;
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  const block = rulesBlock(text);
  const others = doc.contents.items
    .filter((pair) => !(FORM_KEYS as readonly string[]).includes(String((pair.key as { value?: unknown })?.value)))
    .map((pair) => {
      const from = (pair.key as Node).range![0];
      const value = pair.value as Node | null;
      return { key: String((pair.key as { value?: unknown }).value), text: text.slice(from, value?.range ? value.range[1] : (pair.key as Node).range![1]).trimEnd() };
    });
  return {
    title: String(data.title ?? ""),
    title_en: String(data.title_en ?? ""),
    kind: String(data.kind ?? ""),
    scope: (data.scope ?? {}) as FormScope,
    source: (data.source ?? { document: "", section: "" }) as FormSource,
    provisions: (data.provisions ?? []) as Provision[],
    rules: readRules(block?.rules ?? ""),
    tests: (data.tests ?? []) as FormTest[],
    others,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** An empty value is written by removing its key (an empty title_en is no title_en). */
function isEmpty(value: unknown): boolean {
  return value === "" || value === undefined || (typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length === 0);
}

function writeField(text: string, key: FieldKey, was: unknown, now: unknown, force: boolean): string {
  if (!force && same(was, now)) return text;
  if (key === "provisions" || key === "tests") {
    const before = (was ?? []) as readonly unknown[];
    const after = (now ?? []) as readonly unknown[];
    // Item by item where the list keeps its length, so one edited test does not lay out the others again;
    // an item added at the end is appended, one removed is cut out.
    if (before.length === after.length && before.length > 0) {
      return after.reduce<string>((t, item, i) => (force || !same(before[i], item) ? setValue(t, [key, i], item) : t), text);
    }
    if (!force && before.length > 0 && after.length > before.length && before.every((item, i) => same(item, after[i]))) {
      return after.slice(before.length).reduce<string>((t, item) => appendItem(t, [key], item), text);
    }
    const removed = before.findIndex((item, i) => !same(item, after[i]));
    if (!force && after.length === before.length - 1 && after.length > 0 && before.every((item, i) => i === removed || same(item, after[i < removed ? i : i - 1]))) {
      return removeValue(text, [key, removed]);
    }
  }
  if (isEmpty(now) && key !== "scope") return removeValue(text, [key]);
  return setValue(text, [key], now);
}

/** The text for `model`, changing only what differs from what `text` holds; the rules block as fmt formats it. */
export function writeForm(text: string, model: FormModel, options: { force?: boolean } = {}): string {
  const force = options.force ?? false;
  const was = readForm(text);
  if (!was) return text;
  let out = text;
  // Last key first would keep offsets, but each write parses again, so order does not matter.
  for (const key of ["title", "title_en", "kind", "scope", "source", "provisions", "tests"] as const) {
    out = writeField(out, key, was[key], model[key], force);
  }
  const block = rulesBlock(out);
  const rules = writeRules(block?.rules ?? "", model.rules);
  if (force || rules !== (block?.rules ?? "")) out = setRules(out, rules);
  return formatRules(out);
}
