import { it } from "vitest";
import { loadSet, MANIFEST } from "./engine/regulation-set.js";
import { formatDiagnostic } from "../dsl/diagnostics.js";
const show = (v: any) => console.log(v.diagnostics.map((d: any) => formatDiagnostic(d) + ` [${d.span.start}-${d.span.end}]`).join("\n") || "(none)");
const G = `id: art10
article: 10
title: Minimumgrens
kind: general
source:
  document: Test-OER
  section: art. 10
provisions:
  - paragraph: "§2"
    quote: Ten minste 25 studiepunten.
open_to_faculties: [minimum, minimum_credits]
rules: |
  parameter minimum = 25 sp "ten minste 25 studiepunten"

  decision minimum_credits "Minimumgrens" §2:
    allowed if sum(c.credits for c in courses) >= minimum
    otherwise refused
tests:
  - name: genoeg
    given: { courses: [{ code: C1, credits: 30 }] }
    expect: { minimum_credits: allowed }
`;
it("probe", () => {
  show(loadSet({ "art-10/general.yaml": G }));
  show(loadSet({ "art-10/general.yaml": G.replace("title: Minimumgrens", "title: Minimumgrens\ntitle: Tweede") }));
  show(loadSet({ "art-10/general.yaml": G.replace("title: Minimumgrens", 'title: "Minimumgrens') }));
  show(loadSet({ "art-10/general.yaml": G.replace("title: Minimumgrens", 'title: Minimumgrens: art. 10') }));
  show(loadSet({ "art-10/general.yaml": G.replace("    quote: Ten", '   quote: Ten') }));
  show(loadSet({ "art-10/general.yaml": G.replace("article: 10", "article: [10]").replace("kind: general", "kind: generaal").replace("title:", "titel:") }));
  show(loadSet({ "art-10/general.yaml": G.replace(/rules: \|[\s\S]*tests:/, "tests:") }));
  show(loadSet({ "art-10/general.yaml": G.replace("    quote: Ten minste 25 studiepunten.\n", "") }));
  show(loadSet({ "art-10/general.yaml": G.replace("{ code: C1, credits: 30 }", "{ code: C1, credit: 30 }").replace("expect: { minimum_credits", "expect: { minimum_credit") }));
  show(loadSet({ "art-10/general.yaml": G.replace("{ code: C1, credits: 30 }", '{ code: C1, credits: "dertig" }') }));
  show(loadSet({ "art-10/general.yaml": G }, MANIFEST.replace("status: draft", "status: geldig")));
  show(loadSet({ "art-10/general.yaml": G }, MANIFEST + "uses:\n  - set: leerkrediet\n    version: 2020-2021\n"));
});
