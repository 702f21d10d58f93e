/**
 * The form's controls: each labelled (a visible label, or one for screen readers where a row of
 * controls speaks for itself), each with an id derived from what it edits, so that after the form
 * is drawn again the control that had the focus gets it back.
 */
import { h } from "../dom.js";

export type Option = { readonly value: string; readonly label: string };

/** A labelled control on its own row. */
export function field(id: string, label: string, control: HTMLElement, hint?: string): HTMLElement {
  control.id = id;
  if (hint) control.setAttribute("aria-describedby", `${id}-hint`);
  return h("div", { class: "field" }, h("label", { for: id }, label), control, hint ? h("small", { id: `${id}-hint`, class: "hint" }, hint) : null);
}

/** A control in a row, labelled for screen readers only. */
export function inline(id: string, label: string, control: HTMLElement): DocumentFragment {
  control.id = id;
  const fragment = document.createDocumentFragment();
  fragment.append(h("label", { for: id, class: "sr-only" }, label), control);
  return fragment;
}

export function select(options: readonly Option[], chosen: string | undefined, onChange: (value: string) => void): HTMLSelectElement {
  const known = options.some((o) => o.value === chosen);
  // A value the lists do not hold (written in the text) is kept and shown, never replaced.
  const all = chosen !== undefined && !known ? [{ value: chosen, label: chosen }, ...options] : options;
  const el = h("select", {}, ...all.map((o) => h("option", { value: o.value, ...(o.value === chosen ? { selected: true } : {}) }, o.label)));
  el.addEventListener("change", () => onChange(el.value));
  return el;
}

export function input(value: string, onInput: (value: string) => void, type = "text"): HTMLInputElement {
  const el = h("input", { type, value });
  el.value = value;
  el.addEventListener("input", () => onInput(el.value));
  return el;
}

export function textarea(value: string, onInput: (value: string) => void, rows = 3): HTMLTextAreaElement {
  const el = h("textarea", { rows: String(rows) });
  el.value = value;
  el.addEventListener("input", () => onInput(el.value));
  return el;
}

export function checkbox(checked: boolean, onChange: (checked: boolean) => void): HTMLInputElement {
  const el = h("input", { type: "checkbox" });
  el.checked = checked;
  el.addEventListener("change", () => onChange(el.checked));
  return el;
}

export function button(id: string, label: string, onClick: () => void, describedBy?: string): HTMLButtonElement {
  const el = h("button", { type: "button", id, ...(describedBy ? { "aria-label": describedBy } : {}) }, label);
  el.addEventListener("click", onClick);
  return el;
}

/** A safe id from a path of names and indexes. */
export function idOf(...parts: readonly (string | number)[]): string {
  return parts.map((p) => String(p).replace(/[^A-Za-z0-9_-]/g, "_")).join("-");
}

/**
 * A choice that acts only when its button is pressed: moving through a select with the arrow keys
 * fires `change` at every step, so a select that acted on change would act on every option passed.
 */
export function chooser(id: string, label: string, options: readonly Option[], onChoose: (value: string) => void): HTMLElement {
  const list = h("select", { id }, ...options.map((o) => h("option", { value: o.value }, o.label)));
  return h("span", { class: "chooser" }, h("label", { for: id, class: "sr-only" }, label), list, button(`${id}-go`, label, () => list.value && onChoose(list.value)));
}
