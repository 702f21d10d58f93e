/** The language-service worker: answers the page's requests one by one, timing each. */
import type { Reply, Request } from "./messages.js";
import { LanguageService } from "./service.js";

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
