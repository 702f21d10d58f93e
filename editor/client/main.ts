/**
 * The editor's start: read the versions from the server, give the language-service worker the files
 * of the version a file belongs to (with the versions it uses), and show the view the URL names; in-app links and the language switch change the
 * view without reloading the page (the worker and its checked versions stay).
 */
import { parse as parseYaml } from "yaml";
import { fetchFile, fetchVersions, uriOf, type VersionEntry } from "./api.js";
import { articleView, versionView, versionsView } from "./browse.js";
import { h, link } from "./dom.js";
import { fileView, type FileView } from "./file-view.js";
import { newFacultyFileFrom } from "./form/new-file.js";
import { chooseLang, currentLang, words } from "./i18n.js";
import { RuleLanguage } from "./language.js";
import { routeOf, urlOf, type Route } from "./routes.js";
import { WorkerClient } from "./worker-client.js";
import "./style.css";

const worker = new WorkerClient();
let lang = currentLang();
const language = new RuleLanguage(worker, lang);
const versions = fetchVersions();
let current: FileView | null = null;

const loaded = new Map<string, Promise<void>>();

async function fetchAll(version: VersionEntry): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  await Promise.all(version.files.map(async (f) => {
    files[uriOf(version.set, version.year, f.path)] = (await fetchFile(version.set, version.year, f.path)).content;
  }));
  return files;
}

/** A version's files into the worker, after those of the versions it uses (its manifest's `uses`). */
function loadVersion(all: readonly VersionEntry[], set: string, year: string): Promise<void> {
  const key = `${set}/${year}`;
  const existing = loaded.get(key);
  if (existing) return existing;
  const version = all.find((v) => v.set === set && v.year === year);
  if (!version) return Promise.resolve();
  // The worker is told at once, so that requests wait for these files (and those of the used versions).
  const loading = worker.load((async () => {
    const files = await fetchAll(version);
    const manifest = parseYaml(files[uriOf(set, year, "manifest.yaml")] ?? "") as { uses?: { set: string; version: string }[] } | null;
    for (const used of manifest?.uses ?? []) await loadVersion(all, used.set, used.version);
    return files;
  })());
  loaded.set(key, loading);
  return loading;
}

function breadcrumbs(route: Route, all: readonly VersionEntry[]): HTMLElement {
  const w = words(lang);
  const crumbs: (Node | string)[] = [link("/", w.versions)];
  if (route.view !== "versions") {
    const version = all.find((v) => v.set === route.set && v.year === route.year);
    crumbs.push(" › ", link(urlOf({ view: "version", set: route.set, year: route.year }), version?.title ?? `${route.set} ${route.year}`));
    const folder = route.view === "article" ? route.folder : route.view === "file" && route.path.includes("/") ? route.path.split("/")[0]! : null;
    if (folder) crumbs.push(" › ", link(urlOf({ view: "article", set: route.set, year: route.year, folder, faculty: null }), folder));
    if (route.view === "file") crumbs.push(" › ", route.path.split("/").at(-1)!);
  }
  return h("nav", { "aria-label": "breadcrumbs", class: "crumbs" }, ...crumbs);
}

function languageSwitch(): HTMLElement {
  const other = lang === "nl" ? "en" : "nl";
  return h("button", {
    type: "button",
    id: "language-switch",
    lang: other,
    "aria-label": other === "en" ? "Switch to English" : "Schakel naar Nederlands",
    onclick: () => {
      chooseLang(other);
      lang = other;
      language.lang = other;
      void show();
    },
  }, other === "en" ? "English" : "Nederlands");
}

async function show(): Promise<void> {
  const route = routeOf(new URL(location.href));
  const w = words(lang);
  document.documentElement.lang = lang;
  current?.dispose();
  current = null;
  const all = await versions;
  const header = h("header", { class: "top" }, h("a", { href: "/", "data-link": true, class: "brand" }, w.app), breadcrumbs(route, all), languageSwitch());
  const main = h("main", { id: "content" }, h("p", {}, w.loading));
  document.body.replaceChildren(header, main);
  const version = route.view === "versions" ? null : all.find((v) => v.set === route.set && v.year === route.year);
  if (route.view === "versions") main.replaceChildren(versionsView(all, w));
  else if (!version) main.replaceChildren(h("p", { role: "alert" }, `${route.set} ${route.year}?`));
  else if (route.view === "version") main.replaceChildren(versionView(version, w));
  else if (route.view === "article") main.replaceChildren(await articleView(version, route.folder, route.faculty, w));
  else {
    // The text is shown and can be edited at once; the language service answers once its version is in.
    void loadVersion(all, route.set, route.year);
    const stored = await fetchFile(route.set, route.year, route.path).catch(async (error: unknown) => {
      // `?new`: a faculty file that does not exist yet, drafted from the article's general text.
      const general = version.files.find((f) => f.kind === "general" && f.path.startsWith(`${route.path.split("/")[0]}/`));
      const faculty = route.path.split("/").at(-1)!.replace(/\.yaml$/, "").toUpperCase();
      if (!new URL(location.href).searchParams.has("new") || !general) throw error;
      return { content: newFacultyFileFrom((await fetchFile(route.set, route.year, general.path)).content, faculty), hash: "" };
    });
    current = await fileView(worker, language, uriOf(route.set, route.year, route.path), stored, lang, w);
    main.replaceChildren(current.element);
  }
  document.body.dataset["ready"] = "true";
}

function navigate(url: string): void {
  history.pushState(null, "", url);
  void show();
}

document.addEventListener("click", (event) => {
  const a = (event.target as Element).closest("a[data-link]");
  if (!a || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  navigate(a.getAttribute("href")!);
});
window.addEventListener("navigate", (event) => navigate((event as CustomEvent<string>).detail));
window.addEventListener("popstate", () => void show());
void show();
