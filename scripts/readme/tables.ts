/** The README's computed tables: what the bundled regulations hold, counted from the files themselves. */
import { openAll } from "../../engine/index.js";
import { nodeFileSystem } from "../../engine/node/index.js";
import type { Tables } from "./excerpts.js";

/** Per version: its files (general texts and faculty files), the provisions quoted and the examples. */
export function encodedTable(root = "regulations"): string {
  const rows = openAll(nodeFileSystem, root).map((v) => {
    const general = v.files.filter((f) => f.meta.kind === "general").length;
    const faculty = v.files.length - general;
    const faculties = new Set(v.files.flatMap((f) => (f.meta.scope?.faculty ? [f.meta.scope.faculty] : []))).size;
    const provisions = v.files.reduce((n, f) => n + f.meta.provisions.length, 0);
    const examples = v.files.reduce((n, f) => n + f.meta.tests.length, 0);
    const facultyText = faculty === 0 ? "" : ` + ${faculty} faculty files (${faculties} ${faculties === 1 ? "faculty" : "faculties"})`;
    return `| \`${v.manifest.id}\` | ${v.manifest.academic_year} | ${v.manifest.status} | ${general} general${facultyText} | ${provisions} | ${examples} |`;
  });
  return ["| set | version | status | files | provisions quoted | examples |", "|---|---|---|---|---|---|", ...rows].join("\n");
}

export const README_TABLES: Tables = { encoded: () => encodedTable() };
