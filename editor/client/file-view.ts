/**
 * A file's editor: its text in monaco with the rule language or the same document as a form, the
 * problems the language service finds, the file's tests and the "try a student" pane beside it.
 */
import type { Lang } from "../../dsl/index.js";
import type { FileContent } from "./api.js";
import { h } from "./dom.js";
import type { Words } from "./i18n.js";
import type { RuleLanguage } from "./language.js";
import { monaco } from "./monaco.js";
import { formView, type SharedText } from "./form/form-view.js";
import { impactPane, testsPane, tryStudentPane } from "./panes.js";
import type { WorkerClient } from "./worker-client.js";
import type { EditorDiagnostic } from "./worker/messages.js";

export interface FileView {
  readonly element: HTMLElement;
  dispose(): void;
}

export async function fileView(worker: WorkerClient, language: RuleLanguage, uri: string, stored: FileContent, lang: Lang, w: Words): Promise<FileView> {
  const model = await language.model(uri, stored.content);
  const host = h("div", { class: "monaco-host", role: "region", "aria-label": w.text });
  const problems = h("p", { class: "problems", "aria-live": "polite" });
  const formHost = h("div", { class: "form-host", role: "tabpanel", "aria-labelledby": "tab-form", hidden: true });
  // The form writes the whole text (one undo step in the text view); it is drawn again when shown.
  const doc: SharedText = {
    get: () => model.getValue(),
    set: (text) => {
      model.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null);
    },
  };
  const tryStudent = tryStudentPane(worker, uri, lang, w);
  const form = formView(worker, uri, doc, lang, w, { tryFacts: (given) => tryStudent.use(given) });
  formHost.append(form.element);
  const showForm = () => form.render();
  const tab = (id: string, label: string, show: () => void) =>
    h("button", { type: "button", role: "tab", id, "aria-selected": String(id === "tab-text"), onclick: (e: Event) => {
      for (const t of tabs.querySelectorAll("[role=tab]")) t.setAttribute("aria-selected", String(t === e.currentTarget));
      show();
    } }, label);
  const tabs = h(
    "div",
    { role: "tablist", class: "tabs" },
    tab("tab-text", w.text, () => {
      formHost.hidden = true;
      host.hidden = false;
    }),
    tab("tab-form", w.form, () => {
      host.hidden = true;
      formHost.hidden = false;
      void showForm();
    }),
  );
  const tests = testsPane(worker, uri, lang, w);
  // A file not yet on the server (a new faculty file) has no hash: every outcome it changes is new.
  const impact = impactPane(worker, uri, stored.hash ? stored.content : null, w);
  const who = stored.modified_by ? `${stored.modified_by}${stored.modified_at ? `, ${stored.modified_at}` : ""}` : "";
  const element = h(
    "section",
    { class: "file-view", "aria-label": uri },
    h("header", { class: "file-header" }, h("h1", {}, uri.split("/").slice(1).join(" / ")), who ? h("small", {}, who) : null, h("p", { class: "read-only" }, stored.hash ? w.readOnly : w.newFileNote)),
    h("div", { class: "columns" }, h("div", { class: "main" }, tabs, host, formHost, problems), h("aside", { class: "side" }, tests.element, impact.element, tryStudent.element)),
  );
  const editor = monaco.editor.create(host, {
    model,
    theme: "regelwerk",
    "semanticHighlighting.enabled": true,
    automaticLayout: true,
    minimap: { enabled: false },
    lightbulb: { enabled: monaco.editor.ShowLightbulbIconMode.On },
    fontSize: 13,
    ariaLabel: uri,
  });
  const show = (diagnostics: readonly EditorDiagnostic[]) => {
    const errors = diagnostics.filter((d) => d.severity === "error").length;
    problems.textContent = diagnostics.length === 0 ? w.noProblems : `${diagnostics.length} ${w.problems}: ${diagnostics.map((d) => d.message).slice(0, 3).join(" · ")}`;
    problems.className = `problems ${errors > 0 ? "bad" : "good"}`;
    // How long the worker took to check the change (the benchmark reads it).
    problems.dataset["workerMs"] = String(worker.lastMs.change ?? worker.lastMs.diagnostics ?? "");
  };
  const stop = language.onDiagnostics((changed, diagnostics) => {
    if (changed !== uri) return;
    show(diagnostics);
    tests.refresh();
    tryStudent.refresh();
    impact.refresh();
  });
  void worker.call("diagnostics", uri).then(show);
  impact.refresh();
  return {
    element,
    dispose() {
      stop();
      editor.dispose();
    },
  };
}
