/** The page's handle on the language-service worker: each call is a promise of the worker's answer. */
import type { Method, Reply, Request } from "./worker/messages.js";
import type { LanguageService } from "./worker/service.js";
import LanguageWorker from "./worker/worker.ts?worker";

export class WorkerClient {
  private readonly worker = new LanguageWorker();
  private next = 1;
  private readonly waiting = new Map<number, { method: Method; resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  /** Milliseconds the worker itself spent on the last answer of each method (read by the benchmark). */
  readonly lastMs: Partial<Record<Method, number>> = {};

  constructor() {
    this.worker.onmessage = (event: MessageEvent<Reply>) => {
      const reply = event.data;
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (!waiter) return;
      if ("error" in reply) return waiter.reject(new Error(reply.error));
      this.lastMs[waiter.method] = reply.ms;
      waiter.resolve(reply.result);
    };
  }

  /** Requests wait for this: the files being loaded, so nothing is asked of a half-filled workspace. */
  private gate: Promise<unknown> = Promise.resolve();

  /**
   * Load files into the worker's workspace. Requests made from now on wait until they are in, even
   * while the files are still being fetched, so nothing is asked of a half-filled workspace.
   */
  load(files: Promise<Readonly<Record<string, string>>>): Promise<void> {
    const loading = files.then((f) => this.post("load", f));
    this.gate = Promise.all([this.gate, loading.catch(() => undefined)]);
    return loading;
  }

  async call<M extends Method>(method: M, ...params: Parameters<LanguageService[M]>): Promise<ReturnType<LanguageService[M]>> {
    await this.gate;
    return this.post(method, ...params);
  }

  private post<M extends Method>(method: M, ...params: Parameters<LanguageService[M]>): Promise<ReturnType<LanguageService[M]>> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { method, resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ id, method, params } satisfies Request<M>);
    });
  }
}
