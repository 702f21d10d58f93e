/**
 * A manifest moved to another academic year: its year (and the year in its title), status draft,
 * the predecessor it was made from, and its calendar moved point by point (calendar-shift.ts),
 * edited in the YAML document so its comments and the order of its fields stay.
 */
import { isMap, isScalar, type Document, type Node, type YAMLMap } from "yaml";
import { readYaml } from "../load/index.js";
import type { ShiftedPoint } from "./calendar-shift.js";

function setScalar(map: YAMLMap, key: string, value: unknown, doc: Document, after?: string): void {
  const node = map.get(key, true) as Node | undefined;
  if (isScalar(node)) {
    node.value = value;
    return;
  }
  const pair = doc.createPair(key, value);
  const at = after === undefined ? -1 : map.items.findIndex((p) => isScalar(p.key) && p.key.value === after);
  if (at >= 0) map.items.splice(at + 1, 0, pair);
  else map.items.push(pair);
}

export function moveManifestText(path: string, text: string, fromYear: string, toYear: string, points: readonly ShiftedPoint[]): string {
  const { doc } = readYaml(path, text);
  const root = doc.contents;
  if (!isMap(root)) return text;
  const title = root.get("title");
  if (typeof title === "string") setScalar(root, "title", title.split(fromYear).join(toYear), doc);
  setScalar(root, "academic_year", toYear, doc);
  // A new year's version is a draft until the Academic Council approves it.
  setScalar(root, "status", "draft", doc);
  setScalar(root, "predecessor", fromYear, doc, "status");
  const calendar = root.get("calendar", true);
  if (isMap(calendar)) {
    for (const point of points) {
      const entry = calendar.get(point.name, true);
      if (!isMap(entry)) continue;
      setScalar(entry, "date", point.new, doc);
      setScalar(entry, "not_in_seeds", true, doc);
      if (point.to_confirm) setScalar(entry, "to_confirm", point.to_confirm, doc);
      else entry.delete("to_confirm");
    }
  }
  return doc.toString({ lineWidth: 0 });
}
