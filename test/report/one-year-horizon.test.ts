import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runSpp } from '../cli/run-spp.js';

/**
 * Red-team case 17: a one-year horizon (start = end) is valid, but the texts were written for several
 * years — sensitivity summed the shortage over "2027–2026", the report said the workforce "falls to"
 * its start figure "in 2026", "between 2026 and 2026" and "hires … in 0".
 */
const dir = mkdtempSync(join(tmpdir(), 'spp-one-year-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const example = resolve('fixtures/example');
const scenario = join(dir, 'een-jaar.yaml');
writeFileSync(scenario, `id: een-jaar\ntitle: Eén jaar\ndata: { functions: ${example}/functions.csv, headcount: ${example}/headcount.csv }\nhorizon: { start: 2026, end: 2026 }\n`);
const unwrapped = (text: string): string => text.replace(/\n\s+/g, ' ');

describe('a one-year horizon', () => {
  it('spp sensitivity: one year in the title, and no reversed range for the shortage', async () => {
    const nl = await runSpp(['sensitivity', '-s', scenario, '--format', 'table']);
    expect(nl.exitCode).toBe(0);
    expect(unwrapped(nl.stdout)).toContain('Gevoeligheid van Eén jaar (een-jaar), 2026: elke aanname');
    expect(unwrapped(nl.stdout)).toContain('tekort 0,0 fte-jaren (een horizon van één jaar heeft geen jaren na de start).');
    expect(nl.stdout).not.toMatch(/2027–2026|2026–2026/);
    const en = await runSpp(['sensitivity', '-s', scenario, '--format', 'md', '--lang', 'en']);
    expect(en.stdout).toContain('Scenario `een-jaar`, 2026. Each assumption');
  });

  it('the report summary: no "falls to", no "between 2026 and 2026", no plan period "0"', async () => {
    const nl = await runSpp(['report', '-s', scenario, '--format', 'md']);
    expect(nl.exitCode).toBe(0);
    expect(nl.stdout).toContain('*Scenario Eén jaar (een-jaar), 2026*');
    expect(nl.stdout).toContain('Met een horizon van één jaar (2026) valt er niets vooruit te rekenen: de bezetting is 1.343,2 fte en er is 1.399,0 fte werk nodig, een tekort van 55,8 fte.');
    expect(nl.stdout).toContain('Het actieplan heeft bij een horizon van één jaar geen jaar om in te handelen');
    expect(nl.stdout).toContain('In 2026 is de bezetting 1.343,2 fte en de benodigde formatie 1.399,0 fte (een horizon van één jaar).');
    for (const wrong of ['daalt de bezetting', 'Tussen 2026 en 2026', 'sinds 2026 vertrekt', ' in 0 ', '2026–2026']) expect(nl.stdout).not.toContain(wrong);
    const en = await runSpp(['report', '-s', scenario, '--format', 'md', '--lang', 'en']);
    expect(en.stdout).toContain('With a one-year horizon (2026) there is nothing to project: the workforce is 1,343.2 FTE and 1,399.0 FTE of work is needed, a shortage of 55.8 FTE.');
    expect(en.stdout).not.toContain('falls to');
  });

  it('the report and spp organise show the one year once: no "2026 → 2026", no second column of the same year, no peak of one year', async () => {
    const report = await runSpp(['report', '-s', scenario, '--format', 'md']);
    expect(report.exitCode).toBe(0);
    const md = report.stdout;
    expect(md).toContain('In 2026 gaat 36,1 fte met pensioen.');
    expect(md).toContain('Zo is het werk in 2026 over de taakcategorieën verdeeld (een horizon van één jaar: er verschuift nog niets).');
    expect(md).toContain('| Taakcategorie | Aandeel 2026 |\n');
    expect(md).toContain('### Functies naar voorspelbaarheid en complexiteit, 2026\n');
    expect(md).toContain('| Kwadrant | Functies 2026 | Werk 2026 (fte) |\n');
    expect(md).toContain('Elke stip is een functie in 2026 (een horizon van één jaar), zo groot als het werk (fte).');
    for (const wrong of ['2026 → 2026', 'de piek ligt in 2026', 'Aandeel 2026 | Aandeel 2026', 'de pijl komt van']) expect(md).not.toContain(wrong);
    for (const [format, lang] of [['table', 'nl'], ['md', 'nl'], ['table', 'en'], ['md', 'en']] as const) {
      const organise = await runSpp(['organise', '-s', scenario, '--format', format, '--lang', lang]);
      expect(organise.exitCode).toBe(0);
      const text = unwrapped(organise.stdout);
      expect(text, `${format} ${lang}`).not.toContain('2026–2026');
      expect(text, `${format} ${lang}`).not.toMatch(/(Fn\.|Fns|Fte|FTE|Functies|Functions) 2026 .*\1 2026/);
      if (format === 'table') expect(text, `${format} ${lang}`).toContain(lang === 'nl' ? 'in 2026 (een horizon van één jaar)' : 'in 2026 (a one-year horizon)');
      else expect(text, `${format} ${lang}`).toContain('Scenario een-jaar, 2026. ');
    }
    // The quadrant chart's legend has no "2026 →" (no arrows in one year), only the dot of 2026.
    const html = await runSpp(['report', '-s', scenario, '--format', 'html']);
    expect(html.exitCode).toBe(0);
    expect(html.stdout).toContain('id="quadrants');
    expect(html.stdout).not.toContain('2026 →');
    const table = await runSpp(['organise', '-s', scenario, '--format', 'table']);
    expect(table.stdout).toMatch(/^Kwadrant +Toets +Fn\. 2026 +Fte 2026$/m);
  });

  it('a horizon of several years reads as before', async () => {
    const nl = await runSpp(['report', '-s', 'scenarios/baseline.yaml', '--format', 'md']);
    expect(nl.stdout).toContain('Zonder nieuwe werving daalt de bezetting tot');
    expect(nl.stdout).toMatch(/In 2026–2034 gaat [\d.,]+ fte met pensioen, \d+% van de huidige bezetting; in 2035 nog [\d,]+ fte\./);
    expect(nl.stdout).toMatch(/de piek ligt in \d{4} met [\d,]+ fte/);
    expect(nl.stdout).toContain('| Taakcategorie | Aandeel 2026 | Aandeel 2035 | Verschil (procentpunt) |');
    expect(nl.stdout).toContain('### Functies naar voorspelbaarheid en complexiteit, 2026 → 2035');
    const organise = await runSpp(['organise', '-s', 'scenarios/baseline.yaml', '--format', 'table']);
    expect(organise.stdout).toMatch(/^Kwadrant +Toets +Fn\. 2026 +Fte 2026 +Fn\. 2035 +Fte 2035$/m);
  });
});
