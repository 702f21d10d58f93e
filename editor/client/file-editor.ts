/**
 * A file's editor — monaco, the rule language on it and the file view — as one chunk loaded on
 * demand: the versions, articles and sign-in show without it, and on a file's address it loads
 * while the session, the file and its version are fetched, instead of before them.
 */
import type { Lang } from "../../dsl/index.js";
import { RuleLanguage } from "./language.js";
import type { WorkerClient } from "./worker-client.js";

export { fileView } from "./file-view.js";

let language: RuleLanguage | null = null;

/** The one rule language of the page (monaco's providers are registered once), in the language shown. */
export function ruleLanguage(worker: WorkerClient, lang: Lang): RuleLanguage {
  language ??= new RuleLanguage(worker, lang);
  language.lang = lang;
  return language;
}
