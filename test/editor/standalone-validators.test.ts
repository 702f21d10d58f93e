/**
 * The worker's validators generated at build time (editor/build/standalone-validators.ts): the
 * module has no eval and no require, validates as the validators ajv compiles at run time do (same
 * problems for the same bad data), holds the context schema of every version's extensions, and,
 * once in use, the engine compiles nothing: an extension not generated is validated in its shared
 * fields only.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { contextSchemasOf, standaloneValidatorsModule } from "../../editor/build/standalone-validators.js";
import { contextSchema, contextSchemaKey, contextValidator, mergedContextSchema, schemaProblems, usePrecompiledValidators, validatorFor, type PrecompiledValidators } from "../../engine/load/index.js";
import { REGULATIONS } from "./support/regulations.js";

const dir = mkdtempSync(join(tmpdir(), "regelwerk-validators-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the worker's validators, generated ahead of time", { timeout: 120_000 }, () => {
  const code = standaloneValidatorsModule(REGULATIONS);

  it("are plain code: no eval, no new Function, no require", () => {
    expect(code).not.toMatch(/\bnew Function\b|\beval\(|\brequire\(/);
  });

  it("validate as ajv's compiled validators do, for a regulation file and a student context, and hold every version's context schema", async () => {
    const path = join(dir, "validators.ts");
    writeFileSync(path, code);
    const generated = (await import(path)) as PrecompiledValidators;
    const badFile = { article: 22, title: "x", kind: "supplemnt", scope: { faculty: "WET" }, rules: "", tests: [] };
    const compiled = validatorFor("regulation-file");
    expect(compiled(badFile)).toBe(false);
    expect(generated.files["regulation-file"]!(badFile)).toBe(false);
    expect(schemaProblems(generated.files["regulation-file"]!.errors, badFile)).toEqual(schemaProblems(compiled.errors, badFile));
    const badStudent = { enrolment: { faculty: "WETT", credits_remaining: "sixty" } };
    const context = contextValidator(contextSchema);
    const own = generated.contexts[contextSchemaKey(contextSchema)]!;
    expect(own(badStudent)).toBe(false);
    context(badStudent);
    expect(schemaProblems(own.errors, badStudent)).toEqual(schemaProblems(context.errors, badStudent));
    expect(Object.keys(generated.contexts).sort()).toEqual([...contextSchemasOf(REGULATIONS).keys()].sort());
    expect(Object.keys(generated.contexts).length).toBeGreaterThan(1);

    // In use: nothing is compiled any more; a schema with an extension not generated checks its shared fields only.
    usePrecompiledValidators(generated);
    const unknown = mergedContextSchema([{ properties: { not_generated: { type: "string" } } } as never]);
    const shared = contextValidator(unknown);
    expect(shared({ not_generated: 7, enrolment: { faculty: "WET" } })).toBe(true);
    expect(shared({ enrolment: { faculty: "WETT" } })).toBe(false);
    expect(schemaProblems(shared.errors, { enrolment: { faculty: "WETT" } })[0]?.message).toContain('found "WETT"');
  });
});
