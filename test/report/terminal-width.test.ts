import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPathways } from '../../src/app/reskill.js';
import { runProject } from '../../src/app/project.js';
import type { PathwaysResult, ProjectResult } from '../../src/domain/results.js';
import { renderProjectTable } from '../../src/report/render-projection.js';
import { pathwaysRenderers, renderPathwaysTable } from '../../src/report/render-reskill.js';
import { runPlan } from '../../src/app/plan.js';
import type { PlanResult } from '../../src/domain/plan.js';
import { renderPlanTable } from '../../src/report/render-plan.js';
import { formatNumber } from '../../src/domain/round.js';
import { runCompare } from '../../src/app/compare.js';
import type { CompareResult } from '../../src/domain/compare.js';
import { compareRenderers } from '../../src/report/render-compare.js';
import { WORDS } from '../../src/report/words.js';

/** Terminal tables at 60, 80 and 120 columns: every line fits, no status is cut, a legend explains the words. */
const root = join(import.meta.dirname, '..', '..');
const scenario = join(root, 'scenarios', 'digitaal-versneld.yaml');
let project: ProjectResult;
let pathways: PathwaysResult;
let plan: PlanResult;
let compare: CompareResult;
let compareMc: CompareResult;

const width = (line: string): number => [...line].length;

beforeAll(async () => {
  project = (await runProject({ scenario })).result;
  pathways = (await runPathways({ scenario }, 'F006')).result;
  plan = (await runPlan({ scenario: join(root, 'scenarios', 'krimp-vacaturestop.yaml') })).result;
  const three = ['baseline', 'digitaal-versneld', 'krimp-vacaturestop'].map((id) => join(root, 'scenarios', `${id}.yaml`));
  compare = (await runCompare(three, { plans: false })).result;
  compareMc = (await runCompare(three, { plans: false, monteCarlo: { runs: 20, seed: 3 } })).result;
}, 60_000);

describe('spp project table', () => {
  for (const columns of [60, 80, 120]) {
    for (const lang of ['nl', 'en'] as const) {
      it(`fits ${columns} columns in ${lang} and shows every status whole`, () => {
        const text = renderProjectTable(project, { color: false, dialect: 'rfc', lang, width: columns });
        const lines = text.trimEnd().split('\n');
        for (const line of lines) expect(width(line), line).toBeLessThanOrEqual(columns);
        const words = WORDS[lang];
        for (const f of project.functions) {
          const row = lines.find((l) => l.startsWith(`${f.id} `) || l.startsWith(f.id.slice(0, 3)) && l.includes(f.id));
          expect(row, f.id).toBeDefined();
          expect(row!).toContain(`${words.status[f.status]}${f.vulnerable ? '!' : ''}`);
        }
        const legend = lang === 'nl' ? 'Status: wat er tot 2035 met het werk gebeurt; ! = kwetsbaar.' : 'Status: what happens to the work by 2035; ! = vulnerable.';
        expect(lines).toContain(legend);
      });
    }
  }

  it('gives the function name the room a wider terminal has', () => {
    const at = (columns: number): string => renderProjectTable(project, { color: false, dialect: 'rfc', lang: 'nl', width: columns }).split('\n').find((l) => l.startsWith('F007'))!;
    expect(at(60)).toContain('…');
    expect(at(120)).toContain('F007 Medewerker Documentaire Informatievoorziening (DIV)');
  });
});

