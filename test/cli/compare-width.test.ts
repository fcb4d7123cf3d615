import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { valueText } from '../../src/report/render-compare.js';
import { buildCli, runSpp } from './run-spp.js';

/**
 * spp compare's "Wat verschilt" never cuts a value (#13): at any width from 60 columns a value too
 * long for its column goes whole onto its own line(s) under the path. Dutch output writes the
 * numbers in the values with a decimal comma; keys and words stay as typed in the scenario.
 */
beforeAll(async () => buildCli());

const KRIMP = ['scenarios/baseline.yaml', 'scenarios/krimp-vacaturestop.yaml'];
const FOUR = ['scenarios/baseline.yaml', 'scenarios/digitaal-versneld.yaml', 'scenarios/krimp-vacaturestop.yaml', 'scenarios/groei-sociaal-ruimte.yaml'];

/** spp compare … -f table with stdout a terminal of `columns` columns. */
async function compareAt(columns: number, scenarios: readonly string[], lang: 'nl' | 'en' = 'nl'): Promise<string> {
  const r = await runSpp(['compare', ...scenarios, '-f', 'table', '-q', '--no-plan', '--lang', lang], { columns });
  expect(r.exitCode, r.stderr).toBe(0);
  return r.stdout;
}

/** The "what differs" section, its lines joined with single spaces (a wrapped value reads as one). */
function differs(text: string): string {
  const section = text.split(/\n(?=Wat verschilt|What differs)/)[1]!.split(/\n\n/)[0]!;
  return section.replace(/\s+/g, ' ');
}

describe('spp compare: what differs, at the terminal’s width', () => {
  it.each([60, 72, 80, 100, 120])('shows every value whole at %i columns, with Dutch decimal commas', async (columns) => {
    const text = await compareAt(columns, KRIMP);
    for (const line of text.trimEnd().split('\n')) expect([...line].length, line).toBeLessThanOrEqual(columns);
    const section = differs(text);
    expect(section).not.toContain('…');
    // The year F005 is discontinued, and the overrides of F020 and F032, whole.
    expect(section).toContain('discontinue: 2028');
    expect(section).toContain('{ change: -0,3; end: 2029 }');
    expect(section).toContain('{ change: -0,25; start: 2027; end: 2030 }');
    expect(section).toContain('rate: -0,025');
    expect(section).toMatch(/renewal_rate 0,6 0,25/);
    // The plan: block against spp plan's defaults, setting by setting; a rule only one scenario has, whole.
    expect(section).toContain('plan.objective cost redundancy');
    expect(section).toContain('plan.overstaffing.max_total_fte – 15');
    expect(section).toContain('{ max_persons: 6; fte_per_person: 0,2; cost_per_person: 500 }');
    // No decimal point in a Dutch number; the words of the scenario file stay as typed.
    expect(section).not.toMatch(/\d\.\d/);
    expect(section).toMatch(/curve linear step/);
  });

  it('keeps the values as typed with --lang en', async () => {
    const section = differs(await compareAt(80, KRIMP, 'en'));
    expect(section).not.toContain('…');
    expect(section).toContain('discontinue: 2028');
    expect(section).toContain('{ change: -0.3, end: 2029 }');
    expect(section).toMatch(/renewal_rate 0.6 0.25/);
    expect(section).not.toMatch(/\d,\d/);
  });

  it('shows each value of four scenarios whole at 60 columns', async () => {
    const json = await runSpp(['compare', ...FOUR, '-f', 'json', '-q', '--no-plan']);
    expect(json.exitCode, json.stderr).toBe(0);
    const result = JSON.parse(json.stdout) as { scenarios: string[]; assumptions: { path: string; values: Record<string, unknown> }[] };
    const text = await compareAt(60, FOUR);
    for (const line of text.trimEnd().split('\n')) expect([...line].length, line).toBeLessThanOrEqual(60);
    const section = differs(text);
    expect(section).not.toContain('…');
    for (const a of result.assumptions) {
      // A path longer than a line is broken between its parts.
      expect(section.replace(/ /g, '')).toContain(a.path.replace(/ /g, ''));
      for (const id of result.scenarios) {
        const v = a.values[id];
        if (v === null) continue;
        // The table shows a map of one key without its braces.
        const one = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 1 ? Object.entries(v)[0]! : undefined;
        const shown = one === undefined ? valueText(v, 'nl') : `${one[0]}: ${valueText(one[1], 'nl')}`;
        expect(section, `${a.path} ${id}`).toContain(shown.replace(/\s+/g, ' '));
      }
    }
  });
});

