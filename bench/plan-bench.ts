import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fastest, type BenchResult } from './timing.js';
import { PEAK, timed } from './sector-bench.js';
import { planActions } from '../src/model/plan/plan-actions.js';
import { buildPlanLp } from '../src/model/plan/plan-lp.js';
import type { PlanFunctionInput, PlanInput, PlanPathwayInput } from '../src/model/plan/plan-input.js';
import { createRandom } from '../src/model/random.js';

/**
 * Benchmark of the action plan (SPEC §5: Gemeente Voorbeeld under 1 s; 500 functions × 10 years
 * under 10 s). The example runs end to end through the built CLI (`spp plan --format json`, Node
 * start-up included, fastest of three runs); the large case is
 * a seeded synthetic instance fed straight to the model: 500 functions, 10 years, 4 pathways out of
 * each function, minimum flow 0.5 FTE (semi-continuous), hiring limited in a tenth of the functions.
 */

function synthetic(seed: number, F: number, T: number): PlanInput {
  const random = createRandom(seed);
  const rand = (): number => random.next();
  const ids = Array.from({ length: F }, (_, i) => `F${String(i).padStart(3, '0')}`);
  const functions: PlanFunctionInput[] = ids.map((id) => {
    const start = 2 + Math.round(rand() * 300) / 10;
    const trend = (rand() - 0.5) * 0.08;
    return {
      id,
      startFte: start,
      demand: Array.from({ length: T + 1 }, (_, k) => Math.max(0, start * (1 + trend * k))),
      stay: Array.from({ length: T }, () => 0.9 + rand() * 0.08),
      moves: [],
      hireRetention: 0.85,
      hireCost: 12_000,
      hireMax: rand() < 0.1 ? Math.round(rand() * 2) : Infinity,
      redundancyCost: 40_000,
      redundancyMax: Infinity,
      overstaffingCost: 45_000 + Math.round(rand() * 30_000),
      reducedHours: null,
    };
  });
  const pathways: PlanPathwayInput[] = [];
  ids.forEach((from, i) => {
    for (let k = 1; k <= 4; k++) {
      const to = ids[(i + k * 37) % F]!;
      pathways.push({ from, to, cost: Math.round(rand() * 8) * 1000, hours: 0, retention: 0.85, maxPerYear: Infinity, maxShareOfDestination: null, explicit: false });
    }
  });
  pathways.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : 1));
  return {
    years: Array.from({ length: T + 1 }, (_, k) => 2026 + k),
    functions,
    pathways,
    objective: 'cost',
    maxTotalOverstaffing: Infinity,
    budgetPerYear: 250_000,
    capacityPerYear: 20,
    shortageCost: null,
    minFlow: 0.5,
    discountRate: 0,
  };
}

/**
 * SPEC §5 "min-cost flow over 500 × 500 functions under 1 s": reskilling as one decision year of the
 * plan — 500 functions whose work shrinks, 500 whose work grows, every one of the 250,000 pathways
 * between them allowed (seeded costs), hires dearer than most moves. No minimum flow: a transportation
 * problem, the min-cost flow the reskilling step solves.
 */
function transport(seed: number, n: number): PlanInput {
  const random = createRandom(seed);
  const rand = (): number => random.next();
  const id = (side: string, i: number): string => `${side}${String(i).padStart(3, '0')}`;
  const fn = (fid: string, start: number, end: number): PlanFunctionInput => ({
    id: fid, startFte: start, demand: [start, end], stay: [1], moves: [], hireRetention: 0.85, hireCost: 30_000,
    hireMax: Infinity, redundancyCost: 40_000, redundancyMax: Infinity, overstaffingCost: 60_000, reducedHours: null,
  });
  const functions: PlanFunctionInput[] = [];
  for (let i = 0; i < n; i++) {
    const start = 5 + Math.round(rand() * 200) / 10;
    functions.push(fn(id('S', i), start, start * (0.4 + rand() * 0.4)));
  }
  for (let i = 0; i < n; i++) {
    const start = 5 + Math.round(rand() * 200) / 10;
    functions.push(fn(id('T', i), start, start * (1.2 + rand() * 0.4)));
  }
  const pathways: PlanPathwayInput[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      pathways.push({ from: id('S', i), to: id('T', j), cost: 2_000 + Math.round(rand() * 40) * 1000, hours: 0, retention: 0.9, maxPerYear: Infinity, maxShareOfDestination: null, explicit: false });
    }
  }
  return { years: [2026, 2027], functions, pathways, objective: 'cost', maxTotalOverstaffing: Infinity, budgetPerYear: Infinity, capacityPerYear: Infinity, shortageCost: null, minFlow: 0, discountRate: 0 };
}

