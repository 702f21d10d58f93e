/**
 * Every view has its own URL, so a link can be shared: `/` the versions, `/edit/<set>/<year>` a
 * version's articles, `/edit/<set>/<year>/art-22` an article with its files (`?faculty=IIW`
 * filters), `/edit/<set>/<year>/<path>.yaml` a file's editor, `/proposals/<id>` a proposed deviation.
 */
export type Route =
  | { readonly view: "versions" }
  | { readonly view: "version"; readonly set: string; readonly year: string }
  | { readonly view: "article"; readonly set: string; readonly year: string; readonly folder: string; readonly faculty: string | null }
  | { readonly view: "file"; readonly set: string; readonly year: string; readonly path: string }
  | { readonly view: "proposal"; readonly id: number };

export function routeOf(url: URL): Route {
  const parts = url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
  if (parts[0] === "proposals" && parts.length === 2 && /^\d+$/.test(parts[1]!)) return { view: "proposal", id: Number(parts[1]) };
  if (parts[0] !== "edit" || parts.length < 3) return { view: "versions" };
  const [, set, year, ...rest] = parts as [string, string, string, ...string[]];
  if (rest.length === 0) return { view: "version", set, year };
  const path = rest.join("/");
  if (/\.(ya?ml|json)$/.test(path)) return { view: "file", set, year, path };
  return { view: "article", set, year, folder: path, faculty: url.searchParams.get("faculty") };
}

export function urlOf(route: Route): string {
  switch (route.view) {
    case "versions":
      return "/";
    case "version":
      return `/edit/${route.set}/${route.year}`;
    case "article":
      return `/edit/${route.set}/${route.year}/${route.folder}${route.faculty ? `?faculty=${encodeURIComponent(route.faculty)}` : ""}`;
    case "file":
      return `/edit/${route.set}/${route.year}/${route.path}`;
    case "proposal":
      return `/proposals/${route.id}`;
  }
}
