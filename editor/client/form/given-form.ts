/**
 * A test's given facts as a form generated from the context schema: a group per object (the
 * student, the enrolment, its programme), a list of groups per list of objects (the courses, the
 * other enrolments) with add and remove, and per fact a control fitting its type — yes/no, a number
 * with its unit, a date, a choice from the enumeration, a text. Only the facts the test gives are
 * shown; "add a fact" offers the others. A fact the schema does not know is shown read-only.
 */
import { stringify } from "yaml";
import { h } from "../dom.js";
import type { Words } from "../i18n.js";
import { typeOf, type SchemaNode } from "../worker/facts.js";
import { button, chooser, idOf, input, select } from "./controls.js";

type Json = Record<string, unknown>;
type Path = readonly (string | number)[];

export interface GivenFormOptions {
  readonly id: string;
  readonly schema: SchemaNode;
  readonly given: Json;
  readonly w: Words;
  /** A change of the given as it is now; `structural` when a fact or an element was added or removed (the form is drawn again). */
  readonly onChange: (change: (given: Json) => Json, structural: boolean) => void;
}

const UNIT_LABEL: Record<string, string> = { sp: "sp", percent: "%", hours: "uren", days: "dagen" };

function setAt(root: Json, path: Path, value: unknown): Json {
  const out = structuredClone(root);
  let at: Record<string | number, unknown> = out;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === undefined) {
    if (Array.isArray(at)) at.splice(Number(last), 1);
    else delete at[last];
  } else at[last] = value;
  return out;
}

function valueAt(root: Json, path: Path): unknown {
  let at: unknown = root;
  for (const key of path) at = (at as Record<string | number, unknown> | undefined)?.[key];
  return at;
}

/** A value to start a new fact with: the first of its enumeration, no, 0, today's year's first day, {}. */
export function initialValue(node: SchemaNode): unknown {
  const type = typeOf(node);
  if (node.enum?.length) return node.enum[0];
  if (type === "boolean") return false;
  if (type === "number" || type === "integer") return 0;
  if (type === "string" && node.format === "date") return "2020-10-01";
  if (type === "array") return [];
  if (type === "object" || node.properties) return {};
  return "";
}

export function givenForm(o: GivenFormOptions): HTMLElement {
  const { w } = o;
  const change = (path: Path, value: unknown, structural = false) => o.onChange((given) => setAt(given, path, value), structural);

  function leaf(node: SchemaNode, path: Path, value: unknown): HTMLElement {
    const id = idOf(o.id, ...path);
    const type = typeOf(node);
    let control: HTMLElement;
    if (type === "boolean") control = select([{ value: "true", label: w.yes }, { value: "false", label: w.no }], String(value), (v) => change(path, v === "true"));
    else if (node.enum) control = select(node.enum.map((v) => ({ value: String(v), label: String(v) })), String(value), (v) => change(path, v));
    else if (type === "number" || type === "integer") control = input(String(value ?? ""), (v) => v.trim() !== "" && Number.isFinite(Number(v)) && change(path, Number(v)), "number");
    else if (type === "string" && node.format === "date") control = input(String(value ?? ""), (v) => v && change(path, v), "date");
    else if (type === "array" && !node.items?.properties) control = input(Array.isArray(value) ? value.join(", ") : "", (v) => change(path, v.split(",").map((s) => s.trim()).filter(Boolean)));
    else control = input(String(value ?? ""), (v) => change(path, v));
    control.id = id;
    if (type === "number" || type === "integer") control.setAttribute("step", "any");
    const unit = node["x-unit"] ? h("span", { class: "unit" }, UNIT_LABEL[node["x-unit"]] ?? node["x-unit"]) : null;
    const name = String(path.at(-1));
    return h(
      "div",
      { class: "fact" },
      h("label", { for: id, title: node["x-description-nl"] ?? node.description ?? "" }, name),
      control,
      unit,
      button(`${id}-remove`, "×", () => change(path, undefined, true), `${w.removeFact} ${name}`),
    );
  }

  function unknownFact(path: Path, value: unknown): HTMLElement {
    const name = String(path.at(-1));
    return h(
      "div",
      { class: "fact unknown" },
      h("span", {}, `${name} (${w.notInSchema}): `),
      h("code", {}, stringify(value, { flowCollectionPadding: true }).trim()),
      button(`${idOf(o.id, ...path)}-remove`, "×", () => change(path, undefined, true), `${w.removeFact} ${name}`),
    );
  }

  function object(node: SchemaNode, path: Path, value: Json, legend: string): HTMLElement {
    const props = node.properties ?? {};
    const present = Object.keys(value);
    const rows = present.map((key) => {
      const child = props[key];
      const childPath = [...path, key];
      if (!child) return unknownFact(childPath, value[key]);
      return member(child, childPath, value[key]);
    });
    const absent = Object.keys(props).filter((k) => !present.includes(k));
    const adder =
      absent.length > 0
        ? h(
            "div",
            { class: "add-fact" },
            chooser(idOf(o.id, ...path, "add"), `${w.addFact} (${legend})`, absent.map((k) => ({ value: k, label: k })), (k) => change([...path, k], initialValue(props[k]!), true)),
          )
        : null;
    return h("fieldset", { class: "facts", id: idOf(o.id, ...path) }, h("legend", {}, legend), ...rows, adder);
  }

  function list(node: SchemaNode, path: Path, value: unknown[]): HTMLElement {
    const items = node.items ?? {};
    const name = String(path.at(-1));
    return h(
      "fieldset",
      { class: "facts list" },
      h("legend", {}, name),
      ...value.map((item, i) =>
        h(
          "div",
          { class: "element" },
          object(items, [...path, i], (typeof item === "object" && item ? item : {}) as Json, `${name} ${i + 1}`),
          button(idOf(o.id, ...path, i, "remove"), `${w.removeElement} ${i + 1}`, () => change([...path, i], undefined, true)),
        ),
      ),
      button(idOf(o.id, ...path, "append"), `${w.addElement} (${name})`, () => o.onChange((given) => setAt(given, path, [...((valueAt(given, path) as unknown[]) ?? []), initialValue(items)]), true)),
      button(idOf(o.id, ...path, "remove-list"), `${w.removeFact} ${name}`, () => change(path, undefined, true)),
    );
  }

  function member(node: SchemaNode, path: Path, value: unknown): HTMLElement {
    const type = typeOf(node);
    if (node.properties && typeof value === "object" && value !== null && !Array.isArray(value)) return object(node, path, value as Json, String(path.at(-1)));
    if (type === "array" && node.items?.properties && Array.isArray(value)) return list(node, path, value);
    if (node.properties || (type === "array" && node.items?.properties)) return unknownFact(path, value);
    return leaf(node, path, value);
  }

  return object(o.schema, [], o.given, w.given);
}
