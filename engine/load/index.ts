/** The load stage's door: regulation folders, files and student contexts read into plain data. */
export { findVersionDirs, layerOf, loadAll, loadFileText, loadVersion, regulationPaths, schemaDiagnostics } from "./load-version.js";
export { dirname, join, memoryFileSystem, relative, type FileSystem } from "./file-system.js";
export { articleLabel } from "./model.js";
export { originOf, type Origin } from "./origin.js";
export type { CalendarEntry, CalendarRule, ContextExtension, ExpectedDecision, FileMeta, GlossaryTerm, IndexedProvision, Layer, LoadedFile, LoadedVersion, Manifest, Provision, ProvisionsIndex, TestCase } from "./model.js";
export { contextProblems, parseContextFile, readContexts, type ContextLoad } from "./context.js";
export { AJV_OPTIONS, DATE_FORMAT, FILE_SCHEMAS, contextSchema, contextSchemaKey, contextValidator, mergedContextSchema, schemaProblems, usePrecompiledValidators, validatorFor, type PrecompiledValidators, type SchemaProblem } from "./schemas.js";
export { blockOrigin, blockStyleProblem, nodeAt, readYaml, spanAt, spanOfPath, yamlOf, type YamlSource } from "./yaml-source.js";
