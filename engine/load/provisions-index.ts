/**
 * A version's provisions index (docs/provisions.md): every computable provision of the source text,
 * with its id and where it stands. Validated against its JSON Schema; an id given twice is an error
 * at the second one, since files cite provisions by id.
 */
import { diagnostic, type Diagnostic, type Span } from "../../dsl/index.js";
import type { ProvisionsIndex } from "./model.js";
import { schemaDiagnostics } from "./load-version.js";
import { validatorFor } from "./schemas.js";
import type { FileSystem } from "./file-system.js";
import { readYaml, spanOfPath } from "./yaml-source.js";

export function loadProvisionsIndex(fs: FileSystem, path: string, diagnostics: Diagnostic[], at: () => Span, manifestPath: string): ProvisionsIndex | undefined {
  const text = fs.read(path);
  if (text === undefined) {
    diagnostics.push(diagnostic("RW052-missing-file", `provisions_index: no such file ${path}`, at(), manifestPath));
    return undefined;
  }
  const yaml = readYaml(path, text);
  diagnostics.push(...yaml.diagnostics);
  if (yaml.data === null) return undefined;
  const validate = validatorFor("provisions-index");
  if (!validate(yaml.data)) {
    diagnostics.push(...schemaDiagnostics(yaml, validate.errors));
    return undefined;
  }
  const index = { path, ...(yaml.data as Omit<ProvisionsIndex, "path">) };
  const seen = new Set<string>();
  index.provisions.forEach((p, i) => {
    if (seen.has(p.id)) diagnostics.push(diagnostic("RW051-schema-violation", `$.provisions[${i}].id: '${p.id}' is given twice: ids must be unique`, spanOfPath(yaml, ["provisions", i, "id"]), path));
    seen.add(p.id);
  });
  return index;
}
