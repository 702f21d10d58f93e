/** Types for the monaco modules the editor imports that ship without their own declarations. */
declare module "monaco-editor/esm/vs/editor/editor.all.js";
declare module "monaco-editor/esm/vs/basic-languages/yaml/yaml.js" {
  import type { languages } from "monaco-editor/esm/vs/editor/editor.api.js";
  export const conf: languages.LanguageConfiguration;
  export const language: languages.IMonarchLanguage;
}
