/**
 * The examples of one regulation file moved to another year, in its YAML text: only the scalars
 * inside `tests` change (the facts given, the expected values, academic years in an example's
 * name), edited where they stand, so the file's quotes, rules, comments and layout stay byte for
 * byte what they were and the structural diff of the two versions shows the examples' dates only.
 */
import { isMap, isScalar, isSeq, visit, type Node, type Scalar } from "yaml";
import { readYaml } from "../load/index.js";
import { moveInText, moveScalar, type DateMap } from "./move-dates.js";

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** `mapFor(i)`: the date map for the file's i-th example. */
export function moveExamplesInText(path: string, text: string, mapFor: (test: number) => DateMap, years: number): string {
  const { doc } = readYaml(path, text);
  if (!isMap(doc.contents)) return text;
  const tests = doc.contents.get("tests", true) as Node | undefined;
  if (!isSeq(tests)) return text;
  const edits: Edit[] = [];
  tests.items.forEach((item, i) => {
    if (!isMap(item)) return;
    const map = mapFor(i);
    const edit = (node: Scalar, moved: (value: string) => string) => {
      if (typeof node.value !== "string" || !node.range) return;
      const next = moved(node.value);
      if (next === node.value) return;
      const [start, end] = node.range;
      const written = text.slice(start, end);
      // Dates and academic years are written without escapes, so the value stands in its source as it is.
      if (written.includes(node.value)) edits.push({ start, end, text: written.split(node.value).join(next) });
      else edits.push({ start, end, text: moveInText(written, map, years) });
    };
    const name = item.get("name", true);
    if (isScalar(name)) edit(name, (v) => moveInText(v, map, years));
    for (const field of ["given", "expect"]) {
      const node = item.get(field, true) as Node | undefined;
      if (!node) continue;
      if (isScalar(node)) {
        edit(node, (v) => moveScalar(v, map, years));
        continue;
      }
      visit(node, {
        Scalar(key, scalar) {
          if (key !== "key") edit(scalar, (v) => moveScalar(v, map, years));
        },
      });
    }
  });
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
