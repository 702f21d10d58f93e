/**
 * The pipeline, named in one place: load → check → layers → compile → evaluate → explain, with the
 * receipt and the tests beside it. Each stage is a folder with one door (its index.ts) and imports
 * only earlier stages; this driver is what callers use to go from a folder to a checked version.
 */
import { checkVersion, type RegulationVersion } from "./check/index.js";
import { findVersionDirs, loadVersion, type FileSystem, type LoadedVersion } from "./load/index.js";

/** Load a version folder (and the versions it uses) and check it: null when there is no manifest. */
export function openVersion(fs: FileSystem, dir: string): RegulationVersion | null {
  const loaded = loadVersion(fs, dir);
  return loaded ? checkVersion(loaded) : null;
}

/** Every version at or under `dir`, loaded and checked; a version used by several is checked once. */
export function openAll(fs: FileSystem, dir: string): RegulationVersion[] {
  const loading = new Map<string, LoadedVersion | null>();
  const checked = new Map<string, RegulationVersion>();
  return findVersionDirs(fs, dir)
    .map((d) => loadVersion(fs, d, loading))
    .filter((v): v is LoadedVersion => v !== null)
    .map((v) => checkVersion(v, checked));
}
