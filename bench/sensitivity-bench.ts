import { fileURLToPath } from 'node:url';
import { loadInputs } from '../src/app/load-inputs.js';
import { buildSensitivityResult } from '../src/app/sensitivity.js';
import { fastest, type BenchResult } from './timing.js';

/**
 * Benchmark of `spp sensitivity` on Gemeente Voorbeeld (SPEC §5: all assumptions, with the plan,
 * under 30 s). Without a plan: digitaal-versneld, the scenario with the most assumptions, fastest of
 * three. With the plan: krimp-vacaturestop, the example scenario with a `plan:` block, every
 * variant re-solving the plan (and its cost parameters moved); one run, since one takes minutes
 * while a plan solve takes seconds. Reading the data is timed apart. Prints nothing.
 */
export async function benchSensitivity(): Promise<BenchResult[]> {
  const path = (name: string): string => fileURLToPath(new URL(`../../scenarios/${name}.yaml`, import.meta.url));
  const load = await fastest(3, () => loadInputs({ scenario: path('digitaal-versneld') }));
  const inputs = load.value;
  const run = await fastest(3, () => buildSensitivityResult(inputs));
  const withPlan = await loadInputs({ scenario: path('krimp-vacaturestop') });
  const cpu = process.cpuUsage();
  const planRun = await fastest(1, () => buildSensitivityResult(withPlan));
  const used = process.cpuUsage(cpu);
  const planCpu = (used.user + used.system) / 1e6;
  const detail = (seconds: number, result: typeof run.value, plan: boolean): string => {
    const variants = 1 + 2 * result.assumptions.length;
    const top = (key: 'swing_gap_fte' | 'swing_plan_cost'): string =>
      [...result.assumptions].sort((a, b) => (b[key] ?? 0) - (a[key] ?? 0)).slice(0, 3).map((a) => a.path).join(', ');
    return (
      `${result.assumptions.length} assumptions, ${variants} variants (${((seconds / variants) * 1000).toFixed(0)} ms each${plan ? ', projection and plan solve' : ''}); ` +
      `top for the gap: ${top('swing_gap_fte')}${plan ? `; top for the plan cost: ${top('swing_plan_cost')}` : ''}`
    );
  };
  return [
    { name: 'read and check the inputs (digitaal-versneld)', seconds: load.seconds, detail: `${inputs.workforce.cells.length} cells, ${inputs.functions.length} functions` },
    { name: 'sensitivity, all assumptions ±20 % (digitaal-versneld, no plan)', seconds: run.seconds, detail: detail(run.seconds, run.value, false) },
    {
      name: 'sensitivity with the plan, all assumptions ±20 % (krimp-vacaturestop)',
      seconds: planRun.seconds,
      detail: `CPU ${planCpu.toFixed(1)} s (a shared machine's wall time is mostly waiting); ${detail(planRun.seconds, planRun.value, true)}`,
    },
  ];
}
