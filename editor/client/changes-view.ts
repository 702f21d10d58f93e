/**
 * The "Changes" tab: before saving, what the draft changes against the version in force — the
 * structural diff (as `regelwerk diff` prints it) and, on a generated cohort of the file's faculty,
 * for every decision of the version (other articles read this one's decisions and parameters) how
 * many students move from which outcome to which, which students, and the first of them explained
 * before and after. Computed in the worker, within a time budget.
 */
import type { Lang } from "../../dsl/index.js";
import { h } from "./dom.js";
import type { SaveWords } from "./saving/words.js";
import type { WorkerClient } from "./worker-client.js";

/** Large enough to reach the edges the cohort generator aims at, small enough to answer in a second or two. */
export const DRAFT_COHORT = 500;
/** The worker stops evaluating students after this long, and says how many it evaluated. */
export const DRAFT_BUDGET_MS = 8000;

export async function changesView(worker: WorkerClient, uri: string, stored: string | null, lang: Lang, w: SaveWords): Promise<HTMLElement> {
  const changes = await worker.call("draftChanges", uri, stored, lang, DRAFT_COHORT, 1, DRAFT_BUDGET_MS);
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
          h("p", {}, `${behaviour.cohort} ${w.cohortOf}${behaviour.faculty ? ` ${w.ofFaculty} ${behaviour.faculty}` : ""}; ${w.allDecisions}`),
          behaviour.stopped ? h("p", { class: "bad", id: "behaviour-stopped" }, w.stoppedAfter(behaviour.students, behaviour.cohort, behaviour.budgetMs / 1000)) : null,
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
          ...behaviour.decisions.map((d) =>
            h(
              "details",
              { class: "changed-decision", "data-decision": d.decision },
              h("summary", {}, h("code", {}, d.decision), ` — ${d.students.length} ${w.changingStudents}: ${d.students.join(", ")}`),
              d.example
                ? h(
                    "div",
                    { class: "example" },
                    h("p", {}, `${w.exampleStudent} ${d.example.student}`),
                    h("h4", {}, w.inForce),
                    h("pre", { class: "explanation before" }, d.example.before),
                    h("h4", {}, w.inDraft),
                    h("pre", { class: "explanation after" }, d.example.after),
                  )
                : null,
            ),
          ),
        )
      : null,
  );
}
