/** The language-service worker: answers the page's requests one by one, timing each. */
import { files, contexts } from "virtual:regelwerk-validators";
import { usePrecompiledValidators } from "../../../engine/index.js";
import type { Reply, Request } from "./messages.js";
import { LanguageService } from "./service.js";

// The schemas' validators were generated at build time: nothing is compiled here, so the worker's
// content-security policy needs no 'unsafe-eval' (editor/server/security-headers.ts).
usePrecompiledValidators({ files, contexts });

const service = new LanguageService();
const scope = self as unknown as { onmessage: (e: MessageEvent<Request>) => void; postMessage: (m: Reply) => void };

scope.onmessage = (event) => {
  const { id, method, params } = event.data;
  const started = performance.now();
  try {
    const result = (service[method] as (...args: unknown[]) => unknown).apply(service, params as unknown[]);
    scope.postMessage({ id, result, ms: performance.now() - started });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
