/**
 * The editor's start: the session (or the sign-in form: the server answers nothing without one),
 * the versions from the server, the files of the version a file belongs to (with the versions it
 * uses) into the language-service worker, and the view the URL names; in-app links and the
 * language switch change the view without reloading the page (the worker and its checked versions
 * stay). Leaving a file with unsaved changes asks first.
 */
import { parse as parseYaml } from "yaml";
import type { SessionResponse, VersionEntry } from "../protocol.js";
import { currentSession, fetchFile, fetchVersionFiles, fetchVersions, uriOf } from "./api.js";
import { articleView, versionView, versionsView } from "./browse.js";
import { h, link } from "./dom.js";
import type { FileView } from "./file-view.js";
import { newFileKind } from "./new-file.js";
import { chooseLang, currentLang, words } from "./i18n.js";
import { routeOf, urlOf, type Route } from "./routes.js";
import { loginView, sessionBadge } from "./saving/login-view.js";
import { proposalView } from "./saving/proposal-view.js";
import { saveWords } from "./saving/words.js";
import { WorkerClient } from "./worker-client.js";
import "./style.css";

const worker = new WorkerClient();
let lang = currentLang();
/** monaco and the file view, fetched only for a file's editor (started at once when the address is one). */
let fileEditor: Promise<typeof import("./file-editor.js")> | null = null;
const loadFileEditor = () => (fileEditor ??= import("./file-editor.js"));
if (routeOf(new URL(location.href)).view === "file") void loadFileEditor();
let session: Promise<SessionResponse | null> = currentSession().catch(() => null);
/** Asked at once, beside the session: with a session cookie (the usual case) it is one round trip less. */
let versions: Promise<VersionEntry[]> | null = fetchVersions();
versions.catch(() => (versions = null));
let current: FileView | null = null;
/** The address of the view on screen (to put back when leaving it is cancelled). */
let shown = location.href;

const loaded = new Map<string, Promise<void>>();

/** A version's files by workspace URI, in one request. */
async function fetchAll(version: VersionEntry): Promise<Record<string, string>> {
  const byPath = await fetchVersionFiles(version.set, version.year);
  return Object.fromEntries(Object.entries(byPath).map(([path, text]) => [uriOf(version.set, version.year, path), text]));
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
  if (route.view !== "versions" && route.view !== "proposal") {
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
      if (!mayLeave()) return;
      chooseLang(other);
      lang = other;
      void show();
    },
  }, other === "en" ? "English" : "Nederlands");
}

async function show(): Promise<void> {
  const route = routeOf(new URL(location.href));
  shown = location.href;
  const w = words(lang);
  const sw = saveWords(lang);
  document.documentElement.lang = lang;
  current?.dispose();
  current = null;
  const signedIn = await session;
  if (!signedIn) {
    const header = h("header", { class: "top" }, h("span", { class: "brand" }, w.app), h("span", { class: "crumbs" }), languageSwitch());
    document.body.replaceChildren(header, h("main", { id: "content" }, loginView(sw, (s) => {
      session = Promise.resolve(s);
      versions = null;
      void show();
    })));
    document.body.dataset["ready"] = "true";
    return;
  }
  // A file's text is fetched while the versions are.
  const storedFile = route.view === "file" ? fetchFile(route.set, route.year, route.path) : null;
  versions ??= fetchVersions();
  const all = await versions;
  const signOut = () => {
    session = Promise.resolve(null);
    versions = null;
    void show();
  };
  const header = h("header", { class: "top" }, h("a", { href: "/", "data-link": true, class: "brand" }, w.app), route.view === "proposal" ? h("span", { class: "crumbs" }) : breadcrumbs(route, all), sessionBadge(signedIn, sw, signOut), languageSwitch());
  const main = h("main", { id: "content" }, h("p", {}, w.loading));
  document.body.replaceChildren(header, main);
  if (route.view === "proposal") {
    main.replaceChildren(await proposalView(route.id, sw));
    document.body.dataset["ready"] = "true";
    return;
  }
  const version = route.view === "versions" ? null : all.find((v) => v.set === route.set && v.year === route.year);
  if (route.view === "versions") main.replaceChildren(versionsView(all, w));
  else if (!version) main.replaceChildren(h("p", { role: "alert" }, `${route.set} ${route.year}?`));
  else if (route.view === "version") main.replaceChildren(versionView(version, w));
  else if (route.view === "article") main.replaceChildren(await articleView(version, route.folder, route.faculty, w, signedIn.user, lang));
  else {
    // The text is shown and can be edited at once; the language service answers once its version is in.
    void loadVersion(all, route.set, route.year);
    const stored = await storedFile;
    const uri = uriOf(route.set, route.year, route.path);
    // A file not on the server is a new faculty file: the skeleton of `regelwerk new supplement` (new-file.ts).
    const initial = stored ? stored.content : await worker.call("newFacultyFile", uri, newFileKind(new URL(location.href))).catch((e: Error) => e);
    if (initial instanceof Error) {
      main.replaceChildren(h("p", { role: "alert" }, `${route.path}: ${initial.message}`));
      document.body.dataset["ready"] = "true";
      return;
    }
    const canWrite = signedIn.user.role === "faculty-editor" || signedIn.user.role === "central";
    const editor = await loadFileEditor();
    current = await editor.fileView(worker, editor.ruleLanguage(worker, lang), uri, route, stored, initial, canWrite, lang, w);
    main.replaceChildren(current.element);
  }
  document.body.dataset["ready"] = "true";
}

/** Unsaved changes in the open file: leave only when the author says so. */
function mayLeave(): boolean {
  return !current?.isDirty() || confirm(saveWords(lang).leave);
}

function navigate(url: string): void {
  if (!mayLeave()) return;
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
window.addEventListener("popstate", () => {
  // Back or forward out of unsaved changes: stay (and put the address back) unless the author agrees.
  if (!mayLeave()) return history.pushState(null, "", shown);
  void show();
});
void show();
