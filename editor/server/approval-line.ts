/**
 * Writes the approval a deviation cites into its text: the top-level `approval:` line is replaced,
 * or added after `kind:`. The reference is written as a JSON string, which YAML reads as the same
 * string whatever characters it holds; the rest of the file is left exactly as it was.
 */
export function withApproval(text: string, reference: string): string {
  const line = `approval: ${JSON.stringify(reference)}`;
  const lines = text.split("\n");
  const existing = lines.findIndex((l) => /^approval\s*:/.test(l));
  if (existing >= 0) {
    let end = existing + 1;
    while (end < lines.length && /^\s+\S/.test(lines[end]!)) end++; // a value continued on indented lines
    lines.splice(existing, end - existing, line);
  } else {
    const kind = lines.findIndex((l) => /^kind\s*:/.test(l));
    lines.splice(kind >= 0 ? kind + 1 : 0, 0, line);
  }
  return lines.join("\n");
}
