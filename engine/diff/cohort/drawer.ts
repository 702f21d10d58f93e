/**
 * The random streams of the generated cohort. mulberry32 is small, fast and reproducible; a
 * drawer wraps one stream with the draws the fact files need. Each topic of facts draws from its
 * own stream (seeded by the cohort's seed and the topic's name), so adding or changing the facts
 * of one topic moves neither the edges nor the facts of another.
 */

/** mulberry32: small, fast, reproducible. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Drawer {
  pick<T>(xs: readonly T[]): T;
  int(lo: number, hi: number): number;
  yes(p: number): boolean;
  /** A date in the academic year starting 1 September of `start`, between two month offsets. */
  date(start: number, fromMonth: number, toMonth: number): string;
  /** A date at an edge half of the time (the day itself, the day before or after), else within `spread` days of it. */
  near(date: string, spread: number): string;
  /**
   * A number at or beside a threshold half of the time (threshold - 1, threshold, threshold + 1), else
   * in [lo, hi]; always within [lo, hi], so a threshold at a bound gives no value the context schema
   * refuses (credits_in_isp = -1 when no credits remained: 154 of 100,000 students were skipped).
   */
  around(threshold: number, lo: number, hi: number): number;
}

export function drawer(r: () => number): Drawer {
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  return {
    pick: (xs) => xs[Math.floor(r() * xs.length)]!,
    int,
    yes: (p) => r() < p,
    date: (start, fromMonth, toMonth) => new Date(Date.UTC(start, 8 + fromMonth, 1) + Math.floor(r() * (toMonth - fromMonth) * 30) * 86_400_000).toISOString().slice(0, 10),
    near: (date, spread) => addDays(date, r() < 0.5 ? int(-1, 1) : int(-spread, spread)),
    around: (threshold, lo, hi) => Math.min(hi, Math.max(lo, r() < 0.5 ? threshold + int(-1, 1) : int(lo, hi))),
  };
}

/** The drawer of one topic of facts: its own stream, from the cohort's seed and the topic's name. */
export function topicDrawer(seed: number, topic: string): Drawer {
  let h = 0x811c9dc5;
  for (const ch of topic) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return drawer(random((seed ^ h) >>> 0));
}

/** An ISO date `days` days after `date` (before, when negative). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
}
