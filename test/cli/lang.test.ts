import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { runPlan } from '../../src/app/plan.js';
import type { PlanResult } from '../../src/domain/plan.js';
import { renderPlanTable, planRenderers } from '../../src/report/render-plan.js';
import { buildCli, repoRoot, runSpp } from './run-spp.js';

// The krimp and baseline plans are solved once each: every command below still runs its whole way
// and renders its own output (test/shared-plan-solves.ts).
vi.mock('../../src/model/plan/plan-actions.js', async (original) => (await import('../shared-plan-solves.js')).sharingPlanSolves(await original()));

/**
 * --lang nl|en on the human outputs (table, md) of organise, plan, calibrate, backtest and explain:
 * the Dutch output holds none of the English words the model's sentences and the example's
 * identifiers would leak, the English none of the Dutch ones. Names from the data (functions,
 * families, scenario titles) are Dutch in both and are taken out first; so are scenario keys
 * (`plan.hiring`, `attrition[0]`) and command-line flags, which stay as written in every language.
 */

const ENGLISH = [
  'the', 'and', 'with', 'would', 'which', 'from', 'not', 'none', 'yes', 'no', 'hire', 'hiring', 'allowed', 'pathway', 'pathways', 'demand', 'supply',
  'shortage', 'surplus', 'total', 'function', 'functions', 'year', 'years', 'cost', 'costs', 'note', 'notes', 'persons', 'people', 'attrition', 'rate',
  'renewal', 'left', 'joined', 'joiners', 'policy', 'advice', 'analysis', 'coordination', 'fieldwork', 'administrative', 'custom', 'quadrant', 'roles',
  'since', 'outside', 'short', 'reskill', 'reskilling', 'unmet', 'limits', 'decisions', 'placement', 'overstaffing', 'projected', 'actual', 'error',
  'what', 'happened', 'moved', 'stayed', 'linked', 'contracts', 'scope', 'family', 'ages', 'all', 'calibration', 'backtest', 'action', 'plan saves',
];
const DUTCH = [
  'het', 'de', 'een', 'van', 'en', 'niet', 'geen', 'werven', 'jaar', 'jaren', 'functie', 'functies', 'kosten', 'tekort', 'vraag', 'bezetting', 'totaal',
  'noot', 'noten', 'personen', 'verloop', 'kans', 'beleid', 'advies', 'analyse', 'maatwerk', 'kwadrant', 'rollen', 'sinds', 'buiten', 'routes', 'omscholing',
  'wervingskosten', 'grens', 'besluiten', 'afwijking', 'werkelijk', 'nieuwkomers', 'familie', 'leeftijd', 'kalibratie', 'terugblik', 'actieplan', 'ja', 'nee',
];

let names: string[];

/** The words of an output that are not data: names, scenario keys, flags, ids and code blocks taken out. */
function proseWords(text: string): string[] {
  let prose = text.replace(/```yaml[\s\S]*?```/g, ' ');
  for (const name of names) prose = prose.split(name).join(' ');
  // A name cut to fit a table column: from its id to the ellipsis.
  prose = prose.replace(/\b[FN]\d{3} [^\n…]*…/g, ' ');
  prose = prose
    .split(/\s+/)
    // Scenario keys, flags, ids and hyphenated terms (van-werk-naar-werk) stay as written in every language.
    .filter((token) => !/[._[\]]|^--|^-[a-z]$|^[FN]\d{3}|[a-z]-[a-z]/i.test(token))
    .join(' ');
  return prose.toLowerCase().match(/[a-zà-ÿ]+(?: saves)?/g) ?? [];
}

function leaked(text: string, words: readonly string[]): string[] {
  const found = new Set(proseWords(text));
  const phrase = text.toLowerCase();
  return words.filter((w) => (w.includes(' ') ? phrase.includes(w) : found.has(w)));
}

const KRIMP = 'scenarios/krimp-vacaturestop.yaml';
const DIGITAAL = 'scenarios/digitaal-versneld.yaml';
const BASELINE = 'scenarios/baseline.yaml';
const OLD = 'fixtures/example/headcount-2025.csv';
const NEW = 'fixtures/example/headcount.csv';

let plan: PlanResult;

beforeAll(async () => {
  buildCli();
  const csv = readFileSync(join(repoRoot, 'fixtures/example/functions.csv'), 'utf8').split('\n').slice(1).filter(Boolean);
  const cells = csv.map((line) => line.split(','));
  names = [
    ...new Set([
      ...cells.map((c) => c[1]!),
      ...cells.map((c) => c[2]!),
      'Data-analist', 'Krimp en vacaturestop', 'Digitalisering versneld', 'Basispad — trends zetten door',
    ]),
  ].sort((a, b) => b.length - a.length);
  ({ result: plan } = await runPlan({ scenario: join(repoRoot, KRIMP) }));
}, 300_000);

