import { resolve } from 'node:path';
import { hasErrors, UserError, type Diagnostic } from '../diagnostics/diagnostic.js';
import { displayPath } from '../diagnostics/format-diagnostics.js';
import { readScenario, type LoadedScenario } from '../io/read-scenario.js';
import { withEmergingFunctions } from '../model/emerging.js';
import { checkScenarioRules } from '../validate/scenario-rules.js';
import { loadInputs, sha256Of, type LoadedInputs, type LoadOptions } from './load-inputs.js';

/**
 * Several scenarios on the same data (`spp compare`, `spp report -s A -s B`): each scenario is read
 * and checked on its own, but each data file is read once. Scenarios share one reading of the data
 * when they name the same files and read them the same way — the same horizon start (the headcount's
 * reference year), full-time week, preset, column map and similarity file — and nobody in the
 * headcount works in an emerging function of either (those are valid ids only in their scenario).
 *
 * Until the projection's shared data cache (issue #9) lands in load-inputs.ts, this is that cache for
 * these two commands: the first scenario of each kind goes through loadInputs, the others reuse its
 * function profiles and headcount and only run their own scenario checks.
 */
export async function loadScenarioSet(scenarioPaths: readonly string[], options: Omit<LoadOptions, 'scenario' | 'example'>): Promise<LoadedInputs[]> {
  const byData = new Map<string, LoadedInputs>();
  const out: LoadedInputs[] = [];
  for (const path of scenarioPaths) {
    const file = resolve(path);
    const read = await readScenario(file);
    if (read.value === null) {
      // Let loadInputs give the usual messages (missing file: exit 2; invalid: exit 1).
      out.push(await loadInputs({ ...options, scenario: path }));
      continue;
    }
    const key = dataKey(read.value, options);
    const base = byData.get(key);
    if (base === undefined) {
      const inputs = await loadInputs({ ...options, scenario: path });
      byData.set(key, inputs);
      out.push(inputs);
      continue;
    }
    // A person already working in an emerging function is read against that scenario's own
    // emerging functions (their ids and skills): such data is read again.
    const emerging = new Set([...base.functions.filter((f) => f.emerging === true).map((f) => f.id), ...read.value.scenario.demand.emerging.map((e) => e.id)]);
    if (base.workforce.cells.some((c) => emerging.has(c.functionId))) {
      out.push(await loadInputs({ ...options, scenario: path }));
      continue;
    }
    out.push(await reuseData(base, read.value, read.diagnostics));
  }
  return out;
}

/** What decides how the data files are read for a scenario. */
function dataKey(loaded: LoadedScenario, options: Omit<LoadOptions, 'scenario' | 'example'>): string {
  const s = loaded.scenario;
  return JSON.stringify({
    functions: options.functions !== undefined ? resolve(options.functions) : loaded.dataPaths.functions,
    headcount: options.headcount !== undefined ? resolve(options.headcount) : loaded.dataPaths.headcount,
    columns: options.columns !== undefined ? resolve(options.columns) : loaded.dataPaths.columns,
    similarity: loaded.dataPaths.similarity,
    preset: options.preset ?? s.data.preset,
    delimiter: options.delimiter,
    encoding: options.encoding,
    groupBy: options.groupBy,
    start: s.horizon.start,
    fulltime: s.workforce.fulltime_hours,
  });
}

/** The inputs of `loaded` on the data another scenario already read; its own checks run again. */
async function reuseData(base: LoadedInputs, loaded: LoadedScenario, read: Diagnostic[]): Promise<LoadedInputs> {
  const { scenario } = loaded;
  const profiles = base.functions.filter((f) => f.emerging !== true);
  const diagnostics = [...read, ...checkScenarioRules({ scenario, locate: loaded.locate, functions: profiles })];
  if (hasErrors(diagnostics)) {
    throw new UserError(`${displayPath(loaded.files[0]!)} is invalid`, 1, diagnostics);
  }
  const files = [];
  for (const path of loaded.files) files.push({ role: 'scenario' as const, path, sha256: await sha256Of(path) });
  files.push(...base.files.filter((f) => f.role !== 'scenario'));
  return {
    scenario,
    loaded,
    functions: withEmergingFunctions(scenario, profiles),
    workforce: base.workforce,
    ...(base.similarity !== undefined ? { similarity: base.similarity } : {}),
    files,
    // The data's own warnings were reported with the scenario that read it.
    diagnostics,
    usedExample: false,
  };
}
