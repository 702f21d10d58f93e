/** Timing for the benchmarks: a warm-up round, then the median of timed rounds (the machine is shared). */
import { performance } from "node:perf_hooks";

/**
 * `cpu`: the process's CPU time (user + system) instead of the wall clock — on a machine shared with
 * other work, time spent waiting for a core is then not counted (`npm run bench -- ... --cpu`).
 */
export async function medianSeconds(rounds: number, run: () => unknown, cpu = process.argv.includes("--cpu"), warmUp = true): Promise<number> {
  if (warmUp) await run(); // warm-up: compile, let the JIT settle
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

/**
 * How many times to run a round of `run` so one round takes at least `minSeconds` (by the same
 * clock as medianSeconds): a round of a few milliseconds is timed mostly by the machine's other
 * work, and rows of one engine varied by 40 % between runs. One run first (the warm-up), then the
 * count doubles until a timed round of that many runs takes `minSeconds`.
 */
export async function repeatsFor(run: () => unknown, minSeconds = 0.2, cpu = process.argv.includes("--cpu")): Promise<number> {
  // An engine whose warm-up run alone takes that long runs once a round, with no calibration run
  // (zen-engine with traces: seconds per round), so the default run's time grows by none.
  if ((await secondsOf(run, cpu)) >= minSeconds) return 1;
  for (let repeats = 1; ; repeats *= 2) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    for (let r = 0; r < repeats; r++) await run();
    const used = process.cpuUsage(startCpu);
    const seconds = cpu ? (used.user + used.system) / 1e6 : (performance.now() - start) / 1000;
    if (seconds >= minSeconds) return repeats;
  }
}

async function secondsOf(run: () => unknown, cpu: boolean): Promise<number> {
  const start = performance.now();
  const startCpu = process.cpuUsage();
  await run();
  const used = process.cpuUsage(startCpu);
  return cpu ? (used.user + used.system) / 1e6 : (performance.now() - start) / 1000;
}
