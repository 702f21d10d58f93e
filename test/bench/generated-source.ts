/**
 * Prints the JavaScript generated for one scope of a regulation version (compile/generate-*.ts):
 * `node dist/test/bench/generated-source.js <version folder> [faculty] [campus] [text to look for]`,
 * e.g. `node dist/test/bench/generated-source.js regulations/kuleuven-oer/2020-2021 LAW "" art22.`.
 * With the text, only the functions whose source contains it.
 */
import { compileVersion, openVersion, scopeSource } from "../../engine/index.js";
import { nodeFileSystem } from "../../engine/node/index.js";

const [dir, faculty, campus, text] = process.argv.slice(2);
if (!dir) {
  console.error("usage: node dist/test/bench/generated-source.js <version folder> [faculty] [campus] [text to look for]");
  process.exit(2);
}
const version = openVersion(nodeFileSystem, dir);
if (!version) {
  console.error(`${dir}: no regulation version there (a folder with a manifest.yaml)`);
  process.exit(2);
}
const compiled = compileVersion(version, { faculty: faculty || undefined, campus: campus || undefined }, undefined, { generated: true });
process.stdout.write(scopeSource(compiled, (source) => !text || source.includes(text)));
