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
import { button, chooser, field, idOf, inline, input, select } from "./controls.js";
import { baseGiven } from "./exception-builder.js";
import type { Expectation, FormModel, FormTest } from "./form-model.js";
import { givenForm } from "./given-form.js";

type Update = (change: (m: FormModel) => FormModel, structural?: boolean) => void;

const LAYERS = ["general", "faculty", "campus", "programme"] as const;

function expectationRow(id: string, key: string, e: Expectation, lang: Lang, w: Words, set: (change: (e: Expectation) => Expectation | null, structural: boolean) => void): HTMLElement {
  const outcome = typeof e === "string" ? e : (e.outcome ?? "");
  const layer = typeof e === "string" ? "" : (e.layer ?? "");
  const outcomes = [...Object.keys(OUTCOMES), "undetermined", "conflict"].map((o) => ({ value: o, label: o in OUTCOMES ? OUTCOMES[o as Outcome][lang] : o }));
  const setPart = (part: "outcome" | "layer", value: string) =>
    set((current) => {
      const object = typeof current === "string" ? { outcome: current } : { ...current };
      const next: Record<string, unknown> = { ...object, [part]: value || undefined };
      for (const k of Object.keys(next)) if (next[k] === undefined) delete next[k];
      // Only an outcome: written as the short form (`minimum_credits: allowed`), as the bundled files do.
      return Object.keys(next).length === 1 && typeof next["outcome"] === "string" ? next["outcome"] : (next as Expectation);
    }, false);
  return h(
    "div",
    { class: "expectation row" },
    h("code", {}, key),
    inline(`${id}-outcome`, `${w.expectedOutcome} ${key}`, select(outcomes, outcome, (v) => setPart("outcome", v))),
    inline(`${id}-layer`, `${w.layer} ${key}`, select([{ value: "", label: w.anyLayer }, ...LAYERS.map((l) => ({ value: l, label: l }))], layer, (v) => setPart("layer", v))),
    typeof e === "object" && (e.value !== undefined || e.missing) ? h("small", {}, JSON.stringify({ value: e.value, missing: e.missing })) : null,
    button(`${id}-remove`, "×", () => set(() => null, true), `${w.removeExpectation} ${key}`),
  );
}

export function testsSection(ctx: FormContext, m: FormModel, current: () => FormModel, lang: Lang, w: Words, update: Update, open: Set<number>, tryFacts: (given: Readonly<Record<string, unknown>>) => void): HTMLElement {
  // A change of the test as it is now (not as drawn), so fields typed one after the other all stay.
  const setTest = (i: number, change: (t: FormTest) => FormTest | null, structural: boolean) =>
    update((x) => ({ ...x, tests: x.tests.flatMap((q, k) => (k !== i ? [q] : [change(q)].filter((n): n is FormTest => n !== null))) }), structural);
  const decisionIds = [...new Set([...ctx.decisions.map((d) => d.id), ...m.rules.statements.flatMap((s) => (s.kind === "exception" ? [s.target] : []))])];
  const items = m.tests.map((t, i) => {
    const id = idOf("test", i);
    const details = h("details", { class: "form-test", ...(open.has(i) ? { open: true } : {}) });
    details.addEventListener("toggle", () => (details.open ? open.add(i) : open.delete(i)));
    const missing = decisionIds.filter((d) => !(d in t.expect));
    details.append(
      h("summary", {}, t.name),
      field(`${id}-name`, w.testName, input(t.name, (v) => setTest(i, (x) => ({ ...x, name: v }), false))),
      field(`${id}-source`, w.testSource, input(t.source ?? "", (v) => setTest(i, (x) => (v ? { ...x, source: v } : withoutSource(x)), false))),
      givenForm({ id: `${id}-given`, schema: ctx.contextSchema as SchemaNode, given: t.given as Record<string, unknown>, w, onChange: (change, structural) => setTest(i, (x) => ({ ...x, given: change(x.given as Record<string, unknown>) }), structural) }),
      h(
        "fieldset",
        { class: "expectations" },
        h("legend", {}, w.expected),
        ...Object.entries(t.expect).map(([key, e], k) =>
          expectationRow(`${id}-expect${k}`, key, e, lang, w, (change, structural) =>
            setTest(i, (x) => {
              const expect = { ...x.expect };
              const next = expect[key] === undefined ? null : change(expect[key]!);
              if (next === null) delete expect[key];
              else expect[key] = next;
              return { ...x, expect };
            }, structural),
          ),
        ),
        missing.length > 0
          ? chooser(`${id}-add-expect`, w.addExpectation, missing.map((d) => ({ value: d, label: d })), (d) => setTest(i, (x) => ({ ...x, expect: { ...x.expect, [d]: "allowed" } }), true))
          : null,
      ),
      h("div", { class: "row" }, button(`${id}-try`, w.tryThisStudent, () => tryFacts(current().tests[i]?.given ?? t.given)), button(`${id}-remove`, w.removeTest, () => setTest(i, () => null, true))),
    );
    return details;
  });
  return h(
    "section",
    { class: "form-section", "aria-labelledby": "form-tests-title" },
    h("h2", { id: "form-tests-title" }, w.tests),
    ...items,
    button("add-test", w.addTest, () => {
      open.add(current().tests.length);
      const decision = ctx.decisions[0]?.id ?? decisionIds[0] ?? "";
      update((x) => ({ ...x, tests: [...x.tests, { name: `${w.newTestName} ${x.tests.length + 1}`, given: baseGiven(x), expect: decision ? { [decision]: "allowed" } : {} }] }), true);
    }),
  );
}

function withoutSource(t: FormTest): FormTest {
  const { source: _, ...rest } = t;
  return rest;
}
