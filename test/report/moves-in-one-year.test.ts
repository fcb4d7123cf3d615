import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runSpp } from '../cli/run-spp.js';

/**
 * Found by a probe on an AFAS export of 312 people: when every move of the plan falls in one year, the
 * report said the plan moves people "van 2027 tot en met 2027" and titled the table by route and year
 * "2027–2027" (and "Het actieplan per jaar, 2027–2027"; spp reskill "Werving per functie, 2027–2027"). A horizon of two years (2026–2027) has decisions in 2027 only.
 */
const dir = mkdtempSync(join(tmpdir(), 'spp-moves-one-year-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const example = resolve('fixtures/example');
const scenario = join(dir, 'twee-jaar.yaml');
writeFileSync(
  scenario,
  `id: twee-jaar\ntitle: Twee jaar\ndata: { functions: ${example}/functions.csv, headcount: ${example}/headcount.csv }\nhorizon: { start: 2026, end: 2027 }\n` +
    'digitalisation:\n  automation:\n    administrative: { target: 0.5, end: 2027 }\n',
);

describe('the moves of a plan that fall in one year', () => {
  it('the report names the year once, in Dutch and in English', { timeout: 120_000 }, async () => {
    const nl = await runSpp(['report', '-s', scenario, '--format', 'md', '-q']);
    expect(nl.exitCode).toBe(0);
    expect(nl.stdout).toMatch(/Het plan laat [\d.,]+ fte intern overstappen via \d+ routes, in 2027: /);
    expect(nl.stdout).toContain('**Overstappen per route en jaar, 2027 (fte)**');
    expect(nl.stdout).toContain('### Het actieplan per jaar, 2027\n');
    expect(nl.stdout).not.toContain('2027 tot en met 2027');
    expect(nl.stdout).not.toContain('2027–2027');
    const en = await runSpp(['report', '-s', scenario, '--format', 'md', '-q', '--lang', 'en']);
    expect(en.exitCode).toBe(0);
    expect(en.stdout).toMatch(/The plan moves [\d.,]+ FTE internally over \d+ pathways, in 2027: /);
    expect(en.stdout).toContain('**Moves per pathway and year, 2027 (FTE)**');
    expect(en.stdout).toContain('### The action plan per year, 2027\n');
    expect(en.stdout).not.toContain('from 2027 to 2027');
    expect(en.stdout).not.toContain('2027–2027');
  });

  it('spp reskill titles its hiring per function by the one year', { timeout: 120_000 }, async () => {
    const nl = await runSpp(['reskill', '-s', scenario, '--format', 'table', '-q']);
    expect(nl.exitCode).toBe(0);
    expect(nl.stdout).toMatch(/^Werving per functie, 2027$/m);
    const en = await runSpp(['reskill', '-s', scenario, '--format', 'table', '-q', '--lang', 'en']);
    expect(en.stdout).toMatch(/^Hiring per function, 2027$/m);
    expect(nl.stdout + en.stdout).not.toContain('2027–2027');
  });
});
