import { describe, expect, it } from 'vitest';
import { LpColumns, solveLp } from '../../src/model/reskill-lp.js';

/** A seeded transportation problem: m supplies, n demands, every pair a candidate column. */
function transport(m: number, n: number, seed: number) {
  let s = seed >>> 0;
  const rand = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  const rowLower: number[] = [];
  const rowUpper: number[] = [];
  for (let r = 0; r < m + n; r++) {
    rowLower.push(-Infinity);
    rowUpper.push(Math.round(rand() * 10) / 2);
  }
  const candidates = new LpColumns();
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) candidates.add(-52000 + Math.round(rand() * 40) * 1000, Infinity, [i, m + j], [1, 1]);
  }
  return { rowLower, rowUpper, fixed: new LpColumns(), candidates };
}

describe('solveLp', () => {
  it('column generation from a few columns reaches the same optimum as the full LP', async () => {
    const problem = transport(30, 40, 7);
    const full = await solveLp(problem);
    const priced = await solveLp({ ...problem, initial: [0, 1, 2] });
    expect(full.rounds).toBe(1);
    expect(priced.rounds).toBeGreaterThan(1);
    expect(priced.candidatesUsed).toBeLessThan(problem.candidates.count);
    expect(priced.objective).toBeCloseTo(full.objective, 3);
    // and the priced solution is feasible for the full problem
    const activity = new Float64Array(70);
    priced.candidates.forEach((v, c) => {
      expect(v).toBeGreaterThanOrEqual(-1e-9);
      for (let k = problem.candidates.starts[c]!; k < problem.candidates.starts[c + 1]!; k++) {
        activity[problem.candidates.rows[k]!]! += v * problem.candidates.values[k]!;
      }
    });
    activity.forEach((a, r) => expect(a).toBeLessThanOrEqual(problem.rowUpper[r]! + 1e-7));
  });

  it('returns zeros for an empty problem', async () => {
    const result = await solveLp({ rowLower: [], rowUpper: [], fixed: new LpColumns(), candidates: new LpColumns() });
    expect(result.objective).toBe(0);
    expect(result.candidates.length).toBe(0);
  });
});
