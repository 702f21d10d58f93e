/**
 * The rules block in the form: parameters and `set`s (a number with its unit, or a date), exceptions
 * to the decisions the article opens to faculties (the decision; per rule the outcome from the
 * decision's outcomes, conditions from the context schema's facts with operators fitting each
 * fact's type and values from its enumeration or unit, calls of definitions of an element and
 * other decisions' outcomes picked from lists (reference-rows.ts), and/or, the reason in Dutch and English),
 * and every other statement shown read-only with the reason the form does not edit it.
 */
import { OUTCOMES, type Lang, type Outcome, type UnitName } from "../../../dsl/index.js";
import { h } from "../dom.js";
import type { Words } from "../i18n.js";
import type { Fact } from "../worker/facts.js";
import type { FormContext, OpenDecision } from "../worker/form-context.js";
import { button, chooser, field, inline, input, select, type Option } from "./controls.js";
import { callRow, newCall, newRead, readRow, type RuleScope } from "./reference-rows.js";
import { isFactCondition, printCondition, type FactCondition, type FormCondition, type FormException, type FormParameter, type FormRule, type FormStatement, type FormText, type Operand, type Operator, type RulesModel } from "./rules-model.js";

export type Edit = (change: (rules: RulesModel) => RulesModel, structural: boolean) => void;

const UNITS: readonly { value: UnitName | ""; label: string }[] = [
  { value: "", label: "—" },
  { value: "sp", label: "sp" },
  { value: "percent", label: "%" },
  { value: "hours", label: "uren / hours" },
  { value: "days", label: "dagen / days" },
];

