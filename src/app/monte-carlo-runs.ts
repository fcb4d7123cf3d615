import type { Worker } from 'node:worker_threads';
import type { MonteCarloSummary } from '../domain/uncertainty.js';
import { portableProjection, type CompiledProjection } from '../model/compile-projection.js';
import { checkRuns, runSimulator, simulateProjection, summariseRuns, type MonteCarloOptions, type RunBlock } from '../model/monte-carlo.js';
import type { MonteCarloWorkerReply, MonteCarloWorkerRequest } from './monte-carlo-worker.js';
import { workerLimit } from './worker-limit.js';

/**
 * Monte Carlo runs on the machine's cores (SPEC §5: 1,000 runs of 20,000 persons in under 5 s on 2
 * cores). Each run draws from its own random stream (model/process-noise.ts runStreams), so a run's
 * numbers do not depend on the thread that computes it: the summary is the same to the byte with
 * any number of threads, whatever order they finish in.
 *
 * Decisions:
 * - SPP_WORKERS (app/worker-limit.ts; default the cores, at most 4) is the number of threads that
 *   compute runs: this thread and SPP_WORKERS − 1 worker threads (app/monte-carlo-worker.ts); 1
 *   starts no worker. A small job stays in this thread (SMALL_JOB).
 * - Runs are handed out in blocks from a shared counter (no round trip to this thread), so a thread
 *   slowed by the machine's load takes fewer blocks; this thread takes blocks too, and between its
 *   blocks lets the workers' blocks in (progress counts them as they arrive).
 * - A worker that fails (a run throws, its file does not load, it dies) is not replaced: the runs it
 *   took and did not return are run in this thread at the end — slower, never a different answer; a
 *   run that throws throws here the error it threw there. Every worker is terminated when the runs
 *   end, also when they end in an error, so none keeps the process alive.
 */

/**
 * Below this much work the runs stay in this thread. Work: runs × years × (compiled cells + 100 per
 * function) — a run's year step costs ~15 ns per cell and its assembly (demand, status, year rows,
 * sums) ~1.5 µs per function on the 2-core benchmark machine, so a unit is ~15 ns there and this is
 * ~3 s of runs in one thread. Measured there on 2 Dec 2026 (fresh processes, load 1–2, one thread
 * against two): 20,000 persons × 200, 400 and 700 runs (48M, 96M, 167M units) gained nothing or lost
 * up to 0.5 s; Gemeente Voorbeeld × 600 and 1,200 runs (61M, 122M) lost 0.1–0.5 s; 20,000 persons ×
 * 1,000 runs (239M) gained 0.3–0.8 s. What the second thread costs: starting it (~0.1 s: its code,
 * the compiled projection copied to it), its cold code (the first runs of a thread are 10–40 times
 * slower until V8 has optimised them, ~0.2–0.5 s), and the runs themselves, which are bound by
 * memory (the Projection objects of each run): run side by side on the 2 cores, each thread's runs
 * took 25–50 % longer than alone. The summary does not depend on it, so a wrong guess costs time only.
 */
const SMALL_JOB = 200_000_000;

/** Per function and year, the cost of a run's assembly in compiled cells (see SMALL_JOB). */
const FUNCTION_COST = 100;

/** Blocks per thread: enough that a thread slowed by the load hands its share to the others (each block a few percent of the work). */
const BLOCKS_PER_THREAD = 16;
/** At most this many runs per block: a worker's block is held back until it is done, and this thread takes in the workers' blocks only between its own, so the progress moves in steps of about this. */
const MAX_BLOCK = 16;

/**
 * The worker threads for `runs` runs of `compiled` with at most `threads` threads in all (this one
 * included): 0 when the job is small (SMALL_JOB) or threads is 1.
 */
export function workersFor(compiled: CompiledProjection, runs: number, threads: number, smallJob: number = SMALL_JOB): number {
  if (threads <= 1) return 0;
  const work = runs * compiled.years.length * (compiled.supply.m0 + FUNCTION_COST * compiled.functions.length);
  if (work < smallJob) return 0;
  return Math.min(threads - 1, runs - 1);
}

/** How simulateRuns spreads the runs; every field has a default, for tests and benchmarks to set. */
export interface SpreadOptions {
  /** Threads in all, this one included (default SPP_WORKERS, else the cores up to 4: app/worker-limit.ts). */
  threads?: number;
  /** The worker's file (default app/monte-carlo-worker.ts, see workerUrl). */
  script?: URL;
  /** Work below which the runs stay in this thread (default SMALL_JOB). */
  smallJob?: number;
  /** False: this thread takes no runs itself, only those a failed worker left (tests: the workers' numbers are summarised). */
  ownShare?: boolean;
}

