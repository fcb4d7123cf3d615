import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runExplain } from '../../src/app/explain.js';
import { runOrganise } from '../../src/app/organise.js';
import { runProject } from '../../src/app/project.js';
import { buildReportSource } from '../../src/app/report.js';
import { buildSensitivityResult } from '../../src/app/sensitivity.js';
import { loadInputs } from '../../src/app/load-inputs.js';
import type { ProjectResult } from '../../src/domain/results.js';
import { buildReportData, listAssumptions } from '../../src/report/directie/report-data.js';
import { labeller } from '../../src/report/labels.js';
import { renderExplainText } from '../../src/report/render-explain.js';
import { organiseRenderers } from '../../src/report/render-organise.js';
import { projectRenderers, renderProjectCsv, renderProjectMarkdown, renderProjectTable } from '../../src/report/render-projection.js';
import { renderProjectWorkbook } from '../../src/report/xlsx/result-workbooks.js';
import { renderReport } from '../../src/report/directie/render-report.js';

/**
 * Privacy where the data has no formation (README, "Privacy in every output"): a function's demand
 * then starts at the FTE its people fill (SPEC §2.1), so for C1 — two people, 0,8 + 0,6 = 1,4 fte,
 * under privacy.min_group 5 — a demand of 1,4 fte would say what they work. Its demand is withheld
 * with its people's figures everywhere, and so is that of B1, withheld with it as its complement.
 */
const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'app', 'privacy-no-formation');
const scenario = join(dir, 'scenario.yaml');
const example = join(import.meta.dirname, '..', '..', 'scenarios', 'baseline.yaml');
/** C1's start demand (its people's FTE) and B1's (0,9 × 3 + 4): the figures that must not appear. */
const C1_FTE = 1.4;
const B1_FTE = 6.7;

let project: Awaited<ReturnType<typeof runProject>>;
let result: ProjectResult;

beforeAll(async () => {
  project = await runProject({ scenario });
  result = project.result;
});

/** Every number in a text, as written with a decimal comma or point. */
function numbersIn(text: string): number[] {
  return [...text.matchAll(/-?\d+(?:[.,]\d+)?/g)].map((m) => Number(m[0].replace(',', '.')));
}

describe('spp project without a formation', () => {
  it('withholds the demand of the withheld functions and families in JSON, and lists the keys', () => {
    expect(result.privacy.suppressed_keys).toEqual(expect.arrayContaining(['demand_fte', 'demand_fte_band', 'expansion_fte', 'supply_fte']));
    const json = JSON.parse(projectRenderers.json(result)) as { functions: { id: string; suppressed?: string; years: Record<string, unknown>[] }[]; families: { id: string; years: Record<string, unknown>[] }[] };
    const c1 = json.functions.find((f) => f.id === 'C1')!;
    const b1 = json.functions.find((f) => f.id === 'B1')!;
    expect(c1.suppressed).toBe('small');
    expect(b1.suppressed).toBe('complement');
    for (const f of [c1, b1, ...json.families.filter((g) => g.id !== 'Alfa')]) {
      for (const y of f.years) {
        expect(y['demand_fte']).toBeNull();
        expect(y['expansion_fte']).toBeNull();
      }
    }
    // A shown function keeps its demand (its people's FTE is shown beside it anyway).
    expect(json.functions.find((f) => f.id === 'A1')!.years[0]!['demand_fte']).toBe(7.6);
  });

  it('shows the privacy mark for the demand in the table, Markdown and CSV, and says why', () => {
    const table = renderProjectTable(result, { lang: 'nl', color: false, dialect: 'rfc', width: 100 });
    const c1 = table.split('\n').find((l) => l.startsWith('C1 '))!;
    expect(c1).toMatch(/< 5\s+< 5\s+< 5\s+< 5$/);
    expect(table.split('\n').find((l) => l.startsWith('B1 '))).toMatch(/•\s+•\s+•\s+•$/);
    expect(table.replace(/\s+/g, ' ')).toContain('De vraag staat er niet omdat niet elke afgeschermde functie in de gegevens een formatie (formation_fte) heeft');
    const md = renderProjectMarkdown(result, { lang: 'en', color: false, dialect: 'rfc' });
    expect(md.split('\n').find((l) => l.startsWith('| C1 '))).toContain('| < 5 | < 5 | < 5 | < 5 |');
    expect(md).toContain('Demand is withheld because not every withheld function has a formation in the data');
    const csv = renderProjectCsv(result, { dialect: 'rfc', color: false });
    const header = csv.split('\n')[0]!.split(',');
    const demand = header.indexOf('demand_fte');
    const expansion = header.indexOf('expansion_fte');
    for (const line of csv.split('\n').filter((l) => l.startsWith('C1,') || l.startsWith('B1,'))) {
      const cells = line.split(',');
      expect(cells[demand]).toMatch(/^(< 5|•)$/);
      expect(cells[expansion]).toMatch(/^(< 5|•)$/);
    }
  });

  it('withholds the demand on the xlsx Vraag sheet', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await renderProjectWorkbook(result, {}, { lang: 'nl', assumptions: listAssumptions(project.inputs.scenario, project.inputs.loaded.raw), notes: result.assumptions, stamp: result.stamp, label: labeller('nl') })) as unknown as ArrayBuffer);
    const sheet = book.worksheets.find((s) => s.name === 'Vraag (fte)')!;
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    const c1 = rows.find((r) => r[1] === 'C1')!;
    expect(c1.slice(4)).toEqual(['< 5', '< 5', '< 5', '< 5', '< 5']);
  });

  it('keeps the demand of Gemeente Voorbeeld, whose functions all have a formation', async () => {
    const baseline = (await runProject({ scenario: example })).result;
    expect(baseline.functions.some((f) => f.suppressed !== undefined)).toBe(true);
    expect(baseline.privacy.suppressed_keys).not.toContain('demand_fte');
    const json = JSON.parse(projectRenderers.json(baseline)) as { functions: { id: string; years: Record<string, unknown>[] }[] };
    expect(json.functions.find((f) => f.id === 'F085')!.years[0]!['demand_fte']).toEqual(expect.any(Number));
  });
});

