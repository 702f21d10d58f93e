/**
 * The file as a form, over the same document as the text: titles, kind and scope, provisions,
 * the rules (shown read-only), and a new exception to a decision the article opens to faculties —
 * conditions built from the context schema's facts, the outcome, the reason in both languages —
 * with a test. Every write goes through canonical.ts, so the text is what `regelwerk fmt` writes.
 */
import { parse as parseYaml, stringify } from "yaml";
import { OUTCOMES, parse, type Lang, type Outcome } from "../../../dsl/index.js";
import { h } from "../dom.js";
import type { Words } from "../i18n.js";
import type { WorkerClient } from "../worker-client.js";
import type { Fact } from "../worker/facts.js";
import { addStatement, addTest, rulesBlock, setField } from "./canonical.js";
import { exceptionText, factsMeeting, operatorsFor, type Condition, type Operator } from "./statement.js";

/** The document both views edit: its text, and a way to replace it (one undo step). */
export interface SharedText {
  get(): string;
  set(text: string): void;
}

interface FileData {
  readonly title?: string;
  readonly title_en?: string;
  readonly kind?: string;
  readonly scope?: Record<string, unknown>;
  readonly provisions?: readonly { paragraph?: string; quote?: string }[];
  readonly tests?: readonly { given?: Record<string, unknown> }[];
}

const FORM_KEYS = new Set(["article", "title", "title_en", "kind", "scope", "provisions", "rules", "tests"]);

function field(id: string, label: string, control: HTMLElement): HTMLElement {
  control.id = id;
  return h("p", { class: "field" }, h("label", { for: id }, label), control);
}

function select(options: readonly { value: string; label: string }[], chosen?: string): HTMLSelectElement {
  return h("select", {}, ...options.map((o) => h("option", { value: o.value, ...(o.value === chosen ? { selected: true } : {}) }, o.label)));
}

export async function formView(worker: WorkerClient, uri: string, doc: SharedText, lang: Lang, w: Words): Promise<HTMLElement> {
  const text = doc.get();
  const data = (parseYaml(text) ?? {}) as FileData & Record<string, unknown>;
  const { decisions, facts } = await worker.call("formContext", uri);
  const block = rulesBlock(text);
  const fileLang: Lang = (block && parse(block.rules).ast.lang) || "nl";

  const title = h("input", { type: "text", value: data.title ?? "" });
  const titleEn = h("input", { type: "text", value: data.title_en ?? "" });
  title.addEventListener("change", () => doc.set(setField(doc.get(), "title", title.value)));
  titleEn.addEventListener("change", () => doc.set(setField(doc.get(), "title_en", titleEn.value)));

  const others = Object.keys(data).filter((k) => !FORM_KEYS.has(k));
  const conditions = h("div", { class: "conditions" });
  const addCondition = () => conditions.append(conditionRow(facts, conditions.children.length, w));
  addCondition();

  const decision = select(decisions.map((d) => ({ value: d, label: d })));
  const combine = select([{ value: "and", label: w.and }, { value: "or", label: w.or }]);
  const outcomes = Object.keys(OUTCOMES).map((o) => ({ value: o, label: OUTCOMES[o as Outcome][lang] }));
  const outcome = select(outcomes, "allowed");
  const reasonNl = h("input", { type: "text" });
  const reasonEn = h("input", { type: "text" });
  const testName = h("input", { type: "text" });
  const given = h("textarea", { rows: "8", spellcheck: "false" });
  given.value = stringify(data.tests?.[0]?.given ?? {}, { flowCollectionPadding: true });

  const add = () => {
    const built = [...conditions.querySelectorAll<HTMLElement>(".condition")].map(readCondition(facts)).filter((c): c is Condition => c !== null);
    const exception = { decision: decision.value, conditions: built, combine: combine.value as "and" | "or", outcome: outcome.value as Outcome, reasonNl: reasonNl.value, reasonEn: reasonEn.value };
    let next = addStatement(doc.get(), exceptionText(exception, fileLang));
    if (testName.value.trim()) {
      const base = (parseYaml(given.value) ?? {}) as Record<string, unknown>;
      next = addTest(next, { name: testName.value.trim(), given: factsMeeting(built, base), expect: { [decision.value]: outcome.value } });
    }
    doc.set(next);
  };

  return h(
    "form",
    { class: "file-form", onsubmit: (e: Event) => e.preventDefault() },
    field("form-title", w.titleNl, title),
    field("form-title-en", w.titleEn, titleEn),
    h("p", {}, `${w.kind}: `, h("strong", {}, String(data.kind ?? "")), ` · ${w.scope}: `, h("code", {}, JSON.stringify(data.scope ?? {}))),
    h("h2", {}, w.provisions),
    h("ul", {}, ...(data.provisions ?? []).map((p) => h("li", {}, h("strong", {}, p.paragraph ?? ""), " ", h("q", {}, p.quote ?? "")))),
    h("h2", {}, w.rules),
    h("pre", { class: "rules-read-only" }, block?.rules ?? ""),
    others.length > 0 ? h("p", { class: "not-in-form" }, `${w.notInForm}: `, others.join(", ")) : null,
    h(
      "fieldset",
      {},
      h("legend", {}, w.addException),
      field("exception-decision", w.decision, decision),
      h("fieldset", {}, h("legend", {}, w.conditions), conditions, h("button", { type: "button", id: "add-condition", onclick: addCondition }, w.addCondition), field("exception-combine", w.combine, combine)),
      field("exception-outcome", w.outcome, outcome),
      field("exception-reason-nl", w.reasonNl, reasonNl),
      field("exception-reason-en", w.reasonEn, reasonEn),
      h("fieldset", {}, h("legend", {}, w.newTest), field("test-name", w.testName, testName), field("test-given", w.given, given)),
      h("button", { type: "button", id: "add-exception", onclick: add }, w.add),
    ),
  );
}

function conditionRow(facts: readonly Fact[], index: number, w: Words): HTMLElement {
  const fact = select(facts.map((f) => ({ value: f.path, label: f.path })));
  const operator = h("select", {});
  const valueHost = h("span", {});
  const refresh = () => {
    const chosen = facts.find((f) => f.path === fact.value);
    if (!chosen) return;
    operator.replaceChildren(...operatorsFor(chosen).map((o) => h("option", { value: o }, o)));
    const id = `condition-value-${index}`;
    const value =
      chosen.type === "boolean" ? h("span", {}) : chosen.values ? select(chosen.values.map((v) => ({ value: v, label: v }))) : h("input", { type: chosen.type === "number" ? "number" : "text" });
    value.id = id;
    valueHost.replaceChildren(chosen.type === "boolean" ? "" : h("label", { for: id, class: "sr-only" }, w.value), value);
  };
  fact.addEventListener("change", refresh);
  fact.id = `condition-fact-${index}`;
  operator.id = `condition-operator-${index}`;
  refresh();
  return h(
    "div",
    { class: "condition" },
    h("label", { for: fact.id, class: "sr-only" }, w.fact),
    fact,
    h("label", { for: operator.id, class: "sr-only" }, w.operator),
    operator,
    valueHost,
  );
}

function readCondition(facts: readonly Fact[]) {
  return (row: HTMLElement): Condition | null => {
    const [factSelect, operatorSelect] = row.querySelectorAll("select");
    const fact = facts.find((f) => f.path === factSelect?.value);
    const value = row.querySelector<HTMLInputElement | HTMLSelectElement>("span input, span select")?.value ?? "";
    if (!fact || !operatorSelect || (fact.type !== "boolean" && value === "")) return null;
    return { fact, operator: operatorSelect.value as Operator, value };
  };
}
