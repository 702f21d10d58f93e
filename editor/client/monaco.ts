/**
 * monaco-editor, only what the rule editor uses: the editor core with its contributions (hover,
 * suggest, code actions, go to definition, rename), the YAML tokenizer as the base colouring, and
 * monaco's own worker. The rule language on top comes from the language-service worker.
 */
import * as monaco from "monaco-editor/esm/vs/editor/editor.api.js";
import "monaco-editor/esm/vs/editor/editor.all.js";
import { conf, language } from "monaco-editor/esm/vs/basic-languages/yaml/yaml.js";
import EditorWorker from "monaco-editor/esm/vs/editor/editor.worker.js?worker";

self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

export const LANGUAGE_ID = "regelwerk";

monaco.languages.register({ id: LANGUAGE_ID, extensions: [".yaml"] });
monaco.languages.setMonarchTokensProvider(LANGUAGE_ID, language);
monaco.languages.setLanguageConfiguration(LANGUAGE_ID, conf);

/** The semantic token types the language service sends, in the legend's order. */
export const TOKEN_TYPES = ["keyword", "fact", "parameter", "definition", "decision", "outcome", "string", "number"] as const;

monaco.editor.defineTheme("regelwerk", {
  base: "vs",
  inherit: true,
  rules: [
    { token: "keyword", foreground: "7a1fa2", fontStyle: "bold" },
    { token: "fact", foreground: "0b5394" },
    { token: "parameter", foreground: "b45f06", fontStyle: "italic" },
    { token: "definition", foreground: "38761d" },
    { token: "decision", foreground: "990000", fontStyle: "bold" },
    { token: "outcome", foreground: "0e7c7b", fontStyle: "bold" },
    { token: "string", foreground: "555555" },
    { token: "number", foreground: "1155cc" },
  ],
  colors: {},
});

export { monaco };
