import { describe, expect, it } from "vitest";
import { newFrame, slotPath } from "../../../engine/runtime/index.js";

describe("slotPath: the path of a bound element, built only when something names it", () => {
  it("gives a whole path as it was written (a decision's `for each`, a definition's argument)", () => {
    const f = newFrame({}, 0, 2, [], false, null);
    f.slots[0] = { code: "A1" };
    f.slotPaths[0] = "courses[A1]";
    f.slotIndexes[0] = -1;
    expect(slotPath(f, 0)).toBe("courses[A1]");
  });

  it("builds an aggregate's element path from its list's path and its key: code, else id, else position", () => {
    const f = newFrame({}, 0, 1, [], false, null);
    const cases: [unknown, number, string][] = [
      [{ code: "B2", id: 7 }, 3, "courses[B2]"],
      [{ id: 7 }, 3, "courses[7]"],
      [{ credits: 6 }, 3, "courses[3]"],
      [42, 0, "courses[0]"],
    ];
    for (const [element, index, path] of cases) {
      f.slots[0] = element;
      f.slotPaths[0] = "courses";
      f.slotIndexes[0] = index;
      expect(slotPath(f, 0)).toBe(path);
    }
  });

  it("keeps the built path: asked again, or after the element's index is gone, it names the same element", () => {
    const f = newFrame({}, 0, 1, [], false, null);
    f.slots[0] = { code: "C3" };
    f.slotPaths[0] = "history[2020].courses";
    f.slotIndexes[0] = 1;
    expect(slotPath(f, 0)).toBe("history[2020].courses[C3]");
    expect(f.slotIndexes[0]).toBe(-1);
    expect(f.slotPaths[0]).toBe("history[2020].courses[C3]");
    expect(slotPath(f, 0)).toBe("history[2020].courses[C3]");
  });
});
