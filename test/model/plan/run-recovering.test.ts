import { describe, expect, it } from 'vitest';
import { objectiveScale, runRecovering } from '../../../src/model/plan/solve-plan-lp.js';

/**
 * HiGHS sometimes ends a solve without a verdict (model status 15, "unknown"; seen in `spp sensitivity`
 * on krimp-vacaturestop). The plan must then be solved again rather than fail: from scratch, then
 * from scratch without presolve, then with the primal simplex, and last — for an objective with a cost
 * above 10⁶ — scaled down by a power of two. A stand-in model replays the statuses HiGHS gave.
 */
function fakeModel(statuses: number[]) {
  const log: string[] = [];
  let presolve = 'choose';
  let simplex = 1;
  let scale = 0;
  return {
    log,
    run() {
      const status = statuses.shift()!;
      log.push(`run(presolve=${presolve}${simplex === 1 ? '' : `, simplex=${simplex}`}${scale === 0 ? '' : `, scale=${scale}`}) → ${status}`);
      // -1: HiGHS's run error, which highs-js throws.
      if (status === -1) throw Object.assign(new Error('run failed with HiGHS status -1'), { name: 'HighsError' });
      return { modelStatus: status };
    },
    clearSolver() {
      log.push('clearSolver');
    },
    options: {
      set(options: { presolve?: 'off' | 'choose'; simplex_strategy?: number; user_objective_scale?: number }) {
        if (options.presolve !== undefined) presolve = options.presolve;
        if (options.simplex_strategy !== undefined) simplex = options.simplex_strategy;
        if (options.user_objective_scale !== undefined) scale = options.user_objective_scale;
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

  it('last, the primal simplex, which found infeasible a dive\'s LP the dual simplex left unknown three times; then the defaults again', () => {
    const model = fakeModel([15, 15, 15, 8, 7]);
    expect(runRecovering(model)).toBe(8);
    expect(model.log).toEqual([
      'run(presolve=choose) → 15',
      'clearSolver',
      'run(presolve=choose) → 15',
      'clearSolver',
      'run(presolve=off) → 15',
      'clearSolver',
      'run(presolve=off, simplex=4) → 8',
    ]);
    model.run();
    expect(model.log.at(-1)).toBe('run(presolve=choose) → 7');
  });

  it('reports what HiGHS says when no attempt gives a verdict (the caller then fails loudly)', () => {
    expect(runRecovering(fakeModel([15, 15, 15, 15]))).toBe(15);
  });

  it("for an LP, retries a run that failed outright (HiGHS's run error) the same way", () => {
    const model = fakeModel([-1, 7]);
    expect(runRecovering(model, true)).toBe(7);
    expect(model.log).toEqual(['run(presolve=choose) → -1', 'clearSolver', 'run(presolve=choose) → 7']);
    // Only the last attempt's error stands.
    expect(() => runRecovering(fakeModel([-1, -1, -1, -1]), true)).toThrow('run failed with HiGHS status -1');
  });

  it('last, for an objective with a cost above 10⁶, scales it down as HiGHS advises (hiring at € 10⁹ failed every other attempt); then no scaling again', () => {
    const model = fakeModel([-1, -1, -1, -1, 7, 7]);
    expect(runRecovering(model, true, undefined, 1e9)).toBe(7);
    expect(model.log.filter((l) => l.startsWith('run'))).toEqual([
      'run(presolve=choose) → -1',
      'run(presolve=choose) → -1',
      'run(presolve=off) → -1',
      'run(presolve=off, simplex=4) → -1',
      'run(presolve=choose, scale=-10) → 7',
    ]);
    model.run();
    expect(model.log.at(-1)).toBe('run(presolve=choose) → 7');
    // Costs up to 10⁶ have no such attempt: the primal simplex's error stands.
    expect(() => runRecovering(fakeModel([-1, -1, -1, -1, 7]), true, undefined, 1e6)).toThrow('run failed with HiGHS status -1');
  });

  it('scales an objective to a largest cost of about 10⁶, by a power of two', () => {
    expect(objectiveScale(0)).toBe(0);
    expect(objectiveScale(1e6)).toBe(0);
    expect(objectiveScale(1e9)).toBe(-10);
    expect(1e9 * 2 ** objectiveScale(1e9)).toBeLessThanOrEqual(1e6);
    expect(1e9 * 2 ** (objectiveScale(1e9) + 1)).toBeGreaterThan(1e6);
    expect(objectiveScale(Infinity)).toBe(0);
  });

  it("for a MIP, lets the run error through at once (runMip's remedy is a tighter tolerance, not a rerun)", () => {
    const model = fakeModel([-1, 7]);
    expect(() => runRecovering(model)).toThrow('run failed with HiGHS status -1');
    expect(model.log).toEqual(['run(presolve=choose) → -1']);
  });
});
