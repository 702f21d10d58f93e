/**
 * The small art. 10 set the explanation tests share: a general minimum of 25 credits, which LAW's
 * supplement lowers to 20 for a shortened bachelor. Each test adds the decisions and scope it needs,
 * so what differs between the tests is what they state.
 */
import type { FileSpec } from "./regulation-set.js";

const MINIMUM_RULES = `
parameter minimum = 25 sp "ten minste 25 studiepunten" / "at least 25 credits"
decision minimum_credits "Minimumgrens studiepunten" / "Minimum number of credits" §2:
  allowed if sum(c.credits for c in courses) >= minimum "genoeg" / "enough"
  otherwise refused "te weinig" / "too few"`;

/** The general art. 10 file: the minimum, and any further decisions after it. */
export function generalMinimum(moreRules = ""): FileSpec {
  return {
    id: "art10",
    open: ["minimum_credits"],
    quote: "Studenten nemen ten minste 25 studiepunten op.",
    quoteEn: "Students take at least 25 credits.",
    rules: MINIMUM_RULES + moreRules,
  };
}

/** LAW's supplement: 20 credits suffice for a shortened bachelor (`quoteEn: null` leaves the English quote out). */
export function lawSupplement(scope: FileSpec["scope"] = { faculty: "LAW" }, quoteEn: string | null = "For shortened bachelors 20 credits suffice."): FileSpec {
  return {
    kind: "supplement",
    scope,
    quote: "Voor verkorte bachelors volstaan 20 studiepunten.",
    ...(quoteEn === null ? {} : { quoteEn }),
    rules: `exception to minimum_credits:
  allowed if enrolment.programme.kind = "bachelor_shortened" and sum(c.credits for c in courses) >= 20 sp "verkorte bachelor" / "shortened bachelor"`,
  };
}
