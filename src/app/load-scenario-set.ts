import { createDataCache } from './data-cache.js';
import { loadInputs, type LoadedInputs, type LoadOptions } from './load-inputs.js';

/**
 * Several scenarios on the same data (`spp compare`, `spp report -s A -s B`): each scenario is read
 * and checked on its own, and the shared data cache (data-cache.ts) reads and folds each data file
 * once for all of them (a file read differently — another preset, column map, reference year — is a
 * different entry).
 */
export async function loadScenarioSet(scenarioPaths: readonly string[], options: Omit<LoadOptions, 'scenario' | 'example'>): Promise<LoadedInputs[]> {
  const cache = createDataCache();
  const out: LoadedInputs[] = [];
  for (const path of scenarioPaths) out.push(await loadInputs({ ...options, scenario: path }, cache));
  return out;
}
