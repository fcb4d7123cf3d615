import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runSpp, type Run } from './run-spp.js';

/**
 * The outputs of the starter set `spp init` writes (a small organisation: 54 people, 8 functions, no
 * route between them) as a directieteam reads them: found by a reviewer, sentences that said nothing
 * or said it twice ("Het actieplan is € 0 goedkoper").
 */
let dir: string;
const runs = new Map<string, Promise<Run>>();
const spp = (args: string[]): Promise<Run> => {
  const key = args.join(' ');
  if (!runs.has(key)) runs.set(key, runSpp(args));
  return runs.get(key)!;
};
const scenario = (): string => join(dir, 'scenarios', 'digitaal.yaml');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'spp-init-wording-'));
  expect((await runSpp(['init', dir, '-q'])).exitCode).toBe(0);
}, 60_000);

describe('the starter scenario digitaal, whose plan uses no route', () => {
  it('says the plan and the alternative without routes cost the same, not "€ 0 goedkoper" / "bespaart € 0" (report, plan, reskill; nl, en)', { timeout: 120_000 }, async () => {
    // Amounts carry a no-break space after the euro sign.
    const nl = (await spp(['report', '-s', scenario(), '--format', 'md', '-q'])).stdout.replace(/\u00a0/g, ' ');
    expect(nl).toMatch(/\| \*Het actieplan is\* \| {2}\| \*even duur\* \| \*€ [\d.]+ (duurder|goedkoper)\* \|/);
    expect(nl).not.toContain('€ 0 goedkoper');
    const en = (await spp(['report', '-s', scenario(), '--format', 'md', '--lang', 'en', '-q'])).stdout.replace(/\u00a0/g, ' ');
    expect(en).toContain('*the same cost*');
    expect(en).not.toContain('€0 cheaper');
    const plan = (await spp(['plan', '-s', scenario(), '--format', 'table', '-q'])).stdout.replace(/\u00a0/g, ' ');
    expect(plan).toMatch(/Zonder routes +€ [\d.]+ {2}plan kost evenveel/);
    expect(plan).not.toContain('bespaart € 0');
    const reskill = (await spp(['reskill', '-s', scenario(), '--format', 'table', '-q'])).stdout.replace(/\u00a0/g, ' ');
    expect(reskill).toMatch(/Het actieplan kost evenveel als zonder routes, verschil +€ 0/);
    expect(reskill).not.toContain('goedkoper dan zonder routes met');
  });
});

describe('the pension wave of the starter set', () => {
  it('leaves out "waarvan" when the years before the last hold every retirement (nl, en)', { timeout: 120_000 }, async () => {
    const nl = (await spp(['report', '-s', scenario(), '--format', 'md', '-q'])).stdout;
    expect(nl).toMatch(/In 2026–2033 gaat in totaal ([\d,]+) fte met pensioen; de piek ligt in \d{4} met [\d,]+ fte\./);
    expect(nl).not.toMatch(/met pensioen, waarvan ([\d,]+) fte in 2026–2032;/);
    const en = (await spp(['report', '-s', scenario(), '--format', 'md', '--lang', 'en', '-q'])).stdout;
    expect(en).toMatch(/In 2026–2033, ([\d.]+) FTE retire in all; the peak is in \d{4}/);
  });
});

describe("the starter scenario's plan notes", () => {
  it('say plainly that there were no routes to choose from, and why, not "kon kiezen uit geen berekende en geen … routes" (report, plan; nl, en)', { timeout: 120_000 }, async () => {
    const nl = (await spp(['report', '-s', scenario(), '--format', 'md', '-q'])).stdout;
    expect(nl).toContain('Het plan had geen routes om uit te kiezen: het scenario geeft er geen op, en geen route van een functie met een overschot naar een functie met een tekort voldoet aan de voorwaarden voor omscholing');
    expect(nl).not.toContain('kon kiezen uit geen');
    const en = (await spp(['plan', '-s', scenario(), '--format', 'md', '--lang', 'en', '-q'])).stdout;
    expect(en).toContain('The plan had no pathways to choose from: the scenario gives none');
    const json = JSON.parse((await spp(['plan', '-s', scenario(), '--format', 'json', '-q'])).stdout) as { notes: string[] };
    expect(json.notes).toContain('no pathways available to the plan: the scenario gives none, and no pathway from a function with a surplus to one with a shortage meets the reskilling conditions');
  });
});

describe("the starter scenario's key assumptions", () => {
  it('name the mean of a [low, likely, high] target as the mean and give the likely value, as the appendix does (nl, en)', { timeout: 120_000 }, async () => {
    const nl = (await spp(['report', '-s', scenario(), '--format', 'md', '-q'])).stdout;
    expect(nl).toContain('- Klantcontact: gemiddeld 37% van het werk geautomatiseerd in 2030 (onzeker: tussen 25% en 50%, waarschijnlijk 35%)');
    expect(nl).toContain('25–50% (waarschijnlijk 35%)');
    const en = (await spp(['report', '-s', scenario(), '--format', 'md', '--lang', 'en', '-q'])).stdout;
    expect(en).toContain('on average 37% of the work automated by 2030 (uncertain: between 25% and 50%, likely 35%)');
  });
});
