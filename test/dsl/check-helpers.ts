/** Check a small rule text in the fixture environment and look at its diagnostics and types. */
import type { Declaration } from "../../dsl/ast.js";
import { checkFile } from "../../dsl/checker/check-file.js";
import type { Diagnostic } from "../../dsl/diagnostics.js";
import { parse } from "../../dsl/parse.js";
import { typeToString } from "../../dsl/types.js";
import { fixtureEnv } from "../support/fixture-env.js";

export function diagnosticsOf(text: string): Diagnostic[] {
  const parsed = parse(text);
  return [...parsed.diagnostics, ...checkFile(parsed.ast, fixtureEnv(text)).diagnostics];
}

/** Codes of the errors and warnings (not the infos) of a text. */
export function codesOf(text: string): string[] {
  return diagnosticsOf(text)
    .filter((d) => d.severity !== "info")
    .map((d) => d.code);
}

/**
 * The type of an expression, as `definition x = <expr>` gives it, with the codes it produced.
 * `before` may declare parameters or definitions the expression uses.
 */
export function typeOf(expr: string, before = ""): { type: string; codes: string[] } {
  const text = `${before}\ndefinition x = ${expr}\n`;
  const parsed = parse(text);
  const result = checkFile(parsed.ast, fixtureEnv(text));
  const decl = parsed.ast.statements.find((s): s is Declaration => s.kind === "Declaration" && s.role === "definition" && s.name === "x");
  const type = decl?.value ? result.types.get(decl.value) : undefined;
  return {
    type: type ? typeToString(type) : "none",
    codes: [...parsed.diagnostics, ...result.diagnostics].filter((d) => d.severity !== "info").map((d) => d.code),
  };
}
