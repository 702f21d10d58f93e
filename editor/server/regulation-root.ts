/**
 * The regulations folder the server edits. Files are addressed by regulation set, version (year)
 * and path inside the version folder, never by a raw path: each segment is a plain name, the file
 * must already be a file of the version, and no step on the way may be a symbolic link, so nothing
 * outside the root can be read or written.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { dirname, join, sep } from "node:path";

const SET = /^[a-z0-9][a-z0-9-]{0,63}$/;
const YEAR = /^\d{4}-\d{4}$/;
const SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const EDITABLE = /\.(ya?ml|json)$/;

export interface FileAddress {
  readonly set: string;
  readonly year: string;
  /** Inside the version folder: `art-22/iiw.yaml`. */
  readonly path: string;
  /** `<set>/<year>/<path>`: the workspace's URI and the audit log's file name. */
  readonly uri: string;
  readonly absolute: string;
}

export class AddressError extends Error {}

export class RegulationRoot {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = realpathSync(dir);
  }

  /** Every editable file of every version (`<set>/<year>/<path>` → text), for the workspace. */
  readAll(): Record<string, string> {
    const files: Record<string, string> = {};
    for (const { set, year } of this.versions()) {
      for (const path of this.filesOf(set, year)) files[`${set}/${year}/${path}`] = readFileSync(join(this.dir, set, year, path), "utf8");
    }
    return files;
  }

  /** The version folders: `<set>/<year>/manifest.yaml` exists. */
  versions(): { set: string; year: string }[] {
    const out: { set: string; year: string }[] = [];
    for (const set of this.entries(this.dir, "dir")) {
      if (!SET.test(set)) continue;
      for (const year of this.entries(join(this.dir, set), "dir")) {
        if (YEAR.test(year) && this.entries(join(this.dir, set, year), "file").includes("manifest.yaml")) out.push({ set, year });
      }
    }
    return out;
  }

  /** The editable files of a version, relative to its folder, sorted; symbolic links are skipped. */
  filesOf(set: string, year: string): string[] {
    const out: string[] = [];
    const walk = (rel: string) => {
      const abs = join(this.dir, set, year, rel);
      for (const name of this.entries(abs, "file")) if (SEGMENT.test(name) && EDITABLE.test(name)) out.push(rel ? `${rel}/${name}` : name);
      for (const name of this.entries(abs, "dir")) if (SEGMENT.test(name)) walk(rel ? `${rel}/${name}` : name);
    };
    walk("");
    return out.sort();
  }

  /**
   * The file `<set>/<year>/<path>`, or AddressError (400) when that is not a file of the version.
   * With `creating`, the file may not exist yet (a faculty's first supplement on an article): its
   * folder must, and a name that is there must be a plain file.
   */
  resolve(set: string, year: string, path: string, creating = false): FileAddress {
    if (!SET.test(set) || !YEAR.test(year)) throw new AddressError(`${set}/${year}: not a regulation version (expected <set>/<yyyy-yyyy>)`);
    const segments = path.split("/");
    if (segments.some((s) => !SEGMENT.test(s) || s === "." || s === "..")) throw new AddressError(`${path}: not a file path inside the version (plain names separated by '/', no '..', not absolute)`);
    if (!EDITABLE.test(path)) throw new AddressError(`${path}: not a regulation or data file (expected .yaml or .json)`);
    let current = this.dir;
    for (const [i, segment] of [set, year, ...segments].entries()) {
      current = join(current, segment);
      const stat = lstatOrNull(current);
      const last = i === segments.length + 1;
      if (!stat && last && creating) break;
      if (!stat || stat.isSymbolicLink() || (last ? !stat.isFile() : !stat.isDirectory())) throw new AddressError(`${set}/${year}/${path}: not a file of the version`);
    }
    if (!realpathSync(lstatOrNull(current) ? current : dirname(current)).startsWith(this.dir + sep)) throw new AddressError(`${set}/${year}/${path}: not a file of the version`);
    if (!lstatOrNull(join(this.dir, set, year, "manifest.yaml"))?.isFile()) throw new AddressError(`${set}/${year}: not a regulation version`);
    return { set, year, path, uri: `${set}/${year}/${path}`, absolute: current };
  }

  /** Names of the plain directories or plain files (never symbolic links) in a folder. */
  private entries(dir: string, kind: "dir" | "file"): string[] {
    try {
      return readdirSync(dir, { withFileTypes: true })
        .filter((e) => !e.name.startsWith(".") && (kind === "dir" ? e.isDirectory() : e.isFile()))
        .map((e) => e.name)
        .sort();
    } catch {
      return [];
    }
  }
}

function lstatOrNull(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}
