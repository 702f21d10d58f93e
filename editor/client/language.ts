/**
 * The rule language in monaco, answered by the language-service worker: diagnostics as you type
 * (the latest text wins; stale answers are dropped), completion, hover, go to definition across
 * files, rename, did-you-mean quick fixes and semantic highlighting. Models are keyed by the
 * workspace URI (`file:///regulations/<set>/<year>/<path>`).
 */
import type { Lang } from "../../dsl/index.js";
import { LANGUAGE_ID, TOKEN_TYPES, monaco } from "./monaco.js";
import type { WorkerClient } from "./worker-client.js";
import type { EditorDiagnostic } from "./worker/messages.js";

export const modelUri = (uri: string) => monaco.Uri.parse(`file:///${uri}`);
export const workspaceUri = (model: monaco.editor.ITextModel) => model.uri.path.slice(1);

const SEVERITY = { error: monaco.MarkerSeverity.Error, warning: monaco.MarkerSeverity.Warning, info: monaco.MarkerSeverity.Info } as const;

const COMPLETION_KIND: Record<string, monaco.languages.CompletionItemKind> = {
  field: monaco.languages.CompletionItemKind.Field,
  parameter: monaco.languages.CompletionItemKind.Constant,
  definition: monaco.languages.CompletionItemKind.Function,
  decision: monaco.languages.CompletionItemKind.Event,
  namespace: monaco.languages.CompletionItemKind.Module,
  function: monaco.languages.CompletionItemKind.Function,
  keyword: monaco.languages.CompletionItemKind.Keyword,
  outcome: monaco.languages.CompletionItemKind.EnumMember,
  variable: monaco.languages.CompletionItemKind.Variable,
  value: monaco.languages.CompletionItemKind.Value,
};

function rangeOf(model: monaco.editor.ITextModel, start: number, end: number): monaco.IRange {
  const a = model.getPositionAt(start);
  const b = model.getPositionAt(end);
  return { startLineNumber: a.lineNumber, startColumn: a.column, endLineNumber: b.lineNumber, endColumn: b.column };
}

export class RuleLanguage {
  /** Fired after the worker has taken in a change: the diagnostics' version, for the panes beside. */
  private readonly listeners = new Set<(uri: string, diagnostics: readonly EditorDiagnostic[]) => void>();
  private readonly tokensChanged = new monaco.Emitter<void>();
  lang: Lang;

  constructor(private readonly worker: WorkerClient, lang: Lang) {
    this.lang = lang;
    this.register();
  }

