/**
 * The rules of one file, old against new, statement by statement on the canonical form: a
 * parameter (declared or filled in with `set`) shows its value old → new with its unit; a decision,
 * definition or exception shows both printings. A definition or decision that disappears while one
 * with the same body appears under another name is a rename, not a removal and an addition.
 */
import { EMPTY_SPAN, format, printExpr, unitText, type Expr, type Lang, type RuleFile, type Statement } from "../../dsl/index.js";
import { canonicalBody, canonicalSyntax } from "./canonical-syntax.js";
import type { ParameterChange, StatementChange, StatementKind } from "./model.js";

interface Keyed {
  readonly key: string;
  readonly kind: StatementKind;
  readonly name: string;
  readonly statement: Statement;
}

function kindOf(s: Statement): StatementKind {
  if (s.kind === "Declaration") return s.role;
  if (s.kind === "SetDecl") return "set";
  return s.kind === "DecisionDecl" ? "decision" : "exception";
}

/** Statements by a key that survives edits elsewhere in the file: kind and name (or target). */
function keyed(file: RuleFile | null): Map<string, Keyed> {
  const out = new Map<string, Keyed>();
  const exceptionsTo = new Map<string, number>();
  for (const statement of file?.statements ?? []) {
    const kind = kindOf(statement);
    let name: string;
    if (statement.kind === "Declaration" || statement.kind === "DecisionDecl") name = statement.name;
    else {
      name = statement.target?.path.join(".") ?? "…";
      if (statement.kind === "ExceptionDecl") {
        // Several exceptions to one decision are told apart by their order in the file.
        const n = (exceptionsTo.get(name) ?? 0) + 1;
        exceptionsTo.set(name, n);
        if (n > 1) name = `${name} #${n}`;
      }
    }
    out.set(`${kind}:${name}`, { key: `${kind}:${name}`, kind, name, statement });
  }
  return out;
}

function printed(statement: Statement, lang: Lang): string {
  const file: RuleFile = { kind: "RuleFile", span: EMPTY_SPAN, statements: [statement], comments: [], lang };
  return format(file, lang).trimEnd();
}

function valueOf(statement: Statement): Expr | null {
  return statement.kind === "Declaration" || statement.kind === "SetDecl" ? statement.value : null;
}

function unitOfValue(expr: Expr | null): string | undefined {
  return expr?.kind === "NumberLit" && expr.unit ? unitText(expr.unit) : undefined;
}

function parameterChange(name: string, oldS: Statement | undefined, newS: Statement | undefined, lang: Lang): ParameterChange {
  const oldValue = oldS ? valueOf(oldS) : null;
  const newValue = newS ? valueOf(newS) : null;
  const unit = unitOfValue(newValue) ?? unitOfValue(oldValue);
  return {
    name,
    change: !oldS ? "added" : !newS ? "removed" : "changed",
    ...(oldS ? { old: printExpr(oldValue, lang) } : {}),
    ...(newS ? { new: printExpr(newValue, lang) } : {}),
    ...(unit ? { unit } : {}),
  };
}

export interface RulesDiff {
  readonly parameters: ParameterChange[];
  readonly statements: StatementChange[];
}

export function diffRules(oldFile: RuleFile | null, newFile: RuleFile | null, lang: Lang): RulesDiff {
  const before = keyed(oldFile);
  const after = keyed(newFile);
  const parameters: ParameterChange[] = [];
  const statements: StatementChange[] = [];
  const removed: Keyed[] = [];
  const added: Keyed[] = [];
  for (const [key, old] of before) {
    const next = after.get(key);
    if (!next) removed.push(old);
    else if (canonicalSyntax(old.statement) !== canonicalSyntax(next.statement)) {
      if (old.kind === "parameter" || old.kind === "set") parameters.push(parameterChange(old.name, old.statement, next.statement, lang));
      else statements.push({ kind: old.kind, name: old.name, change: "changed", old: printed(old.statement, lang), new: printed(next.statement, lang) });
    }
  }
  for (const [key, next] of after) if (!before.has(key)) added.push(next);
  for (const old of removed) {
    const renamedTo = old.kind === "definition" || old.kind === "decision" || old.kind === "parameter" ? added.findIndex((a) => a.kind === old.kind && canonicalBody(a.statement) === canonicalBody(old.statement)) : -1;
    if (renamedTo >= 0) {
      const [next] = added.splice(renamedTo, 1);
      statements.push({ kind: old.kind, name: next!.name, change: "renamed", oldName: old.name, old: printed(old.statement, lang), new: printed(next!.statement, lang) });
    } else if (old.kind === "parameter" || old.kind === "set") parameters.push(parameterChange(old.name, old.statement, undefined, lang));
    else statements.push({ kind: old.kind, name: old.name, change: "removed", old: printed(old.statement, lang) });
  }
  for (const next of added) {
    if (next.kind === "parameter" || next.kind === "set") parameters.push(parameterChange(next.name, undefined, next.statement, lang));
    else statements.push({ kind: next.kind, name: next.name, change: "added", new: printed(next.statement, lang) });
  }
  return { parameters, statements };
}
