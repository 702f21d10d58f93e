/**
 * Saving a file's draft through the editor server: the Save button and Ctrl+S, a PUT based on the
 * hash of the text the draft started from (`If-Match`; `If-None-Match: *` for a new file), who
 * last changed the file and when, and what the server answered — saved, a deviation kept as a
 * proposal awaiting approval (202), a conflict to merge (409), a text that does not check (422) or
 * a refusal — in the reader's language.
 */
import type { Lang } from "../../../dsl/index.js";
import type { FileResponse, SaveResponse } from "../../protocol.js";
import { ApiError, fetchFile, saveFile } from "../api.js";
import { h } from "../dom.js";
import type { monaco } from "../monaco.js";
import { urlOf } from "../routes.js";
import { conflictView, type ConflictView } from "./conflict-view.js";
import { errorText, saveWords } from "./words.js";

export interface SaveTarget {
  readonly set: string;
  readonly year: string;
  readonly path: string;
}

export interface SaveBar {
  readonly element: HTMLElement;
  /** Where a conflict's side-by-side view appears (in place of the text). */
  readonly conflictHost: HTMLElement;
  /** A draft neither saved nor sent as a proposal: leaving it asks first. */
  isDirty(): boolean;
  save(): Promise<void>;
  /** The text in force on the server (null: the file does not exist yet). */
  stored(): string | null;
  dispose(): void;
}

export function saveBar(model: monaco.editor.ITextModel, target: SaveTarget, stored: FileResponse | null, canWrite: boolean, lang: Lang): SaveBar {
  const w = saveWords(lang);
  let base: { content: string; hash: string } | null = stored ? { content: stored.content, hash: stored.hash } : null;
  let conflict: ConflictView | null = null;
  let busy = false;
  const who = h("small", { class: "who", id: "last-changed" });
  const status = h("span", { class: "save-status", id: "save-status", role: "status", "aria-live": "polite" });
  const button = h("button", { type: "button", id: "save", class: "primary", "aria-keyshortcuts": "Control+S" }, w.save);
  const conflictHost = h("div", { class: "conflict-host", hidden: true });

  const showWho = (file: FileResponse | null) => {
    if (!file) who.textContent = w.newFile;
    else if (file.modified_by) who.textContent = `${w.lastChanged} ${file.modified_by} ${w.on} ${new Date(file.modified_at ?? "").toLocaleString(lang === "nl" ? "nl-BE" : "en-GB")}`;
    else who.textContent = w.notChangedInEditor;
  };
  const isDirty = () => model.getValue() !== (base?.content ?? "") || base === null;
  /** The text last sent as a proposal: kept by the server, so leaving it loses nothing. */
  let proposed: string | null = null;
  /** What leaving would lose: a draft neither saved nor proposed. */
  const unsaved = () => isDirty() && model.getValue() !== proposed;
  const refresh = () => {
    button.disabled = !canWrite || busy || conflict !== null || (!isDirty() && base !== null);
    if (!busy && conflict === null && !status.dataset["sticky"]) status.textContent = isDirty() ? w.unsaved : "";
  };
  const say = (text: string, tone: "good" | "bad" | "", sticky = true, ...extra: Node[]) => {
    status.replaceChildren(text, ...extra);
    status.className = `save-status ${tone}`;
    if (sticky) status.dataset["sticky"] = "true";
    else delete status.dataset["sticky"];
  };

  const closeConflict = () => {
    conflict?.dispose();
    conflict = null;
    conflictHost.replaceChildren();
    conflictHost.hidden = true;
    conflictHost.parentElement?.classList.remove("conflicted");
    refresh();
  };

  const put = async (content: string, on: { content: string; hash: string } | null): Promise<void> => {
    busy = true;
    say(w.saving, "", false);
    refresh();
    try {
      const result = await saveFile(target.set, target.year, target.path, content, on?.hash ?? null);
      if (result.kind === "saved" || result.kind === "proposed") {
        closeConflict();
        if (model.getValue() !== content) model.pushEditOperations([], [{ range: model.getFullModelRange(), text: content }], () => null);
        if (result.kind === "proposed") {
          // The file on disk is unchanged until the central office approves: the draft stays a draft.
          proposed = content;
          const href = urlOf({ view: "proposal", id: result.body.proposal });
          say(`${w.proposed} `, "good", true, h("a", { href, "data-link": true, id: "proposal-link" }, `${w.proposal} ${result.body.proposal}`));
        } else {
          const created = base === null;
          base = { content, hash: result.body.hash };
          say(`${created ? w.created : w.saved}${failing(result.body)}`, "good");
          showWho(await fetchFile(target.set, target.year, target.path).catch(() => null));
        }
      } else if (result.kind === "conflict") {
        busy = false;
        openConflict(content, result.body.current, result.body.error);
        // The side-by-side view says what happened; the bar does not repeat it.
        say("", "bad");
      } else {
        const lines = result.body.diagnostics.slice(0, 5).map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`);
        say(`${w.invalid}: ${lines.join(" · ")}`, "bad");
      }
    } catch (error) {
      say(error instanceof ApiError ? errorText(w, error.status, error.detail) : String(error), "bad");
    } finally {
      busy = false;
      refresh();
    }
  };

  const failing = (body: SaveResponse) => {
    const failed = body.tests.filter((t) => !t.passed).length;
    return failed > 0 ? ` (${failed} ${w.failingTests})` : "";
  };

  const openConflict = (mine: string, theirs: { content: string; hash: string }, message: string) => {
    closeConflict();
    conflict = conflictView(mine, theirs.content, message, w, (merged) => void put(merged, theirs), () => {
      closeConflict();
      delete status.dataset["sticky"];
      refresh();
    });
    conflictHost.replaceChildren(conflict.element);
    conflictHost.hidden = false;
    conflictHost.parentElement?.classList.add("conflicted");
  };

  const save = async () => {
    if (!canWrite || busy || conflict !== null) return;
    await put(model.getValue(), base);
  };

  button.addEventListener("click", () => void save());
  const changes = model.onDidChangeContent(() => {
    delete status.dataset["sticky"];
    refresh();
  });
  const unload = (event: BeforeUnloadEvent) => {
    if (unsaved()) event.preventDefault();
  };
  window.addEventListener("beforeunload", unload);
  showWho(stored);
  refresh();

  return {
    element: h("div", { class: "save-bar" }, button, status, who),
    conflictHost,
    isDirty: unsaved,
    save,
    stored: () => base?.content ?? null,
    dispose() {
      changes.dispose();
      window.removeEventListener("beforeunload", unload);
      closeConflict();
    },
  };
}
