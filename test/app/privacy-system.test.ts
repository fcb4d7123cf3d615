import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBacktest } from '../../src/app/backtest.js';
import { loadInputs } from '../../src/app/load-inputs.js';
import { runProject } from '../../src/app/project.js';
import { buildReportSource } from '../../src/app/report.js';
import type { BacktestResult } from '../../src/domain/backtest.js';
import type { ProjectResult } from '../../src/domain/results.js';
import { backtestRenderers } from '../../src/report/render-backtest.js';
import { buildReportData, type ReportData } from '../../src/report/directie/report-data.js';
import { renderReport } from '../../src/report/directie/render-report.js';
import { projectRenderers, renderProjectMarkdown, renderProjectTable } from '../../src/report/render-projection.js';
import { rank } from '../data/matrix-rank.js';

/**
 * Privacy as a system of equations (fixtures/app/privacy-system: F01 12 people and F02 2 people
 * form family Fam1 and are the only vulnerable functions; F03 8 and F04 9 form Fam2; F05 is one
 * person, family Fam3). Line by line nothing was given away, but the vulnerable total was Fam1's
 * total, so total − F03 − F04 − vulnerable total gave F05's one person and 0,8 FTE (red-team case 4).
 */
const fixture = join(import.meta.dirname, '..', '..', 'fixtures', 'app', 'privacy-system');
const scenario = join(fixture, 'scenario.yaml');

let result: ProjectResult;
/** spp project --format json, as a reader gets it. */
let published: ProjectResult;
let persons: Map<string, number>;
let report: ReportData;
let backtest: BacktestResult;

beforeAll(async () => {
  const run = await runProject({ scenario });
  result = run.result;
  published = JSON.parse(projectRenderers.json(result)) as ProjectResult;
  persons = new Map(run.projection.functions.map((f) => [f.id, Math.round(f.years[0]!.supply_persons)]));
  report = buildReportData(await buildReportSource(await loadInputs({ scenario })));
  backtest = (await runBacktest({ scenario, actual: join(fixture, 'headcount-2027.csv') })).result;
}, 60_000);

/**
 * What a reader who solves every published total at once can determine: `known[i]` says whether
 * value i is printed; each equation says its members add up to its total. `sets` are the groups to
 * test (indices); returns those whose sum follows from the printed values.
 */
function determinedSets(known: readonly boolean[], equations: readonly { members: number[]; total: number }[], sets: readonly number[][]): number[][] {
  const unknown = known.flatMap((k, i) => (k ? [] : [i]));
  const rows = equations.map((e) => unknown.map((u) => (e.members.includes(u) ? 1 : 0) - (e.total === u ? 1 : 0)));
  const base = rank(rows);
  return sets.filter((set) => set.every((i) => !known[i]) && rank([...rows, unknown.map((u) => (set.includes(u) ? 1 : 0))]) === base);
}

/**
 * spp project's JSON as a system: functions, families, total, vulnerable total (values printed or
 * null under `key` in year `y`; the vulnerable total is printed for the start only), with the
 * equations of the families, the organisation total and the vulnerable total.
 */
function projectSystem(result: ProjectResult, y: number, key: 'supply_persons' | 'supply_fte'): { known: boolean[]; equations: { members: number[]; total: number }[] } {
  const fns = result.functions;
  const printed = (v: number | null | undefined): boolean => v !== null && v !== undefined;
  const known = [
    ...fns.map((f) => printed(f.years[y]![key])),
    ...result.families.map((f) => printed(f.years[y]![key])),
    printed(result.totals.years[y]![key]),
    y === 0 && printed(key === 'supply_persons' ? result.vulnerable.persons : result.vulnerable.fte),
  ];
  const total = fns.length + result.families.length;
  const equations = [
    ...result.families.map((fam, i) => ({ members: fns.flatMap((f, j) => (f.family === fam.id ? [j] : [])), total: fns.length + i })),
    { members: result.families.map((_, i) => fns.length + i), total },
    { members: fns.flatMap((f, j) => (f.vulnerable ? [j] : [])), total: total + 1 },
  ];
  return { known, equations };
}

/** The ids of the withheld functions whose figure under `key` in year `y` follows from spp project's JSON. */
function derivableFunctions(result: ProjectResult, y: number, key: 'supply_persons' | 'supply_fte'): string[] {
  const { known, equations } = projectSystem(result, y, key);
  return determinedSets(known, equations, result.functions.map((_, j) => [j])).map(([j]) => result.functions[j!]!.id);
}

