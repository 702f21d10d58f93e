/**
 * The regulations as the engine sees them: one language-service Workspace over every version,
 * kept equal to the files on disk. A save is tried on it first — the new text checked with the
 * whole version, and the examples of its article run — and is kept only when it will be written.
 */
import { Workspace, runTests, type RegulationFile, type RegulationVersion } from "../../engine/index.js";
import { nodeSha256 } from "../../engine/node/index.js";
import type { FileEntry, TestOutcome, VersionEntry, WireDiagnostic } from "../protocol.js";
import type { RegulationRoot } from "./regulation-root.js";
import type { FileFacts } from "./rights.js";

type Diagnostic = ReturnType<Workspace["diagnostics"]>[number];

export interface Trial {
  /** Every error the change brings: in the file itself, or new anywhere else. */
  readonly errors: readonly WireDiagnostic[];
  /** The file's warnings and infos. */
  readonly notes: readonly WireDiagnostic[];
  /** The file as the new text makes it (null: it does not load). */
  readonly facts: FileFacts | null;
  /** Puts the workspace back to the text before the trial. */
  undo(): void;
}

/** RW037: a deviation must cite its approval; a proposal is checked before it has one. */
const AWAITING_APPROVAL = "RW037-deviation-without-approval";

export class RegulationCheck {
  private readonly workspace: Workspace;

  constructor(private readonly root: RegulationRoot) {
    this.workspace = Workspace.fromFiles(root.readAll());
  }

  versions(): VersionEntry[] {
    return this.root.versions().map(({ set, year }) => {
      const version = this.workspace.version(`${set}/${year}`);
      const byPath = new Map((version?.files ?? []).map((f) => [f.relPath, f]));
      const files = this.root.filesOf(set, year).map((path): FileEntry => {
        const file = byPath.get(path);
        if (!file) return { path, kind: "data" };
        const scope = file.meta.scope;
        return { path, kind: file.meta.kind, article: file.meta.article, title: file.meta.title, ...(scope?.faculty ? { faculty: scope.faculty } : {}), ...(scope?.campus ? { campus: scope.campus } : {}), ...(scope?.programmes ? { programmes: scope.programmes } : {}) };
      });
      return { set, year, title: version?.manifest.title ?? `${set} ${year}`, files };
    });
  }

  /** What the file is now; a regulation file that does not load counts by the kind it had (or as data). */
  facts(uri: string): FileFacts {
    return this.factsOf(uri) ?? { kind: "data", faculty: null };
  }

  /** Takes in a text found on disk that the workspace does not have yet (an edit outside the server). */
  sync(uri: string, text: string): void {
    if (this.workspace.text(uri) !== text) this.workspace.change(uri, text);
  }

  /** Puts `text` in the workspace and reports what checking finds; the caller keeps or undoes it. */
  tryText(uri: string, text: string, proposal: boolean): Trial {
    const before = this.workspace.text(uri);
    const errorsBefore = new Set(this.allErrors().map(errorKey));
    this.workspace.change(uri, text);
    const dir = versionDir(uri);
    const own = this.workspace.diagnostics(uri).filter((d) => !(proposal && d.code === AWAITING_APPROVAL));
    const elsewhere = this.allErrors().filter((d) => d.source !== uri && !errorsBefore.has(errorKey(d)));
    return {
      errors: [...own.filter((d) => d.severity === "error"), ...elsewhere].map((d) => toWire(d, dir)),
      notes: own.filter((d) => d.severity !== "error").map((d) => toWire(d, dir)),
      facts: this.factsOf(uri),
      // A file being created leaves the workspace again.
      undo: () => (before === undefined ? this.workspace.close(uri) : this.workspace.change(uri, before)),
    };
  }

  /**
   * The examples of the file's article, every file on it (the general text and each faculty's);
   * for a manifest or data file, which any article may depend on, every example of the version.
   */
  testsFor(uri: string): TestOutcome[] {
    const dir = versionDir(uri);
    const version = this.workspace.version(dir);
    if (!version) return [];
    const file = version.files.find((f) => f.path === uri);
    const include = file ? (f: RegulationFile) => f.meta.article === file.meta.article : () => true;
    return runTests(version, nodeSha256, include).results.map((r) => ({
      file: r.file.relPath,
      name: r.test.name,
      passed: r.failures.length === 0,
      failures: r.failures.map((f) => ({ key: f.key, expected: f.expected, actual: f.actual })),
    }));
  }

  private factsOf(uri: string): FileFacts | null {
    const version: RegulationVersion | null = this.workspace.version(versionDir(uri));
    const file = version?.files.find((f) => f.path === uri);
    if (file) return { kind: file.meta.kind, faculty: file.meta.scope?.faculty ?? null };
    return uri.endsWith("manifest.yaml") || !uri.endsWith(".yaml") ? { kind: "data", faculty: null } : null;
  }

  private allErrors(): Diagnostic[] {
    return [...this.workspace.allDiagnostics().values()].flat().filter((d) => d.severity === "error");
  }
}

function versionDir(uri: string): string {
  return uri.split("/").slice(0, 2).join("/");
}

function errorKey(d: Diagnostic): string {
  return `${d.source}:${d.span.start}:${d.code}:${d.message}`;
}

function toWire(d: Diagnostic, dir: string): WireDiagnostic {
  const file = d.source.startsWith(dir + "/") ? d.source.slice(dir.length + 1) : d.source;
  return { code: d.code, severity: d.severity, message: d.message, line: d.span.line, column: d.span.column, endLine: d.span.endLine, endColumn: d.span.endColumn, file };
}
