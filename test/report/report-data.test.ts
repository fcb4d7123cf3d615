import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { ProjectResult } from '../../src/domain/results.js';
import type { PlanPathwayFlow, PlanResult } from '../../src/domain/plan.js';
import { reskillResultOf } from '../../src/app/reskill-plan.js';
import { mergePlanPrivacy } from '../../src/app/privacy.js';
import { ScenarioSchema } from '../../src/domain/scenario-schema.js';
import type { FunctionResult, SourcedYearRow, YearRow } from '../../src/domain/projection.js';
import { withGapSources } from '../../src/model/gap-sources.js';
import type { Cell } from '../../src/domain/workforce.js';
import { buildReportData, listAssumptions } from '../../src/report/directie/report-data.js';
import { renderReport } from '../../src/report/directie/render-report.js';
import { noCosts, planYear } from './plan-fixture.js';

/** A tiny organisation of 7 people, built by hand: every group in it is small. */
const scenario = ScenarioSchema.parse({ id: 'tiny', horizon: { start: 2026, end: 2027 }, privacy: { min_group: 5 } });

function row(year: number, supply: number, demand: number): YearRow {
  return { year, supply_fte: supply, supply_persons: supply, demand_fte: demand, gap_fte: supply - demand, retired_fte: 0.5, contract_ended_fte: 0, attrition_fte: 0, moved_in_fte: 0, moved_out_fte: 0 };
}

function fn(id: string, family: string, status: FunctionResult['status'], vulnerable: boolean, years: SourcedYearRow[]): ProjectResult['functions'][number] {
  return {
    predictability: 0.9, complexity: 0.2, quadrant: 'standard', predictability_end: 0.9, complexity_end: 0.2, quadrant_end: 'standard', quadrant_year: null,
    id, name: `Function ${id}`, family, status, flags: [], vulnerable, rule: '', demand_ratio: 0.2, automated_share: 0.5, shift: 0.3,
    task_shift: 0.3, skill_shift: 0, status_year: 2027, emerging: false,
    task_mix: { start: { administrative: 1 }, end: { administrative: 0.6, advice: 0.4 } }, skills: { start: {}, end: {} }, years,
  };
}

const a = withGapSources([row(2026, 3, 3), row(2027, 2.5, 0.6)]);
const b = withGapSources([row(2026, 3.5, 3.5), row(2027, 3, 4)]);
const project: ProjectResult = {
  schema: 'spp.result/1',
  stamp: { spp_version: '0.0.0-test', scenario_id: 'tiny', inputs: [{ role: 'headcount', file: 'h.csv', sha256: 'a'.repeat(64) }], seed: null },
  scenario: { id: 'tiny', title: null, horizon: { start: 2026, end: 2027 } },
  privacy: { min_group: 5, suppressed_keys: [] },
  years: [2026, 2027],
  functions: [fn('F1', 'Admin', 'disappearing', true, a), fn('F2', 'Policy', 'stable', false, b)],
  families: [{ id: 'Admin', years: a }, { id: 'Policy', years: b }],
  groups: [],
  totals: { years: withGapSources([row(2026, 6.5, 6.5), row(2027, 5.5, 4.6)]) },
  vulnerable: { functions: 1, persons: 3, fte: 3 },
  assumptions: [],
};
/** The plan of the tiny organisation: F2 hires 1 FTE for 2027, F1 places 1.9 FTE outside. */
function planWith(pathways: PlanPathwayFlow[] = []): PlanResult {
  const f1 = [planYear(2026, 3), planYear(2027, 0.6, { redundant_fte: 1.9 })];
  const f2 = [planYear(2026, 3.5), planYear(2027, 4, { hired_fte: 1 })];
  return {
    schema: 'spp.plan/1', stamp: project.stamp, scenario: project.scenario, objective: 'cost', years: [2026, 2027],
    functions: [{ id: 'F1', name: 'Function F1', family: 'Admin', years: f1 }, { id: 'F2', name: 'Function F2', family: 'Policy', years: f2 }],
    pathways,
    costs: { by_year: [{ year: 2026, total: 88000, ...noCosts, hiring: 12000, redundancy: 76000 }], by_kind: { ...noCosts, hiring: 12000, redundancy: 76000 }, total: 88000 },
    totals: { years: [planYear(2026, 6.5), planYear(2027, 4.6, { hired_fte: 1, redundant_fte: 1.9 })] },
    alternatives: {
      no_pathways: { total: 88000, by_kind: { ...noCosts, hiring: 12000, redundancy: 76000 }, shortage_fte_years: 0, hired_fte: 1, redundant_fte: 1.9, saving: 0 },
      no_plan: { total: 90000, by_kind: { ...noCosts, hiring: 14000, redundancy: 76000 }, shortage_fte_years: 0, hired_fte: 1, redundant_fte: 1.9, saving: 2000 },
    },
    binding: [], shortfalls: [], notes: [], noteFacts: [],
  };
}
const plan = planWith();
const reskill = reskillResultOf(plan, scenario.reskilling, []);
const cell = (functionId: string, birthYear: number, persons: number, fte: number): Cell =>
  ({ functionId, birthYear, birthMonth: 7, contract: 'permanent', endYear: null, group: '', persons, fte });
