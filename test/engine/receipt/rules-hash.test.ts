/**
 * Receipts that reproduce: the rules hash depends on what the rules mean, not on where the folder
 * lies, how a file is laid out or which keyword language it is written in.
 */
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { compileVersion, openVersion } from "../../../engine/index.js";
import { nodeFileSystem } from "../../../engine/node/index.js";
import { loadSet, regulationYaml, type FileSpec } from "../../support/regulation-set.js";

const SCOPE = { faculty: "LAW" };
const OER = "regulations/kuleuven-oer/2020-2021";

function hashOf(files: Readonly<Record<string, FileSpec | string>>): string {
  return compileVersion(loadSet(files), SCOPE).rulesHash;
}

const GENERAL: FileSpec = {
  id: "art10",
  rules: `parameter minimum = 25 sp "Minimum"
definition taken = enrolment.credits_taken
decision enough "Genoeg" §2:
  allowed if taken >= minimum
  otherwise refused`,
};

describe("the rules hash", () => {
  it("is the same whether the version folder is given relative or absolute", () => {
    const relative = openVersion(nodeFileSystem, OER)!;
    const absolute = openVersion(nodeFileSystem, resolve(OER))!;
    const viaParent = openVersion(nodeFileSystem, `${resolve("regulations")}/../${OER}`)!;
    const hashes = [relative, absolute, viaParent].map((v) => compileVersion(v, { faculty: "IIW" }).rulesHash);
    expect(new Set(hashes).size).toBe(1);
    expect(absolute.files[0]!.path).not.toBe(relative.files[0]!.path);
  });

  it("does not change when a file is reformatted, commented or written with Dutch keywords", () => {
    const base = hashOf({ "art-10/general.yaml": GENERAL });
    const relaid = {
      ...GENERAL,
      rules: `# het minimum van §2
parameter   minimum =   25 sp   "Minimum"
definition taken =   enrolment.credits_taken

decision enough "Genoeg" §2:
    allowed if (taken >= minimum)
    otherwise refused`,
    };
    const dutch = {
      ...GENERAL,
      rules: `parameter minimum = 25 sp "Minimum"
definitie taken = enrolment.credits_taken
beslissing enough "Genoeg" §2:
  toegestaan als taken >= minimum
  anders geweigerd`,
    };
    expect(hashOf({ "art-10/general.yaml": relaid })).toBe(base);
    expect(hashOf({ "art-10/general.yaml": dutch })).toBe(base);
    // The YAML's own layout does not count either: the same data, quoted differently.
    expect(hashOf({ "art-10/general.yaml": regulationYaml(GENERAL).replace('document: Test-OER', "document: 'Test-OER'") })).toBe(base);
  });

  it("changes with any change of meaning: a number, an outcome, a quote, the file's place", () => {
    const base = hashOf({ "art-10/general.yaml": GENERAL });
    expect(hashOf({ "art-10/general.yaml": { ...GENERAL, rules: GENERAL.rules.replace("25 sp", "24 sp") } })).not.toBe(base);
    expect(hashOf({ "art-10/general.yaml": { ...GENERAL, rules: GENERAL.rules.replace("otherwise refused", "otherwise warning") } })).not.toBe(base);
    expect(hashOf({ "art-10/general.yaml": { ...GENERAL, quote: "Een ander citaat." } })).not.toBe(base);
    expect(hashOf({ "art-11/general.yaml": GENERAL })).not.toBe(base);
  });
});
