/**
 * A first supplement of the Faculteit Letteren (LET) on art. 22, for the editor's tests. LET has no
 * text on art. 22 in the OER 2020-2021 (the seeds' art. 22 has supplements or deviations of BIR,
 * IIW, HIW, SW, THEO and FEB only) and no file there. The exception is the tests' own, written only
 * into temporary copies, and marked as not from the seeds.
 */
export const LET_22 = "kuleuven-oer/2020-2021/art-22/let.yaml";

// A bachelor: the general rule already allows an advanced master below the minimum ("enkel …
// manama"), so an exception for those would move no generated student in the Changes tab.
export const LET_TEST = "bachelor met 15 sp mag in LET";

export const LET_FILE = `article: 22
title: Regels voor alle studenten — Faculteit Letteren
title_en: Rules for all students — Faculty of Arts
kind: supplement
scope:
  faculty: LET
source:
  document: Regelwerk end-to-end test, not a text of the OER
  section: none; an exception the editor's tests write into a temporary copy
  not_in_seeds: true
provisions:
  - paragraph: §2, test
    quote: Een uitzondering die de test van de editor schrijft.
    not_in_index: the editor's end-to-end test writes it; no text of the OER
rules: |
  exception to art22.minimum_credits:
    allowed if enrolment.programme.kind = "bachelor" "bachelor" / "bachelor"
tests:
  - name: ${LET_TEST}
    given:
      enrolment: { faculty: LET, programme: { kind: bachelor }, contract: diploma, credits_remaining: 60, isp_deviation: false, other_enrolments: [] }
      courses: [{ code: S1, credits: 15 }]
    expect:
      art22.minimum_credits: { outcome: allowed, layer: faculty }
`;
