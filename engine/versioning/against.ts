/**
 * The migration checklist: the old version's examples run on the new version, each moved to the
 * new year first (its dates with the calendar points they test, its academic years), and compared
 * decision by decision with what the old version decided for it. An example whose decisions come
 * out the same once its dates are moved some way (move-dates.ts, as `version new` moves them) is
 * not a change; the others are listed with where each version decided and the new reason.
 */
import type { Lang } from "../../dsl/index.js";
import { qualifyKey, type RegulationFile, type RegulationVersion } from "../check/index.js";
import { Evaluator, type DecisionResult } from "../evaluate/index.js";
import { explainDecision } from "../explain/index.js";
import type { TestCase } from "../load/index.js";
import type { Hasher } from "../receipt/index.js";
import { anchorsOf, byDays, byNearestAnchor, bySameDay, moveValue, type DateMap } from "./move-dates.js";

export interface SideOutcome {
  readonly outcome: string;
  readonly value: unknown;
  /** `file:line` of the rule that decided (where it stopped, when undetermined), or null. */
  readonly decided_by: string | null;
}

export interface ChangedDecision {
  readonly key: string;
  readonly old: SideOutcome;
  readonly new: SideOutcome;
  /** The new explanation's headline and reason, as `eval` prints them. */
  readonly explanation: string;
}

export interface ChangedExample {
  readonly file: string;
  readonly article: string;
  readonly test: string;
  readonly decisions: readonly ChangedDecision[];
}

export interface AgainstReport {
  readonly old: { readonly dir: string; readonly academic_year: string };
  readonly new: { readonly dir: string; readonly academic_year: string };
  readonly examples: number;
  readonly changed: readonly ChangedExample[];
}

function side(d: DecisionResult | undefined): SideOutcome {
  if (!d) return { outcome: "absent", value: null, decided_by: null };
  return { outcome: d.outcome, value: d.value, decided_by: d.source ? `${d.source.file}:${d.source.line}` : null };
}

/** The headline and, where there is one, the «reason» of the deciding rule or the facts missing to decide. */
function keyLines(text: string): string {
  const lines = text.split("\n");
  const key = lines.slice(1).find((l) => /^\s*(«|ontbrekende gegevens:|missing facts:)/.test(l));
  return [lines[0]!, ...(key ? [key.trim()] : [])].join("\n");
}

function sameSide(a: SideOutcome, b: SideOutcome, map: DateMap, years: number): boolean {
  return a.outcome === b.outcome && JSON.stringify(moveValue(a.value, map, years)) === JSON.stringify(b.value);
}

export function testAgainst(next: RegulationVersion, old: RegulationVersion, lang: Lang, options: { readonly hasher?: Hasher; readonly include?: (file: RegulationFile) => boolean } = {}): AgainstReport {
  const years = Number(next.manifest.academic_year.slice(0, 4)) - Number(old.manifest.academic_year.slice(0, 4));
  const anchors = anchorsOf(old, old.manifest.calendar ?? {}, next.manifest.calendar ?? {});
  const maps: DateMap[] = [byNearestAnchor(anchors, years), ...[...new Set(anchors.map((a) => a.new - a.old))].map(byDays), bySameDay(years)];
  const before = new Evaluator(old, options.hasher);
  const after = new Evaluator(next, options.hasher);
  const changed: ChangedExample[] = [];
  let examples = 0;
  for (const file of old.files) {
    if (options.include && !options.include(file)) continue;
    for (const test of file.meta.tests) {
      examples++;
      const keys = Object.keys(test.expect).map((key) => {
        const { id, item } = qualifyKey(key, file.namespace);
        return { key, id: item !== null ? `${id}[${item}]` : id };
      });
      const oldResults = new Map(before.evaluate(test.given, { trace: false, hashInput: false }).decisions.map((d) => [d.id, d]));
      let first: ChangedDecision[] | null = null;
      for (const map of maps) {
        const moved = moveValue(test.given, map, years) as TestCase["given"];
        const newResults = new Map(after.evaluate(moved, { trace: false, hashInput: false }).decisions.map((d) => [d.id, d]));
        const differing = keys.filter(({ id }) => !sameSide(side(oldResults.get(id)), side(newResults.get(id)), map, years));
        if (differing.length === 0) {
          first = null;
          break;
        }
        first ??= differing.map(({ key, id }) => {
          const d = newResults.get(id);
          return { key, old: side(oldResults.get(id)), new: side(d), explanation: d ? keyLines(explainDecision(d, next, lang)) : "" };
        });
      }
      if (first) changed.push({ file: file.relPath, article: String(file.meta.article), test: test.name, decisions: first });
    }
  }
  return { old: { dir: old.dir, academic_year: old.manifest.academic_year }, new: { dir: next.dir, academic_year: next.manifest.academic_year }, examples, changed };
}
