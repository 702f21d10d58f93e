/** A small element builder: the editor's views are plain DOM, built by functions. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string | boolean | ((e: Event) => void)>> = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (typeof value === "function") el.addEventListener(key.replace(/^on/, ""), value);
    else if (value === true) el.setAttribute(key, "");
    else if (typeof value === "string") el.setAttribute(key, value);
  }
  for (const child of children) if (child) el.append(child);
  return el;
}

/** An in-app link: followed without reloading the page (see main.ts). */
export function link(href: string, ...children: (Node | string)[]): HTMLAnchorElement {
  return h("a", { href, "data-link": true }, ...children);
}
