/**
 * Conditions that name something of the regulation rather than a fact of the student: a call of a
 * definition of an element (`art47.has_credit(c)`, holds or does not hold) and another decision's
 * outcome (`outcome(art24.credit_limit_deviation) = allowed`). Each is a row the user keeps,
 * removes, or changes by picking from the lists of what the rule can see (visible-names.ts), with
 * Dutch or English titles; the outcomes offered are those the decision can give, so a chosen
 * outcome passes the checker's RW014.
 */
import { OUTCOMES, type Lang, type Outcome } from "../../../dsl/index.js";
import { h } from "../dom.js";
import type { Words } from "../i18n.js";
import type { VisibleDecision, VisibleDefinition, VisibleNames } from "../worker/visible-names.js";
import { button, inline, select, type Option } from "./controls.js";
import type { CallCondition, ReadCondition } from "./rules-model.js";

/** What a rule sees besides facts: the element it is about, the names of the version, the decision it is an exception to. */
export interface RuleScope {
  /** For an exception to a decision per element: the element's variable (`c`) and list (`courses`). */
  readonly element: { readonly variable: string; readonly collection: string } | null;
  readonly visible: VisibleNames;
  /** The decision the rule belongs to (qualified), never offered to read, nor any that reads it back: a cycle (RW044). */
  readonly target: string;
  readonly lang: Lang;
}

/** The definitions a rule can call on its element: one parameter, an element of the element's list. */
export function definitionsFor(scope: RuleScope): VisibleDefinition[] {
  const element = scope.element;
  return element ? scope.visible.definitions.filter((d) => d.collections.length === 1 && d.collections[0] === element.collection) : [];
}

/**
 * The decisions a rule can read: per student, or per element of the rule's own list (read for its
 * element); never the decision the rule belongs to nor one that reads it back (a cycle, RW044).
 */
export function decisionsFor(scope: RuleScope): VisibleDecision[] {
  const back = new Set(scope.visible.readsBack[scope.target] ?? []);
  return scope.visible.decisions.filter((d) => d.key !== scope.target && !back.has(d.key) && (d.collection === null || d.collection === scope.element?.collection));
}

const title = (x: { labelNl: string; labelEn: string }, lang: Lang) => (lang === "nl" ? x.labelNl : x.labelEn);

export function newCall(scope: RuleScope): CallCondition | null {
  const first = definitionsFor(scope)[0];
  return first && scope.element ? { kind: "call", definition: first.id, args: [scope.element.variable], negated: false } : null;
}

export function newRead(scope: RuleScope): ReadCondition | null {
  const first = decisionsFor(scope)[0];
  return first ? readOf(first, scope, { kind: "read", decision: first.id, element: null, operator: "=", outcomes: [] }) : null;
}

/** `previous` pointed at `d`: the element it is read for, and the outcomes it still can give (else its first). */
function readOf(d: VisibleDecision, scope: RuleScope, previous: ReadCondition): ReadCondition {
  const element = d.collection ? (previous.element ?? scope.element?.variable ?? null) : null;
  const kept = previous.outcomes.filter((o) => d.outcomes.includes(o));
  return { ...previous, decision: d.id, element, outcomes: kept.length > 0 ? kept : [d.outcomes[0] ?? "allowed"] };
}

/**
 * Every change of a row draws the form again (structural): the row's handlers hold the condition as
 * drawn, so a second change without a new drawing would undo the first.
 */
export interface ReferenceRowOptions<C> {
  readonly id: string;
  readonly condition: C;
  readonly scope: RuleScope;
  readonly w: Words;
  readonly onChange: (c: C, structural: boolean) => void;
  readonly onRemove?: (() => void) | undefined;
}

export function callRow(o: ReferenceRowOptions<CallCondition>): HTMLElement {
  const { condition: c, w, scope } = o;
  const args = `(${c.args.join(", ")})`;
  const options: Option[] = definitionsFor(scope).map((d) => ({ value: d.id, label: `${d.id}${args} — ${title(d, scope.lang)}` }));
  const definition = select(options, c.definition, (id) => o.onChange({ ...c, definition: id }, true));
  const chosen = scope.visible.definitions.find((d) => d.id === c.definition);
  if (chosen) definition.title = title(chosen, scope.lang);
  return h(
    "div",
    { class: "condition call" },
    inline(`${o.id}-definition`, w.definitionOfElement, definition),
    inline(`${o.id}-holds`, w.holds, select([{ value: "holds", label: w.holds }, { value: "not", label: w.holdsNot }], c.negated ? "not" : "holds", (v) => o.onChange({ ...c, negated: v === "not" }, true))),
    o.onRemove ? button(`${o.id}-remove`, "×", o.onRemove, w.removeCondition) : null,
  );
}

const READ_OPERATORS = ["=", "!=", "in", "not in"] as const;

export function readRow(o: ReferenceRowOptions<ReadCondition>): HTMLElement {
  const { condition: c, w, scope } = o;
  const decisions = decisionsFor(scope);
  const decision = scope.visible.decisions.find((d) => d.id === c.decision);
  const offered: readonly Outcome[] = decision?.outcomes.length ? decision.outcomes : (Object.keys(OUTCOMES) as Outcome[]);
  const outcomeOptions = offered.map((x) => ({ value: x, label: OUTCOMES[x][scope.lang] }));
  const decisionSelect = select(decisions.map((d) => ({ value: d.id, label: `${d.id} — ${title(d, scope.lang)}` })), c.decision, (id) => {
    const next = decisions.find((d) => d.id === id);
    if (next) o.onChange(readOf(next, scope, c), true);
  });
  if (decision) decisionSelect.title = title(decision, scope.lang);
  const operatorLabel = { "=": "=", "!=": "≠", in: w.opOneOf, "not in": w.opNoneOf };
  const operator = select(READ_OPERATORS.map((x) => ({ value: x, label: operatorLabel[x] })), c.operator, (v) => {
    const next = v as ReadCondition["operator"];
    // `=` and `≠` compare with one outcome: the first of a list.
    o.onChange({ ...c, operator: next, outcomes: next === "=" || next === "!=" ? c.outcomes.slice(0, 1) : c.outcomes }, true);
  });
  let value: HTMLElement;
  if (c.operator === "=" || c.operator === "!=") {
    value = select(outcomeOptions, c.outcomes[0], (v) => o.onChange({ ...c, outcomes: [v as Outcome] }, true));
  } else {
    const list = h("select", { multiple: true, size: String(Math.min(4, outcomeOptions.length)) }, ...outcomeOptions.map((x) => h("option", { value: x.value, ...(c.outcomes.includes(x.value) ? { selected: true } : {}) }, x.label)));
    // An empty list would not parse as an outcome list: the last one chosen stays.
    list.addEventListener("change", () => {
      const chosen = Array.from(list.selectedOptions).map((x) => x.value as Outcome);
      if (chosen.length > 0) o.onChange({ ...c, outcomes: chosen }, true);
    });
    value = list;
  }
  return h(
    "div",
    { class: "condition read" },
    inline(`${o.id}-decision`, w.readDecision, decisionSelect),
    c.element ? h("span", { class: "element" }, `${w.forElement} ${c.element}`) : null,
    inline(`${o.id}-operator`, w.operator, operator),
    inline(`${o.id}-value`, w.outcomeWord, value),
    o.onRemove ? button(`${o.id}-remove`, "×", o.onRemove, w.removeCondition) : null,
  );
}
