/**
 * Diagnostics a policy officer reads: one message per mistake, saying what was found and what was
 * expected, at the place of the mistake.
 */
import { describe, expect, it } from "vitest";
import { diagnosticsOf } from "./check-helpers.js";

describe("diagnostic messages", () => {
  it("points just after the last token when a statement ends too early", () => {
    const text = "decision d:\n  allowed if enrolment.credits_remaining <";
    const errors = diagnosticsOf(text).filter((d) => d.severity === "error");
    expect(errors.map((d) => d.code)).toEqual(["RW002-syntax-error"]);
    expect(errors[0]!.message).toBe("expected an expression but found the end of the statement");
    expect([errors[0]!.span.line, errors[0]!.span.column, errors[0]!.span.start]).toEqual([2, 43, text.length]);
  });

  it("names the missing closing parenthesis and the word found instead", () => {
    const text = 'decision d "x":\n  allowed if (enrolment.credits_remaining < 25 sp\n  otherwise refused\n';
    const [d, ...rest] = diagnosticsOf(text);
    expect(rest).toEqual([]);
    expect(d?.message).toBe("expected ')' but found 'otherwise'");
    expect([d!.span.line, d!.span.column]).toEqual([3, 3]);
  });

  it("says that a name is a keyword rather than a name where one is expected", () => {
    // `dag` is the Dutch singular of the unit `days`, so it cannot name a definition.
    const [d] = diagnosticsOf("definitie dag = 2020-09-21\n");
    expect(d?.code).toBe("RW002-syntax-error");
    expect(d?.message).toBe("expected a name but found 'dag'");
  });

  it("uses the right article before 'English' in RW040", () => {
    const [d] = diagnosticsOf("beslissing d:\n  toegestaan als enrolment.isp_deviation\n  otherwise geweigerd\n");
    expect(d?.code).toBe("RW040-mixed-languages");
    expect(d?.message).toBe("'otherwise' is an English keyword in a file written with Dutch keywords");
  });

  // A parameter's label may stand before '=' (as people write a definition's), so this is no error
  // at all, rather than a syntax error followed by a misleading comparison error.
  it("accepts a parameter label before '='", () => {
    const diagnostics = diagnosticsOf('parameter minimum "ten minste 25 studiepunten" = 25 sp\n');
    expect(diagnostics).toEqual([]);
  });

  // After RW003 the rest of the line belongs to the unterminated text: its words give no further errors.
  it("reports an unterminated text once", () => {
    const diagnostics = diagnosticsOf('decision d:\n  allowed if enrolment.isp_deviation\n  otherwise refused "te weinig\n');
    expect(diagnostics.filter((d) => d.severity === "error").map((d) => d.code)).toEqual(["RW003-unterminated-string"]);
  });
});
