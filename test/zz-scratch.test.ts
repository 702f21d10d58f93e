import { readFileSync } from "node:fs";
import { it } from "vitest";
import { analyse } from "../dsl/language-service.js";
import { fixtureEnv } from "./support/fixture-env.js";
import { renderBaseline } from "./support/render.js";
it("dump", () => {
  for (const path of (process.env.DUMP ?? "").split(" ").filter(Boolean)) {
    const text = readFileSync(path, "utf8");
    const { diagnostics } = analyse(text, fixtureEnv(text, path));
    console.log("=== " + path + "\n" + renderBaseline(text, diagnostics));
  }
});
