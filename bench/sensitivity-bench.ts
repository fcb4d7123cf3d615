import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { loadInputs } from '../src/app/load-inputs.js';
import { buildSensitivityResult } from '../src/app/sensitivity.js';
import { fastest, type BenchResult } from './timing.js';

/**
 * Benchmark of `spp sensitivity` on Gemeente Voorbeeld (SPEC §5: all assumptions, with the plan,
 * under 30 s). Without a plan: digitaal-versneld, the scenario with the most assumptions, fastest of
 * three. With the plan: krimp-vacaturestop, the example scenario with a `plan:` block, every
 * variant re-solving the plan (and its cost parameters moved); one run serial (no worker thread) and
 * one on the plan solver's worker threads (app/plan-solver.ts, one per core), since one takes minutes
 * while a plan solve takes seconds. Reading the data is timed apart. Prints nothing.
 */
export async function benchSensitivity(): Promise<BenchResult[]> {
  const path = (name: string): string => fileURLToPath(new URL(`../../scenarios/${name}.yaml`, import.meta.url));
  const load = await fastest(3, () => loadInputs({ scenario: path('digitaal-versneld') }));
  const inputs = load.value;
  const run = await fastest(3, () => buildSensitivityResult(inputs));
  const withPlan = await loadInputs({ scenario: path('krimp-vacaturestop') });
  // Serial (no worker thread) and on the pool's workers, in the same run so the ratio holds on a shared machine.
  const timed = async (workers: number) => {
    const cpu = process.cpuUsage();
    const planRun = await fastest(1, () => buildSensitivityResult(withPlan, { workers }));
    const used = process.cpuUsage(cpu);
    return { ...planRun, cpu: (used.user + used.system) / 1e6 };
  };
  const serial = await timed(1);
  const parallel = await timed(availableParallelism());
  const workers = Math.min(availableParallelism(), 1 + 2 * parallel.value.assumptions.length);
  const same = JSON.stringify(serial.value) === JSON.stringify(parallel.value) ? 'the same result' : 'A DIFFERENT RESULT (a bug)';
  const detail = (seconds: number, result: typeof run.value, plan: boolean): string => {
    const variants = 1 + 2 * result.assumptions.length;
    const top = (key: 'swing_gap_fte' | 'swing_plan_cost'): string =>
      [...result.assumptions].sort((a, b) => (b[key] ?? 0) - (a[key] ?? 0)).slice(0, 3).map((a) => a.path).join(', ');
    return (
      `${result.assumptions.length} assumptions, ${variants} variants (${((seconds / variants) * 1000).toFixed(0)} ms each${plan ? ', projection and plan solve' : ''}); ` +
      `top for the gap: ${top('swing_gap_fte')}${plan ? `; top for the plan cost: ${top('swing_plan_cost')}` : ''}`
    );
  };
  const name = 'sensitivity with the plan, all assumptions ±20 % (krimp-vacaturestop)';
  return [
    { name: 'read and check the inputs (digitaal-versneld)', seconds: load.seconds, detail: `${inputs.workforce.cells.length} cells, ${inputs.functions.length} functions` },
    { name: 'sensitivity, all assumptions ±20 % (digitaal-versneld, no plan)', seconds: run.seconds, detail: detail(run.seconds, run.value, false) },
    {
      name: `${name}, serial (SPP_WORKERS=1)`,
      seconds: serial.seconds,
      detail: `CPU ${serial.cpu.toFixed(1)} s (a shared machine's wall time is mostly waiting); ${detail(serial.seconds, serial.value, true)}`,
    },
    {
      name: `${name}, plans on ${workers} worker threads`,
      seconds: parallel.seconds,
      detail: `${(serial.seconds / parallel.seconds).toFixed(2)}× faster than serial in the same run; CPU ${parallel.cpu.toFixed(1)} s; ${same} as serial`,
    },
  ];
}