  onDiagnostics(listener: (uri: string, diagnostics: readonly EditorDiagnostic[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The model of a document, made from `text` or the worker's text on first use; its edits go to the worker. */
  async model(uri: string, text?: string): Promise<monaco.editor.ITextModel> {
    const existing = monaco.editor.getModel(modelUri(uri));
    if (existing) return existing;
    text ??= (await this.worker.call("text", uri)) ?? "";
    const model = monaco.editor.getModel(modelUri(uri)) ?? monaco.editor.createModel(text, LANGUAGE_ID, modelUri(uri));
    model.onDidChangeContent(() => void this.send(model));
    // The worker has the stored text; the model may have been edited while the version was loading.
    void this.send(model);
    return model;
  }

  private async send(model: monaco.editor.ITextModel): Promise<void> {
    await this.publish(model, this.worker.call("change", workspaceUri(model), model.getValue()));
  }

  private async publish(model: monaco.editor.ITextModel, answer: Promise<EditorDiagnostic[]>): Promise<void> {
    const version = model.getVersionId();
    const diagnostics = await answer;
    // A newer text is on its way to the worker: its answer will say what is true.
    if (model.isDisposed() || model.getVersionId() !== version) return;
    monaco.editor.setModelMarkers(
      model,
      "regelwerk",
      diagnostics.map((d) => ({ ...rangeOf(model, d.start, d.end), severity: SEVERITY[d.severity], message: d.message, code: d.code, source: "regelwerk" })),
    );
    this.tokensChanged.fire();
    for (const listener of this.listeners) listener(workspaceUri(model), diagnostics);
  }

  private register(): void {
    const worker = this.worker;
    const lang = () => this.lang;
    monaco.languages.registerCompletionItemProvider(LANGUAGE_ID, {
      triggerCharacters: ["."],
      async provideCompletionItems(model, position) {
        const word = model.getWordUntilPosition(position);
        const range = { startLineNumber: position.lineNumber, endLineNumber: position.lineNumber, startColumn: word.startColumn, endColumn: word.endColumn };
        const items = await worker.call("completions", workspaceUri(model), model.getOffsetAt(position), lang());
        return {
          suggestions: items.map((c) => ({ label: c.label, kind: COMPLETION_KIND[c.kind] ?? monaco.languages.CompletionItemKind.Text, detail: c.detail, insertText: c.insertText ?? c.label, range })),
        };
      },
    });
    monaco.languages.registerHoverProvider(LANGUAGE_ID, {
      async provideHover(model, position) {
        const hover = await worker.call("hover", workspaceUri(model), model.getOffsetAt(position), lang());
        return hover ? { range: rangeOf(model, hover.start, hover.end), contents: [{ value: hover.contents }] } : null;
      },
    });
    const self = this;
    monaco.languages.registerDefinitionProvider(LANGUAGE_ID, {
      async provideDefinition(model, position) {
        const at = await worker.call("definition", workspaceUri(model), model.getOffsetAt(position));
        if (!at) return null;
        const target = await self.model(at.uri);
        return { uri: target.uri, range: rangeOf(target, at.start, at.end) };
      },
    });
    monaco.languages.registerReferenceProvider(LANGUAGE_ID, {
      async provideReferences(model, position) {
        const found = await worker.call("references", workspaceUri(model), model.getOffsetAt(position));
        return Promise.all(found.map(async (r) => {
          const target = await self.model(r.uri);
          return { uri: target.uri, range: rangeOf(target, r.start, r.end) };
        }));
      },
    });
    monaco.languages.registerRenameProvider(LANGUAGE_ID, {
      async provideRenameEdits(model, position, newName) {
        const result = await worker.call("rename", workspaceUri(model), model.getOffsetAt(position), newName);
        if (!result.ok) return { edits: [], rejectReason: result.reason };
        return { edits: await self.textEdits(result.edit) };
      },
    });
    monaco.languages.registerCodeActionProvider(LANGUAGE_ID, {
      async provideCodeActions(model, range, context) {
        const start = model.getOffsetAt({ lineNumber: range.startLineNumber, column: range.startColumn });
        const end = model.getOffsetAt({ lineNumber: range.endLineNumber, column: range.endColumn });
        const found = await worker.call("codeActions", workspaceUri(model), start, end);
        const actions = await Promise.all(found.map(async (a) => ({
          title: a.title,
          kind: "quickfix",
          isPreferred: true,
          diagnostics: context.markers.filter((m) => m.source === "regelwerk"),
          edit: { edits: await self.textEdits(a.edit) },
        })));
        return { actions, dispose() {} };
      },
    });
    monaco.languages.registerDocumentSemanticTokensProvider(LANGUAGE_ID, {
      onDidChange: this.tokensChanged.event,
      getLegend: () => ({ tokenTypes: [...TOKEN_TYPES], tokenModifiers: [] }),
      async provideDocumentSemanticTokens(model) {
        const version = model.getVersionId();
        const tokens = await worker.call("semanticTokens", workspaceUri(model));
        if (model.getVersionId() !== version) return null;
        const data: number[] = [];
        let [line, column] = [1, 1];
        for (const t of tokens) {
          const at = model.getPositionAt(t.start);
          const end = model.getPositionAt(t.end);
          if (end.lineNumber !== at.lineNumber) continue;
          data.push(at.lineNumber - line, at.lineNumber === line ? at.column - column : at.column - 1, t.end - t.start, TOKEN_TYPES.indexOf(t.type), 0);
          [line, column] = [at.lineNumber, at.column];
        }
        return { data: new Uint32Array(data) };
      },
      releaseDocumentSemanticTokens() {},
    });
  }

  private async textEdits(edit: Readonly<Record<string, readonly { start: number; end: number; newText: string }[]>>): Promise<monaco.languages.IWorkspaceTextEdit[]> {
    const out: monaco.languages.IWorkspaceTextEdit[] = [];
    for (const [uri, edits] of Object.entries(edit)) {
      const model = await this.model(uri);
      for (const e of edits) out.push({ resource: model.uri, versionId: model.getVersionId(), textEdit: { range: rangeOf(model, e.start, e.end), text: e.newText } });
    }
    return out;
  }
}
