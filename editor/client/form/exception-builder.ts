/**
 * "Add an exception": a new exception to a decision the article opens to faculties — conditions,
 * and/or, outcome, the reason in both languages — and, if named, a test whose facts start from the
 * file's first test (or the file's scope) and are filled in so that every condition holds.
 */
import { OUTCOMES, type Lang, type Outcome } from "../../../dsl/index.js";
import { h } from "../dom.js";
import type { Words } from "../i18n.js";
import type { Fact } from "../worker/facts.js";
import type { FormContext } from "../worker/form-context.js";
import { button, field, input, select } from "./controls.js";
import type { FormModel, FormTest } from "./form-model.js";
import { conditionRow, factsFor, newCondition, newRule } from "./form-rules.js";
import { isFactCondition, type FactCondition, type FormCondition, type FormException } from "./rules-model.js";

/** Facts that make every condition hold, set into a copy of `base` (a yes/no, a number just past the bound, a value of the list). */
export function factsMeeting(conditions: readonly FormCondition[], facts: readonly Fact[], base: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out = structuredClone(base) as Record<string, unknown>;
  for (const c of conditions) {
    // A call of a definition or another decision's outcome is no fact of the student to set.
    if (!isFactCondition(c)) continue;
    const fact = facts.find((f) => f.path === c.fact);
    const value = holding(c, fact);
    const keys = c.fact.split(".");
    // A condition on a list element (`c.credits`) or on a name (a parameter) is not a fact to set.
    if (value === undefined || !fact || keys.length < 2) continue;
    let at = out;
    for (const key of keys.slice(0, -1)) at = (at[key] = typeof at[key] === "object" && at[key] !== null ? at[key] : {}) as Record<string, unknown>;
    at[keys.at(-1)!] = value;
  }
  return out;
}

function holding(c: FactCondition, fact: Fact | undefined): unknown {
  const o = c.operand;
  if (c.operator === "is") return true;
  if (c.operator === "is not") return false;
  if (o?.kind === "list") return c.operator === "in" ? o.values[0] : fact?.values?.find((v) => !o.values.includes(v));
  if (o?.kind === "number") {
    const n = Number(o.text);
    return ({ "=": n, "!=": n + 1, "<": n - 1, "<=": n, ">": n + 1, ">=": n } as Record<string, number>)[c.operator];
  }
  if (o?.kind === "date") {
    const day = new Date(`${o.value}T00:00:00Z`).getTime();
    const shift = ({ "<": -1, ">": 1, "!=": 1 } as Record<string, number>)[c.operator] ?? 0;
    return new Date(day + shift * 86_400_000).toISOString().slice(0, 10);
  }
  if (o?.kind === "text") return c.operator === "=" ? o.value : fact?.values?.find((v) => v !== o.value) ?? `${o.value}-other`;
  if (o?.kind === "bool") return c.operator === "=" ? o.value : !o.value;
  return undefined;
}

/** Where a new test starts: the file's first test, else a student in the file's scope. */
export function baseGiven(m: FormModel): Record<string, unknown> {
  if (m.tests[0]) return structuredClone(m.tests[0].given) as Record<string, unknown>;
  const s = m.scope;
  return { enrolment: { ...(s.faculty ? { faculty: s.faculty } : {}), ...(s.campus ? { campus: s.campus } : {}), ...(s.programmes?.[0] ? { programme: { id: s.programmes[0] } } : {}) } };
}

