/** A proposed deviation (`/proposals/<id>`): whose, for which file, its state and the text it proposes. */
import { fetchProposal } from "../api.js";
import { h, link } from "../dom.js";
import { urlOf } from "../routes.js";
import type { SaveWords } from "./words.js";

export async function proposalView(id: number, w: SaveWords): Promise<HTMLElement> {
  const p = await fetchProposal(id);
  const [set = "", year = "", ...rest] = p.file.split("/");
  return h(
    "section",
    { class: "proposal", "aria-labelledby": "proposal-title" },
    h("h1", { id: "proposal-title" }, `${w.proposal} ${p.id}: `, link(urlOf({ view: "file", set, year, path: rest.join("/") }), p.file)),
    h("p", {}, `${w.state}: `, h("strong", { id: "proposal-state" }, w[p.state]), ` — ${p.user}, ${new Date(p.at).toLocaleString()}`, p.decided_by ? ` · ${w.by} ${p.decided_by}${p.reference ? ` (${p.reference})` : ""}` : ""),
    h("pre", { class: "proposal-text" }, p.content ?? ""),
  );
}
