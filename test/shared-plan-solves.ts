import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type * as PlanActions from '../src/model/plan/plan-actions.js';

/**
 * The plan's LP solved once per test file for each distinct input (a test-suite speed-up: a solve of
 * the krimp scenario costs seconds, and a file that runs `spp plan`, `reskill`, `explain` and `report`
 * on one scenario in several formats and widths would solve the same LP each time). A test file opts
 * in with
 *
 *   vi.mock('../../src/model/plan/plan-actions.js', async (original) =>
 *     (await import('../shared-plan-solves.js')).sharingPlanSolves(await original()));
 *
 * and every command it runs in process still goes its whole way (load, project, build the LP input,
 * render); only `planActions` with an input (and options) solved before returns a deep copy of that
 * earlier outcome, which the solver gives again anyway (it is deterministic: work, not time). Not
 * shared: a solve with a progress listener (it must report), and anything inside `solvedAfresh`
 * (a test whose point is that a second solve gives the same bytes). The cache key is the input as
 * JSON, as src/app/plan.ts's own cache of `spp sensitivity`'s variants.
 *
 * Across the files of one run too: test/global-setup.ts makes a folder for the run (SPP_TEST_SOLVES),
 * and an outcome solved in one file is written there (v8.serialize, written whole and renamed into
 * place) for the others — the krimp-vacaturestop plan alone is solved by a dozen files. The folder
 * is removed when the run ends, so every run solves each input once, from scratch.
 */

type Module = typeof PlanActions;

let fresh = 0;

/** Runs `body` with every plan solved anew (for a test that checks that two solves agree). */
export async function solvedAfresh<T>(body: () => Promise<T>): Promise<T> {
  fresh += 1;
  try {
    return await body();
  } finally {
    fresh -= 1;
  }
}

/** `original` with `planActions` shared between calls with the same input and options (see the header). */
export function sharingPlanSolves(original: Module): Module {
  const solved = new Map<string, Promise<PlanActions.PlanOutcome>>();
  const planActions: Module['planActions'] = async (input, options = {}) => {
    if (options.onProgress !== undefined || fresh > 0) return original.planActions(input, options);
    const key = JSON.stringify([input, options.withoutPathways === true, options.hint ?? null], (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v));
    let outcome = solved.get(key);
    if (outcome === undefined) {
      outcome = solvedOnDisk(key, () => original.planActions(input, options));
      solved.set(key, outcome);
    }
    return structuredClone(await outcome);
  };
  return { ...original, planActions };
}

/** The outcome another file of this run solved for `key`, else `solve()`'s, written for the files after. */
async function solvedOnDisk(key: string, solve: () => Promise<PlanActions.PlanOutcome>): Promise<PlanActions.PlanOutcome> {
  const dir = process.env['SPP_TEST_SOLVES'];
  if (dir === undefined) return solve();
  const file = join(dir, `${createHash('sha256').update(key).digest('hex')}.v8`);
  try {
    return deserialize(readFileSync(file)) as PlanActions.PlanOutcome;
  } catch {
    const outcome = await solve();
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, serialize(outcome));
    renameSync(temp, file);
    return outcome;
  }
}
