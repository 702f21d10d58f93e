/** The loader's FileSystem on disk. */
import { readFileSync, readdirSync, statSync } from "node:fs";
import type { FileSystem } from "../load/index.js";

export const nodeFileSystem: FileSystem = {
  read(path) {
    try {
      return readFileSync(path, "utf8");
    } catch {
      return undefined;
    }
  },
  list(dir) {
    try {
      return readdirSync(dir).sort();
    } catch {
      return [];
    }
  },
  isDirectory(path) {
    try {
      return statSync(path).isDirectory();
    } catch {
      return false;
    }
  },
};
