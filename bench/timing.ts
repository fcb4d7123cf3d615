/** One benchmark figure. */
export interface BenchResult {
  name: string;
  seconds: number;
  detail: string;
}

/** Runs `work` `runs` times and returns the fastest wall time (seconds) and the last value. */
export async function fastest<T>(runs: number, work: () => Promise<T> | T): Promise<{ seconds: number; value: T }> {
  let best = Infinity;
  let value: T | undefined;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    value = await work();
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  return { seconds: best, value: value as T };
}
