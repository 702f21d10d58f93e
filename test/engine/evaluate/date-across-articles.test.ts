/**
 * A definition's type travels with its value: a date defined in one article and read in another
 * article's decision value comes out as a date, not as the day number it is computed as.
 */
import { expect, it } from "vitest";
import { Evaluator } from "../../../engine/index.js";
import { errorsOf, loadSet } from "../../support/regulation-set.js";

const version = loadSet({
  "art-21/general.yaml": {
    id: "art21",
    article: 21,
    rules: `
definition deadline "derde woensdag" = nth_weekday(2020-09-14, 3, "wednesday")
definition window "termijn" = 14 days
decision own "Eigen datum":
  otherwise determined with deadline`,
  },
  "art-09/general.yaml": {
    id: "art9",
    article: 9,
    rules: `
decision borrowed "Geleende datum":
  otherwise determined with art21.deadline
decision borrowed_sum "Datum plus termijn van elders":
  otherwise determined with art21.deadline + art21.window
decision borrowed_choice "Keuze tussen datums van elders":
  determined with art21.deadline if enrolment.isp_deviation
  otherwise determined with art21.deadline + art21.window`,
  },
});

function values(context: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const d of new Evaluator(version).evaluate(context).decisions) out[d.id] = d.value;
  return out;
}

it("loads without errors", () => {
  expect(errorsOf(version)).toEqual([]);
});

it("a date definition of another article is a date in the decision's value", () => {
  const v = values({ enrolment: { isp_deviation: true } });
  expect(v["art21.own"]).toBe("2020-09-30");
  expect(v["art9.borrowed"]).toBe("2020-09-30");
  expect(v["art9.borrowed_sum"]).toBe("2020-10-14");
  expect(v["art9.borrowed_choice"]).toBe("2020-09-30");
  expect(values({ enrolment: { isp_deviation: false } })["art9.borrowed_choice"]).toBe("2020-10-14");
});