/** `simulateProjection(compiled, options)` (model/monte-carlo.ts), the same summary to the byte, on the cores. */
export async function simulateRuns(compiled: CompiledProjection, options: MonteCarloOptions, spread: SpreadOptions = {}): Promise<MonteCarloSummary> {
  checkRuns(options.runs);
  // SPP_WORKERS is checked even when no worker is needed: a typo is said at once.
  const threads = spread.threads ?? workerLimit();
  const workers = workersFor(compiled, options.runs, threads, spread.smallJob);
  if (workers === 0) return simulateProjection(compiled, options);
  return simulateOnWorkers(compiled, options, workers, spread.script ?? workerUrl(), spread.ownShare !== false);
}

/**
 * The worker's file: next to this module (dist/bundle/ of the bundle, build/src/app/ of the
 * benchmarks). Run from the TypeScript source (vitest), the bundle's of `npm run build`, as for the
 * plan workers (app/plan-solver.ts).
 */
function workerUrl(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('../../dist/bundle/monte-carlo-worker.js', import.meta.url) : new URL('./monte-carlo-worker.js', import.meta.url);
}

/** Lets the event loop take the workers' messages. */
const yieldToEvents = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

async function simulateOnWorkers(compiled: CompiledProjection, options: MonteCarloOptions, workers: number, script: URL, ownShare: boolean): Promise<MonteCarloSummary> {
  const { runs, seed } = options;
  const processNoise = options.processNoise !== false;
  const chunk = Math.max(1, Math.min(MAX_BLOCK, Math.ceil(runs / ((workers + 1) * BLOCKS_PER_THREAD))));
  const next = new SharedArrayBuffer(4);
  const counter = new Int32Array(next);
  const blocks: RunBlock[] = [];
  let done = 0;
  const ran = (count: number): void => {
    for (let i = 0; i < count; i++) options.onProgress?.(++done, runs);
  };
  const { Worker } = await import('node:worker_threads');
  const started: Worker[] = [];
  // An error of onProgress called for a worker's block: thrown in this thread's loop, not from the handler.
  let failure: { error: unknown } | undefined;
  const rethrow = (): void => {
    if (failure !== undefined) throw failure.error;
  };
  try {
    const request: MonteCarloWorkerRequest = { projection: portableProjection(compiled), seed, processNoise, runs, chunk, next };
    const finished: Promise<void>[] = [];
    for (let w = 0; w < workers; w++) {
      const worker = new Worker(script);
      started.push(worker);
      finished.push(
        new Promise<void>((resolve) => {
          worker.on('message', (reply: MonteCarloWorkerReply) => {
            if (!('block' in reply)) return resolve();
            blocks.push(reply.block);
            try {
              ran(reply.block.count);
            } catch (error) {
              failure ??= { error };
              resolve();
            }
          });
          // An uncaught error, or a worker file that does not load: 'exit' follows.
          worker.on('error', () => undefined);
          worker.on('exit', () => resolve());
        }),
      );
      worker.postMessage(request);
    }
    // This thread's share: blocks from the same counter; between two blocks the workers' blocks (and
    // the progress they carry) come in.
    const simulator = runSimulator(compiled, { seed, processNoise });
    while (ownShare) {
      const from = Atomics.add(counter, 0, chunk);
      if (from >= runs) break;
      blocks.push(simulator.run(from, Math.min(from + chunk, runs), () => ran(1)));
      await yieldToEvents();
      rethrow();
    }
    await Promise.all(finished);
    rethrow();
    // Runs a failed worker took and did not return: run here (a run that threw there throws here).
    const covered = new Uint8Array(runs);
    for (const block of blocks) covered.fill(1, block.from, block.from + block.count);
    for (let from = covered.indexOf(0); from >= 0; from = covered.indexOf(0, from)) {
      let to = from + 1;
      while (to < runs && covered[to] === 0) to++;
      blocks.push(simulator.run(from, to, () => ran(1)));
      from = to;
    }
    blocks.sort((a, b) => a.from - b.from);
    return summariseRuns(compiled, options, blocks);
  } finally {
    await Promise.all(started.map((worker) => worker.terminate()));
  }
}
