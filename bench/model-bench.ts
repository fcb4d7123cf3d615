import { fastest, type BenchResult } from './timing.js';
import { ScenarioSchema, type Scenario } from '../src/domain/scenario-schema.js';
import { projectScenario, type ProjectionInput } from '../src/model/project.js';
import type { Cell, FunctionProfile } from '../src/domain/workforce.js';
import { seeded } from './seeded.js';

/**
 * Benchmark of the projection model (SPEC §5: the model works on cells, so its cost does not grow with
 * headcount). A seeded sector-scale instance: 500 functions in 12 families, 60,000 cells (birth years
 * 1958–2006 by month, 15 % temporary contracts, some without an end date), attrition rules by age and
 * family, and transitions from every function to 1–3 others, over ten years. The grouped case adds a
 * grouping column with 4 values. Each case reports the fastest of three runs. Prints nothing.
 */


const FUNCTIONS = 500;
const CELLS = 60_000;
const FAMILIES = 12;

function functionId(i: number): string {
  return `F${String(i).padStart(3, '0')}`;
}

/** A seeded workforce of CELLS distinct cells over FUNCTIONS functions, with transitions from every function. */
function buildModelInstance(seed: number, groups: readonly string[] = ['']): ProjectionInput {
  const rand = seeded(seed);
  const pick = (n: number): number => Math.floor(rand() * n);
  const functions: FunctionProfile[] = [];
  for (let i = 0; i < FUNCTIONS; i++) {
    const admin = 0.2 + rand() * 0.6;
    functions.push({
      id: functionId(i),
      name: `Function ${i}`,
      family: `fam${i % FAMILIES}`,
      level: 5 + pick(8),
      pay: 35000 + pick(40000),
      formationFte: rand() < 0.5 ? null : 10 + pick(100),
      tasks: { admin, contact: 1 - admin },
      skills: {},
    });
  }
  const transitions: Record<string, Record<string, number>> = {};
  for (let i = 0; i < FUNCTIONS; i++) {
    const row: Record<string, number> = {};
    const moves = 1 + pick(3);
    for (let k = 0; k < moves; k++) {
      const to = pick(FUNCTIONS);
      if (to !== i) row[functionId(to)] = Math.round((0.01 + rand() * 0.04) * 1000) / 1000;
    }
    transitions[functionId(i)] = row;
  }
  const scenario: Scenario = ScenarioSchema.parse({
    id: 'bench',
    horizon: { start: 2026, end: 2035 },
    workforce: {
      attrition: [
        { rate: 0.04 },
        { ages: '<35', rate: 0.09 },
        { ages: '35-54', rate: 0.035 },
        { ages: '>=60', rate: 0.02 },
        { family: 'fam3', rate: 0.06 },
        { family: 'fam5', ages: '<30', rate: 0.12 },
        { function: functionId(7), rate: 0.15 },
      ],
      temporary: { renewal_rate: 0.6, default_years: 2 },
      transitions,
    },
    digitalisation: {
      automation: { admin: { target: 0.3, end: 2032, curve: 's-curve' } },
      reinvested: 0.2,
    },
    demand: { growth: [{ family: 'fam1', rate: 0.02 }, { rate: -0.005 }] },
  });
  const seen = new Set<string>();
  const cells: Cell[] = [];
  while (cells.length < CELLS) {
    const temporary = rand() < 0.15;
    const cell: Cell = {
      functionId: functionId(pick(FUNCTIONS)),
      birthYear: 1958 + pick(49),
      birthMonth: 1 + pick(12),
      contract: temporary ? 'temporary' : 'permanent',
      endYear: temporary ? (rand() < 0.1 ? null : 2026 + pick(4)) : null,
      group: groups[pick(groups.length)]!,
      persons: 1 + pick(4),
      fte: 0,
    };
    cell.fte = Math.round(cell.persons * (0.5 + rand() * 0.5) * 100) / 100;
    const key = `${cell.functionId}|${cell.birthYear}|${cell.birthMonth}|${cell.contract}|${cell.endYear}|${cell.group}`;
    if (seen.has(key)) continue;
    seen.add(key);
    cells.push(cell);
  }
  return { scenario, functions, workforce: { cells, measuredSkills: {}, rows: CELLS } };
}


/** Times projectScenario on a seeded 60,000-cell, 500-function workforce with transitions (seconds, fastest of 3). */
export async function benchModel(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const cases: [string, ProjectionInput][] = [
    ['projectScenario 60,000 cells × 500 functions × 10 years, transitions', buildModelInstance(20260101)],
    [
      'projectScenario 60,000 cells × 500 functions × 10 years, transitions, 4 groups',
      buildModelInstance(20260102, ['Noord', 'Oost', 'Zuid', 'West']),
    ],
  ];
  for (const [name, input] of cases) {
    const run = await fastest(3, () => projectScenario(input));
    const p = run.value;
    const first = p.totals.years[0]!;
    const last = p.totals.years[p.totals.years.length - 1]!;
    results.push({
      name,
      seconds: run.seconds,
      detail:
        `${input.workforce.cells.length} cells, ${p.functions.length} functions, ${p.years.length} years, ` +
        `${p.groups.length} groups; supply ${first.supply_fte.toFixed(1)} → ${last.supply_fte.toFixed(1)} FTE`,
    });
  }
  return results;
}
