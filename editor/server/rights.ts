/**
 * Who may change what. A faculty editor writes the supplements and deviations whose scope is their
 * faculty (any campus or programme within it); a central policy officer writes the general texts,
 * manifests and other data files and approves deviations; a viewer and an administrator write no
 * regulation. A deviation (facultaire afwijking) written by a faculty is only a proposal: title 0 of
 * the OER puts it in force only with the central approval it cites.
 */
import type { FileKind, UserInfo } from "../protocol.js";

/** What a file is, as far as rights go: null when its text does not load (then its kind is unknown). */
export interface FileFacts {
  readonly kind: FileKind;
  readonly faculty: string | null;
}

export type WriteRight = { readonly right: "write" | "propose" } | { readonly right: "forbidden"; readonly reason: string };

const FACULTY_KINDS: readonly FileKind[] = ["supplement", "deviation"];

/** The right to replace `before` by `after` (`after` null: not known yet, decide on `before`). */
export function writeRight(user: UserInfo, before: FileFacts, after: FileFacts | null): WriteRight {
  const sides = after ? [before, after] : [before];
  switch (user.role) {
    case "viewer":
      return { right: "forbidden", reason: "a viewer reads, and writes nothing" };
    case "admin":
      return { right: "forbidden", reason: "an administrator manages accounts, and writes no regulation" };
    case "central": {
      const faculty = sides.find((s) => FACULTY_KINDS.includes(s.kind));
      if (faculty) return { right: "forbidden", reason: `a ${faculty.kind} of ${faculty.faculty ?? "a faculty"} is written by that faculty; the central office approves deviations through /api/proposals` };
      return { right: "write" };
    }
    case "faculty-editor": {
      for (const side of sides) {
        if (!FACULTY_KINDS.includes(side.kind)) return { right: "forbidden", reason: `a faculty editor writes supplements and deviations, not ${side.kind === "data" ? "manifests or data files" : "general texts"}` };
        if (side.faculty !== user.faculty) return { right: "forbidden", reason: `this file's scope is faculty ${side.faculty ?? "(none)"}; ${user.name} writes for ${user.faculty}` };
      }
      return sides.some((s) => s.kind === "deviation") ? { right: "propose" } : { right: "write" };
    }
  }
}