/** The 500 × 500 min-cost flow (see `transport`), and how much of it building the LP in JS takes. */
export async function benchTransport(): Promise<BenchResult> {
  const input = transport(7, 500);
  const build = await fastest(3, () => buildPlanLp(input));
  const { seconds, value } = await fastest(3, () => planActions(input));
  const moved = value.pathways.reduce((sum, p) => sum + p.fte, 0);
  const lp = build.value;
  const count = (n: number) => n.toLocaleString('en-GB');
  return {
    name: 'min-cost flow, 500 shrinking × 500 growing functions, all 250,000 pathways',
    seconds,
    detail: `${value.pathways.length} pathways used, ${moved.toFixed(1)} FTE moved; of the time, building the LP (${count(lp.numCols)} columns, ${count(lp.numRows)} rows, ${count(lp.indices.length)} non-zeros) ${build.seconds.toFixed(3)} s`,
  };
}

/**
 * `node args…` (`bin/spp.js …`: the built CLI, Node start-up included) `runs` times, each in a fresh
 * child: the fastest wall time, the least CPU time (user + system, what a shared machine's load
 * changes least) and the last run's stdout.
 */
function cli(args: string[], runs = 3): { seconds: number; cpuSeconds: number; stdout: string } {
  const dir = mkdtempSync(join(tmpdir(), 'spp-bench-cli-'));
  try {
    const all = Array.from({ length: runs }, () => timed(['--import', PEAK, ...args], join(dir, 'usage.json')));
    return { seconds: Math.min(...all.map((r) => r.seconds)), cpuSeconds: Math.min(...all.map((r) => r.cpuSeconds)), stdout: all.at(-1)!.stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Start-up of the commands that solve nothing, on the example (the plan's end-to-end figures include the same start-up). */
export function benchStartup(): BenchResult[] {
  const cases: [string, string[]][] = [
    ['node -e 0 (Node alone: the floor)', ['-e', '0']],
    ['spp --help', ['bin/spp.js', '--help']],
    ['spp validate scenarios/baseline.yaml', ['bin/spp.js', 'validate', 'scenarios/baseline.yaml']],
    ['spp project -s scenarios/baseline.yaml --format json', ['bin/spp.js', 'project', '-s', 'scenarios/baseline.yaml', '--format', 'json', '-q']],
  ];
  return cases.map(([name, args]) => {
    const { seconds, cpuSeconds } = cli(args);
    return { name, seconds, detail: `CPU ${cpuSeconds.toFixed(3)} s` };
  });
}

export async function benchPlan(): Promise<BenchResult[]> {
  const out: BenchResult[] = [];
  for (const name of ['baseline', 'krimp-vacaturestop']) {
    const { seconds, cpuSeconds, stdout } = cli(['bin/spp.js', 'plan', '-s', `scenarios/${name}.yaml`, '--format', 'json', '-q']);
    const result = JSON.parse(stdout) as { functions: unknown[]; pathways: unknown[]; costs: { total: number }; notes: string[] };
    const gap = result.notes.some((n) => n.startsWith('minimum flows:')) ? 'NOT proven optimal' : 'proven optimal';
    out.push({ name: `Gemeente Voorbeeld, ${name} (spp plan, end to end)`, seconds, detail: `CPU ${cpuSeconds.toFixed(3)} s; ${result.functions.length} functions, ${result.pathways.length} pathway-years used, total € ${Math.round(result.costs.total).toLocaleString('en-GB')}, ${gap}` });
  }
  const big = synthetic(42, 500, 10);
  const lp = await fastest(1, () => planActions({ ...big, minFlow: 0 }));
  out.push({ name: '500 functions × 10 years (synthetic), min_flow_fte 0 (an LP)', seconds: lp.seconds, detail: `${big.pathways.length} pathways, ${lp.value.pathways.length} pathway-years used` });
  const { seconds, value } = await fastest(1, () => planActions(big));
  // Above BRANCH_AND_BOUND_MAX open pathway-years the dive's plan is kept: its distance to the proven bound, per stage.
  const gaps = value.gaps.map((g) => `${g.stage} ${((100 * (g.value - g.bound)) / Math.max(1e-9, Math.abs(g.value))).toFixed(2)}%`).join(', ');
  out.push({ name: '500 functions × 10 years (synthetic)', seconds, detail: `${big.pathways.length} pathways, ${value.pathways.length} pathway-years used, unmet ${value.shortageFteYears.toFixed(1)} FTE-years; gap to the proven bound: ${gaps}` });
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const r of await benchPlan()) process.stdout.write(`| ${r.name} | ${r.seconds.toFixed(3)} s | ${r.detail} |\n`);
}
