import { availableParallelism } from 'node:os';
import { UserError } from '../diagnostics/diagnostic.js';

/**
 * How many threads spp works on at once where it can split the work: the plans that
 * app/plan-solver.ts solves side by side, the threads that app/monte-carlo-runs.ts spreads Monte
 * Carlo runs over. One setting for both, SPP_WORKERS (README, "On the cores").
 */

/**
 * Threads when SPP_WORKERS is not set: the cores, but at most this many. Each plan worker holds its
 * own HiGHS (a WebAssembly heap) and V8 isolate, some 60 MB more peak memory each (README,
 * sensitivity): all 32 cores of a CI runner would add ~2 GB to a run that needs ~300 MB. SPP_WORKERS
 * allows more.
 */
const DEFAULT_MAX_WORKERS = 4;

/** SPP_WORKERS (a whole number ≥ 1; 1 = no worker thread), else the cores Node may use, at most DEFAULT_MAX_WORKERS. */
export function workerLimit(env: NodeJS.ProcessEnv = process.env): number {
  const text = env['SPP_WORKERS']?.trim();
  if (text === undefined || text === '') return Math.min(availableParallelism(), DEFAULT_MAX_WORKERS);
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) {
    throw new UserError({
      en: `SPP_WORKERS '${text}': expected a whole number of at least 1, the threads that work at once — plans solved, Monte Carlo runs (1: no worker threads)`,
      nl: `SPP_WORKERS '${text}': verwacht een geheel getal van ten minste 1, het aantal threads dat tegelijk rekent — plannen, Monte Carlo-runs (1: geen worker threads)`,
    }, 2);
  }
  return n;
}
