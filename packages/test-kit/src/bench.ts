/** Median and 95th percentile of measured times, as every `pnpm bench` prints them. */
export function stats(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  return `median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} ms, p95 ${sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!.toFixed(1)} ms`;
}

/** Runs `run` `runs` times and returns its stats. */
export async function timed(runs: number, run: () => Promise<unknown> | unknown): Promise<string> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return stats(times);
}
