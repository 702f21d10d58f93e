/**
 * A small regulation version with a provisions index (docs/provisions.md), for the tests of
 * provision citations (engine/check) and coverage (engine/coverage): each test states the files.
 */
import { MANIFEST, loadSet, type FileSpec } from "./regulation-set.js";

export const INDEXED_MANIFEST = MANIFEST.replace("language: nl\n", "language: nl\nprovisions_index: provisions.yaml\n");

/** 21 lines: G-10.1 is line 3, G-10.2 line 5, … (positions are asserted by some tests). */
export const INDEX = `source: seeds/test.txt
provisions:
  - { id: G-10.1, article: 10, paragraph: "§1", layer: general, counted: true, lines: [[10, 12]] }
  - { id: G-10.2, article: 10, paragraph: "§2", layer: general, counted: true, lines: [[14, 14]] }
  - { id: G-10.3, article: 10, layer: general, counted: false, not_counted: governance, lines: [[16, 16]] }
  - { id: G-11.1, article: 11, layer: general, counted: true, lines: [[20, 21]] }
  - { id: G-12.1, article: 12, layer: general, counted: true, lines: [[30, 30]] }
  - { id: F-LAW-10.1, article: 10, layer: faculty, faculties: [LAW], kind: [supplement], counted: true, lines: [[40, 40]] }
  - { id: F-IIW-10.1, article: 10, layer: faculty, faculties: [IIW], kind: [deviation], counted: true, lines: [[42, 42]] }
  - { id: M-0.1, article: 0, layer: meta, counted: false, lines: [[1, 2]] }
`;

/** The general text of art. 10 (namespace art10): a decision, open to faculties. */
export function art10(spec: Partial<FileSpec> = {}): FileSpec {
  return {
    id: "art10",
    article: 10,
    open: ["minimum_credits"],
    provisionId: "G-10.1",
    rules: 'decision minimum_credits "Minimumgrens" §1:\n  allowed if sum(c.credits for c in courses) >= 25 sp "ten minste 25"\n  otherwise refused "minder dan 25"',
    ...spec,
  };
}

export function loadIndexed(files: Readonly<Record<string, FileSpec | string>>, index = INDEX) {
  return loadSet({ "provisions.yaml": index, ...files }, INDEXED_MANIFEST);
}
