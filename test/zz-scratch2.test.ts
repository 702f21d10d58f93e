import { it } from "vitest";
import { main } from "../engine/cli/main.js";
const run = (argv: string[]) => { let out = "", err = ""; const code = main(argv, { out: (t) => { out += t; }, err: (t) => { err += t; } }); return { code, out, err }; };
it("probe", () => {
  for (const a of [["check", "regulations/kuleuven-oer"], ["test", "regulations/kuleuven-oer"], ["check", "regulations"], ["test", "regulations"], ["eval", "examples/first-year-bachelor.yaml", "--regulation", "regulations/kuleuven-oer/2020-2021"]]) {
    const r = run(a);
    console.log(a.join(" "), r.code, r.out.split("\n").slice(-4).join("\n"), r.err);
  }
});
