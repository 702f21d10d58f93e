/**
 * The first text of a faculty's new file on an article (`art-22/let.yaml` when LET has none yet):
 * the article, the kind and the scope filled in, the rest for the author. It exists on the server
 * only once saved (`If-None-Match: *`), and the server checks it like any save.
 */
export function newFileText(article: number | string | undefined, generalTitle: string | undefined, faculty: string): string {
  return [
    `article: ${article ?? ""}`,
    `title: ${JSON.stringify(`${generalTitle ?? ""} — ${faculty}`)}`,
    "kind: supplement",
    "scope:",
    `  faculty: ${faculty}`,
    "source:",
    `  document: ""`,
    `  section: ""`,
    "provisions: []",
    "rules: |",
    "",
    "tests: []",
    "",
  ].join("\n");
}

/** The faculty a new file's name gives (`let.yaml` → LET), as the article view links it. */
export function facultyOfNewFile(path: string): string {
  return (path.split("/").at(-1) ?? "").replace(/\.ya?ml$/, "").toUpperCase();
}
