import { fastest, type BenchResult } from './timing.js';
import { evaluatePathways, type PathwayFunction } from '../src/model/pathways.js';
import type { PathwayVerdict } from '../src/domain/pathway.js';
import { planReskilling, type ReskillInput } from '../src/model/plan-reskilling.js';
import { ScenarioSchema } from '../src/domain/scenario-schema.js';
import { createRandom } from '../src/model/random.js';

/**
 * Benchmark of the reskilling model (SPEC §5: "min-cost flow over 500 × 500 functions under 1 s").
 * A seeded random municipality-like instance: 500 functions with a surplus, 500 with a shortage,
 * 12 skills, levels 5–12, ten years. Each case reports the fastest of three runs. Prints nothing.
 */


const SURPLUS = 500;
const SHORTAGE = 500;
const YEARS = Array.from({ length: 10 }, (_, t) => 2026 + t);
const SKILLS = Array.from({ length: 12 }, (_, k) => `skill_${k}`);

function buildInstance(seed: number) {
  const random = createRandom(seed);
  const rand = (): number => random.next();
  const functions: PathwayFunction[] = [];
  const gaps: Record<string, number[]> = {};
  const make = (id: string): PathwayFunction => {
    const requirements: Record<string, number> = {};
    for (const skill of SKILLS) {
      if (rand() < 0.5) requirements[skill] = 1 + Math.floor(rand() * 5);
    }
    const level = 5 + Math.floor(rand() * 8);
    return { id, name: id, level, pay: 30000 + level * 4000 + Math.round(rand() * 3000), requirements, vulnerable: false };
  };
  for (let i = 0; i < SURPLUS; i++) {
    const id = `S${String(i).padStart(3, '0')}`;
    functions.push({ ...make(id), vulnerable: rand() < 0.5 });
    const end = Math.round(rand() * 80) / 10;
    gaps[id] = YEARS.map((_, t) => (end * (t + 1)) / YEARS.length - (rand() < 0.1 ? 1 : 0));
  }
  for (let j = 0; j < SHORTAGE; j++) {
    const id = `H${String(j).padStart(3, '0')}`;
    functions.push({ ...make(id), vulnerable: rand() < 0.05 });
    const end = Math.round(rand() * 80) / 10;
    gaps[id] = YEARS.map((_, t) => -(end * (t + 1)) / YEARS.length + (rand() < 0.1 ? 1 : 0));
  }
  return { functions, gaps };
}


/** Times pathway evaluation and the reskilling LP on a seeded 500 surplus × 500 shortage instance (seconds, fastest of 3). */
export async function benchReskill(): Promise<BenchResult[]> {
  const rules = ScenarioSchema.parse({ id: 'bench', horizon: { start: 2026, end: 2035 } }).reskilling;
  const { functions, gaps } = buildInstance(20260101);
  const results: BenchResult[] = [];

  const evaluated = await fastest(3, () => evaluatePathways(functions, rules));
  results.push({
    name: 'evaluatePathways 1000 functions',
    seconds: evaluated.seconds,
    detail: `${evaluated.value.length} ordered pairs`,
  });
  const pathways = evaluated.value;
  const usable = (list: readonly PathwayVerdict[]) =>
    list.filter((p) => p.viable && p.desirable && p.safe && p.from.startsWith('S') && p.to.startsWith('H')).length;

  const cases: [string, ReskillInput][] = [
    ['planReskilling 500×500, pathway rules applied', { years: YEARS, gaps, pathways, rules }],
    [
      'planReskilling 500×500, every pathway allowed',
      {
        years: YEARS,
        gaps,
        pathways: pathways.map((p) => ({ ...p, viable: true, desirable: true, safe: true })),
        rules,
      },
    ],
    [
      'planReskilling 500×500, rules applied, budget and capacity per year',
      { years: YEARS, gaps, pathways, rules: { ...rules, budget_per_year: 400_000, capacity_per_year: 60 } },
    ],
  ];
  for (const [name, input] of cases) {
    const run = await fastest(3, () => planReskilling(input));
    const plan = run.value;
    results.push({
      name,
      seconds: run.seconds,
      detail:
        `${usable(input.pathways)} usable pathways, ${YEARS.length} years; ` +
        `${plan.pathways.length} used, reskill € ${Math.round(plan.business_case.reskill_cost)}, ` +
        `total € ${Math.round(plan.business_case.total_cost)} vs all-hire € ${Math.round(plan.business_case.all_hire_cost)}`,
    });
  }
  return results;
}
