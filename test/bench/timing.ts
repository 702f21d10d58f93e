/** Timing for the benchmarks: a warm-up round, then the median of timed rounds (the machine is shared). */
import { performance } from "node:perf_hooks";

/**
 * `cpu`: the process's CPU time (user + system) instead of the wall clock — on a machine shared with
 * other work, time spent waiting for a core is then not counted (`npm run bench -- ... --cpu`).
 */
export async function medianSeconds(rounds: number, run: () => unknown, cpu = process.argv.includes("--cpu")): Promise<number> {
  await run(); // warm-up: compile, let the JIT settle
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    await run();
    const used = process.cpuUsage(startCpu);
    times.push(cpu ? (used.user + used.system) / 1e6 : (performance.now() - start) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
