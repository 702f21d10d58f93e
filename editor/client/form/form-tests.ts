/**
 * The file's tests in the form: per test its name and source, the given facts as a form from the
 * context schema (given-form.ts), and the expected outcome of each decision (with the layer, where
 * the test names one); "try this student" shows its facts in the "try a student" pane.
 */
import { OUTCOMES, type Lang, type Outcome } from "../../../dsl/index.js";
import { h } from "../dom.js";
import type { Words } from "../i18n.js";
import type { SchemaNode } from "../worker/facts.js";
import type { FormContext } from "../worker/form-context.js";
import { button, field, idOf, inline, input, select } from "./controls.js";
import { baseGiven } from "./exception-builder.js";
import type { Expectation, FormModel, FormTest } from "./form-model.js";
import { givenForm } from "./given-form.js";

type Update = (change: (m: FormModel) => FormModel, structural?: boolean) => void;

const LAYERS = ["general", "faculty", "campus", "programme"] as const;

function expectationRow(id: string, key: string, e: Expectation, lang: Lang, w: Words, set: (e: Expectation | null) => void): HTMLElement {
  const outcome = typeof e === "string" ? e : (e.outcome ?? "");
  const layer = typeof e === "string" ? "" : (e.layer ?? "");
  const outcomes = [...Object.keys(OUTCOMES), "undetermined", "conflict"].map((o) => ({ value: o, label: o in OUTCOMES ? OUTCOMES[o as Outcome][lang] : o }));
  const setPart = (part: "outcome" | "layer", value: string) => {
    const object = typeof e === "string" ? { outcome: e } : { ...e };
    const next = { ...object, [part]: value || undefined };
    if (!next.layer) delete next.layer;
    // Only an outcome: written as the short form (`minimum_credits: allowed`), as the bundled files do.
    set(Object.keys(next).length === 1 && next.outcome ? next.outcome : next);
  };
  return h(
    "div",
    { class: "expectation row" },
    h("code", {}, key),
    inline(`${id}-outcome`, `${w.expectedOutcome} ${key}`, select(outcomes, outcome, (v) => setPart("outcome", v))),
    inline(`${id}-layer`, `${w.layer} ${key}`, select([{ value: "", label: w.anyLayer }, ...LAYERS.map((l) => ({ value: l, label: l }))], layer, (v) => setPart("layer", v))),
    typeof e === "object" && (e.value !== undefined || e.missing) ? h("small", {}, JSON.stringify({ value: e.value, missing: e.missing })) : null,
    button(`${id}-remove`, "×", () => set(null), `${w.removeExpectation} ${key}`),
  );
}

export function testsSection(ctx: FormContext, m: FormModel, lang: Lang, w: Words, update: Update, open: Set<number>, tryFacts: (given: Readonly<Record<string, unknown>>) => void): HTMLElement {
  const setTest = (i: number, t: FormTest | null, structural: boolean) => update((x) => ({ ...x, tests: t === null ? x.tests.filter((_, k) => k !== i) : x.tests.map((q, k) => (k === i ? t : q)) }), structural);
  const decisionIds = [...new Set([...ctx.decisions.map((d) => d.id), ...m.rules.statements.flatMap((s) => (s.kind === "exception" ? [s.target] : []))])];
  const items = m.tests.map((t, i) => {
    const id = idOf("test", i);
    const details = h("details", { class: "form-test", ...(open.has(i) ? { open: true } : {}) });
    details.addEventListener("toggle", () => (details.open ? open.add(i) : open.delete(i)));
    const missing = decisionIds.filter((d) => !(d in t.expect));
    details.append(
      h("summary", {}, t.name),
      field(`${id}-name`, w.testName, input(t.name, (v) => setTest(i, { ...t, name: v }, false))),
      field(`${id}-source`, w.testSource, input(t.source ?? "", (v) => setTest(i, v ? { ...t, source: v } : withoutSource(t), false))),
      givenForm({ id: `${id}-given`, schema: ctx.contextSchema as SchemaNode, given: t.given as Record<string, unknown>, w, onChange: (given, structural) => setTest(i, { ...t, given }, structural) }),
      h(
        "fieldset",
        { class: "expectations" },
        h("legend", {}, w.expected),
        ...Object.entries(t.expect).map(([key, e], k) =>
          expectationRow(`${id}-expect${k}`, key, e, lang, w, (next) => {
            const expect = { ...t.expect };
            if (next === null) delete expect[key];
            else expect[key] = next;
            setTest(i, { ...t, expect }, next === null);
          }),
        ),
        missing.length > 0
          ? inline(`${id}-add-expect`, w.addExpectation, select([{ value: "", label: `${w.addExpectation}…` }, ...missing.map((d) => ({ value: d, label: d }))], "", (d) => d && setTest(i, { ...t, expect: { ...t.expect, [d]: "allowed" } }, true)))
          : null,
      ),
      h("div", { class: "row" }, button(`${id}-try`, w.tryThisStudent, () => tryFacts(t.given)), button(`${id}-remove`, w.removeTest, () => setTest(i, null, true))),
    );
    return details;
  });
  return h(
    "section",
    { class: "form-section", "aria-labelledby": "form-tests-title" },
    h("h2", { id: "form-tests-title" }, w.tests),
    ...items,
    button("add-test", w.addTest, () => {
      open.add(m.tests.length);
      const decision = ctx.decisions[0]?.id ?? decisionIds[0] ?? "";
      update((x) => ({ ...x, tests: [...x.tests, { name: `${w.newTestName} ${x.tests.length + 1}`, given: baseGiven(x), expect: decision ? { [decision]: "allowed" } : {} }] }), true);
    }),
  );
}

function withoutSource(t: FormTest): FormTest {
  const { source: _, ...rest } = t;
  return rest;
}