const cells = [cell('F1', 1970, 3, 3), cell('F2', 1990, 4, 3.5)];
/** The tiny organisation's report with the plan `flows` and the routes spp reskill shows of it (by default, unmerged). */
const dataWith = (flows: PlanResult, reskill = reskillResultOf(flows, scenario.reskilling, [])) => buildReportData({ project, plan: flows, reskill, scenario, cells, raw: {}, usedExample: false });

describe('buildReportData on a tiny organisation', () => {
  const data = buildReportData({ project, plan, reskill, scenario, cells, raw: { id: 'tiny', horizon: { start: 2026, end: 2027 }, privacy: { min_group: 5 } }, usedExample: false });

  it('hides every group of fewer than 5 people, the totals included', () => {
    expect(data.families.rows.map((r) => r.persons.hidden)).toEqual(['small', 'small']);
    expect(data.families.totalPersons).toEqual({ persons: 7, hidden: null });
    expect(data.vulnerable.rows[0]!.persons.hidden).toBe('small');
    expect(data.vulnerable.persons.hidden).toBe('small');
  });

  it('renders without pathways, shows no hidden count and no persons of a small function', () => {
    for (const format of ['md', 'html'] as const) {
      for (const lang of ['nl', 'en'] as const) {
        const text = renderReport(data, { format, lang });
        expect(text).toContain(format === 'md' ? '< 5' : '&lt; 5');
        expect(text).not.toMatch(/NaN|undefined|Infinity/);
      }
    }
    const md = renderReport(data, { format: 'md', lang: 'en' });
    expect(md).toContain('The plan uses no internal pathway');
    expect(md).toContain('| F1 Function F1 | disappearing | < 5 |');
    // The plan's rows of a function under min_group people: hidden, and so is a total that would give them away.
    expect(md).toContain('| F2 Function F2 | < 5 |');
    expect(md).toContain('| F1 Function F1 | < 5 |');
    expect(md).not.toMatch(/\| F1 Function F1 \| 1\.9 \|/);
    expect(data.plan.hiringTotal).toBe('complement');
    expect(md).not.toMatch(/\| F1 Function F1 \| disappearing \| 3 \|/);
  });

  it("lists in the appendix only the built-in task profiles of categories the functions' tasks use", () => {
    // A consultant's data with Dutch ids ('administratief') listed spp's default profile of the English
    // 'administrative', which nothing used. Here only 'administrative' is used (the end mix's 'advice' is
    // the automation's shift, not a task of the data).
    const profiles = data.assumptions.filter((r) => r.key.startsWith('task_profile.')).map((r) => r.key);
    expect(listAssumptions(scenario, {}).filter((r) => r.key.startsWith('task_profile.')).length).toBeGreaterThan(5);
    expect(profiles).toEqual(['task_profile.administrative']);
  });

  it('computes ages on 1 January of the start year in 5-year bands, and the FTE-weighted task mix', () => {
    // Born July 1970: 55 on 1 January 2026; born July 1990: 35.
    expect(data.ageBands.bands.map((b) => b.from)).toEqual([35, 40, 45, 50, 55]);
    expect(data.workforce.meanAge).toBeCloseTo((3 * (56 - 6.5 / 12) + 4 * (36 - 6.5 / 12)) / 7, 9);
    const admin = data.taskMix.find((m) => m.category === 'administrative')!;
    expect(admin.start).toBeCloseTo(1, 9);
    // End: F1 0.6 × 0.6 FTE + F2 0.6 × 4 FTE, over 4.6 FTE of demand.
    expect(admin.end).toBeCloseTo((0.6 * 0.6 + 0.6 * 4) / 4.6, 9);
  });
});

