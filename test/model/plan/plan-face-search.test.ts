import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPlan } from '../../../src/app/plan.js';
import type { PlanInput } from '../../../src/model/plan/plan-input.js';
import { buildPlanLp, type PlanLp } from '../../../src/model/plan/plan-lp.js';
import { solvePlanLp, type PlanSolution } from '../../../src/model/plan/solve-plan-lp.js';

/**
 * Before a part of the MIP goes to HiGHS's branch and bound, a short depth-first search of the LP
 * relaxation's optimal face looks for a plan at the relaxation's value (solve-plan-lp.ts, faceSearch):
 * where one exists it is optimal, and HiGHS's search — its cutting planes on cold WebAssembly code,
 * 0.3 s of Gemeente Voorbeeld's baseline — is not needed.
 */

const tol = (v: number) => 1e-6 * Math.max(1, Math.abs(v));

/** Solves the plan, counting HiGHS's branch-and-bound progress reports (one per callback from its search). */
async function solve(input: PlanInput, faceSearch: boolean): Promise<{ lp: PlanLp; solution: PlanSolution; searched: number }> {
  let searched = 0;
  const lp = buildPlanLp(input);
  const solution = await solvePlanLp(lp, {
    objective: input.objective,
    lexShortage: input.shortageCost === null,
    faceSearch,
    onProgress: (p) => {
      if (p.search !== null) searched++;
    },
  });
  return { lp, solution, searched };
}

/** Every row of the final stage within its bounds, every pathway-year at 0 or at least the minimum flow. */
function expectFeasible(lp: PlanLp, solution: PlanSolution): void {
  const x = solution.final.colValue;
  const activity = new Float64Array(lp.numRows);
  for (let c = 0; c < lp.numCols; c++) for (let e = lp.starts[c]!; e < lp.starts[c + 1]!; e++) activity[lp.indices[e]!]! += lp.values[e]! * x[c]!;
  for (let r = 0; r < lp.numRows; r++) {
    const slack = 1e-6 * Math.max(1, Math.abs(activity[r]!));
    expect(activity[r]!, `row ${r}`).toBeGreaterThanOrEqual(lp.rowLower[r]! - slack);
    expect(activity[r]!, `row ${r}`).toBeLessThanOrEqual(solution.rowUpper[r]! + slack);
  }
  let used = 0;
  for (let c = 0; c < lp.numCols; c++) {
    if (lp.integrality[c] !== 2 || x[c]! <= 1e-9) continue;
    used++;
    expect(x[c]!, `column ${c}`).toBeGreaterThanOrEqual(lp.colLower[c]! * (1 - 1e-9));
  }
  expect(used).toBeGreaterThan(0);
}

describe('the search of the optimal face before the branch and bound', () => {
  it("Gemeente Voorbeeld's baseline with only Management closed: its largest part's plan at the bound needs no branch and bound, and the plan is the same", { timeout: 120_000 }, async () => {
    // The example closed six more functions to computed pathways on 30 Nov; with only the default
    // closed, the MIP has the part whose plan at the bound the dive misses (1,746 columns).
    const dir = mkdtempSync(join(tmpdir(), 'spp-face-'));
    const scenario = join(dir, 'management-only.yaml');
    writeFileSync(scenario, `id: management-only\nextends: ${JSON.stringify(resolve('scenarios/baseline.yaml'))}\nreskilling:\n  closed_destinations: { families: [Management], functions: [] }\n`);
    const { input } = await runPlan({ scenario });
    rmSync(dir, { recursive: true, force: true });
    const [face, plain] = [await solve(input, true), await solve(input, false)];
    expectFeasible(face.lp, face.solution);
    const [found, reference] = [face.solution.gaps, plain.solution.gaps];
    expect(found.map((g) => g.stage)).toEqual(reference.map((g) => g.stage));
    found.forEach((g, s) => {
      expect(Math.abs(g.value - reference[s]!.value), g.stage).toBeLessThanOrEqual(tol(reference[s]!.value));
      expect(g.value - g.bound, `${g.stage}: proven`).toBeLessThanOrEqual(tol(g.value));
    });
    // HiGHS still searches the part whose optimum lies above its relaxation, not the other.
    expect(face.searched).toBeGreaterThan(0);
    expect(face.searched).toBeLessThan(plain.searched);
  });
});
