import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSpp } from '../cli/run-spp.js';

/**
 * A big municipality's report (a directieteam probe on a generated city): its plan uses dozens of
 * routes, and the report listed every one of them twice — in "Routes in het plan" and again year by
 * year — five pages of 92 routes, and two more. Now the largest are listed and the rest is one row
 * "Overige routes (n)", whose figures keep the tables' totals; spp reskill still lists them all.
 */
const dir = mkdtempSync(join(tmpdir(), 'spp-city-'));
const scenario = join(dir, 'stad.yaml');
let md = '';

beforeAll(async () => {
  expect((await runSpp(['generate', dir, '--functions', '120', '--persons', '2000', '--seed', '7', '-q'])).exitCode).toBe(0);
  writeFileSync(
    scenario,
    [
      'id: stad',
      'title: Grote stad',
      'data: { functions: functions.csv, headcount: headcount.csv }',
      'horizon: { start: 2026, end: 2035 }',
      'workforce: { attrition: [ { rate: 0.02 } ] }',
      'digitalisation:',
      '  automation:',
      '    administrative: { target: 0.6, end: 2032, curve: s-curve }',
      '    customer_contact: { target: 0.4, end: 2031, curve: s-curve }',
      '  reinvested: 0.2',
      'reskilling: { budget_per_year: 1200000, capacity_per_year: 80, closed_destinations: { families: [Management] } }',
      'plan: { hiring: [ { family: Dienstverlening, max_per_year: 8 } ], min_flow_fte: 0.5 }',
      'privacy: { min_group: 5 }',
      '',
    ].join('\n'),
  );
  const run = await runSpp(['report', '-s', scenario, '--format', 'md']);
  expect(run.exitCode, run.stderr).toBe(0);
  md = run.stdout;
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The rows of the Markdown table under a heading (without header, rule and total). */
function tableAfter(title: string): string[][] {
  const start = md.indexOf(title);
  expect(start, title).toBeGreaterThan(-1);
  const lines = md.slice(start).split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.split('|').slice(1, -1).map((c) => c.trim()));
  }
  return rows;
}

const num = (cell: string): number => Number(cell.replace(/\*/g, '').replace(/[€\s.]/g, '').replace(',', '.'));

describe('spp report on a big city: the route tables stay short', () => {
  it('lists the 25 largest routes and sums the rest in one row, keeping the total', () => {
    const rows = tableAfter('| Van | Naar | Fte |');
    const total = rows.at(-1)!;
    expect(total[0]).toMatch(/Totaal/);
    const body = rows.slice(0, -1);
    const other = body.at(-1)!;
    expect(other[0]).toMatch(/^Overige routes \(\d+\)$/);
    expect(body.length).toBe(26);
    // Largest first, and the routes summed are at least as many as needed to make it worth it.
    const fte = body.slice(0, -1).map((r) => num(r[2]!));
    expect(fte).toEqual([...fte].sort((a, b) => b - a));
    expect(Number(/\((\d+)\)/.exec(other[0]!)![1])).toBeGreaterThan(1);
    expect(sumOf(body.map((r) => num(r[2]!)))).toBeCloseTo(num(total[2]!), 0);
    expect(md).toContain('spp reskill noemt ze allemaal');
  });

  it('shows the same routes year by year, the rest in one row', () => {
    const rows = tableAfter('Overstappen per route en jaar');
    expect(rows.length).toBe(27); // 25 routes, the rest, the total
    expect(rows.at(-2)![0]).toMatch(/^Overige routes \(\d+\)$/);
  });
});

