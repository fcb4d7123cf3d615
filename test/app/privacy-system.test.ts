import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadInputs } from '../../src/app/load-inputs.js';
import { runProject } from '../../src/app/project.js';
import { buildReportSource } from '../../src/app/report.js';
import type { ProjectResult } from '../../src/domain/results.js';
import { buildReportData, type ReportData } from '../../src/report/directie/report-data.js';
import { renderReport } from '../../src/report/directie/render-report.js';
import { projectRenderers, renderProjectMarkdown, renderProjectTable } from '../../src/report/render-projection.js';

/**
 * Privacy as a system of equations (fixtures/app/privacy-system: F01 12 people and F02 2 people
 * form family Fam1 and are the only vulnerable functions; F03 8 and F04 9 form Fam2; F05 is one
 * person, family Fam3). Line by line nothing was given away, but the vulnerable total was Fam1's
 * total, so total − F03 − F04 − vulnerable total gave F05's one person and 0,8 FTE (red-team case 4).
 */
const scenario = join(import.meta.dirname, '..', '..', 'fixtures', 'app', 'privacy-system', 'scenario.yaml');

let result: ProjectResult;
/** spp project --format json, as a reader gets it. */
let published: ProjectResult;
let persons: Map<string, number>;
let report: ReportData;

beforeAll(async () => {
  const run = await runProject({ scenario });
  result = run.result;
  published = JSON.parse(projectRenderers.json(result)) as ProjectResult;
  persons = new Map(run.projection.functions.map((f) => [f.id, Math.round(f.years[0]!.supply_persons)]));
  report = buildReportData(await buildReportSource(await loadInputs({ scenario })));
}, 60_000);

/** Rank of a matrix by elimination (coefficients are small integers). */
function rank(rows: readonly number[][]): number {
  const m = rows.map((r) => [...r]);
  let rk = 0;
  const cols = m[0]?.length ?? 0;
  for (let c = 0; c < cols && rk < m.length; c++) {
    const p = m.findIndex((r, i) => i >= rk && Math.abs(r[c]!) > 1e-9);
    if (p === -1) continue;
    [m[rk], m[p]] = [m[p]!, m[rk]!];
    for (let r = 0; r < m.length; r++) {
      if (r === rk) continue;
      const f = m[r]![c]! / m[rk]![c]!;
      for (let k = c; k < cols; k++) m[r]![k]! -= f * m[rk]![k]!;
    }
    rk++;
  }
  return rk;
}

/**
 * A reader of spp project's JSON who solves every published total at once: the unknowns are the
 * functions' figures that are null (and the totals that are null); the equations are the families,
 * the organisation total and the vulnerable total. Returns the ids of the withheld functions whose
 * figure under `key` in year `y` follows from what is published.
 */
function derivableFunctions(result: ProjectResult, y: number, key: 'supply_persons' | 'supply_fte'): string[] {
  const fns = result.functions;
  const value = (v: number | null | undefined): number | null => (v === null || v === undefined ? null : v);
  const cells = [
    ...fns.map((f) => value(f.years[y]![key])),
    ...result.families.map((f) => value(f.years[y]![key])),
    value(result.totals.years[y]![key]),
    // The vulnerable total is published for the start only, in persons and FTE.
    y === 0 ? value(key === 'supply_persons' ? result.vulnerable.persons : result.vulnerable.fte) : null,
  ];
  const total = fns.length + result.families.length;
  const equations: { members: number[]; total: number }[] = [
    ...result.families.map((fam, i) => ({ members: fns.flatMap((f, j) => (f.family === fam.id ? [j] : [])), total: fns.length + i })),
    { members: result.families.map((_, i) => fns.length + i), total },
    { members: fns.flatMap((f, j) => (f.vulnerable ? [j] : [])), total: total + 1 },
  ];
  const unknown = cells.flatMap((c, i) => (c === null ? [i] : []));
  const rows = equations.map((e) => unknown.map((u) => (e.members.includes(u) ? 1 : 0) - (e.total === u ? 1 : 0)));
  const base = rank(rows);
  return fns.flatMap((f, j) => (unknown.includes(j) && rank([...rows, unknown.map((u) => (u === j ? 1 : 0))]) === base ? [f.id] : []));
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

  it('prints neither 14 people nor 10,7 fte for the vulnerable functions, in the summary or chapter 3', () => {
    for (const format of ['md', 'html'] as const) {
      const text = renderReport(report, { format, lang: 'nl' });
      expect(text).toContain('daarin werken nu • mensen (• fte)');
      expect(text).not.toMatch(/14 mensen|10,7 fte/);
    }
  });
});
