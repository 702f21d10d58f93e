/**
 * One place that names a rule: a rule's id is its file and the line it starts on in that file. The
 * compiler gives compiled rules this id and test coverage counts rules by it, so both use this.
 */
export function ruleId(path: string, line: number): string {
  return `${path}:${line}`;
}
