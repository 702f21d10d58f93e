/**
 * The file as a form, over the same document as the text: titles, kind and scope, source and
 * provisions (a quote taken from the article's source text beside the form), the rules
 * (form-rules.ts), a new exception with its test, the tests (given facts as a form from the context
 * schema, the expected outcomes), and every key the form does not edit, named and shown read-only.
 * Each change is written through form-model.ts, so the text is what `regelwerk fmt` writes; the
 * form is drawn again only when its structure changes, and the focused control keeps the focus.
 */
import type { Lang } from "../../../dsl/index.js";
import { h } from "../dom.js";
import type { Words } from "../i18n.js";
import type { WorkerClient } from "../worker-client.js";
import type { FormContext } from "../worker/form-context.js";
import { exceptionBuilder } from "./exception-builder.js";
import { button, checkbox, field, idOf, input, select, textarea } from "./controls.js";
import { readForm, writeForm, type FormModel, type Provision } from "./form-model.js";
import { rulesSection } from "./form-rules.js";
import { testsSection } from "./form-tests.js";
import { rulesBlock } from "./canonical.js";
import { sourcePane, type SourcePane } from "./source-pane.js";

/** The document both views edit: its text, and a way to replace it (one undo step). */
export interface SharedText {
  get(): string;
  set(text: string): void;
}

export interface FormHooks {
  /** Show these facts in the "try a student" pane. */
  tryFacts(given: Readonly<Record<string, unknown>>): void;
}

export interface FormView {
  readonly element: HTMLElement;
  /** Read the document again and draw the form (after the text was edited). */
  render(): Promise<void>;
}

export function formView(worker: WorkerClient, uri: string, doc: SharedText, lang: Lang, w: Words, hooks: FormHooks): FormView {
  const element = h("div", { class: "form-layout" });
  let model: FormModel | null = null;
  let ctx: FormContext | null = null;
  let source: SourcePane | null = null;
  const openTests = new Set<number>();

  const commit = (next: FormModel, structural: boolean) => {
    const text = writeForm(doc.get(), next);
    if (text !== doc.get()) doc.set(text);
    model = readForm(text) ?? next;
    if (structural) draw();
  };
  const update = (change: (m: FormModel) => FormModel, structural = false) => model && commit(change(model), structural);
  const current = () => model!;

  function draw(): void {
    if (!model || !ctx) return;
    const focused = document.activeElement?.id;
    const scroller = element.closest(".form-host");
    const scrolled = scroller?.scrollTop ?? 0;
    const m = model;
    const c = ctx;
    source ??= sourcePane(c, String(m.others.find((o) => o.key === "article")?.text.replace(/^article:\s*/, "") ?? c.general?.article ?? ""), m.scope.faculty ?? null, w);
    const form = h(
      "form",
      { class: "file-form", "aria-label": w.form, onsubmit: (e: Event) => e.preventDefault() },
      headerSection(m, c, w, update),
      provisionsSection(m.provisions, w, update, () => source?.selectedQuote() ?? ""),
      rulesSection(c, m.rules, lang, w, (change, structural) => update((x) => ({ ...x, rules: change(x.rules) }), structural)),
      exceptionBuilder(c, current, lang, w, (next) => commit(next, true)),
      testsSection(c, m, current, lang, w, update, openTests, hooks.tryFacts),
      othersSection(m, w),
      h("details", { class: "rules-text" }, h("summary", {}, w.rulesAsText), h("pre", { class: "rules-read-only" }, rulesBlock(doc.get())?.rules ?? "")),
    );
    element.replaceChildren(form, source.element);
    if (scroller) scroller.scrollTop = scrolled;
    if (focused) document.getElementById(focused)?.focus();
  }

  return {
    element,
    async render() {
      ctx = await worker.call("formContext", uri);
      model = readForm(doc.get());
      if (!model) {
        element.replaceChildren(h("p", { role: "alert" }, w.formUnreadable));
        return;
      }
      draw();
    },
  };
}

type Update = (change: (m: FormModel) => FormModel, structural?: boolean) => void;

