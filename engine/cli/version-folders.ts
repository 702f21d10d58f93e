/** The regulation versions a command works on: every version under a folder, or the one holding a file. */
import type { RegulationVersion } from "../check/index.js";
import { openAll } from "../pipeline.js";
import { dirname, join } from "../load/index.js";
import { nodeFileSystem as fs } from "../node/index.js";
import { UsageError } from "./exit-codes.js";

export function loadOrFail(dir: string): RegulationVersion[] {
  if (!fs.isDirectory(dir)) throw new UsageError(`${dir}: no such directory; expected a folder with regulations (e.g. regulations)`);
  const versions = openAll(fs, dir);
  if (versions.length === 0) throw new UsageError(`${dir}: no manifest.yaml found at or under it; expected a regulation version folder`);
  return versions;
}

/** The version folder holding a regulation file: the nearest folder above it with a manifest. */
export function versionDirOf(file: string): string {
  let dir = dirname(file);
  while (fs.read(join(dir, "manifest.yaml")) === undefined) {
    const up = dirname(dir);
    if (up === dir) throw new UsageError(`${file}: no manifest.yaml in a folder above it; expected a file inside a regulation version folder`);
    dir = up;
  }
  return dir;
}
