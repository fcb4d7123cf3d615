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

  it('hides the FTE beside a hidden person count: 0,8 fte would say one person works there', () => {
    const md = renderReport(data, { format: 'md', lang: 'en' });
    const chapter = md.split('## 3. ')[1]!.split('\n## ')[0]!;
    for (const r of data.vulnerable.rows.filter((x) => x.persons.hidden !== null)) {
      const cells = chapter.split('\n').find((l) => l.startsWith(`| ${r.id} `))!.split('|').map((c) => c.trim());
      expect(cells[4]).toBe(cells[3]);
    }
  });

  it('no combination of figures gives a hidden count back (cross-table: summary, families, vulnerable, age bands, shares)', () => {
    // What the report publishes: every shown count, and the sums a reader knows. The summary repeats the
    // vulnerable total and the workforce total, and the over-60 / under-35 shares are counts too (share × total).
    const shown = (p: PersonCount): number | null => (p.hidden === null ? p.persons : null);
    const total = shown(data.families.totalPersons);
    const bands = data.ageBands.bands;
    const equations: { members: (number | null)[]; total: number | null; actual: number[] }[] = [
      { members: data.families.rows.map((r) => shown(r.persons)), total, actual: data.families.rows.map((r) => r.persons.persons) },
      { members: bands.map((b) => shown(b.persons)), total, actual: bands.map((b) => b.persons.persons) },
      { members: bands.filter((b) => b.from >= 60).map((b) => shown(b.persons)), total: shown(data.ageBands.over60), actual: bands.filter((b) => b.from >= 60).map((b) => b.persons.persons) },
      { members: bands.filter((b) => b.from < 35).map((b) => shown(b.persons)), total: shown(data.ageBands.under35), actual: bands.filter((b) => b.from < 35).map((b) => b.persons.persons) },
      { members: data.vulnerable.rows.map((r) => shown(r.persons)), total: shown(data.vulnerable.persons), actual: data.vulnerable.rows.map((r) => r.persons.persons) },
    ];
    let checked = 0;
    for (const e of equations) {
      if (e.total === null) continue;
      const hidden = e.members.map((m, i) => (m === null ? e.actual[i]! : null)).filter((v): v is number => v !== null);
      if (hidden.length === 0) continue;
      checked++;
      // Never one unknown, and the unknowns together never a group under min_group.
      expect(hidden.length).toBeGreaterThanOrEqual(2);
      expect(hidden.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(10);
    }
    expect(checked).toBeGreaterThan(0);
    // The summary's sentence on vulnerable people shows the table's total, or its mark.
    const md = renderReport(data, { format: 'md', lang: 'nl' });
    const summary = md.split('## Samenvatting')[1]!.split('\n## ')[0]!;
    const v = data.vulnerable.persons;
    expect(summary).toContain(`daarin werken nu ${v.hidden === null ? v.persons.toLocaleString('nl-NL') : v.hidden === 'small' ? '< 10' : '•'} mensen`);
  });

  it('a family total minus its visible vulnerable functions does not give a hidden one away', async () => {
    // A family whose functions are all vulnerable, one of them small: the family table and the
    // vulnerable table together would otherwise reveal it.
    const dir2 = await mkdtemp(join(tmpdir(), 'spp-privacy-x-'));
    try {
      // A formation for every function: spp refuses data in which a withheld one has none (README, "Privacy in every output").
      const functions = ['function_id,name,family,level,pay,formation_fte,task.administrative,task.advice', 'A1,Alpha één,Alpha,6,40000,2.4,1,0', 'A2,Alpha twee,Alpha,6,40000,16,1,0', 'B1,Beta,Beta,8,50000,24,0,1', 'C1,Gamma,Gamma,6,40000,6.4,1,0'].join('\n');
      const rows = ['employee_id,function_id,fte,birth_date,contract,contract_end'];
      const person = (i: number, fn: string): string => `E${String(i).padStart(5, '0')},${fn},0.8,19${60 + (i % 30)}-0${1 + (i % 9)}-15,permanent,`;
      let i = 0;
      for (let k = 0; k < 3; k++) rows.push(person(i++, 'A1'));
      for (let k = 0; k < 20; k++) rows.push(person(i++, 'A2'));
      for (let k = 0; k < 30; k++) rows.push(person(i++, 'B1'));
      // Gamma's 8 would be the vulnerable table's own complement; the family table needs A2 hidden.
      for (let k = 0; k < 8; k++) rows.push(person(i++, 'C1'));
      await writeFile(join(dir2, 'functions.csv'), functions + '\n');
      await writeFile(join(dir2, 'headcount.csv'), rows.join('\n') + '\n');
      await writeFile(
        join(dir2, 's.yaml'),
        'id: x\ndata: { functions: functions.csv, headcount: headcount.csv }\nhorizon: { start: 2026, end: 2030 }\n' +
          'digitalisation: { automation: { administrative: { target: 0.6, end: 2029 } } }\n',
      );
      const d = buildReportData(await buildReportSource(await loadInputs({ scenario: join(dir2, 's.yaml') })));
      const vulnerable = new Map(d.vulnerable.rows.map((r) => [r.id, r.persons]));
      expect(vulnerable.get('A1')?.hidden).toBe('small');
      expect(vulnerable.has('C1')).toBe(true);
      const alpha = d.families.rows.find((r) => r.id === 'Alpha')!.persons;
      // Alpha = A1 + A2; with Alpha shown, A2 must be hidden too.
      if (alpha.hidden === null) expect(vulnerable.get('A2')?.hidden).not.toBeNull();
      const md = renderReport(d, { format: 'md', lang: 'nl' });
      expect(md).not.toMatch(/\| A1 Alpha één \| [^|]+ \| 3 \|/);
      expect(md).not.toMatch(/\| A2 Alpha twee \| [^|]+ \| 20 \|/);
    } finally {
      await rm(dir2, { recursive: true, force: true });
    }
  });

  it("puts a plan list's withheld rows after the shown ones: a row kept in its place by size tells what it hides", () => {
    const lists = { hiring: data.plan.hiring, outside: data.plan.outside, shortfalls: data.plan.shortfalls };
    let withheld = 0;
    for (const [name, rows] of Object.entries(lists)) {
      const firstHidden = rows.findIndex((r) => r.hidden !== null);
      if (firstHidden === -1) continue;
      withheld++;
      expect(rows.slice(firstHidden).every((r) => r.hidden !== null), `${name}: a shown row after a withheld one`).toBe(true);
      const shown = rows.slice(0, firstHidden).map((r) => r.fte);
      expect(shown, `${name}: shown rows largest first`).toEqual([...shown].sort((a, b) => b - a));
    }
    // The fixture has withheld rows in the plan's lists (min_group 10).
    expect(withheld).toBeGreaterThan(0);
  });

  it('sums the withheld rows of a top-15 list into "Overige functies", never listing one by size while its complement is in the sum', () => {
    // The hiring list with a withheld function among the largest and its complement at the end, as
    // hideSmall marks them: listed in its place it tells its size, and with the complement in the sum
    // of the others and the total shown, that sum would give it back.
    const hiring = data.plan.hiring.filter((r) => r.hidden === null).map((r) => ({ ...r }));
    expect(hiring.length).toBeGreaterThan(17);
    hiring[2]!.hidden = 'small';
    hiring.at(-1)!.hidden = 'complement';
    const ordered = [...hiring.filter((r) => r.hidden === null), ...hiring.filter((r) => r.hidden !== null)];
    const md = renderReport({ ...data, plan: { ...data.plan, hiring: ordered } }, { format: 'md', lang: 'nl' });
    const table = md.split('### Werving per functie')[1]!.split('\n### ')[0]!.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Functie') && !l.startsWith('| ---'));
    const cells = table.map((l) => l.split('|').map((c) => c.trim()).filter((c) => c !== ''));
    const shown = ordered.filter((r) => r.hidden === null);
    // The 15 largest shown, then the others (the two withheld ones among them) summed, then the total.
    expect(cells.slice(0, 15).map((c) => c[0])).toEqual(shown.slice(0, 15).map((r) => `${r.id} ${r.name}`));
    expect(md.split('### Werving per functie')[1]!.split('\n### ')[0]).not.toMatch(/< 10|•/);
    const others = cells[15]!;
    expect(others[0]).toBe(`Overige functies (${ordered.length - 15})`);
    const sumOthers = ordered.filter((r) => !shown.slice(0, 15).includes(r)).reduce((a, r) => a + r.fte, 0);
    expect(others.at(-1)).toBe(sumOthers.toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
  });

  it('says under the status overview that its replacement column leaves the withheld functions out (they are counted by status)', () => {
    expect(data.withheldFunctions).toBeGreaterThan(0);
    // The replacement list leaves them out, the status counts do not: the two columns disagree unless said.
    const total = Object.values(data.statusCounts).reduce((a, n) => a + n, 0);
    expect(total).toBe(data.changes.length);
    for (const [lang, title, note] of [
      ['nl', 'Functies naar status aan het eind van de horizon', `De kolom ‘Waarvan vervanging nodig’ telt ${data.withheldFunctions} functies niet mee`],
      ['en', 'Functions by status at the end of the horizon', `The column "Of which need replacement" does not count ${data.withheldFunctions} functions`],
    ] as const) {
      const md = renderReport(data, { format: 'md', lang });
      const after = md.split(title)[1]!.split('\n### ')[0]!;
      expect(after).toContain(note);
    }
    // Without withheld functions there is nothing to say.
    const md = renderReport({ ...data, withheldFunctions: 0 }, { format: 'md', lang: 'nl' });
    expect(md).not.toContain('telt 0 functies');
    expect(md.split('Functies naar status aan het eind van de horizon')[1]!.split('\n### ')[0]).not.toContain('Waarvan vervanging nodig’ telt');
  });

  it('marks inherited assumptions with the parent file and overrides with the child', () => {
    const source = (key: string): string | null | undefined => data.assumptions.find((a) => a.key === key)?.source;
    expect(source('privacy.min_group')).toBe('privacy.yaml');
    expect(source('id')).toBe('privacy.yaml');
    expect(source('digitalisation.reinvested')).toBe('digitaal-versneld.yaml');
    expect(source('horizon.start')).toBe('baseline.yaml');
  });
});
