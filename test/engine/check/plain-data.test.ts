/**
 * Loaded and checked versions are plain data: they survive `structuredClone` (what a worker thread
 * receives), and the copy compiles and evaluates exactly as the original. Checking returns its
 * results and leaves the loaded version as it was.
 */
import { describe, expect, it } from "vitest";
import { Evaluator, checkVersion, loadVersion } from "../../../engine/index.js";
import { nodeFileSystem, nodeSha256 } from "../../../engine/node/index.js";
import { readContexts } from "../../../engine/index.js";

const OER = "regulations/kuleuven-oer/2020-2021";

describe("a regulation version as plain data", () => {
  const loaded = loadVersion(nodeFileSystem, OER)!;
  const before = JSON.stringify(loaded);
  const checked = checkVersion(loaded);

  it("is not changed by checking", () => {
    expect(JSON.stringify(loaded)).toBe(before);
    expect(checked.files.every((f) => f.check.symbols !== undefined)).toBe(true);
  });

  it("survives structuredClone and evaluates the same after it", () => {
    const copy = structuredClone(checked);
    const path = "examples/low-efficiency-bachelor.yaml";
    const [student] = readContexts(path, nodeFileSystem.read(path)!).contexts;
    const original = new Evaluator(checked, nodeSha256).evaluate(student!, { trace: true });
    const cloned = new Evaluator(copy, nodeSha256).evaluate(student!, { trace: true });
    expect(cloned).toEqual(original);
    expect(cloned.decisions.length).toBeGreaterThan(50);
  });
});
