/**
 * A word-level diff of two quotes (and a line-level one of two printed statements) (longest common subsequence over words), as `git diff
 * --word-diff` shows it: quotes are a few sentences, so the quadratic table is small.
 */
import type { WordStep } from "./model.js";

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w.length > 0);
}

export function wordDiff(oldText: string, newText: string): WordStep[] {
  return sequenceDiff(words(oldText), words(newText), " ");
}

/** The lines of two printed statements, kept, deleted and inserted (each step one or more lines). */
export function lineDiff(oldText: string, newText: string): WordStep[] {
  return sequenceDiff(oldText.split("\n"), newText.split("\n"), "\n");
}

function sequenceDiff(a: readonly string[], b: readonly string[], separator: string): WordStep[] {
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const steps: WordStep[] = [];
  const push = (op: WordStep["op"], word: string) => {
    const last = steps[steps.length - 1];
    if (last && last.op === op) steps[steps.length - 1] = { op, text: `${last.text}${separator}${word}` };
    else steps.push({ op, text: word });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push("same", a[i++]!);
      j++;
    } else if (i < a.length && (j === b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) push("del", a[i++]!);
    else push("ins", b[j++]!);
  }
  return steps;
}
