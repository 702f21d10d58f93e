/**
 * A conversion with its results kept per argument, for the few distinct values a cohort repeats
 * (its dates, as ISO text and as day numbers). At `limit` arguments the kept results are forgotten
 * all at once, so a long batch with many distinct values holds no more than that.
 */
export function boundedMemo<K, V>(compute: (key: K) => V, limit = 4096): (key: K) => V {
  const kept = new Map<K, V>();
  return (key) => {
    let value = kept.get(key);
    if (value === undefined && !kept.has(key)) {
      if (kept.size >= limit) kept.clear();
      value = compute(key);
      kept.set(key, value);
    }
    return value as V;
  };
}
