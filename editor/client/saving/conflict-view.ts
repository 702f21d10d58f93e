/**
 * A save refused because the file changed meanwhile (409): the server's version (left, read-only)
 * and the draft (right) side by side in monaco's diff editor. The right side is the merge: take
 * theirs, keep mine, or edit it; saving it is based on the server's version.
 */
import { h } from "../dom.js";
import { LANGUAGE_ID, monaco } from "../monaco.js";
import type { SaveWords } from "./words.js";

export interface ConflictView {
  readonly element: HTMLElement;
  dispose(): void;
}

export function conflictView(mine: string, theirs: string, message: string, w: SaveWords, saveMerged: (merged: string) => void, cancel: () => void): ConflictView {
  const host = h("div", { class: "diff-host", role: "region", "aria-label": w.conflict });
  const original = monaco.editor.createModel(theirs, LANGUAGE_ID);
  const modified = monaco.editor.createModel(mine, LANGUAGE_ID);
  const take = (text: string) => modified.pushEditOperations([], [{ range: modified.getFullModelRange(), text }], () => null);
  const element = h(
    "section",
    { class: "conflict", "aria-labelledby": "conflict-title" },
    h("p", { id: "conflict-title", class: "bad", role: "alert" }, w.conflict),
    h("p", { class: "detail" }, message),
    h(
      "p",
      { class: "actions" },
      h("button", { type: "button", id: "take-theirs", onclick: () => take(theirs) }, w.theirs),
      h("button", { type: "button", id: "keep-mine", onclick: () => take(mine) }, w.mine),
      h("button", { type: "button", id: "save-merged", class: "primary", onclick: () => saveMerged(modified.getValue()) }, w.saveMerged),
      h("button", { type: "button", id: "cancel-merge", onclick: cancel }, w.cancel),
    ),
    host,
  );
  const diff = monaco.editor.createDiffEditor(host, { automaticLayout: true, renderSideBySide: true, useInlineViewWhenSpaceIsLimited: false, originalEditable: false, minimap: { enabled: false }, fontSize: 13, theme: "regelwerk" });
  diff.setModel({ original, modified });
  return {
    element,
    dispose() {
      diff.dispose();
      original.dispose();
      modified.dispose();
    },
  };
}
