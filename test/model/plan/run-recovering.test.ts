import { describe, expect, it } from 'vitest';
import { runRecovering } from '../../../src/model/plan/solve-plan-lp.js';

/**
 * HiGHS sometimes ends a solve without a verdict (model status 15, "unknown"; seen in `spp sensitivity`
 * on krimp-vacaturestop). The plan must then be solved again rather than fail: from scratch, and then
 * from scratch without presolve. A stand-in model replays the statuses HiGHS gave.
 */
function fakeModel(statuses: number[]) {
  const log: string[] = [];
  let presolve = 'choose';
  return {
    log,
    run() {
      const status = statuses.shift()!;
      log.push(`run(presolve=${presolve}) → ${status}`);
      return { modelStatus: status };
    },
    clearSolver() {
      log.push('clearSolver');
    },
    options: {
      set(options: { presolve: 'off' | 'choose' }) {
        presolve = options.presolve;
      },
    },
  };
}

describe('runRecovering', () => {
  it('takes an optimal or infeasible verdict at once', () => {
    for (const status of [7, 8]) {
      const model = fakeModel([status]);
      expect(runRecovering(model)).toBe(status);
      expect(model.log).toEqual([`run(presolve=choose) → ${status}`]);
    }
  });

  it('solves again from scratch after status 15', () => {
    const model = fakeModel([15, 7]);
    expect(runRecovering(model)).toBe(7);
    expect(model.log).toEqual(['run(presolve=choose) → 15', 'clearSolver', 'run(presolve=choose) → 7']);
  });

  it('then solves without presolve, and turns presolve back on', () => {
    const model = fakeModel([15, 15, 7, 7]);
    expect(runRecovering(model)).toBe(7);
    expect(model.log).toEqual(['run(presolve=choose) → 15', 'clearSolver', 'run(presolve=choose) → 15', 'clearSolver', 'run(presolve=off) → 7']);
    model.run();
    expect(model.log.at(-1)).toBe('run(presolve=choose) → 7');
  });

  it('reports what HiGHS says when no attempt gives a verdict (the caller then fails loudly)', () => {
    expect(runRecovering(fakeModel([15, 15, 15]))).toBe(15);
  });
});
