/** The loader reads through this interface, so the same code runs on disk (CLI) and in memory (editor, tests). */
export interface FileSystem {
  /** File text, or undefined when there is no such file. */
  read(path: string): string | undefined;
  /** Entries (names, not paths) of a directory, sorted; empty when it is not one. */
  list(dir: string): string[];
  isDirectory(path: string): boolean;
}

export function join(...parts: string[]): string {
  const joined = parts.filter((p) => p.length > 0).join("/").replace(/\/+/g, "/");
  const out: string[] = [];
  for (const segment of joined.split("/")) {
    if (segment === "..") {
      if (out.length > 0 && out[out.length - 1] !== "..") out.pop();
      else out.push("..");
    } else if (segment !== ".") out.push(segment);
  }
  return out.join("/") || ".";
}

/** `path` as seen from `dir` (both joined the same way): `art-22/iiw.yaml` under the version folder. */
export function relative(dir: string, path: string): string {
  const base = join(dir);
  const full = join(path);
  if (base === ".") return full;
  return full.startsWith(base + "/") ? full.slice(base.length + 1) : full;
}

export function dirname(path: string): string {
  const i = path.lastIndexOf("/");
  return i <= 0 ? (i === 0 ? "/" : ".") : path.slice(0, i);
}

/** An in-memory file system: path → text. Directories are implied by the paths. */
export function memoryFileSystem(files: Readonly<Record<string, string>>): FileSystem {
  const normal = new Map(Object.entries(files).map(([p, t]) => [join(p), t]));
  return {
    read: (path) => normal.get(join(path)),
    list: (dir) => {
      const prefix = join(dir) === "." ? "" : join(dir) + "/";
      const names = new Set<string>();
      for (const p of normal.keys()) if (p.startsWith(prefix)) names.add(p.slice(prefix.length).split("/")[0]!);
      return [...names].sort();
    },
    isDirectory: (path) => {
      const prefix = join(path) + "/";
      return [...normal.keys()].some((p) => p.startsWith(prefix));
    },
  };
}