describe('listAssumptions', () => {
  it('lists every effective setting, marks defaults, and names the file via locate', () => {
    const rows = listAssumptions(scenario, { id: 'tiny', horizon: { start: 2026 } }, (path) => ({ file: path[0] === 'id' ? '/x/child.yaml' : '/x/parent.yaml' }));
    const byKey = new Map(rows.map((r) => [r.key, r]));
    expect(byKey.get('id')).toEqual({ key: 'id', value: 'tiny', setting: 'tiny', source: 'child.yaml', given: null });
    expect(byKey.get('horizon.start')?.source).toBe('parent.yaml');
    expect(byKey.get('horizon.end')?.source).toBeNull();
    expect(byKey.get('reskilling.hire_cost')).toEqual({ key: 'reskilling.hire_cost', value: '12000', setting: 12000, source: null, given: null });
    // An empty list is a setting too ("none"), not left out.
    expect(byKey.get('workforce.attrition')?.value).toBe('[]');
    // A task category's profile is one row.
    expect(byKey.get('task_profile.administrative')?.setting).toEqual({ predictability: 0.9, complexity: 0.2 });
    expect([...byKey.keys()].some((k) => k.startsWith('task_profile.administrative.'))).toBe(false);
  });

  it('names list items by what identifies them, one row per setting, with the file that sets it', () => {
    const withRules = {
      ...scenario,
      workforce: { ...scenario.workforce, attrition: [{ ages: '<35', rate: 0.09 }, { function: 'F1', rate: 0.15 }] },
      demand: { ...scenario.demand, overrides: [{ function: 'F1', change: -0.3, end: 2029 }] },
    } as typeof scenario;
    const raw = { workforce: { attrition: [{ ages: '<35', rate: 0.09 }, { function: 'F1', rate: 0.15 }] } };
    const rows = listAssumptions(withRules, raw, () => ({ file: '/x/s.yaml' }));
    const byKey = new Map(rows.map((r) => [r.key, r]));
    expect(byKey.get('workforce.attrition[ages=<35].rate')).toEqual({ key: 'workforce.attrition[ages=<35].rate', value: '0.09', setting: 0.09, source: 's.yaml', given: null });
    expect(byKey.get('workforce.attrition[function=F1].rate')?.setting).toBe(0.15);
    // A change of demand with its years as one row (not in raw here: a default source).
    expect(byKey.get('demand.overrides[function=F1]')).toEqual({ key: 'demand.overrides[function=F1]', value: '{ function: F1, change: -0.3, end: 2029 }', setting: { function: 'F1', change: -0.3, end: 2029 }, source: null, given: null });
  });

  it('writes a value as YAML reads it back, as spp compare does: a digits-only code quoted, code-keyed maps in text order', () => {
    const withCodes = {
      ...scenario,
      demand: { ...scenario.demand, overrides: [{ function: '0123', change: -0.3, end: 2029 }] },
      reskilling: { ...scenario.reskilling, closed_destinations: { functions: ['12', 'F014'], families: [] } },
    } as typeof scenario;
    const byKey = new Map(listAssumptions(withCodes, {}).map((r) => [r.key, r]));
    // `function: 0123` reads back as the number 123: the workbook's settings sheet showed it so.
    expect(byKey.get('demand.overrides[function=0123]')?.value).toBe('{ function: "0123", change: -0.3, end: 2029 }');
    expect(byKey.get('reskilling.closed_destinations.functions')?.value).toBe('["12", F014]');
    for (const row of [byKey.get('demand.overrides[function=0123]')!, byKey.get('reskilling.closed_destinations.functions')!]) expect(parse(row.value)).toEqual(row.setting);
  });
});

