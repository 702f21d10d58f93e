/**
 * After the examples' dates moved by their nearest anchor, an example that no longer passes is
 * tried with every date moved alike: by each anchor's shift in days, then by day and month. An
 * example tests one situation (a request on the last day, the day after), and moving all its dates
 * together keeps the distances between them; the first way it passes is taken. An example that
 * passes no way is left moved by its nearest anchor and reported: a person must look at it.
 */
import { qualifyKey, type RegulationVersion } from "../check/index.js";
import { Evaluator } from "../evaluate/index.js";
import type { LoadedVersion, TestCase } from "../load/index.js";
import type { Hasher } from "../receipt/index.js";
import { checkExpectation } from "../testing/index.js";
import { byDays, bySameDay, moveValue, type Anchor, type DateMap } from "./move-dates.js";

export interface ExampleRef {
  readonly file: string;
  readonly index: number;
  readonly name: string;
}

export interface Fitting {
  /** Per file (path inside the version) and example index: the map that makes it pass, where the nearest anchor did not. */
  readonly refit: ReadonlyMap<string, ReadonlyMap<number, DateMap>>;
  readonly refitted: readonly ExampleRef[];
  readonly failing: readonly ExampleRef[];
  readonly examples: number;
}

function passes(evaluator: Evaluator, namespace: string, test: Pick<TestCase, "given" | "expect">): boolean {
  const result = evaluator.evaluate(test.given, { trace: false, hashInput: false });
  const byId = new Map(result.decisions.map((d) => [d.id, d]));
  for (const [key, expected] of Object.entries(test.expect)) {
    const { id, item } = qualifyKey(key, namespace);
    if (checkExpectation(key, expected, byId.get(item !== null ? `${id}[${item}]` : id) ?? null)) return false;
  }
  return true;
}

export function fitExamples(moved: RegulationVersion, original: LoadedVersion, anchors: readonly Anchor[], years: number, hasher?: Hasher): Fitting {
  const evaluator = new Evaluator(moved, hasher);
  const originals = new Map(original.files.map((f) => [f.relPath, f.meta.tests]));
  const shifts = [...new Set(anchors.map((a) => a.new - a.old))];
  const candidates: DateMap[] = [...shifts.map(byDays), bySameDay(years)];
  const refit = new Map<string, Map<number, DateMap>>();
  const refitted: ExampleRef[] = [];
  const failing: ExampleRef[] = [];
  let examples = 0;
  for (const file of moved.files) {
    const before = originals.get(file.relPath) ?? [];
    file.meta.tests.forEach((test, index) => {
      examples++;
      if (passes(evaluator, file.namespace, test)) return;
      const ref = { file: file.relPath, index, name: test.name };
      const old = before[index];
      const map = old && candidates.find((m) => passes(evaluator, file.namespace, { given: moveValue(old.given, m, years) as TestCase["given"], expect: moveValue(old.expect, m, years) as TestCase["expect"] }));
      if (!map) {
        failing.push(ref);
        return;
      }
      refitted.push(ref);
      const perFile = refit.get(file.relPath) ?? new Map<number, DateMap>();
      perFile.set(index, map);
      refit.set(file.relPath, perFile);
    });
  }
  return { refit, refitted, failing, examples };
}
