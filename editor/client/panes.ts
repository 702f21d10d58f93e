/**
 * The panes beside a file's text: its tests, run again after every change, with the explanation
 * of each failure; and "try a student" — an example student or facts typed — with the explained
 * decisions of what the file decides or makes exceptions to.
 */
import { parse as parseYaml, parseAllDocuments, stringify } from "yaml";
import type { Lang } from "../../dsl/index.js";
import { h } from "./dom.js";
import type { Words } from "./i18n.js";
import type { WorkerClient } from "./worker-client.js";

const EXAMPLES = import.meta.glob<string>("../../examples/*.yaml", { query: "?raw", import: "default", eager: true });

/** Run `task` once things are quiet for `ms`. */
export function debounce(task: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(task, ms);
  };
}

export function testsPane(worker: WorkerClient, uri: string, lang: Lang, w: Words): { element: HTMLElement; refresh: () => void } {
  const list = h("div", { class: "test-list", "aria-live": "polite" }, w.loading);
  const summary = h("span", { class: "summary" });
  const element = h("section", { class: "pane tests", "aria-labelledby": "tests-title" }, h("h2", { id: "tests-title" }, w.tests, " ", summary), list);
  const run = async () => {
    const tests = await worker.call("fileTests", uri, lang);
    const failed = tests.filter((t) => !t.passed).length;
    summary.textContent = tests.length === 0 ? "" : `${tests.length - failed} ${w.passed}, ${failed} ${w.failed}`;
    summary.className = `summary ${failed > 0 ? "bad" : "good"}`;
    list.replaceChildren(
      tests.length === 0
        ? h("p", {}, w.noTests)
        : h(
            "ul",
            {},
            ...tests.map((t) =>
              h(
                "li",
                { class: t.passed ? "test passed" : "test failed", "data-test": t.name },
                h("span", { class: "mark", "aria-label": t.passed ? w.passed : w.failed }, t.passed ? "✓" : "✗"),
                " ",
                t.name,
                ...t.failures.map((f) =>
                  h("div", { class: "failure" }, h("p", {}, h("code", {}, f.key), `: ${w.expected} ${f.expected}, ${w.actual} ${f.actual}`), h("pre", { class: "explanation" }, f.explanation)),
                ),
              ),
            ),
          ),
    );
  };
  return { element, refresh: debounce(() => void run(), 250) };
}

/** The example students of examples/, one entry per student (a file may hold a list or several documents). */
export function exampleStudents(): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [path, text] of Object.entries(EXAMPLES)) {
    const name = path.replace(/^.*\//, "examples/");
    const docs = parseAllDocuments(text).flatMap((d) => {
      const value = d.toJS() as unknown;
      return Array.isArray(value) ? value : [value];
    });
    docs.forEach((student, i) => {
      if (typeof student === "object" && student !== null) out[docs.length > 1 ? `${name}#${i + 1}` : name] = student as Record<string, unknown>;
    });
  }
  return out;
}

export interface TryStudentPane {
  readonly element: HTMLElement;
  refresh(): void;
  /** Show these facts (typed in the form) and explain them. */
  use(given: Readonly<Record<string, unknown>>): void;
}

const FROM_FORM = "";

export function tryStudentPane(worker: WorkerClient, uri: string, lang: Lang, w: Words): TryStudentPane {
  const names = Object.keys(EXAMPLES).sort();
  const select = h("select", { id: "example-student" }, h("option", { value: FROM_FORM }, w.factsFromForm), ...names.map((n) => h("option", { value: n }, n.replace(/^.*\//, "").replace(/\.yaml$/, ""))));
  const facts = h("textarea", { id: "student-facts", rows: "8", spellcheck: "false" });
  const output = h("pre", { class: "explanation", "aria-live": "polite" });
  const run = async () => {
    let student: unknown;
    try {
      student = parseYaml(facts.value);
    } catch (error) {
      output.textContent = error instanceof Error ? error.message : String(error);
      return;
    }
    if (typeof student !== "object" || student === null) return;
    output.textContent = await worker.call("tryStudent", uri, student as Record<string, unknown>, lang);
  };
  const refresh = debounce(() => void run(), 300);
  const pick = () => {
    if (select.value === FROM_FORM) return;
    facts.value = EXAMPLES[select.value] ?? "";
    refresh();
  };
  select.addEventListener("change", pick);
  facts.addEventListener("input", refresh);
  select.value = names[0] ?? FROM_FORM;
  pick();
  const element = h(
    "section",
    { class: "pane try", "aria-labelledby": "try-title" },
    h("h2", { id: "try-title" }, w.tryStudent),
    h("p", {}, h("label", { for: "example-student" }, `${w.example} `), select),
    h("details", {}, h("summary", {}, w.facts), h("label", { for: "student-facts", class: "sr-only" }, w.facts), facts),
    output,
  );
  return {
    element,
    refresh,
    use(given) {
      select.value = FROM_FORM;
      facts.value = stringify(given, { flowCollectionPadding: true });
      void run();
      element.scrollIntoView({ block: "nearest" });
    },
  };
}

/**
 * Before saving: which examples of the version's other files and which example students change
 * their outcome with the draft (the worker evaluates them against the saved file and the draft).
 */
export function impactPane(worker: WorkerClient, uri: string, saved: string | null, w: Words): { element: HTMLElement; refresh: () => void } {
  const students = exampleStudents();
  const body = h("div", { class: "impact-list", "aria-live": "polite" }, w.loading);
  const element = h("section", { class: "pane impact", "aria-labelledby": "impact-title" }, h("h2", { id: "impact-title" }, w.impactTitle), body);
  const run = async () => {
    const impact = await worker.call("impact", uri, saved, students);
    body.replaceChildren(
      impact.changes.length === 0
        ? h("p", { class: "good" }, w.impactNone)
        : h(
            "ul",
            {},
            ...impact.changes.map((c) =>
              h(
                "li",
                { class: c.breaksTest ? "change bad" : "change", "data-where": c.where },
                h("code", {}, c.where.replace(/^regulations\/[^/]+\/[^/]+\//, "")),
                ` — ${c.name}: `,
                h("code", {}, c.decision),
                ` ${c.before} → ${c.after}`,
                c.breaksTest ? h("strong", {}, ` (${w.breaksTest})`) : null,
              ),
            ),
          ),
      h("p", { class: "hint" }, `${impact.checked} ${w.impactChecked}`),
    );
  };
  return { element, refresh: debounce(() => void run(), 800) };
}
