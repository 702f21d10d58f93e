/**
 * What the page and the language-service worker say to each other: a request names a method of
 * the service and gets one answer with the same id and the time the worker spent on it. The page
 * never waits for an answer while typing: answers arrive and are shown when they come.
 */
import type { LanguageService } from "./service.js";

export type Method = keyof LanguageService;

export interface Request<M extends Method = Method> {
  readonly id: number;
  readonly method: M;
  readonly params: Parameters<LanguageService[M]>;
}

export type Reply = { readonly id: number; readonly result: unknown; readonly ms: number } | { readonly id: number; readonly error: string };

/** A diagnostic as the page shows it: offsets in the document, 1-based line and column. */
export interface EditorDiagnostic {
  readonly code: string;
  readonly severity: "error" | "warning" | "info";
  readonly message: string;
  readonly start: number;
  readonly end: number;
  readonly suggestion?: string;
}

export interface FileTest {
  readonly name: string;
  readonly passed: boolean;
  readonly failures: readonly { readonly key: string; readonly expected: string; readonly actual: string; readonly explanation: string }[];
}

export interface SemanticToken {
  readonly start: number;
  readonly end: number;
  readonly type: "keyword" | "fact" | "parameter" | "definition" | "decision" | "outcome" | "string" | "number";
}
