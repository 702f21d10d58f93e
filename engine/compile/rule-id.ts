/** The one name of a rule, for coverage: the file and line it is written on. */
import type { SourceRef } from "../runtime/index.js";

export function ruleId(source: SourceRef): string {
  return `${source.file}:${source.line}`;
}