describe('spp report on a big city: chapter 2 lists stay short', () => {
  it('lists the 25 changing functions with the most work and says where the rest is', () => {
    const rows = tableAfter('### Veranderende functies');
    expect(rows.length).toBe(25);
    expect(md).toMatch(/Van de \d+ functies staan hier de 25 met het meeste werk \(vraag bij de start\); spp project noemt ze allemaal/);
  });

  it('lists the 40 largest candidates for a pool of roles and sums the rest, keeping the total', () => {
    const rows = tableAfter('Kandidaten voor een pool van rollen');
    const total = rows.at(-1)!;
    const body = rows.slice(0, -1);
    expect(body.length).toBe(41);
    expect(body.at(-1)![0]).toMatch(/^Overige functies \(\d+\)$/);
    expect(sumOf(body.map((r) => num(r[3]!)))).toBeCloseTo(num(total[3]!), 0);
    expect(md).toContain('spp organise noemt ze allemaal');
  });

  it('lists the 25 vulnerable functions with the most FTE and sums the rest, keeping the totals', () => {
    const rows = tableAfter('**Kwetsbare functies**');
    const total = rows.at(-1)!;
    expect(total[0]).toMatch(/Totaal/);
    const body = rows.slice(0, -1);
    expect(body.length).toBe(26);
    const other = body.at(-1)!;
    const rest = Number(/^Overige functies \((\d+)\)$/.exec(other[0]!)![1]);
    const all = Number(/(\d+) functies zijn kwetsbaar/.exec(md)![1]);
    expect(rest).toBe(all - 25);
    // The listed are the largest: none of them smaller than the rest's mean.
    expect(Math.min(...body.slice(0, -1).map((r) => num(r[3]!)))).toBeGreaterThanOrEqual(num(other[3]!) / rest);
    for (const column of [2, 3, 4]) expect(sumOf(body.map((r) => num(r[column]!)))).toBeCloseTo(num(total[column]!), 0);
    expect(md).toContain(`Van de ${all} kwetsbare functies staan hier de 25 met de meeste fte bij de start elk apart, de overige ${rest} samen in één regel; spp project noemt ze allemaal`);
  });

  it('puts the vulnerable functions privacy withholds in the rest row, not in the list by their size', async () => {
    const strict = join(dir, 'stad-strict.yaml');
    writeFileSync(strict, readFileSync(scenario, 'utf8').replace('min_group: 5', 'min_group: 25'));
    const run = await runSpp(['report', '-s', strict, '--format', 'md', '-q']);
    expect(run.exitCode, run.stderr).toBe(0);
    const start = run.stdout.indexOf('**Kwetsbare functies**');
    const lines = run.stdout.slice(start).split('\n');
    const first = lines.findIndex((l) => l.startsWith('|'));
    const rows = lines.slice(first + 2, lines.findIndex((l, i) => i > first && !l.startsWith('|'))).map((l) => l.split('|').slice(1, -1).map((c) => c.trim()));
    const body = rows.slice(0, -2);
    // Every row listed shows its people; the withheld ones are only in the rest.
    for (const r of body) expect(r[2]).toMatch(/^\d[\d.]*$/);
    const rest = Number(/^Overige functies \((\d+)\)$/.exec(rows.at(-2)![0]!)![1]);
    const m = /staan hier de (\d+) met de meeste fte bij de start elk apart, de overige (\d+) samen in één regel \(daarin ook (\d+) functies die om privacy niet apart staan\)/.exec(run.stdout);
    expect(m).not.toBeNull();
    expect([Number(m![1]), Number(m![2])]).toEqual([body.length, rest]);
    expect(body.length).toBeLessThan(25);
    expect(sumOf(rows.slice(0, -1).map((r) => num(r[2]!)))).toBe(num(rows.at(-1)![2]!));
  });

  it("Gemeente Voorbeeld's replacement list (35 functions) shows the 25 most urgent", async () => {
    const run = await runSpp(['report', '--example', '--format', 'md']);
    const start = run.stdout.indexOf('### Werk blijft, mensen vertrekken');
    const lines = run.stdout.slice(start).split('\n');
    const first = lines.findIndex((l) => l.startsWith('|'));
    const body = lines.slice(first + 2).filter((l, i, all) => all.slice(0, i + 1).every((x) => x.startsWith('|')));
    expect(body.length).toBe(25);
    expect(run.stdout).toContain('Van de 35 functies staan hier de 25 waar het minst van de huidige bezetting overblijft');
  });
});

describe('spp report on a big city under a hiring freeze: the unmet demand stays short', () => {
  it('lists the 25 functions with the most unmet demand and sums the rest, withheld ones with them', async () => {
    const freeze = join(dir, 'stad-freeze.yaml');
    writeFileSync(freeze, readFileSync(scenario, 'utf8').replace(/^plan: .*$/m, 'plan: { hiring: [ { family: Bedrijfsvoering, max_per_year: 0 }, { family: Beleid, max_per_year: 0 } ], min_flow_fte: 0.5 }'));
    const run = await runSpp(['report', '-s', freeze, '--format', 'md', '-q']);
    expect(run.exitCode, run.stderr).toBe(0);
    const start = run.stdout.indexOf('### Waar de vraag niet te vervullen is');
    expect(start).toBeGreaterThan(-1);
    const lines = run.stdout.slice(start).split('\n');
    const first = lines.findIndex((l) => l.startsWith('|'));
    const rows = lines.slice(first + 2, lines.findIndex((l, i) => i > first && !l.startsWith('|'))).map((l) => l.split('|').slice(1, -1).map((c) => c.trim()));
    const [shown, withheld] = /In (\d+) functies, en in (\d+) functies waarvan de getallen zijn afgeschermd/.exec(run.stdout)!.slice(1).map(Number) as [number, number];
    expect(shown).toBeGreaterThan(25);
    expect(withheld).toBeGreaterThan(0);
    const body = rows.slice(0, -2);
    expect(body.length).toBe(25);
    // Largest first, every one with its figure; the withheld ones are in the rest, not listed by size.
    const fte = body.map((r) => num(r[2]!));
    expect(fte).toEqual([...fte].sort((a, b) => b - a));
    expect(rows.at(-2)![0]).toBe(`Overige functies (${shown + withheld - 25})`);
    expect(sumOf(rows.slice(0, -1).map((r) => num(r[2]!)))).toBeCloseTo(num(rows.at(-1)![2]!), 0);
    expect(run.stdout).toContain(`De 25 functies met de meeste onvervulde vraag staan er elk apart, de overige ${shown + withheld - 25} samen in één regel (daarin ook ${withheld} functies die om privacy niet apart staan); spp plan noemt ze allemaal.`);
  }, 60_000);
});

function sumOf(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
