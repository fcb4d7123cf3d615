import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { simulateRuns, workersFor } from '../../src/app/monte-carlo-runs.js';
import { UserError } from '../../src/diagnostics/diagnostic.js';
import type { ScenarioInput } from '../../src/domain/scenario-schema.js';
import { compileProjection, type CompiledProjection } from '../../src/model/compile-projection.js';
import { simulateProjection, type MonteCarloOptions } from '../../src/model/monte-carlo.js';
import { smallMunicipality } from '../model/build-inputs.js';

/**
 * The Monte Carlo runs on worker threads (app/monte-carlo-runs.ts): the same summary to the byte
 * with any number of threads, as in this thread alone. The workers run dist/bundle/monte-carlo-worker.js
 * (built by the test set-up). `smallJob: 0` starts workers for this small municipality, which on its
 * own would stay in this thread.
 */

afterEach(() => vi.unstubAllEnvs());

/** The worker threads started and not yet exited. */
const live = vi.hoisted(() => ({ workers: new Set<object>(), started: 0 }));
vi.mock('node:worker_threads', async (importOriginal) => {
  const threads = await importOriginal<typeof import('node:worker_threads')>();
  class Tracked extends threads.Worker {
    constructor(...args: ConstructorParameters<typeof threads.Worker>) {
      super(...args);
      live.workers.add(this);
      live.started++;
      this.once('exit', () => live.workers.delete(this));
    }
  }
  return { ...threads, default: { ...threads, Worker: Tracked }, Worker: Tracked };
});

function compiled(extra: Partial<ScenarioInput> = {}): CompiledProjection {
  return compileProjection(
    smallMunicipality({
      workforce: {
        attrition: [{ ages: '<35', rate: [0.05, 0.1, 0.2] }, { ages: '>=35', rate: 0.04 }, { function: 'F3', rate: 0.15 }],
        transitions: { F1: { F2: 0.05, F3: 0.02 } },
        temporary: { renewal_rate: 0.4 },
      },
      digitalisation: { automation: { admin: { target: [0.1, 0.3, 0.6], end: 2031, curve: 's-curve' } }, reinvested: 0.1 },
      ...extra,
    }),
  );
}

const json = (value: unknown): string => JSON.stringify(value);

describe('Monte Carlo runs on worker threads', () => {
  it('gives the summary of the runs in this thread to the byte, with 1 worker, 2 workers or none', async () => {
    const c = compiled();
    for (const options of [{ runs: 37, seed: 42 }, { runs: 23, seed: 7, processNoise: false }] satisfies MonteCarloOptions[]) {
      const alone = json(simulateProjection(c, options));
      for (const threads of [1, 2, 3]) expect(json(await simulateRuns(c, options, { threads, smallJob: 0 })), `${threads} threads`).toBe(alone);
      // the workers' numbers alone (this thread takes no runs), and every worker stopped after
      for (const threads of [2, 3]) {
        const started = live.started;
        expect(json(await simulateRuns(c, options, { threads, smallJob: 0, ownShare: false })), `${threads - 1} workers only`).toBe(alone);
        expect(live.started - started).toBe(threads - 1);
        expect(live.workers.size).toBe(0);
      }
    }
  });

  it('gives the same bytes for the same seed and others for another seed', async () => {
    const c = compiled();
    const a = json(await simulateRuns(c, { runs: 40, seed: 42 }, { threads: 3, smallJob: 0 }));
    expect(json(await simulateRuns(compiled(), { runs: 40, seed: 42 }, { threads: 2, smallJob: 0 }))).toBe(a);
    expect(json(await simulateRuns(c, { runs: 40, seed: 43 }, { threads: 3, smallJob: 0 }))).not.toBe(a);
  });

  it('reports progress for every run, counted up to the runs, the workers\u2019 runs included', async () => {
    const seen: number[] = [];
    await simulateRuns(compiled(), { runs: 50, seed: 1, onProgress: (done, runs) => (expect(runs).toBe(50), seen.push(done)) }, { threads: 3, smallJob: 0, ownShare: false });
    expect(seen).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  });

  it('runs in this thread what a failed worker took, with the same result', async () => {
    const c = compiled();
    const alone = json(simulateProjection(c, { runs: 30, seed: 5 }));
    const dir = mkdtempSync(join(tmpdir(), 'spp-mc-worker-'));
    const scripts = {
      // takes a block, then says it failed (as a run that throws)
      failed: `import { parentPort } from 'node:worker_threads';
parentPort.once('message', (r) => { const from = Atomics.add(new Int32Array(r.next), 0, r.chunk); parentPort.postMessage({ failed: { from, to: Math.min(from + r.chunk, r.runs), name: 'Error', message: 'boom' } }); });`,
      // takes a block and dies of an uncaught error
      crashed: `import { parentPort } from 'node:worker_threads';
parentPort.once('message', (r) => { Atomics.add(new Int32Array(r.next), 0, r.chunk); throw new Error('boom'); });`,
    };
    for (const [name, text] of Object.entries(scripts)) {
      const file = join(dir, `${name}.mjs`);
      writeFileSync(file, text);
      expect(json(await simulateRuns(c, { runs: 30, seed: 5 }, { threads: 3, smallJob: 0, script: pathToFileURL(file) })), name).toBe(alone);
    }
    // a worker file that is not there
    expect(json(await simulateRuns(c, { runs: 30, seed: 5 }, { threads: 2, smallJob: 0, script: pathToFileURL(join(dir, 'missing.mjs')) }))).toBe(alone);
  });

  it('passes on an error of the progress listener, with the workers stopped', async () => {
    for (const ownShare of [true, false]) {
      const onProgress = (done: number): void => {
        if (done === 20) throw new Error('listener failed');
      };
      const error = await simulateRuns(compiled(), { runs: 60, seed: 1, onProgress }, { threads: 3, smallJob: 0, ownShare }).catch((e: unknown) => e);
      expect((error as Error).message).toBe('listener failed');
      // no worker thread left behind to keep the process alive
      expect(live.workers.size).toBe(0);
    }
  });

  it('stays in this thread for a small job or one thread, and starts at most threads − 1 workers', () => {
    const c = compiled();
    expect(workersFor(c, 1000, 4)).toBe(0); // ~250 persons: cheaper than starting a worker
    expect(workersFor(c, 10_000_000, 1)).toBe(0);
    expect(workersFor(c, 10_000_000, 4)).toBe(3);
    expect(workersFor(c, 10_000_000, 2)).toBe(1);
    expect(workersFor(c, 2, 4, 0)).toBe(1); // never more workers than runs besides this thread's
  });

  it('refuses an SPP_WORKERS that is not a whole number of at least 1, also for a job that needs no worker', async () => {
    vi.stubEnv('SPP_WORKERS', 'two');
    const error = await simulateRuns(compiled(), { runs: 3, seed: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toContain("SPP_WORKERS 'two'");
  });
});