describe('flow chart size', () => {
  it('draws at most the 12 largest pathways so the chart fits a page, and the table lists all', () => {
    const pathways: PlanPathwayFlow[] = Array.from({ length: 20 }, (_, i) => ({
      from: `S${String(i).padStart(2, '0')}`, to: `T${String(i).padStart(2, '0')}`, year: 2027, fte: 1 + i / 10, cost: 3400, hours_per_person: 40, retention: 0.9, explicit: false,
    }));
    const flows = planWith(pathways);
    const data = dataWith(flows);
    const html = renderReport(data, { format: 'html', lang: 'en' });
    const flow = html.slice(html.indexOf('<svg', html.indexOf('id="doorontwikkelen"')), html.indexOf('</svg>', html.indexOf('id="doorontwikkelen"')));
    expect((flow.match(/<path /g) ?? []).length).toBe(12);
    expect(flow).toContain('S19'); // the largest is drawn
    expect(flow).not.toContain('S00'); // the smallest is not
    expect(html).toContain('The chart shows only the 12 largest pathways; the table lists them all. The figure beside a function counts all its moves, also over pathways not drawn.');
    const md = renderReport(data, { format: 'md', lang: 'en' });
    for (const p of pathways) expect(md).toContain(`| ${p.from} `);
  });
});

describe('the routes the report counts', () => {
  it('are the routes of the plan, function to function, not the rows that merge the withheld functions', () => {
    // Four routes: two of them from functions withheld together (one row of spp reskill and of the table).
    const move = (from: string, to: string, fte: number): PlanPathwayFlow => ({ from, to, year: 2027, fte, cost: fte * 3400, hours_per_person: 40, retention: 0.9, explicit: false });
    const flows = planWith([move('S1', 'T1', 1.5), move('S2', 'T1', 1.2), move('S3', 'T2', 2), move('S4', 'T2', 1)]);
    const reskill = reskillResultOf(mergePlanPrivacy(flows, new Set(['S1', 'S2'])), scenario.reskilling, []);
    expect(reskill.pathways).toHaveLength(3);
    const data = dataWith(flows, reskill);
    expect(data.plan.routes).toBe(4);
    expect(data.plan.pathways).toHaveLength(3);
    const nl = renderReport(data, { format: 'md', lang: 'nl' });
    expect(nl).toContain('fte intern overstappen via 4 routes');
    expect(nl).toContain('4 routes brengen samen 5,7 fte naar een andere functie.');
    // The table's note says why 4 routes stand in 3 rows.
    expect(nl).toContain('De 4 routes van het plan staan in 3 regels: een regel van of naar de afgeschermde functies telt hun routes samen.');
    const en = renderReport(data, { format: 'md', lang: 'en' });
    expect(en).toContain('internally over 4 pathways');
    expect(en).toContain("The plan's 4 pathways are in 3 rows: a row from or to the withheld functions sums their pathways.");
    // Without a merge, rows and routes are the same and nothing is said.
    const plain = dataWith(flows);
    expect(renderReport(plain, { format: 'md', lang: 'nl' })).not.toContain('routes van het plan staan in');
  });
});