describe('spp pathways table', () => {
  for (const columns of [60, 80, 120]) {
    it(`fits ${columns} columns, opens with the count of usable routes and lists usable ones first`, () => {
      const text = renderPathwaysTable(pathways, { color: false, lang: 'en', width: columns });
      const lines = text.trimEnd().split('\n');
      for (const line of lines) expect(width(line), line).toBeLessThanOrEqual(columns);
      const viable = pathways.pathways.filter((p) => p.viable).length;
      expect(text.replace(/\s+/g, ' ')).toContain(`${pathways.pathways.length} destinations: ${viable} viable`);
    });
  }

  it('sorts usable routes (viable, desirable, safe) before the others', () => {
    const usable = { ...pathways.pathways[40]!, to: 'X999', name: 'Usable', viable: true, desirable: true, safe: true };
    const text = renderPathwaysTable({ ...pathways, pathways: [...pathways.pathways, usable] }, { color: false, lang: 'nl', width: 80 });
    const rows = text.split('\n').filter((l) => /^[FXN]\d{3} /.test(l));
    expect(rows[0]).toMatch(/^X999 Usable/);
    expect(text.replace(/\s+/g, ' ')).toContain('De bruikbare route staat bovenaan.');
  });

  it('says in its row that a closed destination is not open, however viable, desirable and safe', () => {
    const closed = { ...pathways.pathways[40]!, to: 'X998', name: 'Directeur', viable: true, desirable: true, safe: true, closed: true };
    const open = { ...closed, to: 'X999', name: 'Adviseur', closed: false };
    const text = renderPathwaysTable({ ...pathways, pathways: [...pathways.pathways, closed, open] }, { color: false, lang: 'nl', width: 80 });
    const lines = text.split('\n');
    expect(lines.find((l) => l.startsWith('Naar'))).toMatch(/Veilig\s+Open$/);
    expect(lines.find((l) => l.startsWith('X998 '))).toMatch(/ja\s+ja\s+ja\s+nee$/);
    expect(lines.find((l) => l.startsWith('X999 '))).toMatch(/ja\s+ja\s+ja\s+ja$/);
    // A step down reads with the minus sign of every other negative number people read (U+2212).
    const down = { ...open, to: 'X997', name: 'Lager', level_step: -2 };
    expect(renderPathwaysTable({ ...pathways, pathways: [down] }, { color: false, lang: 'nl', width: 80 }).split('\n').find((l) => l.startsWith('X997 '))).toMatch(/\s−2\s/);
    // The open one is the usable route, listed before the closed one.
    expect(lines.findIndex((l) => l.startsWith('X999 '))).toBeLessThan(lines.findIndex((l) => l.startsWith('X998 ')));
    expect(renderPathwaysTable({ ...pathways, pathways: [closed] }, { color: false, lang: 'en', width: 60 })).toContain('O = open');
    // The CSV an analyst filters in a spreadsheet says it too, in a column of its own.
    const csv = pathwaysRenderers.csv({ ...pathways, pathways: [closed, open] }, { dialect: 'rfc' }).trim().split(/\r?\n/);
    const header = csv[0]!.split(',');
    expect(header.slice(header.indexOf('safe'), header.indexOf('safe') + 2)).toEqual(['safe', 'closed']);
    expect(csv[1]!.split(',')[header.indexOf('closed')]).toBe('true');
    expect(csv[2]!.split(',')[header.indexOf('closed')]).toBe('false');
  });
});

describe('spp plan table', () => {
  for (const columns of [60, 80, 120]) {
    for (const lang of ['nl', 'en'] as const) {
      it(`fits ${columns} columns in ${lang} and shows every year's figures whole`, () => {
        const text = renderPlanTable(plan, { color: false, dialect: 'rfc', lang, width: columns });
        const lines = text.trimEnd().split('\n');
        for (const line of lines) expect(width(line), line).toBeLessThanOrEqual(columns);
        // Every year's cost and supply appear uncut, whatever the width (a narrow terminal splits the table).
        for (const [k, y] of plan.totals.years.entries()) {
          expect(lines.some((l) => l.startsWith(`${y.year} `) && l.includes(formatNumber(y.fte, 1, lang))), `${y.year}`).toBe(true);
          if (k > 0) expect(text).toContain(formatNumber(plan.totals.years[k]!.shortage_fte, 1, lang));
        }
      });
    }
  }

  it('gives the function names the room a wider terminal has', () => {
    const decision = (columns: number): string => renderPlanTable(plan, { color: false, dialect: 'rfc', lang: 'nl', width: columns }).split('\n').find((l) => l.startsWith('F001 '))!;
    expect(decision(60)).toContain('…');
    expect(decision(120)).toContain('F001 Medewerker Klantcontactcentrum');
  });
});

