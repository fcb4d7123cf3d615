import { distinctDiagnostics, UserError } from '../diagnostics/diagnostic.js';
import { createDataCache } from './data-cache.js';
import { loadInputs, type LoadedInputs, type LoadOptions } from './load-inputs.js';

/**
 * Several scenarios on the same data (`spp compare`, `spp report -s A -s B`): each scenario is read
 * and checked on its own, and the shared data cache (data-cache.ts) reads and folds each data file
 * once for all of them (a file read differently — another preset, column map, reference year — is a
 * different entry). Every scenario is checked before the run stops, so one run names every problem
 * (#13 class 8); the exit code is the worst of them (2, a usage error, before 1, invalid input).
 */
export async function loadScenarioSet(scenarioPaths: readonly string[], options: Omit<LoadOptions, 'scenario' | 'example'>): Promise<LoadedInputs[]> {
  const cache = createDataCache();
  const out: LoadedInputs[] = [];
  const failures: UserError[] = [];
  for (const path of scenarioPaths) {
    try {
      out.push(await loadInputs({ ...options, scenario: path }, cache));
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      failures.push(error);
    }
  }
  if (failures.length === 1) throw failures[0]!;
  if (failures.length > 1) {
    // A data file shared by the scenarios is reported once.
    const diagnostics = distinctDiagnostics(failures.flatMap((f) => f.diagnostics));
    const english = [...new Set(failures.map((f) => f.text.en))];
    const dutch = [...new Set(failures.map((f) => f.text.nl))];
    throw new UserError({ en: english.join('; '), nl: dutch.join('; ') }, failures.some((f) => f.exitCode === 2) ? 2 : 1, diagnostics);
  }
  return out;
}
