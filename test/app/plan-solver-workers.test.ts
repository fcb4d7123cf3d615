import { afterEach, describe, expect, it, vi } from 'vitest';
import { openPlanSolver } from '../../src/app/plan-solver.js';

/**
 * How many plans are solved at once (app/plan-solver.ts): the cores, at most 4 unless SPP_WORKERS
 * says otherwise — each worker costs some 60 MB of peak memory, so a 32-core CI runner must not start
 * 32. The machine's core count is injected; workers start only when a plan is asked for, so none
 * starts here.
 */
const machine = vi.hoisted(() => ({ cores: 1 }));
vi.mock('node:os', async (importOriginal) => {
  const os = await importOriginal<typeof import('node:os')>();
  const availableParallelism = (): number => machine.cores;
  return { ...os, default: { ...os, availableParallelism }, availableParallelism };
});

afterEach(() => vi.unstubAllEnvs());

async function parallel(cores: number, plans: number, workers?: string): Promise<number> {
  machine.cores = cores;
  vi.stubEnv('SPP_WORKERS', workers ?? '');
  const solver = await openPlanSolver(plans);
  await solver.close();
  return solver.parallel;
}

describe('the number of plan workers', () => {
  it('without SPP_WORKERS: the cores, at most 4', async () => {
    expect(await parallel(32, 40)).toBe(4);
    expect(await parallel(5, 40)).toBe(4);
    expect(await parallel(4, 40)).toBe(4);
    expect(await parallel(2, 40)).toBe(2);
    expect(await parallel(1, 40)).toBe(1);
  });

  it('never more than the plans to solve', async () => {
    expect(await parallel(32, 3)).toBe(3);
    expect(await parallel(32, 1)).toBe(1);
  });

  it('SPP_WORKERS sets it explicitly, above the cap and above the cores too', async () => {
    expect(await parallel(32, 40, '16')).toBe(16);
    expect(await parallel(2, 40, '8')).toBe(8);
    expect(await parallel(32, 40, '1')).toBe(1);
  });
});
