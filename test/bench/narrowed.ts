/**
 * A compiled scope narrowed to some of its decisions and every decision they read, directly or
 * through others: without those, a read would find no result and come out undetermined. The
 * benchmarks use it to run part of a regulation with the engine's own evaluate.
 */
import type { CompiledDecision, CompiledRegulation } from "../../engine/compile/index.js";
import { decisionsRead } from "../../engine/evaluate/index.js";

export function narrowedTo(all: CompiledRegulation, keep: (d: CompiledDecision) => boolean): CompiledRegulation {
  const needed = new Set(all.decisions.filter(keep).map((d) => d.id));
  for (let size = 0; size !== needed.size; ) {
    size = needed.size;
    const namespaces = new Set(all.decisions.filter((d) => needed.has(d.id)).map((d) => d.namespace));
    // A fresh `decisions` array: decisionsRead keeps its answer per compilation (by that array), and
    // this asks about some of the files only, which must not become the whole compilation's answer.
    for (const id of decisionsRead({ ...all, decisions: [], files: all.files.filter((f) => namespaces.has(f.namespace)) })) needed.add(id);
  }
  return { ...all, decisions: all.decisions.filter((d) => needed.has(d.id)) };
}
