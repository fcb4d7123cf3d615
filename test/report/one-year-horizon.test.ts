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

  it('a horizon of several years reads as before', async () => {
    const nl = await runSpp(['report', '-s', 'scenarios/baseline.yaml', '--format', 'md']);
    expect(nl.stdout).toContain('Zonder nieuwe werving daalt de bezetting tot');
    expect(nl.stdout).toMatch(/Tussen 2026 en 2035 gaat [\d.,]+ fte met pensioen/);
  });
});
