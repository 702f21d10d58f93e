/**
 * Examples moved to another year: each date with the calendar point (or the date the rules compute
 * from it) nearest to it, academic years by the years; only the scalars inside `tests` are edited.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../../dsl/index.js";
import { anchorsOf, byNearestAnchor, moveExamplesInText } from "../../../engine/versioning/index.js";

const rules = parse('decision late "Laat":\n  refused if enrolment.enrolment_date > nth_weekday(calendar.academic_year_start, 3, "wednesday")\n  otherwise allowed\n', "x.yaml").ast;

describe("moving examples", () => {
  const old = { academic_year_start: { date: "2020-09-21" }, refund: { date: "2020-11-30" } };
  const next = { academic_year_start: { date: "2021-09-27" }, refund: { date: "2021-11-30" } };
  const anchors = anchorsOf({ files: [{ ast: rules }] }, old, next);

  it("finds the dates the rules compute from calendar points alone", () => {
    // The third Wednesday from 21 September 2020 is 7 October; from 27 September 2021, 13 October.
    expect(anchors.map((a) => [a.old, a.new - a.old])).toContainEqual([18542, 371]);
  });

  it("moves a date by its nearest anchor, and one far from all by day and month", () => {
    const map = byNearestAnchor(anchors, 1);
    expect(map("2020-10-08")).toBe("2021-10-14");
    expect(map("2020-12-01")).toBe("2021-12-01");
    expect(map("2000-05-17")).toBe("2001-05-17");
  });

  it("edits only the examples' scalars, where they stand", () => {
    const text = [
      "id: art9",
      "title: Inschrijving 2020-2021",
      "rules: |",
      "  decision late:",
      "tests:",
      "  - name: laat in 2020-2021",
      "    given:",
      "      enrolment: { academic_year: 2020-2021, enrolment_date: \"2020-10-08\" }  # the day after",
      "    expect:",
      "      late: { outcome: refused, value: '2020-11-30' }",
      "",
    ].join("\n");
    const moved = moveExamplesInText("x.yaml", text, () => byNearestAnchor(anchors, 1), 1);
    expect(moved.split("\n")).toEqual([
      "id: art9",
      "title: Inschrijving 2020-2021",
      "rules: |",
      "  decision late:",
      "tests:",
      "  - name: laat in 2021-2022",
      "    given:",
      "      enrolment: { academic_year: 2021-2022, enrolment_date: \"2021-10-14\" }  # the day after",
      "    expect:",
      "      late: { outcome: refused, value: '2021-11-30' }",
      "",
    ]);
  });
});
