import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInputs } from '../../src/app/load-inputs.js';
import { buildReportSource } from '../../src/app/report.js';
import { buildReportData } from '../../src/report/directie/report-data.js';
import type { PersonCount, ReportData } from '../../src/report/directie/report-data.js';
import { renderReport } from '../../src/report/directie/render-report.js';

/**
 * Privacy in the report on real data: the example under digitaal-versneld (which has vulnerable
 * functions) with privacy.min_group raised to 10, so that small groups exist: a vulnerable function
 * with 9 people and an age band with 7.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
let dir: string;
let data: ReportData;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'spp-privacy-'));
  const scenario = join(dir, 'privacy.yaml');
  const parent = join(root, 'scenarios', 'digitaal-versneld.yaml').replace(/\\/g, '/');
  await writeFile(scenario, `id: privacy-test\nextends: ${JSON.stringify(parent)}\nprivacy: { min_group: 10 }\n`);
  data = buildReportData(await buildReportSource(await loadInputs({ scenario })));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** What an outsider can compute for the hidden cells of a column: total minus the visible cells. */
function hiddenSum(cells: PersonCount[], total: PersonCount): { hidden: number; rest: number | null } {
  const hidden = cells.filter((c) => c.hidden !== null).length;
  const visible = cells.filter((c) => c.hidden === null).reduce((a, c) => a + c.persons, 0);
  return { hidden, rest: total.hidden === null ? total.persons - visible : null };
}

describe('privacy in the report', () => {
  it('hides a vulnerable function with fewer than min_group people, and one more so the total does not reveal it', () => {
    const rows = data.vulnerable.rows;
    const small = rows.filter((r) => r.persons.hidden === 'small');
    expect(small.length).toBeGreaterThan(0);
    for (const r of small) expect(r.persons.persons).toBeLessThan(10);
    const { hidden } = hiddenSum(rows.map((r) => r.persons), data.vulnerable.persons);
    expect(hidden).toBeGreaterThanOrEqual(2);
    // Every shown count is a group of at least min_group people.
    for (const r of rows) if (r.persons.hidden === null) expect(r.persons.persons).toBeGreaterThanOrEqual(10);
  });

  it('hides small age bands with a complement, and shows them as "< 10" and "•" in both formats', () => {
    const bands = data.ageBands.bands;
    expect(bands.some((b) => b.persons.hidden === 'small')).toBe(true);
    expect(hiddenSum(bands.map((b) => b.persons), data.ageBands.total).hidden).toBeGreaterThanOrEqual(2);
    for (const format of ['md', 'html'] as const) {
      const text = renderReport(data, { format, lang: 'nl' });
      expect(text).toContain(format === 'md' ? '| < 10 |' : '>&lt; 10<');
      expect(text).toContain('•');
    }
  });

  it('never prints the persons of a function with fewer than min_group people', () => {
    const md = renderReport(data, { format: 'md', lang: 'en' });
    const chapter = md.split('## 3. ')[1]!.split('\n## ')[0]!;
    for (const r of data.vulnerable.rows.filter((x) => x.persons.hidden !== null)) {
      const line = chapter.split('\n').find((l) => l.startsWith(`| ${r.id} `));
      expect(line).toBeDefined();
      const cells = line!.split('|').map((c) => c.trim());
      // Columns: function, status, people, FTE, demand, automated.
      expect(['< 10', '•']).toContain(cells[3]);
    }
  });

  it('marks inherited assumptions with the parent file and overrides with the child', () => {
    const source = (key: string): string | null | undefined => data.assumptions.find((a) => a.key === key)?.source;
    expect(source('privacy.min_group')).toBe('privacy.yaml');
    expect(source('id')).toBe('privacy.yaml');
    expect(source('digitalisation.reinvested')).toBe('digitaal-versneld.yaml');
    expect(source('horizon.start')).toBe('baseline.yaml');
  });
});
