/** Timing for the benchmarks: a warm-up round, then the median of timed rounds (the machine is shared). */
import { performance } from "node:perf_hooks";

export async function medianSeconds(rounds: number, run: () => unknown): Promise<number> {
  await run(); // warm-up: compile, let the JIT settle
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await run();
    times.push((performance.now() - start) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
