import { describe, expect, it, beforeAll } from 'vitest';
import { parse } from 'yaml';
import { valueText } from '../../src/report/render-compare.js';
import { buildCli, runSpp } from './run-spp.js';

/**
 * spp compare's "what differs" with function codes as keys (`workforce.transitions`, `demand.targets`):
 * in the codes' text order (`0123` < `12` < `F014`), not JavaScript's (digits-only keys first), with a
 * code YAML would read as a number quoted as a scenario must write it; and a block left out is its
 * defaults, so only what the other scenario sets differs (it was the whole `demand` block against `–`).
 */
beforeAll(async () => buildCli());

const DIR = 'fixtures/cli/compare-codes';
const AB = [`${DIR}/a.yaml`, `${DIR}/b.yaml`];

/** The "what differs" section of the terminal table, its lines as printed. */
function differs(text: string): string[] {
  return text.split(/\n(?=Wat verschilt|What differs)/)[1]!.split(/\n\n/)[0]!.split('\n');
}

describe('spp compare: function codes as keys', () => {
  it('lists the codes in text order, each row at the level the scenarios differ, codes quoted where YAML would read a number', async () => {
    const out = await runSpp(['compare', ...AB, '-f', 'table', '--lang', 'en', '-q', '--no-plan']);
    expect(out.exitCode, out.stderr).toBe(0);
    const lines = differs(out.stdout);
    expect(lines[0]).toBe('What differs (5 assumptions)');
    const paths = lines.slice(3).filter((l) => !l.startsWith(' ')).map((l) => l.split(/\s{2,}/)[0]);
    expect(paths).toEqual(['workforce.transitions.12', 'workforce.transitions.F014', 'demand.targets.0123', 'demand.targets.12', 'demand.targets.F014']);
    expect(lines.find((l) => l.startsWith('workforce.transitions.12'))).toMatch(/^workforce\.transitions\.12 +"0123": 0\.03 +–$/);
    expect(lines).toContain('  A  { "0123": 0.01, "12": 0.02 }');
    // Years stay plain, as scenarios write them.
    expect(lines.find((l) => l.startsWith('demand.targets.0123'))).toMatch(/ 2028: 6 +–$/);
    // The written-out defaults of a.yaml (plan, reskilling) are no difference.
    expect(out.stdout).not.toMatch(/^(plan|reskilling|demand|workforce)\s/m);
  });

  it('gives the Markdown’s transitions in text order too', async () => {
    const out = await runSpp(['compare', ...AB, '-f', 'md', '--lang', 'en', '-q', '--no-plan']);
    expect(out.exitCode, out.stderr).toBe(0);
    expect(out.stdout).toContain('| Transitions from F014 Beleidsmedewerker (`workforce.transitions.F014`) | to 0123 Adviseur Financien: 1%; to 12 Medewerker Post: 2% | – |');
  });

  it('writes a map keyed by codes as YAML that reads back as the same codes, in text order', () => {
    const value = { '12': { '0123': 0.03, F014: 0.01 }, 'FIN 14': { '12': 0.02 }, '0123': { 'HR.21.3': [0.1, 0.2, 0.3] } };
    const text = valueText(value, 'en', 'workforce.transitions');
    expect(text).toBe('{ "0123": { HR.21.3: [0.1, 0.2, 0.3] }, "12": { "0123": 0.03, F014: 0.01 }, FIN 14: { "12": 0.02 } }');
    expect(parse(text)).toEqual(value);
    // Dutch: decimal commas, the same quoting and order.
    expect(valueText(value['12'], 'nl', 'workforce.transitions.12')).toBe('{ "0123": 0,03; F014: 0,01 }');
  });
});
