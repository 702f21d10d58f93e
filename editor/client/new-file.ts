/**
 * Starting a faculty's new file on an article — the one way to do it: the article's page offers a
 * faculty that has no file there yet (a faculty editor: their own; the central office: any) and
 * the kind; the file's editor opens at `/edit/<set>/<year>/<folder>/<faculty>.yaml?new=<kind>` on
 * the skeleton `regelwerk new supplement` writes (made in the worker, from the checked version:
 * engine/authoring); the file exists only once saved (`If-None-Match: *`), checked like any save.
 */
import type { Lang } from "../../dsl/index.js";
import type { FileEntry, UserInfo, VersionEntry } from "../protocol.js";
import { h } from "./dom.js";
import type { Words } from "./i18n.js";
import { urlOf } from "./routes.js";

/** The faculties as the OER names them (its faculty supplements' headings), for the picker's labels. */
export const FACULTY_NAMES: Readonly<Record<string, { nl: string; en: string }>> = {
  KERK: { nl: "Bijzondere Faculteit Kerkelijk Recht", en: "Faculty of Canon Law" },
  ARCH: { nl: "Faculteit Architectuur", en: "Faculty of Architecture" },
  FABER: { nl: "Faculteit Bewegings- en Revalidatiewetenschappen", en: "Faculty of Movement and Rehabilitation Sciences" },
  BIR: { nl: "Faculteit Bio-ingenieurswetenschappen", en: "Faculty of Bioscience Engineering" },
  FEB: { nl: "Faculteit Economie en Bedrijfswetenschappen", en: "Faculty of Economics and Business" },
  FARM: { nl: "Faculteit Farmaceutische Wetenschappen", en: "Faculty of Pharmaceutical Sciences" },
  MED: { nl: "Faculteit Geneeskunde", en: "Faculty of Medicine" },
  IIW: { nl: "Faculteit Industriële Ingenieurswetenschappen", en: "Faculty of Engineering Technology" },
  ING: { nl: "Faculteit Ingenieurswetenschappen", en: "Faculty of Engineering Science" },
  LET: { nl: "Faculteit Letteren", en: "Faculty of Arts" },
  PPW: { nl: "Faculteit Psychologie en Pedagogische Wetenschappen", en: "Faculty of Psychology and Educational Sciences" },
  LAW: { nl: "Faculteit Rechtsgeleerdheid", en: "Faculty of Law and Criminology" },
  SW: { nl: "Faculteit Sociale Wetenschappen", en: "Faculty of Social Sciences" },
  THEO: { nl: "Faculteit Theologie en Religiewetenschappen", en: "Faculty of Theology and Religious Studies" },
  WET: { nl: "Faculteit Wetenschappen", en: "Faculty of Science" },
  HIW: { nl: "Hoger Instituut voor Wijsbegeerte", en: "Institute of Philosophy" },
};

export type NewFileKind = "supplement" | "deviation";

/** The path of a new faculty file in an article's folder: `art-22/wet.yaml`. */
export function newFilePath(folder: string, faculty: string): string {
  return `${folder}/${faculty.toLowerCase()}.yaml`;
}

/** The editor's address of a new file: the file's own address, marked new with its kind. */
export function newFileUrl(set: string, year: string, folder: string, faculty: string, kind: NewFileKind): string {
  return `${urlOf({ view: "file", set, year, path: newFilePath(folder, faculty) })}?new=${kind}`;
}

/** The kind a new file's address asks for (a supplement unless it says deviation). */
export function newFileKind(url: URL): NewFileKind {
  return url.searchParams.get("new") === "deviation" ? "deviation" : "supplement";
}

/**
 * The faculties this user may start a file for on the article: those without one there, and of
 * those a faculty editor only their own; nobody else writes (viewers, administrators).
 */
export function facultiesFree(files: readonly FileEntry[], folder: string, user: UserInfo | null): string[] {
  const free = Object.keys(FACULTY_NAMES).filter((f) => !files.some((x) => x.faculty === f || x.path === newFilePath(folder, f)));
  if (user?.role === "central") return free;
  if (user?.role === "faculty-editor" && user.faculty) return free.filter((f) => f === user.faculty);
  return [];
}

/**
 * The article page's form. The kind starts as supplement when the general text opens points to
 * faculties (`open_to_faculties`), deviation when it opens none (then a faculty text deviates).
 */
export function newFileForm(version: VersionEntry, folder: string, files: readonly FileEntry[], user: UserInfo | null, openTo: readonly string[], w: Words, lang: Lang): HTMLElement | null {
  const free = facultiesFree(files, folder, user);
  if (free.length === 0) return null;
  const faculty = h("select", { id: "new-file-faculty" }, ...free.map((f) => h("option", { value: f }, `${f} — ${FACULTY_NAMES[f]![lang]}`)));
  const kinds: NewFileKind[] = openTo.length > 0 ? ["supplement", "deviation"] : ["deviation", "supplement"];
  const kind = h("select", { id: "new-file-kind" }, ...kinds.map((k) => h("option", { value: k }, k === "supplement" ? w.supplement : w.deviation)));
  const create = () => window.dispatchEvent(new CustomEvent("navigate", { detail: newFileUrl(version.set, version.year, folder, faculty.value, kind.value as NewFileKind) }));
  return h(
    "form",
    { class: "new-file", "aria-labelledby": "new-file-title", onsubmit: (e: Event) => (e.preventDefault(), create()) },
    h("h2", { id: "new-file-title" }, w.newFile),
    h("label", { for: "new-file-faculty" }, `${w.newFileFaculty} `),
    faculty,
    " ",
    h("label", { for: "new-file-kind" }, `${w.kind} `),
    kind,
    " ",
    h("button", { type: "submit", id: "new-file-create" }, w.newFileCreate),
  );
}