const COMMANDS: { name: string; args: string[] }[] = [
  { name: 'organise', args: ['organise', '-s', DIGITAAL] },
  { name: 'calibrate', args: ['calibrate', OLD, NEW, '-s', BASELINE] },
  { name: 'backtest', args: ['backtest', '-s', BASELINE, '--headcount', OLD, '--actual', NEW] },
  { name: 'plan', args: ['plan', '-s', BASELINE] },
];

describe('--lang on the human outputs', () => {
  for (const { name, args } of COMMANDS) {
    for (const format of ['table', 'md']) {
      it(`spp ${name} --format ${format}: Dutch by default without English words, English with --lang en without Dutch ones`, { timeout: 120_000 }, async () => {
        const nl = await runSpp([...args, '--format', format, '-q']);
        expect(nl.exitCode, nl.stderr).toBe(0);
        expect(leaked(nl.stdout, ENGLISH)).toEqual([]);
        const en = await runSpp([...args, '--format', format, '--lang', 'en', '-q']);
        expect(en.exitCode, en.stderr).toBe(0);
        expect(leaked(en.stdout, DUTCH)).toEqual([]);
        if (format === 'table') for (const line of [...nl.stdout.split('\n'), ...en.stdout.split('\n')]) expect([...line].length).toBeLessThanOrEqual(80);
      });
    }
  }

  it('spp plan on the krimp scenario: the binding limits, causes and notes in Dutch, counts with the right number', () => {
    const nl = renderPlanTable(plan, { color: false, dialect: 'rfc', lang: 'nl' });
    expect(nl).toContain('Kosten en businesscase');
    expect(nl).toContain('Wat het plan begrenst');
    const flat = nl.replace(/\s+/g, ' ');
    expect(flat).toMatch(/werven is niet toegestaan in F\d+ \(plan\.hiring max_per_year: 0\), en routes en doorstroom vullen het tekort niet/);
    expect(flat).toMatch(/Eén fte extra werving toestaan in F\d+ [A-Z][^,]*? per 1 januari \d{4} zou de onvervulde vraag met \d+,\d fte-jaar verminderen\./);
    expect(nl).toMatch(/… en nog \d+ functies\n/);
    expect(nl).toContain(`€ ${plan.costs.total.toLocaleString('nl-NL')}`);
    expect(leaked(nl, ENGLISH)).toEqual([]);
    for (const line of nl.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    const md = planRenderers.md(plan, { color: false, dialect: 'rfc', lang: 'nl' });
    expect(md).toContain('## Wat het plan begrenst');
    expect(leaked(md, ENGLISH)).toEqual([]);
    const en = renderPlanTable(plan, { color: false, dialect: 'rfc', lang: 'en' });
    expect(en).toContain('What constrains the plan');
    // As a line of its own, the JSON's sentence capitalised and ended, like the Dutch, its function named and its FTE-years with one decimal.
    expect(plan.binding[0]!.text).toMatch(/^one more hire allowed in F\d+ for 1 January \d{4} would cut unmet demand by \d+\.\d\d FTE-years$/);
    expect(en.replace(/\s+/g, ' ')).toMatch(/One more hire allowed in F\d+ [A-Z][^,]*? for 1 January \d{4} would cut unmet demand by \d+\.\d FTE-years\./);
    expect(en).toMatch(/What constrains the plan\n  One more hire allowed in F\d+/);
    expect(leaked(en, DUTCH)).toEqual([]);
  });

  it('spp explain F014 on the krimp scenario: the plan part says why demand falls short in Dutch', { timeout: 120_000 }, async () => {
    const nl = await runSpp(['explain', 'F014', '-s', KRIMP, '--year', '2030', '--format', 'table', '-q']);
    expect(nl.exitCode, nl.stderr).toBe(0);
    expect(nl.stdout).toMatch(/fte onvervuld: werven is niet toegestaan in F014/);
    expect(leaked(nl.stdout, ENGLISH)).toEqual([]);
    const en = await runSpp(['explain', 'F014', '-s', KRIMP, '--year', '2030', '--format', 'md', '--lang', 'en', '-q']);
    expect(en.stdout).toMatch(/FTE unmet: hiring is not allowed in F014/);
    expect(leaked(en.stdout, DUTCH)).toEqual([]);
  });

  it('spp explain F001 on the krimp scenario: the plan\'s moves are routes (pathways), not doorstroom (the natural transitions)', { timeout: 120_000 }, async () => {
    const nl = await runSpp(['explain', 'F001', '-s', KRIMP, '--format', 'table', '-q']);
    expect(nl.exitCode, nl.stderr).toBe(0);
    expect(nl.stdout).toMatch(/\d{4}: [\d,]+ fte uit F002 \(route, € [\d.]+\)/);
    expect(nl.stdout).not.toMatch(/\(doorstroom, €/);
    const en = await runSpp(['explain', 'F001', '-s', KRIMP, '--format', 'table', '--lang', 'en', '-q']);
    expect(en.stdout).toMatch(/\d{4}: [\d.]+ FTE from F002 \(pathway, €[\d,]+\)/);
  });

  it('an alternative cheaper than the plan is said as such, never as a negative saving', () => {
    const cheaper = { ...plan, alternatives: { ...plan.alternatives, no_plan: { ...plan.alternatives.no_plan, saving: -25082 } } };
    const nl = renderPlanTable(cheaper, { color: false, dialect: 'rfc', lang: 'nl' });
    expect(nl).toContain('plan kost € 25.082 meer');
    expect(nl).not.toMatch(/bespaart € -/);
    expect(renderPlanTable(cheaper, { color: false, dialect: 'rfc', lang: 'en' })).toContain('plan costs €25,082 more');
  });
});

describe('euro amounts', () => {
  // Found by a side-by-side review: plan --lang en wrote "€ 2,196,164" (its table and the model's
  // English notes) while reskill and the report wrote "€16,715,145", sometimes in one paragraph.
  it('are written the usual English way (€16,715,145) in every English output and the JSON notes, and the Dutch way (€ 16.715.145) in Dutch', { timeout: 240_000 }, async () => {
    const spaced = /€[\s\u00a0]\d/;
    for (const scenario of [KRIMP, 'scenarios/digitaal-versneld.yaml']) {
      for (const [command, format] of [['plan', 'table'], ['plan', 'md'], ['reskill', 'table'], ['reskill', 'md']] as const) {
        const en = (await runSpp([command, '-s', scenario, '--format', format, '--lang', 'en', '-q'])).stdout;
        expect(en, `${command} ${format} ${scenario}`).toMatch(/€\d{1,3}(,\d{3})*\b/);
        expect(en, `${command} ${format} ${scenario}`).not.toMatch(spaced);
        const nl = (await runSpp([command, '-s', scenario, '--format', format, '-q'])).stdout;
        expect(nl, `${command} ${format} ${scenario}`).toMatch(/€ \d{1,3}(\.\d{3})*\b/);
        expect(nl, `${command} ${format} ${scenario}`).not.toMatch(/€\d/);
      }
      // The JSON's English sentences (notes, binding limits) too: they are what --lang en shows.
      const json = JSON.parse((await runSpp(['plan', '-s', scenario, '--format', 'json', '-q'])).stdout) as PlanResult;
      const sentences = [...json.notes, ...json.binding.map((b) => b.text), ...json.shortfalls.map((s) => s.cause)];
      expect(sentences.filter((t) => t.includes('€')).length, scenario).toBeGreaterThan(0);
      for (const text of sentences) expect(text).not.toMatch(spaced);
    }
  });
});

describe('--format xlsx through the CLI', () => {
  it('spp plan --out plan.xlsx writes the workbook (format from the extension), and refuses stdout', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spp-xlsx-'));
    const out = join(dir, 'plan.xlsx');
    const run = await runSpp(['plan', '-s', BASELINE, '--out', out, '--lang', 'en']);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stderr).toContain(`spp: wrote ${out}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets[0]!.name).toBe('Plan per year');
    expect(wb.getWorksheet('Unmet demand')!.getRow(2).getCell(1).value).toBe('None: all demand is met.');
    const refused = await runSpp(['plan', '--lang', 'en', '-s', BASELINE, '--format', 'xlsx', '-q']);
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toContain('--out FILE.xlsx');
  });

  it('spp compare A B --format xlsx --out compare.xlsx writes the Dutch workbook', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spp-xlsx-'));
    const out = join(dir, 'vergelijking.xlsx');
    const run = await runSpp(['compare', BASELINE, DIGITAAL, '--format', 'xlsx', '--out', out, '-q']);
    expect(run.exitCode, run.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Scenario's", 'Verschillen', 'Functies', 'Families', 'Totalen', 'Stempel']);
    const md = await runSpp(['compare', BASELINE, DIGITAAL, '--format', 'md', '--out', join(dir, 'x.xlsx'), '-q']);
    expect(md.exitCode).toBe(2);
  });
});