describe('spp compare -f md: what differs', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'spp-compare-md-'));
    // A label with a `|` in it: it must not end the table cell.
    writeFileSync(
      join(dir, 'pipe.yaml'),
      `id: pipe\nextends: ${resolve('scenarios/baseline.yaml')}\nlabels:\n  administrative: { nl: "Administratie | registratie", en: "Admin | records" }\nworkforce:\n  temporary: { renewal_rate: 0.35 }\n`,
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names each setting in words with its key, gives its value in words, writes a block whole (labels) with decimal commas, and escapes |', async () => {
    const md = await runSpp(['compare', ...KRIMP, '-f', 'md', '-q', '--no-plan']);
    expect(md.exitCode, md.stderr).toBe(0);
    const section = md.stdout.split('## Wat verschilt')[1]!.split('## ')[0]!;
    // For a memo: the report's words with the scenario key beside them (it showed `0.6`-like YAML values).
    expect(section).toContain('| Verlenging van tijdelijke contracten (`workforce.temporary.renewal_rate`) | 60% | 25% |');
    expect(section).toContain('| Verandering van de vraag: F020 Medewerker Facilitaire Zaken (`demand.overrides[function=F020]`) | – | −30%, tot 2029 |');
    expect(section).toContain('| Automatisering: Klantcontact, verloop (`digitalisation.automation.customer_contact.curve`) | gelijkmatig | in één keer |');
    // The plan: block against spp plan's defaults, each setting and rule in words (it was the whole block against –).
    expect(section).toContain('| Doel van het actieplan (`plan.objective`) | de laagste kosten | zo min mogelijk plaatsing buiten de organisatie, dan de laagste kosten |');
    expect(section).toContain('| Werving: Bedrijfsvoering (`plan.hiring[family=Bedrijfsvoering]`) | – | geen werving (vacaturestop) |');
    expect(section).toContain('| Minder uren: Bedrijfsvoering (`plan.reduced_hours[family=Bedrijfsvoering]`) | – | ten hoogste 6 personen per functie per jaar, 0,2 fte minder per persoon, kosten €');
    expect(section).not.toContain('(`plan`)');
    // A limit one scenario leaves out is no limit, in words (a dash read as "unknown").
    expect(section).toContain('| Omscholingsbudget per jaar (`reskilling.budget_per_year`) | geen grens | €');
    expect(section).toContain('| Overbezetting in de hele organisatie ten hoogste (`plan.overstaffing.max_total_fte`) | geen grens | 15 fte |');
    expect(section).not.toContain('…');
    const pipe = await runSpp(['compare', 'scenarios/baseline.yaml', join(dir, 'pipe.yaml'), '-f', 'md', '-q', '--no-plan']);
    expect(pipe.exitCode, pipe.stderr).toBe(0);
    // One category's names (baseline has `labels: {}`, its default: not the whole block against –).
    const row = pipe.stdout.split('\n').find((l) => l.includes('(`labels.administrative`)'))!;
    expect(row).toBe('| Eigen namen van Administratief werk (`labels.administrative`) | – | nl: Administratie \\| registratie; en: Admin \\| records |');
    // Three cells: the escaped | ends none of them.
    expect(row.split(/(?<!\\)\|/).length).toBe(5);
  });

  it('names the settings and their values in English with --lang en', async () => {
    const md = await runSpp(['compare', ...KRIMP, '-f', 'md', '-q', '--no-plan', '--lang', 'en']);
    expect(md.stdout).toContain('| Renewal of temporary contracts (`workforce.temporary.renewal_rate`) | 60% | 25% |');
    expect(md.stdout).toContain('| Change of demand: F020 Medewerker Facilitaire Zaken (`demand.overrides[function=F020]`) | – | −30%, by 2029 |');
    expect(md.stdout).toMatch(/\(`reskilling\.capacity_per_year`\) \| no limit \| 12 FTE \|/i);
  });
});
