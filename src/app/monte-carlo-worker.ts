import { parentPort } from 'node:worker_threads';
import { restoredProjection, type PortableProjection } from '../model/compile-projection.js';
import { runSimulator, type RunBlock } from '../model/monte-carlo.js';

/**
 * A worker thread of the Monte Carlo runs (app/monte-carlo-runs.ts): gets the compiled projection
 * once, then takes blocks of runs from the shared counter until none is left, posting each block's
 * numbers back (their arrays transferred, not copied), then `done`. A run that throws ends the
 * worker's work with `failed`: the main thread runs that block itself, so the error the user sees is
 * the one a run in that thread throws. Its own entry of the bundle (scripts/bundle.mjs).
 */

export interface MonteCarloWorkerRequest {
  projection: PortableProjection;
  seed: number;
  processNoise: boolean;
  runs: number;
  /** Runs per block taken from `next`. */
  chunk: number;
  /** Int32Array[1] over a SharedArrayBuffer: the first run no thread has taken yet (Atomics.add). */
  next: SharedArrayBuffer;
}

export type MonteCarloWorkerReply = { block: RunBlock } | { done: true } | { failed: { from: number; to: number; name: string; message: string } };

const port = parentPort;
port?.once('message', (request: MonteCarloWorkerRequest) => {
  const next = new Int32Array(request.next);
  let from = 0;
  let to = 0;
  try {
    const simulator = runSimulator(restoredProjection(request.projection), { seed: request.seed, processNoise: request.processNoise });
    for (;;) {
      from = Atomics.add(next, 0, request.chunk);
      if (from >= request.runs) break;
      to = Math.min(from + request.chunk, request.runs);
      const block = simulator.run(from, to);
      const reply: MonteCarloWorkerReply = { block };
      port.postMessage(reply, [block.supply.buffer, block.demand.buffer, block.gap.buffer, block.status.buffer]);
    }
    port.postMessage({ done: true } satisfies MonteCarloWorkerReply);
  } catch (error) {
    const { name, message } = error instanceof Error ? error : { name: 'Error', message: String(error) };
    port.postMessage({ failed: { from, to, name, message } } satisfies MonteCarloWorkerReply);
  }
});
