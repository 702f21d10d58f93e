/**
 * The "Changes" tab: before saving, what the draft changes against the version in force — the
 * structural diff (as `regelwerk diff` prints it) and, on a generated cohort of the file's faculty,
 * per decision how many students move from which outcome to which. Computed in the worker.
 */
import type { Lang } from "../../dsl/index.js";
import { h } from "./dom.js";
import type { SaveWords } from "./saving/words.js";
import type { WorkerClient } from "./worker-client.js";

/** Large enough to reach the edges the cohort generator aims at, small enough to answer in a second or two. */
export const DRAFT_COHORT = 500;

export async function changesView(worker: WorkerClient, uri: string, stored: string | null, lang: Lang, w: SaveWords): Promise<HTMLElement> {
  const changes = await worker.call("draftChanges", uri, stored, lang, DRAFT_COHORT, 1);
  const behaviour = changes.behaviour;
  return h(
    "section",
    { class: "changes", "aria-labelledby": "changes-title" },
    h("h2", { id: "changes-title" }, w.changes),
    h("p", {}, w.changesIntro),
    h("h3", {}, w.structural),
    changes.structural ? h("pre", { class: "structural-diff", id: "structural-diff" }, changes.structural) : h("p", { id: "structural-diff" }, w.noStructural),
    h("h3", {}, w.behaviour),
    changes.problem ? h("p", { class: "bad", role: "alert" }, changes.problem) : null,
    behaviour
      ? h(
          "div",
          { id: "behaviour-diff" },
          h("p", {}, `${behaviour.students} ${w.cohortOf}${behaviour.faculty ? ` ${w.ofFaculty} ${behaviour.faculty}` : ""}${behaviour.article ? `; ${w.decisionsOf} ${behaviour.article}` : ""}`),
          behaviour.decisions.length === 0
            ? h("p", { class: "good" }, w.noBehaviour)
            : h(
                "table",
                { class: "transitions" },
                h("thead", {}, h("tr", {}, h("th", {}, w.behaviour), h("th", {}, w.from), h("th", {}, w.to), h("th", {}, w.count))),
                h(
                  "tbody",
                  {},
                  ...behaviour.decisions.flatMap((d) =>
                    d.transitions
                      .filter((t) => t.from !== t.to)
                      .map((t) => h("tr", { "data-decision": d.decision }, h("td", {}, h("code", {}, d.decision)), h("td", {}, t.from), h("td", {}, t.to), h("td", { class: "count" }, String(t.count)))),
                  ),
                ),
              ),
        )
      : null,
  );
}