export function exceptionBuilder(ctx: FormContext, current: () => FormModel, lang: Lang, w: Words, commit: (next: FormModel) => void): HTMLElement {
  const state = builderState(ctx);
  const box = h("fieldset", { class: "new-exception" });
  const draw = () => {
    const decision = ctx.decisions.find((d) => d.id === state.target);
    const facts = factsFor(ctx, decision);
    const focused = document.activeElement?.id;
    box.replaceChildren(
      h("legend", {}, w.addException),
      ...(ctx.decisions.length === 0 ? [h("p", { class: "hint" }, w.noOpenDecisions)] : []),
      field("exception-decision", w.decision, select(ctx.decisions.map((d) => ({ value: d.id, label: d.id })), state.target, (v) => {
        state.target = v;
        draw();
      })),
      h(
        "fieldset",
        {},
        h("legend", {}, w.conditions),
        ...state.conditions.map((c, k) => {
          const row = conditionRow({
            id: `condition-${k}`,
            facts,
            names: ctx.names,
            condition: c,
            w,
            onChange: (next, structural) => {
              state.conditions[k] = next;
              if (structural) draw();
            },
            onRemove: state.conditions.length > 1 ? () => (state.conditions.splice(k, 1), draw()) : undefined,
          });
          // The ids the end-to-end tests and links name: condition-fact-0, condition-operator-0, condition-value-0.
          for (const part of ["fact", "operator", "value"]) {
            const el = row.querySelector<HTMLElement>(`#condition-${k}-${part}`);
            if (!el) continue;
            el.id = `condition-${part}-${k}`;
            row.querySelector(`label[for="condition-${k}-${part}"]`)?.setAttribute("for", el.id);
          }
          return row;
        }),
        button("add-condition", w.addCondition, () => {
          state.conditions.push(newCondition(facts));
          draw();
        }),
        field("exception-combine", w.combine, select([{ value: "and", label: w.and }, { value: "or", label: w.or }], state.combine, (v) => (state.combine = v as "and" | "or"))),
      ),
      field("exception-outcome", w.outcome, select((decision?.outcomes ?? (["allowed"] as Outcome[])).map((o) => ({ value: o, label: OUTCOMES[o][lang] })), state.outcome, (v) => (state.outcome = v as Outcome))),
      field("exception-reason-nl", w.reasonNl, input(state.reasonNl, (v) => (state.reasonNl = v))),
      field("exception-reason-en", w.reasonEn, input(state.reasonEn, (v) => (state.reasonEn = v))),
      field("test-name", w.testName, input(state.testName, (v) => (state.testName = v)), w.testNameHint),
      button("add-exception", w.add, () => {
        const m = current();
        const rule = { ...newRule(facts, decision), outcome: state.outcome, combine: state.combine, conditions: [...state.conditions], reasonNl: state.reasonNl, reasonEn: state.reasonEn };
        const exception: FormException = { kind: "exception", target: state.target, labelNl: "", labelEn: "", paragraph: null, rules: [rule] };
        const tests: FormTest[] = state.testName.trim()
          ? [...m.tests, { name: state.testName.trim(), given: factsMeeting(state.conditions, ctx.facts, baseGiven(m)), expect: { [state.target]: state.outcome } }]
          : [...m.tests];
        Object.assign(state, builderState(ctx, true));
        commit({ ...m, rules: { ...m.rules, statements: [...m.rules.statements, exception] }, tests });
      }),
    );
    if (focused) document.getElementById(focused)?.focus();
  };
  draw();
  return box;
}

interface BuilderState {
  target: string;
  conditions: FormCondition[];
  combine: "and" | "or";
  outcome: Outcome;
  reasonNl: string;
  reasonEn: string;
  testName: string;
}

// The builder keeps what was typed while the rest of the form is drawn again (one per version's article).
const STATES = new Map<string, BuilderState>();

function builderState(ctx: FormContext, fresh = false): BuilderState {
  const key = `${ctx.set}/${ctx.year}/${ctx.general?.path ?? ""}`;
  const existing = STATES.get(key);
  if (existing && !fresh) return existing;
  const decision = ctx.decisions[0];
  const state: BuilderState = { target: decision?.id ?? "", conditions: [newCondition(factsFor(ctx, decision))], combine: "and", outcome: decision?.outcomes[0] ?? "allowed", reasonNl: "", reasonEn: "", testName: "" };
  if (!fresh) STATES.set(key, state);
  return state;
}
