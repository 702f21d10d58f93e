/**
 * The article's source text beside the form: read-only, selectable with the keyboard (shift and
 * the arrows) or the mouse; a list of its headings jumps to a part, the file's own faculty first.
 * A provision's "take the selected text" button reads the selection from here. The texts of
 * sources/ are bundled at build time and loaded when the form is first shown.
 */
import { h } from "../dom.js";
import type { Words } from "../i18n.js";
import type { FormContext } from "../worker/form-context.js";
import { articleText, quoteOf, sourceDocumentOf } from "./source-text.js";

const DOCUMENTS = import.meta.glob<string>("../../../sources/*.txt", { query: "?raw", import: "default" });

export interface SourcePane {
  readonly element: HTMLElement;
  /** The selected text as a quote ("" when nothing is selected). */
  selectedQuote(): string;
}

export function sourcePane(ctx: FormContext, article: string, faculty: string | null, w: Words): SourcePane {
  const text = h("textarea", { id: "source-text", readonly: true, rows: "20", spellcheck: "false", "aria-describedby": "source-hint" });
  const jump = h("select", { id: "source-jump" });
  const status = h("p", { id: "source-hint", class: "hint" }, w.loading);
  const element = h(
    "aside",
    { class: "source-pane", "aria-labelledby": "source-title" },
    h("h2", { id: "source-title" }, w.sourceText),
    h("p", {}, h("label", { for: "source-jump" }, `${w.jumpTo} `), jump),
    h("label", { for: "source-text", class: "sr-only" }, w.sourceText),
    text,
    status,
  );
  const name = sourceDocumentOf(ctx.set, ctx.year);
  const loader = name ? DOCUMENTS[`../../../sources/${name}`] : undefined;
  if (!loader) status.textContent = w.noSourceText;
  else
    void loader().then((document) => {
      const part = articleText(document, article, faculty);
      text.value = part.text;
      const parts = [...part.parts.filter((p) => p.own), ...part.parts.filter((p) => !p.own)];
      jump.replaceChildren(...parts.map((p) => h("option", { value: String(p.start) }, `${p.own ? "★ " : ""}${p.heading}`)));
      const go = () => {
        const at = Number(jump.value);
        text.setSelectionRange(at, at);
        // Put the heading at the top: measure by the share of the text before it.
        text.scrollTop = (text.scrollHeight * at) / Math.max(1, text.value.length);
      };
      jump.addEventListener("change", go);
      if (parts[0]?.own) go();
      status.textContent = `${name}${part.found ? "" : ` (${w.wholeDocument})`}. ${w.sourceHint}`;
    });
  return {
    element,
    selectedQuote: () => quoteOf(text.value.slice(text.selectionStart, text.selectionEnd)),
  };
}
