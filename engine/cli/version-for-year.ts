/**
 * Which version of a regulation set a student is evaluated under: the one whose manifest names the
 * academic year the context gives (`enrolment.academic_year`); without a year, the version in force
 * (the latest, if several are). A year the set has no version of is refused (exit 2), never
 * silently evaluated under another year's rules.
 */
import { findVersionDirs, join, loadVersion } from "../load/index.js";
import { nodeFileSystem as fs } from "../node/index.js";
import { UsageError } from "./exit-codes.js";

const DEFAULT_SET = join("regulations", "kuleuven-oer");

export function versionDirForYear(year: string | undefined, setDir: string = DEFAULT_SET): string {
  const versions = findVersionDirs(fs, setDir)
    .map((dir) => ({ dir, manifest: loadVersion(fs, dir)?.manifest }))
    .filter((v) => v.manifest !== undefined);
  if (versions.length === 0) throw new UsageError(`no ${setDir}/<year>/manifest.yaml here; pass --regulation <version folder>`);
  const years = versions.map((v) => v.manifest!.academic_year);
  if (year !== undefined) {
    const match = versions.find((v) => v.manifest!.academic_year === year);
    if (!match) throw new UsageError(`the context's academic year ${year} (enrolment.academic_year) has no version of ${versions[0]!.manifest!.id}: it has ${years.join(", ")}; pass --regulation <version folder> to choose one`);
    return match.dir;
  }
  const inForce = versions.filter((v) => v.manifest!.status === "in_force");
  return (inForce.length > 0 ? inForce : versions).sort((a, b) => a.manifest!.academic_year.localeCompare(b.manifest!.academic_year)).at(-1)!.dir;
}
