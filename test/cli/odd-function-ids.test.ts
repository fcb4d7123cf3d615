import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { runPlan } from '../../src/app/plan.js';
import { shortfallCause } from '../../src/report/plan-sentences.js';
import { buildCli, repoRoot, runSppOnce } from './run-spp.js';

beforeAll(() => buildCli());

// One solve of the plan for every command below (test/shared-plan-solves.ts).
vi.mock('../../src/model/plan/plan-actions.js', async (original) => (await import('../shared-plan-solves.js')).sharingPlanSolves(await original()));

/**
 * A function id is the user's (SPEC §2: just a unique key): spaces, brackets, "→", "would", "in",
 * digits only, accents. The plan's sentences that name functions were written in English by the model
 * and read back with patterns that took `\S+` for an id: with "FIN 14" for F014 a Dutch memo said
 * "one more hire allowed in FIN 14 … would cut unmet demand by 6.57 FTE-years" and "hiring is not
 * allowed in FIN 14 …", and spp explain "1,1 fte onvervuld: hiring is not allowed in FIN 14". They
 * are said from the plan's data now (src/report/plan-sentences.ts); the JSON keeps its English.
 */
const RENAMED: Record<string, string> = {
  F014: 'FIN 14',
  F030: 'BA-30 x',
  F026: 'S: t, u',
  F003: 'A would B',
  F005: 'in',
  F041: '1234',
  F053: 'Bédrijf 1',
  F058: 'X (oud) → Y',
  // krimp-vacaturestop gives F025 a growth rule of its own (−4% a year).
  F025: 'Beleid 25 (x): y',
};

const dir = mkdtempSync(join(tmpdir(), 'spp-odd-ids-'));
const rename = (text: string, quote: (id: string) => string): string => Object.entries(RENAMED).reduce((t, [code, id]) => t.replace(new RegExp(`\\b${code}\\b`, 'g'), quote(id)), text);
const csv = (id: string): string => (id.includes(',') ? `"${id}"` : id);
for (const file of ['functions.csv', 'headcount.csv']) writeFileSync(join(dir, file), rename(readFileSync(join(repoRoot, 'fixtures/example', file), 'utf8'), csv));
for (const file of ['baseline.yaml', 'krimp-vacaturestop.yaml']) {
  // Quoted in YAML: 1234 would be a number, 'S: t, u' a mapping.
  writeFileSync(join(dir, file), rename(readFileSync(join(repoRoot, 'scenarios', file), 'utf8'), (id) => JSON.stringify(id)).replaceAll('../fixtures/example/', ''));
}
const SCENARIO = join(dir, 'krimp-vacaturestop.yaml');

/** The text without the renamed ids ("A would B" is an id, not English) and the scenario keys, which stay as written. */
const withoutIds = (text: string): string =>
  Object.values(RENAMED)
    .sort((a, b) => b.length - a.length)
    .reduce((t, id) => t.replaceAll(id, '#'), text)
    .replace(/\b(plan|reskilling)\.[a-z_\\]+( [a-z_\\]+)?(: \d)?/g, '#');

/** Words of the model's English sentences. */
const ENGLISH = /\b(allowed|would|hiring|hire|one more|limited|binds|pathways|transitions|gap|unmet|FTE-years|the plan)\b/i;

/** The part of a Markdown memo from `## from` up to the next heading. */
const section = (md: string, from: string): string => {
  const start = md.indexOf(`## ${from}`);
  expect(start, from).toBeGreaterThanOrEqual(0);
  const end = md.indexOf('\n## ', start + 3);
  return md.slice(start, end < 0 ? undefined : end);
};