describe('a formation for some functions only', () => {
  /** The fixture with a formation_fte column: `c1` is C1's cell (empty: none). */
  async function withFormation(c1: string): Promise<ProjectResult> {
    const tmp = mkdtempSync(join(tmpdir(), 'spp-formation-'));
    try {
      const functions = readFileSync(join(dir, 'functions.csv'), 'utf8')
        .trimEnd()
        .split('\n')
        .map((line, i) => {
          const [id, ...rest] = line.split(',');
          const formation = i === 0 ? 'formation_fte' : { A1: '8', A2: '6', B1: '7', C1: c1 }[id!]!;
          return [id, ...rest.slice(0, 4), formation, ...rest.slice(4)].join(',');
        });
      writeFileSync(join(tmp, 'functions.csv'), `${functions.join('\n')}\n`);
      copyFileSync(join(dir, 'headcount.csv'), join(tmp, 'headcount.csv'));
      copyFileSync(scenario, join(tmp, 'scenario.yaml'));
      return (await runProject({ scenario: join(tmp, 'scenario.yaml') })).result;
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }

  it('withholds the demand of every withheld function when one of them has none — B1 with its formation too', async () => {
    const mixed = await withFormation('');
    expect(mixed.privacy.suppressed_keys).toContain('demand_fte');
    // B1's demand is its formation (7), a budget; shown, it would give C1's people's FTE back: total − Alfa − B1 = C1.
    const json = JSON.parse(projectRenderers.json(mixed)) as { functions: { id: string; years: Record<string, unknown>[] }[] };
    expect(json.functions.find((f) => f.id === 'B1')!.years[0]!['demand_fte']).toBeNull();
  });

  it('shows the demand of withheld functions when every one of them has a formation (the budget, not the people)', async () => {
    const budgeted = await withFormation('2');
    expect(budgeted.functions.find((f) => f.id === 'C1')!.suppressed).toBe('small');
    expect(budgeted.privacy.suppressed_keys).not.toContain('demand_fte');
    const json = JSON.parse(projectRenderers.json(budgeted)) as { functions: { id: string; years: Record<string, unknown>[] }[] };
    expect(json.functions.find((f) => f.id === 'C1')!.years[0]!['demand_fte']).toBe(2);
  });
});

describe('spp explain without a formation', () => {
  it('withholds the start demand, the demand and the expansion demand, and keeps the scenario factors', async () => {
    const explained = (await runExplain({ scenario }, 'C1')).result;
    expect(explained.privacy).toMatchObject({ suppressed: true, reason: 'small', demand_withheld: true });
    for (const y of explained.years) {
      expect(y.demand.base_fte).toBeNull();
      expect(y.demand.demand_fte).toBeNull();
      expect(y.expansion_fte).toBeNull();
      expect(y.demand.labour_factor).toBeGreaterThan(0);
    }
    const text = renderExplainText(explained, { lang: 'nl', color: false, width: 80 });
    expect(text).toContain('Vraag bij de start (afgeschermd, privacy)');
    expect(text).toContain('ook de vraag staan er niet');
    expect(numbersIn(text)).not.toContain(C1_FTE);
    // A shown function of the same data still shows its chain.
    const shown = (await runExplain({ scenario }, 'A1')).result;
    expect(shown.privacy.demand_withheld).toBeUndefined();
    expect(shown.years[0]!.demand.base_fte).toBe(7.6);
  });
});

describe('spp organise without a formation', () => {
  it('leaves the withheld functions out of the functions, the quadrants and the pool, and says so', async () => {
    const { result: organised } = await runOrganise({ scenario });
    expect(organised.functions.map((f) => f.id)).toEqual(['A1', 'A2']);
    // The quadrant totals hold only the shown functions: 7,6 + 6,0 fte at the start.
    const first = organised.years[0]!;
    expect(Object.values(first.fte).reduce((a, b) => a + b, 0)).toBeCloseTo(13.6, 6);
    expect(organised.notes.at(-1)).toContain('2 withheld functions are left out (privacy)');
    const table = organiseRenderers.table(organised, { lang: 'nl', color: false, dialect: 'rfc', width: 80 });
    expect(table.replace(/\s+/g, ' ')).toContain('2 afgeschermde functies tellen niet mee (privacy)');
    expect(table).not.toContain('C1');
  });
});

describe('the report without a formation', () => {
  it('shows < 5 for a withheld vulnerable function’s demand and names no withheld function in the quadrants', async () => {
    const md = renderReport(buildReportData(await buildReportSource(await loadInputs({ scenario }))), { format: 'md', lang: 'nl' });
    const row = md.split('\n').find((l) => l.startsWith('| C1 Administrateur Gamma | veranderend | '))!;
    expect(row).toBe('| C1 Administrateur Gamma | veranderend | < 5 | < 5 | < 5 | 36% |');
    // The 2030 demand of C1 (1,4 × 0,64 = 0,9) appears nowhere as its figure.
    expect(md).not.toMatch(/C1 Administrateur Gamma[^\n]*\| 0,9 \|/);
    expect(numbersIn(md.split('\n').filter((l) => l.includes('C1') || l.includes('B1')).join('\n'))).not.toContain(B1_FTE);
  });

  it('weighs the organisation’s task mix by the shown functions only, and says so', async () => {
    const md = renderReport(buildReportData(await buildReportSource(await loadInputs({ scenario }))), { format: 'md', lang: 'nl' });
    // Its title no longer says "van de hele organisatie" over a mix without two functions.
    expect(md).toContain('### Takenpakket van de organisatie zonder de afgeschermde functies (aandeel van het werk, gewogen naar fte)');
    expect(md).not.toContain('hele organisatie (aandeel');
    expect(md).toContain('Zonder de 2 afgeschermde functies (privacy): niet elke afgeschermde functie heeft in de gegevens een formatie (formation\\_fte)');
    // A1 (7,6 fte: 60 % administrative, 40 % case handling) and A2 (6,0 fte: 20 % case handling, 80 % advice):
    // advice 4,8 / 13,6 = 35 % at the start, 4,8 / 11,8 = 41 % in 2030. With B1 and C1 weighed in (their FTE
    // recoverable from it with the shown task shares) it was 22 % and 26 %.
    expect(md).toMatch(/\| Advies \| 35% \| 41% \|/);
  });
});

describe('spp sensitivity without a formation', () => {
  it('leaves out a growth rule of a withheld function: its effect would be a share of its people’s FTE', async () => {
    const inputs = await loadInputs({ scenario });
    inputs.scenario.demand.growth.push({ function: 'C1', rate: 0.05 } as (typeof inputs.scenario.demand.growth)[number]);
    inputs.scenario.demand.growth.push({ family: 'Alfa', rate: 0.02 } as (typeof inputs.scenario.demand.growth)[number]);
    const sensitivity = await buildSensitivityResult(inputs, { plan: false });
    expect(sensitivity.withheld).toContain('demand.growth[function=C1].rate');
    expect(sensitivity.assumptions.map((a) => a.path)).toContain('demand.growth[family=Alfa].rate');
    expect(sensitivity.assumptions.map((a) => a.path)).not.toContain('demand.growth[function=C1].rate');
  });
});
