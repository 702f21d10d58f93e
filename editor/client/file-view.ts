/**
 * A file's editor: its text in monaco with the rule language or the same document as a form, the
 * problems the language service finds, the file's tests and the "try a student" pane beside it.
 */
import type { Lang } from "../../dsl/index.js";
import type { FileResponse } from "../protocol.js";
import { changesView } from "./changes-view.js";
import { h } from "./dom.js";
import type { Words } from "./i18n.js";
import type { RuleLanguage } from "./language.js";
import { monaco } from "./monaco.js";
import { formView, type SharedText } from "./form/form-view.js";
import { impactPane, testsPane, tryStudentPane } from "./panes.js";
import { saveBar, type SaveTarget } from "./saving/save-bar.js";
import { saveWords } from "./saving/words.js";
import type { WorkerClient } from "./worker-client.js";
import type { EditorDiagnostic } from "./worker/messages.js";

export interface FileView {
  readonly element: HTMLElement;
  /** Unsaved changes: leaving the view asks first. */
  isDirty(): boolean;
  dispose(): void;
}

/** `stored` null: a new file, starting from `initial`; `canWrite`: the session may save (the server decides what). */
export async function fileView(worker: WorkerClient, language: RuleLanguage, uri: string, target: SaveTarget, stored: FileResponse | null, initial: string, canWrite: boolean, lang: Lang, w: Words): Promise<FileView> {
  const sw = saveWords(lang);
  const model = await language.model(uri, stored?.content ?? initial);
  const saving = saveBar(model, target, stored, canWrite, lang);
  const changesHost = h("div", { class: "changes-host", role: "tabpanel", "aria-labelledby": "tab-changes", hidden: true });
  const showChanges = async () => {
    changesHost.replaceChildren(h("p", {}, w.loading));
    try {
      changesHost.replaceChildren(await changesView(worker, uri, saving.stored(), lang, sw));
    } catch (error) {
      changesHost.replaceChildren(h("p", { class: "bad", role: "alert" }, error instanceof Error ? error.message : String(error)));
    }
  };
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
      changesHost.hidden = true;
      host.hidden = false;
    }),
    tab("tab-form", w.form, () => {
      host.hidden = true;
      changesHost.hidden = true;
      formHost.hidden = false;
      void showForm();
    }),
    tab("tab-changes", sw.changes, () => {
      host.hidden = true;
      formHost.hidden = true;
      changesHost.hidden = false;
      void showChanges();
    }),
  );
  const tests = testsPane(worker, uri, lang, w);
  // A file not yet on the server (a new faculty file) has nothing stored: every outcome it changes is new.
  const impact = impactPane(worker, uri, stored ? stored.content : null, w);
  const element = h(
    "section",
    { class: "file-view", "aria-label": uri },
    h("header", { class: "file-header" }, h("h1", {}, uri.split("/").slice(1).join(" / ")), saving.element),
    h("div", { class: "columns" }, h("div", { class: "main" }, tabs, saving.conflictHost, host, formHost, changesHost, problems), h("aside", { class: "side" }, tests.element, impact.element, tryStudent.element)),
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
    readOnly: !canWrite,
  });
  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, () => void saving.save());
  // Ctrl+S from the form or a pane too, not only from the text.
  const saveKey = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s" && !event.defaultPrevented) {
      event.preventDefault();
      void saving.save();
    }
  };
  window.addEventListener("keydown", saveKey);
  const show = (diagnostics: readonly EditorDiagnostic[]) => {
    const errors = diagnostics.filter((d) => d.severity === "error").length;
    // Each with its line and column in the file, as the text view's markers give them: a form edit's problem is found in the text.
    const at = (d: EditorDiagnostic) => {
      const p = model.getPositionAt(d.start);
      return `${p.lineNumber}:${p.column} ${d.message}`;
    };
    problems.textContent = diagnostics.length === 0 ? w.noProblems : `${diagnostics.length} ${w.problems}: ${diagnostics.map(at).slice(0, 3).join(" · ")}`;
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
    isDirty: () => saving.isDirty(),
    dispose() {
      stop();
      window.removeEventListener("keydown", saveKey);
      saving.dispose();
      editor.dispose();
    },
  };
}
