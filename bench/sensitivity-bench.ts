import { fileURLToPath } from 'node:url';
import { loadInputs } from '../src/app/load-inputs.js';
import { projectVariant } from '../src/app/project-variant.js';
import { runSensitivity } from '../src/model/sensitivity.js';
import { fastest, type BenchResult } from './timing.js';

/**
 * Benchmark of `spp sensitivity` on Gemeente Voorbeeld (SPEC §5: all assumptions, under 30 s): the
 * scenario with the most assumptions, digitaal-versneld, every numeric assumption at −20 % and
 * +20 %. Reading the data is timed apart from the runs; each figure is the fastest of three.
 * Prints nothing.
 */
export async function benchSensitivity(): Promise<BenchResult[]> {
  const scenario = fileURLToPath(new URL('../../scenarios/digitaal-versneld.yaml', import.meta.url));
  const load = await fastest(3, () => loadInputs({ scenario }));
  const inputs = load.value;
  const run = await fastest(3, () => runSensitivity(inputs.scenario, inputs.functions, 0.2, projectVariant(inputs)));
  const result = run.value;
  const projections = 1 + 2 * result.assumptions.length;
  return [
    { name: 'read and check the inputs (digitaal-versneld)', seconds: load.seconds, detail: `${inputs.workforce.cells.length} cells, ${inputs.functions.length} functions` },
    {
      name: 'sensitivity, all assumptions ±20 % (digitaal-versneld)',
      seconds: run.seconds,
      detail: `${result.assumptions.length} assumptions, ${projections} projections (${((run.seconds / projections) * 1000).toFixed(0)} ms each); top: ${result.assumptions.slice(0, 3).map((a) => a.path).join(', ')}`,
    },
  ];
}
