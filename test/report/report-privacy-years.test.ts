import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInputs } from '../../src/app/load-inputs.js';
import { buildReportSource } from '../../src/app/report.js';
import { buildReportData, type ReportData } from '../../src/report/directie/report-data.js';
import { renderReport } from '../../src/report/directie/render-report.js';
import { runSpp } from '../cli/run-spp.js';

/**
 * A generated town of 150 people in 30 functions (20 of them withheld together): its plan places
 * people outside in 2027 from one withheld function only. The report hid that year ('•') but showed
 * the row's total and every other year, so the total minus the shown years gave it back (3,6 − 2,8).
 */
const dir = mkdtempSync(join(tmpdir(), 'spp-town-'));
let data: ReportData;
let plan: Awaited<ReturnType<typeof buildReportSource>>['plan'];

beforeAll(async () => {
  expect((await runSpp(['generate', dir, '--persons', '150', '--functions', '30', '--seed', '11', '-q'])).exitCode).toBe(0);
  const scenario = join(dir, 's.yaml');
  writeFileSync(
    scenario,
    'id: klein\nhorizon: { start: 2026, end: 2032 }\ndata: { functions: functions.csv, headcount: headcount.csv }\n' +
      'digitalisation:\n  automation:\n    administrative: { target: 0.5, end: 2030 }\n',
  );
  const source = await buildReportSource(await loadInputs({ scenario }));
  plan = source.plan;
  data = buildReportData(source);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the plan per year in the report: a hidden year cannot be recovered from its row', () => {
  it('hides a second year (or the total) beside a year whose only contributor is withheld', () => {
    const kinds = ['hired', 'outside', 'shortage'] as const;
    for (const kind of kinds) {
      const { years, total } = data.plan.perYearHidden[kind];
      const hidden = years.filter((h) => h !== null).length;
      // With the total shown, one hidden year would be the total minus the others.
      if (total === null) expect(hidden, kind).not.toBe(1);
    }
    // The case that was found: placement outside in 2027 from one withheld function.
    const outside = data.plan.perYearHidden.outside;
    const first = outside.years.findIndex((h) => h === 'small' || h === 'complement');
    expect(first).toBeGreaterThanOrEqual(0);
    const contributors = plan.functions.filter((f) => f.years[first + 1]!.redundant_fte >= 0.00005);
    expect(contributors).toHaveLength(1);
    expect(outside.years.filter((h) => h !== null).length + (outside.total === null ? 0 : 1)).toBeGreaterThanOrEqual(2);
    const md = renderReport(data, { format: 'md', lang: 'nl' });
    const row = md.split('\n').find((l) => l.startsWith('| Plaatsing buiten de organisatie (fte) |'))!;
    expect(row.split('|').filter((c) => c.trim() === '•').length).toBeGreaterThanOrEqual(2);
  });
});
