/** The textual diff the audit log keeps of each change (unified format, 3 lines of context). */
import { createTwoFilesPatch } from "diff";

export function unifiedDiff(file: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, undefined, undefined, { context: 3 });
}
