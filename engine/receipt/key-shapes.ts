/**
 * An object's keys in canonical order, with their JSON text, remembered per shape (its own keys in
 * `Object.keys` order): students' objects share a few dozen shapes, so sorting each object's keys
 * again is most of canonicalJson's work. The shapes are kept in a trie keyed by one key per level,
 * so two different key lists never share an entry (a joined string could: ["a,b"] and ["a","b"]).
 */

/** The keys of a shape in sorted (UTF-16 code unit) order, and `"key":` for each, in that order. */
export interface SortedKeys {
  readonly keys: readonly string[];
  readonly fields: readonly string[];
}

interface ShapeNode {
  next: Map<string, ShapeNode> | null;
  sorted: SortedKeys | null;
}

/** Trie nodes at most: hostile input with ever new keys cannot grow the cache without end. */
export const SHAPE_NODE_LIMIT = 20_000;

const root: ShapeNode = { next: null, sorted: null };
let nodes = 1;

/** The sorted keys of an object whose own keys are `keys`, from the cache or computed (and kept while there is room). */
export function sortedKeysOf(keys: readonly string[]): SortedKeys {
  let node = root;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    let child = node.next?.get(key);
    if (child === undefined) {
      if (nodes >= SHAPE_NODE_LIMIT) return sortKeys(keys);
      child = { next: null, sorted: null };
      (node.next ??= new Map()).set(key, child);
      nodes++;
    }
    node = child;
  }
  return (node.sorted ??= sortKeys(keys));
}

function sortKeys(keys: readonly string[]): SortedKeys {
  const sorted = [...keys].sort();
  return { keys: sorted, fields: sorted.map((key) => JSON.stringify(key) + ":") };
}

/** How many trie nodes are kept (tests: the limit holds). */
export function shapeNodeCount(): number {
  return nodes;
}