/** The operators that fit a fact's type. */
export function operatorsFor(fact: Fact | undefined): Operator[] {
  if (!fact) return ["=", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in"];
  if (fact.type === "boolean") return ["is", "is not"];
  if (fact.type === "number" || fact.type === "date") return ["=", "!=", "<", "<=", ">", ">="];
  if (fact.values) return ["=", "!=", "in", "not in"];
  return ["=", "!="];
}

/** A value that fits a fact and an operator, keeping `previous` where it still fits. */
export function operandFor(fact: Fact | undefined, operator: Operator, previous: Operand | null): Operand | null {
  if (operator === "is" || operator === "is not") return null;
  if (operator === "in" || operator === "not in") {
    if (previous?.kind === "list") return previous;
    const first = previous?.kind === "text" ? previous.value : fact?.values?.[0] ?? "";
    return { kind: "list", values: [first] };
  }
  if (previous && previous.kind !== "list" && (previous.kind === "name" || !fact || kindOf(fact) === previous.kind)) return previous;
  if (fact?.type === "number") return { kind: "number", text: "0", unit: (fact.unit ?? null) as UnitName | null };
  if (fact?.type === "date") return { kind: "date", value: "2020-10-01" };
  return { kind: "text", value: fact?.values?.[0] ?? "" };
}

function kindOf(fact: Fact): Operand["kind"] {
  return fact.type === "number" ? "number" : fact.type === "date" ? "date" : fact.type === "boolean" ? "bool" : "text";
}

/** Only a whole number or decimal is written: what is typed halfway (`2.`, `-`) waits for the next key. */
const isNumber = (v: string) => /^-?\d+(\.\d+)?$/.test(v.trim());

const operatorLabel = (o: Operator, w: Words) => ({ is: w.opIs, "is not": w.opIsNot, in: w.opIn, "not in": w.opNotIn })[o as "is"] ?? o;

function operandControl(id: string, fact: Fact | undefined, operand: Operand | null, names: readonly string[], w: Words, set: (o: Operand) => void): HTMLElement | null {
  if (!operand) return null;
  const wrap = h("span", { class: "operand" });
  if (operand.kind === "list") {
    const values = fact?.values ?? operand.values;
    const el = h("select", { multiple: true, size: String(Math.min(4, values.length)) }, ...values.map((v) => h("option", { value: v, ...(operand.values.includes(v) ? { selected: true } : {}) }, v)));
    el.addEventListener("change", () => set({ kind: "list", values: Array.from(el.selectedOptions).map((o) => o.value) }));
    wrap.append(inline(id, w.value, el));
    return wrap;
  }
  // A number or date may also be a parameter or calendar point of the version.
  const nameChoice = (fact?.type === "number" || fact?.type === "date" || operand.kind === "name") && names.length > 0;
  if (operand.kind === "name") {
    wrap.append(inline(id, w.value, select(names.map((n) => ({ value: n, label: n })), operand.path, (v) => set({ kind: "name", path: v }))));
  } else if (operand.kind === "number") {
    wrap.append(inline(id, w.value, input(operand.text, (v) => isNumber(v) && set({ ...operand, text: v.trim() }), "number")));
    wrap.lastElementChild!.setAttribute("step", "any");
    if (operand.unit) wrap.append(h("span", { class: "unit" }, operand.unit === "percent" ? "%" : operand.unit));
  } else if (operand.kind === "date") {
    wrap.append(inline(id, w.value, input(operand.value, (v) => v && set({ kind: "date", value: v }), "date")));
  } else if (operand.kind === "bool") {
    wrap.append(inline(id, w.value, select([{ value: "true", label: w.yes }, { value: "false", label: w.no }], String(operand.value), (v) => set({ kind: "bool", value: v === "true" }))));
  } else if (fact?.values) {
    wrap.append(inline(id, w.value, select(fact.values.map((v) => ({ value: v, label: v })), operand.value, (v) => set({ kind: "text", value: v }))));
  } else {
    wrap.append(inline(id, w.value, input(operand.value, (v) => set({ kind: "text", value: v }))));
  }
  if (nameChoice) {
    const toName = operand.kind === "name";
    wrap.append(
      button(`${id}-kind`, toName ? w.useNumber : w.useParameter, () =>
        set(toName ? (operandFor(fact, "=", null) ?? { kind: "text", value: "" }) : { kind: "name", path: names[0]! }),
      ),
    );
  }
  return wrap;
}

export interface ConditionRowOptions {
  readonly id: string;
  readonly facts: readonly Fact[];
  readonly names: readonly string[];
  readonly condition: FormCondition;
  /** What the rule can call or read besides facts; without it a call or read is shown as its text. */
  readonly scope?: RuleScope;
  readonly w: Words;
  readonly onChange: (c: FormCondition, structural: boolean) => void;
  readonly onRemove?: (() => void) | undefined;
}

export function conditionRow(o: ConditionRowOptions): HTMLElement {
  const c = o.condition;
  if (!isFactCondition(c)) {
    if (!o.scope) return h("div", { class: "condition" }, h("code", {}, printCondition(c, "en")));
    return c.kind === "call" ? callRow({ ...o, condition: c, scope: o.scope }) : readRow({ ...o, condition: c, scope: o.scope });
  }
  return factRow({ ...o, condition: c });
}

function factRow(o: ConditionRowOptions & { readonly condition: FactCondition }): HTMLElement {
  const { condition: c, w } = o;
  const fact = o.facts.find((f) => f.path === c.fact);
  const factSelect = select(o.facts.map((f) => ({ value: f.path, label: f.path })), c.fact, (path) => {
    const next = o.facts.find((f) => f.path === path);
    const operator = operatorsFor(next).includes(c.operator) ? c.operator : operatorsFor(next)[0]!;
    o.onChange({ fact: path, operator, operand: operandFor(next, operator, null) }, true);
  });
  if (fact?.descriptionNl || fact?.description) factSelect.title = fact.descriptionNl ?? fact.description ?? "";
  const operatorSelect = select(operatorsFor(fact).map((op) => ({ value: op, label: operatorLabel(op, w) })), c.operator, (op) =>
    o.onChange({ ...c, operator: op as Operator, operand: operandFor(fact, op as Operator, c.operand) }, true),
  );
  return h(
    "div",
    { class: "condition" },
    inline(`${o.id}-fact`, w.fact, factSelect),
    inline(`${o.id}-operator`, w.operator, operatorSelect),
    operandControl(`${o.id}-value`, fact, c.operand, o.names, w, (operand) => o.onChange({ ...c, operand }, operand.kind !== c.operand?.kind)),
    o.onRemove ? button(`${o.id}-remove`, "×", o.onRemove, w.removeCondition) : null,
  );
}

/** The facts a rule of an exception to `decision` may test: the schema's, and the element's for a decision per element. */
export function factsFor(ctx: FormContext, decision: OpenDecision | undefined): Fact[] {
  return [...(decision?.element?.facts ?? []), ...ctx.facts];
}

function outcomeOptions(decision: OpenDecision | undefined, lang: Lang): Option[] {
  const outcomes = decision?.outcomes ?? (Object.keys(OUTCOMES) as Outcome[]);
  return outcomes.map((o) => ({ value: o, label: OUTCOMES[o][lang] }));
}

/** The list with item `index` changed by `change` (removed where it gives null). */
function changeAt<T>(list: readonly T[], index: number, change: (item: T) => T | null): T[] {
  return list.flatMap((x, i) => {
    if (i !== index) return [x];
    const next = change(x);
    return next === null ? [] : [next];
  });
}

/**
 * Every setter takes a change of the current value, never a value built from what was drawn: two
 * fields typed in one after the other (without the form being drawn again) both stay.
 */
type Setter<T> = (change: (current: T) => T | null, structural: boolean) => void;

/** What a rule of an exception to `decision` can call or read (reference-rows.ts). */
export function scopeFor(ctx: FormContext, decision: OpenDecision | undefined, target: string, lang: Lang): RuleScope {
  const element = decision?.element ? { variable: decision.element.variable, collection: decision.element.collection } : null;
  return { element, visible: ctx.visible, target: decision?.id ?? target, lang };
}

function ruleEditor(id: string, ctx: FormContext, decision: OpenDecision | undefined, scope: RuleScope, rule: FormRule, lang: Lang, w: Words, set: Setter<FormRule>): HTMLElement {
  const facts = factsFor(ctx, decision);
  const call = newCall(scope);
  const read = newRead(scope);
  const add = (c: FormCondition) => () => set((r) => ({ ...r, conditions: [...r.conditions, c] }), true);
  const setCondition = (k: number) => (c: FormCondition | null, structural: boolean) => set((r) => ({ ...r, conditions: changeAt(r.conditions, k, () => c) }), structural);
  return h(
    "fieldset",
    { class: "rule" },
    h("legend", {}, w.rule),
    field(`${id}-outcome`, w.outcome, select(outcomeOptions(decision, lang), rule.outcome, (v) => set((r) => ({ ...r, outcome: v as Outcome }), false))),
    rule.otherwise
      ? h("p", {}, w.otherwiseRule)
      : h(
          "div",
          { class: "conditions", role: "group", "aria-label": w.conditions },
          ...rule.conditions.map((c, k) =>
            conditionRow({ id: `${id}-c${k}`, facts, names: ctx.names, condition: c, scope, w, onChange: (next, structural) => setCondition(k)(next, structural), onRemove: rule.conditions.length > 1 ? () => setCondition(k)(null, true) : undefined }),
          ),
          h(
            "div",
            { class: "row" },
            button(`${id}-add-condition`, w.addCondition, () => set((r) => ({ ...r, conditions: [...r.conditions, newCondition(facts)] }), true)),
            call ? button(`${id}-add-call`, w.addDefinitionCondition, add(call)) : null,
            read ? button(`${id}-add-read`, w.addDecisionCondition, add(read)) : null,
            rule.conditions.length > 1 ? inline(`${id}-combine`, w.combine, select([{ value: "and", label: w.and }, { value: "or", label: w.or }], rule.combine, (v) => set((r) => ({ ...r, combine: v as "and" | "or" }), false))) : null,
          ),
        ),
    field(`${id}-reason-nl`, w.reasonNl, input(rule.reasonNl, (v) => set((r) => ({ ...r, reasonNl: v }), false))),
    field(`${id}-reason-en`, w.reasonEn, input(rule.reasonEn, (v) => set((r) => ({ ...r, reasonEn: v }), false))),
    button(`${id}-remove`, w.removeRule, () => set(() => null, true)),
  );
}

export function newCondition(facts: readonly Fact[]): FactCondition {
  const fact = facts.find((f) => f.path === "enrolment.credits_remaining") ?? facts[0];
  const operator = operatorsFor(fact)[0]!;
  return { fact: fact?.path ?? "enrolment.faculty", operator, operand: operandFor(fact, operator, null) };
}

export function newRule(facts: readonly Fact[], decision: OpenDecision | undefined): FormRule {
  return { outcome: decision?.outcomes[0] ?? "allowed", value: null, otherwise: false, combine: "and", conditions: [newCondition(facts)], reasonNl: "", reasonEn: "", paragraph: null };
}

function exceptionEditor(id: string, ctx: FormContext, e: FormException, lang: Lang, w: Words, set: Setter<FormException>): HTMLElement {
  const decision = ctx.decisions.find((d) => d.id === e.target);
  return h(
    "fieldset",
    { class: "exception" },
    h("legend", {}, `${w.exception}: ${decision ? decision[lang === "nl" ? "labelNl" : "labelEn"] : e.target}`),
    field(`${id}-decision`, w.decision, select(ctx.decisions.map((d) => ({ value: d.id, label: `${d.id} — ${lang === "nl" ? d.labelNl : d.labelEn}` })), e.target, (v) => set((x) => ({ ...x, target: v }), true))),
    ...e.rules.map((r, j) => ruleEditor(`${id}-r${j}`, ctx, decision, scopeFor(ctx, decision, e.target, lang), r, lang, w, (change, structural) => set((x) => ({ ...x, rules: changeAt(x.rules, j, change) }), structural))),
    h("div", { class: "row" }, button(`${id}-add-rule`, w.addRule, () => set((x) => ({ ...x, rules: [...x.rules, newRule(factsFor(ctx, decision), decision)] }), true)), button(`${id}-remove`, w.removeException, () => set(() => null, true))),
  );
}

function parameterEditor(id: string, p: FormParameter, w: Words, set: Setter<FormParameter>): HTMLElement {
  const value =
    p.value.kind === "date"
      ? field(`${id}-value`, w.value, input(p.value.value, (v) => v && set((x) => ({ ...x, value: { kind: "date", value: v } }), false), "date"))
      : p.value.kind === "number"
        ? (() => {
            const number = p.value;
            const amount = input(number.text, (v) => isNumber(v) && set((x) => ({ ...x, value: { ...number, ...x.value, text: v.trim() } as Operand }), false), "number");
            amount.setAttribute("step", "any");
            return h(
              "div",
              { class: "field" },
              h("label", { for: `${id}-value` }, w.value),
              h("span", { class: "row" }, inline(`${id}-value`, w.value, amount), inline(`${id}-unit`, w.unit, select(UNITS, number.unit ?? "", (u) => set((x) => ({ ...x, value: { ...number, ...x.value, unit: (u || null) as UnitName | null } as Operand }), false)))),
            );
          })()
        : null;
  return h(
    "fieldset",
    { class: "parameter" },
    h("legend", {}, `${p.kind === "set" ? w.setParameter : w.parameter}: `, h("code", {}, p.name)),
    value,
    field(`${id}-label-nl`, w.labelNl, input(p.labelNl, (v) => set((x) => ({ ...x, labelNl: v }), false))),
    field(`${id}-label-en`, w.labelEn, input(p.labelEn, (v) => set((x) => ({ ...x, labelEn: v }), false))),
    p.kind === "set" ? button(`${id}-remove`, w.removeParameter, () => set(() => null, true)) : null,
  );
}

function readOnly(s: FormText, w: Words): HTMLElement {
  return h("div", { class: "read-only-statement" }, h("p", { class: "not-in-form" }, w.readOnlyWhy[s.why]), h("pre", {}, s.text));
}

/** The statements of the rules block, each editable or read-only; `+` buttons add a parameter setting. */
export function rulesSection(ctx: FormContext, rules: RulesModel, lang: Lang, w: Words, edit: Edit): HTMLElement {
  const setStatement =
    <T extends FormStatement>(i: number): Setter<T> =>
    (change, structural) =>
      edit((m) => ({ ...m, statements: changeAt(m.statements, i, (x) => {
        const next = change(x as T);
        return next === null ? null : { ...next, ...(x.origin !== undefined ? { origin: x.origin } : {}) };
      }) }), structural);
  const items = rules.statements.map((s, i) => {
    const id = `st${i}`;
    if (s.kind === "exception") return exceptionEditor(id, ctx, s, lang, w, setStatement<FormException>(i));
    if (s.kind === "parameter" || s.kind === "set") return parameterEditor(id, s, w, setStatement<FormParameter>(i));
    return readOnly(s as FormText, w);
  });
  const settable = ctx.parameters.filter((p) => !rules.statements.some((s) => s.kind === "set" && s.name === p.id));
  const addSet =
    settable.length > 0
      ? h(
          "div",
          { class: "row" },
          chooser("add-set", w.fillParameter, settable.map((p) => ({ value: p.id, label: `${p.id} (${p.general}) — ${p.labelNl}` })), (id) => {
              const p = settable.find((x) => x.id === id);
              if (!p) return;
              const m = /^(-?[\d.]+)\s*(sp|%|hours|uren|days|dagen)?$/.exec(p.general.trim());
              const unit = ({ sp: "sp", "%": "percent", hours: "hours", uren: "hours", days: "days", dagen: "days" } as const)[m?.[2] as "sp"] ?? null;
              const value: Operand = m ? { kind: "number", text: m[1]!, unit } : /^\d{4}-\d\d-\d\d$/.test(p.general.trim()) ? { kind: "date", value: p.general.trim() } : { kind: "number", text: "0", unit: null };
              edit((r) => ({ ...r, statements: [...r.statements, { kind: "set", name: p.id, value, labelNl: "", labelEn: "" }] }), true);
          }),
        )
      : null;
  return h("section", { class: "form-section", "aria-labelledby": "form-rules-title" }, h("h2", { id: "form-rules-title" }, w.rules), ...items, addSet);
}