describe('spp compare table', () => {
  for (const columns of [60, 80, 120]) {
    for (const mc of [false, true]) {
      it(`fits ${columns} columns${mc ? ' with --runs' : ''}, every status whole, with the legend`, () => {
        const result = mc ? compareMc : compare;
        const text = compareRenderers.table(result, { color: false, dialect: 'rfc', lang: 'nl', width: columns });
        const lines = text.trimEnd().split('\n');
        for (const line of lines) expect(width(line), line).toBeLessThanOrEqual(columns);
        const words = WORDS.nl;
        const statusCells = result.functions.flatMap((f) => Object.values(f.by_scenario)).filter((x) => x !== null && x !== undefined);
        for (const x of statusCells) expect(text).toContain(`${words.status[x!.status]}${x!.vulnerable ? '!' : ''}`);
        // The legend, wrapped to the width: also that gap and Δ are computed before rounding (20,6 − 35,9 may show −15,4).
        expect(text.replace(/\n +/g, ' ')).toContain('Status: wat er tot 2035 met het werk gebeurt; ! = kwetsbaar. Verschil en Δ zijn berekend vóór afronding.');
      });
    }
  }

  it("shows each scenario's P10 … P90 of the total gap per year when the scenarios were simulated (--runs)", () => {
    for (const columns of [60, 120]) {
      const text = compareRenderers.table(compareMc, { color: false, dialect: 'rfc', lang: 'nl', width: columns });
      expect(text).toContain('C P10 … P90');
      for (const y of compareMc.totals.years) {
        for (const id of compareMc.scenarios) {
          const band = y.by_scenario[id]!.gap_fte_band!;
          expect(text, `${y.year} ${id}`).toContain(`${formatNumber(band.p10, 1, 'nl')} … ${formatNumber(band.p90, 1, 'nl')}`);
        }
      }
      expect(text).toContain('P10 … P90: 80% van de runs valt binnen deze marge.');
    }
    expect(compareRenderers.table(compare, { color: false, dialect: 'rfc', lang: 'nl', width: 120 })).not.toContain('P10');
  });
});

describe('spp calibrate table', () => {
  // The example's two snapshots at 60 and 40 columns: the headers of the rate tables read
  // "Verloop (per jaa…" and "Doorstroom (per ja…" (probe); they wrap instead, and every line fits.
  it('wraps the headers of its rate tables instead of cutting them, at 60 and 40 columns', async () => {
    const { runCalibrate } = await import('../../src/app/calibrate.js');
    const { calibrationRenderers } = await import('../../src/report/render-calibration.js');
    const example = join(root, 'fixtures', 'example');
    const { result } = await runCalibrate({ old: join(example, 'headcount-2025.csv'), new: join(example, 'headcount.csv'), scenario: join(root, 'scenarios', 'baseline.yaml') });
    for (const lang of ['nl', 'en'] as const) {
      for (const columns of [60, 40]) {
        const text = calibrationRenderers.table(result, { color: false, triples: false, width: columns, lang });
        for (const line of text.split('\n')) expect(width(line), line).toBeLessThanOrEqual(columns);
        // A header line is the line (or lines) above a rule: none of them is cut.
        const lines = text.split('\n');
        const headers = lines.flatMap((l, i) => (/^─+$/.test(l) ? [lines[i - 1]!, lines[i - 2]!] : []));
        for (const header of headers) expect(header, `${lang} ${columns}`).not.toContain('…');
        const head = lang === 'nl' ? ['Verloop', 'Doorstroom', '(per jaar)'] : ['Attrition', 'Transition', '(per year)'];
        for (const word of head) expect(headers.some((h) => h.includes(word)), `${lang} ${columns} ${word}`).toBe(true);
      }
    }
  });
});