describe('function ids with spaces and other characters in the plan\'s sentences', () => {
  it('spp plan says the limits, the causes of unmet demand and the notes in Dutch, each function by its label', { timeout: 300_000 }, async () => {
    const run = await runSppOnce(['plan', '-s', SCENARIO, '-f', 'md', '-q']);
    expect(run.exitCode, run.stderr).toBe(0);
    const shortfalls = section(run.stdout, 'Vraag die niet vervuld kan worden');
    const binding = section(run.stdout, 'Wat het plan begrenst');
    const notes = section(run.stdout, 'Noten');
    for (const part of [shortfalls, binding, notes]) {
      for (const line of part.split('\n').filter((l) => l.startsWith('- '))) expect(withoutIds(line), line).not.toMatch(ENGLISH);
    }
    expect(shortfalls).toContain('- FIN 14 Financieel Adviseur 2027–2035: 1,1–2,1 fte; werven is niet toegestaan in FIN 14 (plan.hiring max\\_per\\_year: 0), en routes en doorstroom vullen het tekort niet');
    expect(shortfalls).toContain('; werven is niet toegestaan in S: t, u (plan.hiring max\\_per\\_year: 0)');
    expect(binding).toContain('- Eén fte extra werving toestaan in FIN 14 Financieel Adviseur per 1 januari 2027 zou de onvervulde vraag met 6,6 fte-jaar verminderen.');
    expect(binding).toContain('- Eén fte extra werving toestaan in BA-30 x Bestuursadviseur per 1 januari 2027 zou');
    expect(notes).toContain('- Het plan werft in 1234, A would B, Bédrijf 1, X (oud) → Y, in en houdt daar later mensen boven de formatie in dienst');
  });

  it('and in English with --lang en, each function by its label', { timeout: 300_000 }, async () => {
    const run = await runSppOnce(['plan', '-s', SCENARIO, '-f', 'md', '-q', '--lang', 'en']);
    expect(run.exitCode, run.stderr).toBe(0);
    const binding = section(run.stdout, 'What constrains the plan');
    expect(binding).toContain('- One more hire allowed in FIN 14 Financieel Adviseur for 1 January 2027 would cut unmet demand by 6.6 FTE-years.');
    expect(binding).not.toMatch(/ zou |fte-jaar|toestaan/);
    expect(run.stdout).toContain('; hiring is not allowed in FIN 14 (plan.hiring max\\_per\\_year: 0), and pathways and transitions do not fill the gap');
    expect(run.stdout).toContain('- The plan hires into 1234, A would B, Bédrijf 1, X (oud) → Y, in and later carries overstaffing');
  });

  it('the JSON keeps its English sentences, as with F014, and nothing else', { timeout: 300_000 }, async () => {
    const run = await runSppOnce(['plan', '-s', SCENARIO, '-f', 'json', '-q']);
    const json = JSON.parse(run.stdout) as { binding: Record<string, unknown>[]; shortfalls: Record<string, unknown>[] } & Record<string, unknown>;
    expect(json.binding[0]).toEqual({
      constraint: 'plan.hiring max_per_year',
      year: 2027,
      shadow_price: 0,
      shortage_reduction: expect.any(Number) as number,
      function: 'FIN 14',
      text: 'one more hire allowed in FIN 14 for 1 January 2027 would cut unmet demand by 6.57 FTE-years',
    });
    expect(json.shortfalls.find((s) => s['function'] === 'FIN 14')).toEqual({
      function: 'FIN 14',
      year: 2027,
      shortage_fte: expect.any(Number) as number,
      cause: 'hiring is not allowed in FIN 14 (plan.hiring max_per_year: 0), and pathways and transitions do not fill the gap',
    });
    expect(Object.keys(json)).not.toContain('noteFacts');
  });

  it('the English said from the data is the JSON\'s, for every cause', { timeout: 300_000 }, async () => {
    const { result } = await runPlan({ scenario: SCENARIO });
    expect(result.shortfalls.length).toBeGreaterThan(10);
    for (const s of result.shortfalls) expect(shortfallCause(s, 'en')).toBe(s.cause);
  });

  it('spp explain says why demand falls short in Dutch, and in English with --lang en', { timeout: 300_000 }, async () => {
    const nl = await runSppOnce(['explain', 'FIN 14', '-s', SCENARIO, '-f', 'table', '-q']);
    expect(nl.exitCode, nl.stderr).toBe(0);
    const short = nl.stdout.replace(/\n {4}(?=\S)/g, ' ').split('\n').filter((l) => / fte onvervuld: /.test(l));
    expect(short.length).toBeGreaterThan(5);
    for (const line of short) expect(line).toMatch(/^ {2}20\d\d: \d+,\d fte onvervuld: werven is niet toegestaan in FIN 14 \(plan\.hiring max_per_year: 0\), en routes en doorstroom vullen het tekort niet$/);
    const en = await runSppOnce(['explain', 'FIN 14', '-s', SCENARIO, '-f', 'table', '-q', '--lang', 'en']);
    expect(en.stdout.replace(/\n {4}(?=\S)/g, ' ')).toMatch(/2027: 1\.1 FTE unmet: hiring is not allowed in FIN 14 \(plan\.hiring max_per_year: 0\), and pathways and transitions do not fill the gap/);
    const json = JSON.parse((await runSppOnce(['explain', 'FIN 14', '-s', SCENARIO, '-f', 'json', '-q'])).stdout) as { plan: { shortfalls: Record<string, unknown>[] } };
    expect(Object.keys(json.plan.shortfalls[0]!)).toEqual(['year', 'shortage_fte', 'cause']);
  });

  // The growth rule's text was read with `function (\S+)`: with "Beleid 25 (x): y" it said
  // "× groei: demand.growth[5] (functie Beleid 25 (x): y): -0,04" instead of what the rule is.
  it('spp explain says a function\'s own growth rule as what it is', { timeout: 300_000 }, async () => {
    const nl = await runSppOnce(['explain', 'Beleid 25 (x): y', '-s', SCENARIO, '-f', 'table', '-q']);
    expect(nl.exitCode, nl.stderr).toBe(0);
    expect(nl.stdout).toMatch(/^ {4}× groei functie Beleid 25 \(x\): y, −4% per jaar +×0,9600$/m);
    const en = await runSppOnce(['explain', 'Beleid 25 (x): y', '-s', SCENARIO, '-f', 'table', '-q', '--lang', 'en']);
    expect(en.stdout).toMatch(/^ {4}× growth of function Beleid 25 \(x\): y, −4% a year +×0\.9600$/m);
  });
});
