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

  // Bug: the RW040 message reads "'otherwise' is a English keyword"; it should say "an English keyword".
  it.fails("uses the right article before 'English' in RW040", () => {
    const [d] = diagnosticsOf("beslissing d:\n  toegestaan als enrolment.isp_deviation\n  otherwise geweigerd\n");
    expect(d?.code).toBe("RW040-mixed-languages");
    expect(d?.message).toBe("'otherwise' is an English keyword in a file written with Dutch keywords");
  });

  // Bug (cascade): a parameter's label written before '=' (as a definition's is) gives RW002 and then
  // a second, misleading RW020 "cannot compare text with number in sp using '='": error recovery
  // inserts the missing '=' and reads `"label" = 25 sp` as a comparison.
  it.fails("reports a parameter label before '=' once", () => {
    const diagnostics = diagnosticsOf('parameter minimum "ten minste 25 studiepunten" = 25 sp\n');
    expect(diagnostics.map((d) => d.code)).toEqual(["RW002-syntax-error"]);
  });

  // Bug (cascade): after RW003 the lexer goes on inside the unterminated text, so its words give
  // further errors: here RW002 "expected an expression but found 'te'".
  it.fails("reports an unterminated text once", () => {
    const diagnostics = diagnosticsOf('decision d:\n  allowed if enrolment.isp_deviation\n  otherwise refused "te weinig\n');
    expect(diagnostics.filter((d) => d.severity === "error").map((d) => d.code)).toEqual(["RW003-unterminated-string"]);
  });
});