describe('spp project: the vulnerable total solved with the families and the total (red-team case 4)', () => {
  it('withholds the vulnerable total, which equals the withheld family Fam1', () => {
    expect(persons.get('F05')).toBe(1);
    expect(published.functions.map((f) => [f.id, f.suppressed ?? null])).toEqual([
      ['F01', 'complement'],
      ['F02', 'small'],
      ['F03', null],
      ['F04', null],
      ['F05', 'small'],
    ]);
    expect(published.vulnerable).toMatchObject({ functions: 2, persons: null, fte: null, suppressed: 'complement' });
    // The organisation total stays: hiding it would take the whole table's total away.
    expect(published.totals.suppressed).toBeUndefined();
  });

  it('leaves no withheld function to be solved from the published persons and FTE, in any year', () => {
    expect(derivableFunctions(published, 0, 'supply_persons')).toEqual([]);
    published.years.forEach((_, y) => expect(derivableFunctions(published, y, 'supply_fte'), String(published.years[y])).toEqual([]));
  });

  it('says so in the table and Markdown: "met • personen", not 14 persons and 10,7 fte', () => {
    for (const text of [renderProjectTable(result, { color: false, dialect: 'rfc', width: 120, lang: 'nl' }), renderProjectMarkdown(result, { color: false, dialect: 'rfc', lang: 'nl' })]) {
      expect(text).toContain('met • personen bij de start');
      expect(text).not.toMatch(/14 personen|10,7/);
    }
    expect(renderProjectTable(result, { color: false, dialect: 'rfc', width: 120, lang: 'en' })).toContain('with • people at the start');
  });
});

describe('spp report: the same system (red-team case 4)', () => {
  it('withholds the vulnerable total beside the families table that hides Fam1', () => {
    expect(report.families.rows.map((r) => [r.id, r.persons.hidden])).toEqual([
      ['Fam1', 'complement'],
      ['Fam2', null],
      ['Fam3', 'small'],
    ]);
    expect(report.families.totalPersons.hidden).toBeNull();
    expect(report.vulnerable.persons.hidden).not.toBeNull();
  });

  it("withholds in the plan's lists every function spp project withholds, complements included (F01's hires beside its demand)", () => {
    const withheld = new Set(result.functions.filter((f) => f.suppressed !== undefined).map((f) => f.id));
    expect([...withheld].some((id) => (persons.get(id) ?? 0) >= 5)).toBe(true);
    let rows = 0;
    for (const list of [report.plan.hiring, report.plan.outside, report.plan.shortfalls]) {
      for (const r of list) {
        if (!withheld.has(r.id)) continue;
        rows++;
        expect(r.hidden, `${r.id} in the plan's lists`).not.toBeNull();
      }
    }
    expect(rows).toBeGreaterThan(0);
    const md = renderReport(report, { format: 'md', lang: 'nl' });
    expect(md).not.toMatch(/\| F01 [^|]*\| 1,5 \|/);
  });

  it('prints neither 14 people nor 10,7 fte for the vulnerable functions, in the summary or chapter 3', () => {
    for (const format of ['md', 'html'] as const) {
      const text = renderReport(report, { format, lang: 'nl' });
      expect(text).toContain('daarin werken nu • mensen (• fte)');
      expect(text).not.toMatch(/14 mensen|10,7 fte/);
    }
  });
});

describe('spp backtest withholds what spp project withholds (red-team case 5)', () => {
  it('shows no function spp project withholds, and merges all of them into its other row', () => {
    const withheld = published.functions.filter((f) => f.suppressed !== undefined).map((f) => f.id);
    expect(withheld).toEqual(['F01', 'F02', 'F05']);
    expect(backtest.functions.map((f) => f.id)).toEqual(['F03', 'F04']);
    expect(backtest.other).toMatchObject({ id: 'other', name: '3 functions withheld together (privacy)', functions: 3 });
    // Before: F01 on its own row (8,74 fte, the value project hides), and 'other' = F02 + F03 + F05.
    for (const format of ['table', 'md', 'csv', 'json'] as const) {
      const text = backtestRenderers[format](backtest, { color: false, lang: 'nl', dialect: 'rfc', width: 120 });
      expect(text, format).not.toMatch(/F01|F02|F05|8[.,]74/);
    }
    expect(backtestRenderers.md(backtest, { color: false, lang: 'nl', dialect: 'rfc' })).toContain('| 3 functies samen afgeschermd (privacy) |');
  });

  it('together with spp project, determines no withheld function and no small group of them', () => {
    const to = published.years.indexOf(backtest.to);
    const { known, equations } = projectSystem(published, to, 'supply_fte');
    const ids = published.functions.map((f) => f.id);
    const shownByBacktest = new Set(backtest.functions.map((f) => f.id));
    // The backtest's rows are printed too, and its other row is one more equation: the functions it
    // does not show add up to it.
    const other = known.length;
    const system = {
      known: [...known.map((k, i) => k || (i < ids.length && shownByBacktest.has(ids[i]!))), true],
      equations: [...equations, { members: ids.flatMap((id, j) => (shownByBacktest.has(id) ? [] : [j])), total: other }],
    };
    const withheld = ids.flatMap((id, j) => (published.functions[j]!.suppressed !== undefined ? [j] : []));
    const groups = subsetsOf(withheld).filter((set) => set.reduce((a, j) => a + persons.get(ids[j]!)!, 0) < 5);
    expect(determinedSets(system.known, system.equations, [...withheld.map((j) => [j]), ...groups]).map((set) => set.map((j) => ids[j]))).toEqual([]);
  });
});

/** Every subset of two or more of `items`. */
function subsetsOf(items: readonly number[]): number[][] {
  const out: number[][] = [];
  for (let mask = 1; mask < 1 << items.length; mask++) {
    const set = items.filter((_, i) => (mask & (1 << i)) !== 0);
    if (set.length >= 2) out.push(set);
  }
  return out;
}