function headerSection(m: FormModel, ctx: FormContext, w: Words, update: Update): HTMLElement {
  const scope = m.scope;
  const setScope = (next: typeof scope, structural = true) =>
    update((x) => ({ ...x, scope: { ...(next.faculty ? { faculty: next.faculty } : {}), ...(next.campus ? { campus: next.campus } : {}), ...(next.programmes?.length ? { programmes: next.programmes } : {}) } }), structural);
  const programmes = ctx.programmes.filter((p) => !p.faculty || p.faculty === scope.faculty || scope.programmes?.includes(p.id));
  const programmeSelect = h(
    "select",
    { multiple: true, size: String(Math.min(5, Math.max(2, programmes.length))) },
    ...programmes.map((p) => h("option", { value: p.id, ...(scope.programmes?.includes(p.id) ? { selected: true } : {}) }, `${p.id} — ${p.name}`)),
  );
  programmeSelect.addEventListener("change", () => setScope({ ...scope, programmes: Array.from(programmeSelect.selectedOptions).map((o) => o.value) }, false));
  const general = m.kind === "general";
  return h(
    "section",
    { class: "form-section", "aria-labelledby": "form-file-title" },
    h("h2", { id: "form-file-title" }, w.fileSection),
    field("form-title", w.titleNl, input(m.title, (v) => update((x) => ({ ...x, title: v })))),
    field("form-title-en", w.titleEn, input(m.title_en, (v) => update((x) => ({ ...x, title_en: v })))),
    general
      ? h("p", {}, `${w.kind}: ${w.general}`)
      : field("form-kind", w.kind, select([{ value: "supplement", label: w.supplementLong }, { value: "deviation", label: w.deviationLong }], m.kind, (v) => update((x) => ({ ...x, kind: v }), true)), m.kind === "deviation" ? w.deviationHint : undefined),
    general
      ? null
      : h(
          "fieldset",
          { class: "scope" },
          h("legend", {}, w.scope),
          field("form-faculty", w.faculty, select(ctx.faculties.map((f) => ({ value: f, label: f })), scope.faculty, (v) => setScope({ ...scope, faculty: v }))),
          field("form-campus", w.campus, select([{ value: "", label: w.allCampuses }, ...ctx.campuses.map((c) => ({ value: c, label: c }))], scope.campus ?? "", (v) => setScope({ ...scope, campus: v || undefined }))),
          programmes.length > 0 ? field("form-programmes", w.programmes, programmeSelect, w.programmesHint) : h("p", { class: "hint" }, w.noProgrammes),
        ),
    h(
      "fieldset",
      { class: "source" },
      h("legend", {}, w.source),
      field("form-source-document", w.sourceDocument, input(m.source.document, (v) => update((x) => ({ ...x, source: { ...x.source, document: v } })))),
      field("form-source-section", w.sourceSection, input(m.source.section, (v) => update((x) => ({ ...x, source: { ...x.source, section: v } })))),
      field("form-source-url", w.sourceUrl, input(m.source.url ?? "", (v) => update((x) => ({ ...x, source: withOptional(x.source, "url", v || undefined) })), "url")),
      field("form-source-not-in-seeds", w.notInSeeds, checkbox(Boolean(m.source.not_in_seeds), (v) => update((x) => ({ ...x, source: withOptional(x.source, "not_in_seeds", v || undefined) })))),
    ),
  );
}

function withOptional<T extends object, K extends string>(o: T, key: K, value: unknown): T {
  const { [key]: _, ...rest } = o as Record<string, unknown>;
  return (value === undefined ? rest : { ...rest, [key]: value }) as T;
}

/** A provision_id as the form shows it: one id, or several separated by commas. */
function idsText(value: unknown): string {
  return Array.isArray(value) ? value.join(", ") : typeof value === "string" ? value : "";
}

/** What the field gives back: nothing, one id, or a list of ids. */
function idsValue(text: string): string | string[] | undefined {
  const ids = text.split(",").map((x) => x.trim()).filter(Boolean);
  return ids.length === 0 ? undefined : ids.length === 1 ? ids[0] : ids;
}

function provisionsSection(provisions: readonly Provision[], w: Words, update: Update, selectedQuote: () => string): HTMLElement {
  // A change of the provision as it is now, so that paragraph and quote typed one after the other both stay.
  const set = (i: number, change: ((p: Provision) => Provision) | null) =>
    update((x) => ({ ...x, provisions: change === null ? x.provisions.filter((_, k) => k !== i) : x.provisions.map((q, k) => (k === i ? change(q) : q)) }), change === null);
  return h(
    "section",
    { class: "form-section", "aria-labelledby": "form-provisions-title" },
    h("h2", { id: "form-provisions-title" }, w.provisions),
    ...provisions.map((p, i) => {
      const id = idOf("provision", i);
      return h(
        "fieldset",
        { class: "provision" },
        h("legend", {}, `${w.provision} ${i + 1}`),
        field(`${id}-paragraph`, w.paragraph, input(p.paragraph ?? "", (v) => set(i, (q) => ({ ...q, paragraph: v })))),
        field(`${id}-quote`, w.quote, textarea(p.quote ?? "", (v) => set(i, (q) => ({ ...q, quote: v.replace(/\s*\n\s*/g, " ") })))),
        field(`${id}-quote-en`, w.quoteEn, input(String(p["quote_en"] ?? ""), (v) => set(i, (q) => withOptional(q, "quote_en", v || undefined)))),
        // The provisions index's id (or ids) this quote encodes, or why the index has none (docs/provisions.md).
        field(`${id}-provision-id`, w.provisionId, input(idsText(p["provision_id"]), (v) => set(i, (q) => withOptional(q, "provision_id", idsValue(v))))),
        field(`${id}-not-in-index`, w.notInIndex, input(String(p["not_in_index"] ?? ""), (v) => set(i, (q) => withOptional(q, "not_in_index", v.trim() || undefined)))),
        h(
          "div",
          { class: "row" },
          button(`${id}-take-quote`, w.takeQuote, () => {
            const quote = selectedQuote();
            if (quote) update((x) => ({ ...x, provisions: x.provisions.map((q, k) => (k === i ? { ...q, quote } : q)) }), true);
          }),
          provisions.length > 1 ? button(`${id}-remove`, w.removeProvision, () => set(i, null)) : null,
        ),
      );
    }),
    button("add-provision", w.addProvision, () => update((x) => ({ ...x, provisions: [...x.provisions, { paragraph: "§", quote: "…" }] }), true)),
  );
}

function othersSection(m: FormModel, w: Words): HTMLElement | null {
  if (m.others.length === 0) return null;
  return h(
    "section",
    { class: "form-section not-in-form", "aria-labelledby": "form-others-title" },
    h("h2", { id: "form-others-title" }, `${w.notInForm}: ${m.others.map((o) => o.key).join(", ")}`),
    ...m.others.map((o) => h("pre", { class: "other-key" }, o.text)),
  );
}
