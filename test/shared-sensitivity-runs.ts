import type * as Sensitivity from '../src/app/sensitivity.js';

/**
 * `spp sensitivity`'s computation run once per test file for each distinct set of inputs and options
 * (a test-suite speed-up: each run projects, and with a plan: block solves, every variant of every
 * assumption, seconds each). A test file opts in with
 *
 *   vi.mock('../../src/app/sensitivity.js', async (original) =>
 *     (await import('../shared-sensitivity-runs.js')).sharingSensitivityRuns(await original()));
 *
 * and every `spp sensitivity` it runs in process still parses its options, reports its inputs and
 * renders its own format and language; only `runSensitivityCommand` with the load options and
 * sensitivity options (--delta, --no-plan) of an earlier run returns that run's inputs (read-only by
 * contract, as src/app/data-cache.ts's) and a deep copy of its result. A run with a progress listener
 * is not shared.
 */

type Module = typeof Sensitivity;

/** `original` with `runSensitivityCommand` shared between calls with the same options (see the header). */
export function sharingSensitivityRuns(original: Module): Module {
  const runs = new Map<string, ReturnType<Module['runSensitivityCommand']>>();
  const runSensitivityCommand: Module['runSensitivityCommand'] = async (load, options = {}) => {
    if (options.onProgress !== undefined) return original.runSensitivityCommand(load, options);
    const key = JSON.stringify([load, options]);
    let run = runs.get(key);
    if (run === undefined) {
      run = original.runSensitivityCommand(load, options);
      runs.set(key, run);
    }
    const { inputs, result } = await run;
    return { inputs, result: structuredClone(result) };
  };
  return { ...original, runSensitivityCommand };
}
