/**
 * Where a rule, parameter or decision comes from, as data: the article, the file's role (the
 * general text, a faculty supplement or a faculty deviation) and the scope it applies to. The
 * renderers turn it into "art. 22 facultaire aanvulling IIW" or "art. 22 faculty supplement IIW".
 */
import type { FileMeta } from "./model.js";

export interface Origin {
  /** The article number, or the name of a provision of another document ("leerkrediet"). */
  readonly article: string | number;
  readonly role: FileMeta["kind"];
  readonly faculty?: string;
  readonly campus?: string;
  readonly programmes?: readonly string[];
  /** The file's title: what a provision that is not a numbered article is called. */
  readonly title?: string;
}

/** The origin of a regulation file, from its metadata. */
export function originOf(file: { readonly meta: FileMeta }): Origin {
  const meta = file.meta;
  const s = meta.kind === "general" ? undefined : meta.scope;
  return {
    article: meta.article,
    role: meta.kind,
    ...(s?.faculty ? { faculty: s.faculty } : {}),
    ...(s?.campus ? { campus: s.campus } : {}),
    ...(s?.programmes ? { programmes: s.programmes } : {}),
    ...(typeof meta.article === "number" ? {} : { title: meta.title }),
  };
}
