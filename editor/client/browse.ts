/**
 * Finding one's texts: the versions, a version's articles, and an article with its general text and
 * every faculty, campus and programme file on it — supplement or deviation, the points the article
 * opens to faculties — filtered to one faculty if asked.
 */
import { parse as parseYaml } from "yaml";
import type { Lang } from "../../dsl/index.js";
import type { FileEntry as VersionFile, UserInfo, VersionEntry } from "../protocol.js";
import { fetchFile } from "./api.js";
import { h, link } from "./dom.js";
import type { Words } from "./i18n.js";
import { urlOf } from "./routes.js";
import { newFileForm } from "./new-file.js";

export function versionsView(versions: readonly VersionEntry[], w: Words): HTMLElement {
  return h(
    "section",
    { "aria-labelledby": "versions-title" },
    h("h1", { id: "versions-title" }, w.versions),
    h("ul", { class: "cards" }, ...versions.map((v) => h("li", {}, link(urlOf({ view: "version", set: v.set, year: v.year }), `${v.title} `, h("small", {}, `${v.set} · ${v.year}`))))),
  );
}

export interface Article {
  readonly folder: string;
  readonly general: VersionFile | null;
  readonly files: readonly VersionFile[];
}

/** The version's files grouped by the folder they live in (`art-22/…`); files at the top are their own group. */
export function articlesOf(version: VersionEntry): Article[] {
  const byFolder = new Map<string, VersionFile[]>();
  for (const file of version.files) {
    if (file.kind === "data") continue;
    const folder = file.path.includes("/") ? file.path.slice(0, file.path.indexOf("/")) : file.path;
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), file]);
  }
  return [...byFolder.entries()].map(([folder, files]) => ({ folder, general: files.find((f) => f.kind === "general") ?? null, files }));
}

export function versionView(version: VersionEntry, w: Words): HTMLElement {
  return h(
    "section",
    { "aria-labelledby": "articles-title" },
    h("h1", { id: "articles-title" }, `${version.title} — ${w.articles}`),
    h(
      "ul",
      { class: "cards" },
      ...articlesOf(version).map((a) =>
        h(
          "li",
          {},
          link(
            a.folder.endsWith(".yaml") ? urlOf({ view: "file", set: version.set, year: version.year, path: a.folder }) : urlOf({ view: "article", set: version.set, year: version.year, folder: a.folder, faculty: null }),
            `${a.general?.article !== undefined && a.general?.article !== null ? `${w.article} ${a.general.article}: ` : ""}${a.general?.title ?? a.files[0]?.title ?? a.folder} `,
            h("small", {}, `${a.files.length} ${a.files.length === 1 ? "file" : "files"}`),
          ),
        ),
      ),
    ),
  );
}

function facultyOf(file: VersionFile): string {
  return [file.faculty, file.campus, ...(file.programmes ?? [])].filter(Boolean).join(" · ");
}

export async function articleView(version: VersionEntry, folder: string, faculty: string | null, w: Words, user: UserInfo | null, lang: Lang): Promise<HTMLElement> {
  const article = articlesOf(version).find((a) => a.folder === folder);
  if (!article) return h("p", { role: "alert" }, `${folder}?`);
  const openTo = article.general ? openToFaculties((await fetchFile(version.set, version.year, article.general.path))?.content ?? "") : [];
  const faculties = [...new Set(article.files.map((f) => f.faculty).filter((f): f is string => Boolean(f)))].sort();
  const shown = article.files.filter((f) => f.kind === "general" || !faculty || f.faculty === faculty);
  const select = h(
    "select",
    { id: "faculty-filter" },
    h("option", { value: "" }, w.allFaculties),
    ...faculties.map((f) => h("option", { value: f, ...(f === faculty ? { selected: true } : {}) }, f)),
  );
  select.addEventListener("change", () => {
    const url = urlOf({ view: "article", set: version.set, year: version.year, folder, faculty: select.value || null });
    window.dispatchEvent(new CustomEvent("navigate", { detail: url }));
  });
  return h(
    "section",
    { "aria-labelledby": "article-title" },
    h("h1", { id: "article-title" }, `${w.article} ${article.general?.article ?? folder}: ${article.general?.title ?? ""}`),
    h("p", {}, h("label", { for: "faculty-filter" }, `${w.filterFaculty} `), select),
    article.general ? newFileForm(version, folder, article.files, user, openTo, w, lang) : null,
    openTo.length > 0 ? h("section", { class: "open-to", "aria-label": w.openTo }, h("h2", {}, w.openTo), h("ul", {}, ...openTo.map((name) => h("li", {}, h("code", {}, name))))) : null,
    h(
      "table",
      { class: "files" },
      h("thead", {}, h("tr", {}, h("th", {}, w.kind), h("th", {}, w.scope), h("th", {}, w.title))),
      h(
        "tbody",
        {},
        ...shown.map((f) =>
          h(
            "tr",
            { class: `kind-${f.kind}` },
            h("td", {}, h("span", { class: `badge ${f.kind}` }, f.kind === "general" ? w.general : f.kind === "deviation" ? w.deviation : w.supplement)),
            h("td", {}, facultyOf(f)),
            h("td", {}, link(urlOf({ view: "file", set: version.set, year: version.year, path: f.path }), f.title ?? f.path)),
          ),
        ),
      ),
    ),
  );
}

/** The names a general text leaves open for faculties to supplement (`open_to_faculties`). */
export function openToFaculties(yamlText: string): string[] {
  const data = parseYaml(yamlText) as { open_to_faculties?: unknown } | null;
  return Array.isArray(data?.open_to_faculties) ? data.open_to_faculties.map(String) : [];
}
