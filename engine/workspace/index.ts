/** The editor's workspace: documents by URI, cached load and check, diagnostics and navigation across files. */
export { Workspace, type Update } from "./workspace.js";
export { applyEdits, suggestionOf, type SymbolKey } from "./navigation.js";
export type { CodeAction, DocumentRole, Location, RenameResult, TextEdit, WorkspaceEdit } from "./model.js";
