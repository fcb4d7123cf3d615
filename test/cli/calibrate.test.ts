import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../../src/domain/scenario-schema.js';
import { buildCli, expectGolden, runSpp } from './run-spp.js';

beforeAll(async () => buildCli());

const OLD = 'fixtures/example/headcount-2025.csv';
const NEW = 'fixtures/example/headcount.csv';
const calibrate = ['calibrate', OLD, NEW, '-s', 'scenarios/baseline.yaml'];
const backtest = ['backtest', '-s', 'scenarios/baseline.yaml', '--headcount', OLD, '--actual', NEW];

const dir = mkdtempSync(join(tmpdir(), 'spp-calibrate-'));
function csv(name: string, rows: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${['employee_id,function_id,fte,birth_date,contract,contract_end', ...rows].join('\n')}\n`);
  return path;
}
/** n people E001… in F1 (born 1980), with an id format of choice. */
function people(n: number, id: (k: number) => string, fn = 'F1'): string[] {
  return Array.from({ length: n }, (_, k) => `${id(k + 1)},${fn},1,1980-05-0${(k % 9) + 1},permanent,`);
}

describe('spp calibrate on Gemeente Voorbeeld', () => {
  it('writes spp.calibration/1 with the keys the SPEC fixes', async () => {
    const run = await runSpp([...calibrate, '-f', 'json']);
    expect(run.exitCode, run.stderr).toBe(0);
    const r = JSON.parse(run.stdout);
    expect(r.schema).toBe('spp.calibration/1');
    expect(Object.keys(r)).toEqual(expect.arrayContaining(['from', 'to', 'linked', 'joiners', 'retired', 'attrition', 'transitions', 'renewal']));
    expect([r.from, r.to, r.method]).toEqual([2025, 2026, 'linked']);
    for (const e of r.attrition) {
      expect(Object.keys(e)).toEqual(expect.arrayContaining(['ages', 'at_risk', 'left', 'rate', 'low', 'high']));
      expect(e.low).toBeLessThanOrEqual(e.rate);
      expect(e.high).toBeGreaterThanOrEqual(e.rate);
      expect(e.at_risk).toBeGreaterThanOrEqual(5);
    }
    expect(Object.keys(r.renewal)).toEqual(['ending', 'renewed', 'rate', 'low', 'high']);
    expect(r.stayed + r.moved + r.left + r.retired + r.worked_past_aow + r.contract_ended + r.renewal.renewed).toBe(r.old_persons);
  });

  it('writes a workforce: block that a scenario accepts, as point estimates or as triples', async () => {
    for (const extra of [[], ['--triples']]) {
      const run = await runSpp([...calibrate, '-f', 'yaml', ...extra]);
      expect(run.exitCode, run.stderr).toBe(0);
      const block = parseYaml(run.stdout) as { workforce: Record<string, unknown> };
      expect(block.workforce['attrition']).toBeInstanceOf(Array);
      if (extra.length === 0) {
        const scenario = ScenarioSchema.safeParse({ id: 'x', horizon: { start: 2026, end: 2030 }, workforce: block.workforce });
        expect(scenario.success, JSON.stringify(scenario.error?.issues)).toBe(true);
      } else {
        expect(run.stdout).toMatch(/rate: \[0\.\d+, 0\.\d+, 0\.\d+\]/);
      }
    }
  });

  it('never prints an employee id, in any format, nor on stderr', async () => {
    const ids = new Set([...readFileSync(OLD, 'utf8').matchAll(/^(E\d{5}),/gm)].map((m) => m[1]!));
    expect(ids.size).toBeGreaterThan(1000);
    const runs = [];
    for (const f of ['yaml', 'json', 'table', 'md']) runs.push(await runSpp([...calibrate, '-f', f]));
    for (const f of ['json', 'table', 'md', 'csv']) runs.push(await runSpp([...backtest, '-f', f]));
    for (const run of runs) {
      expect(run.exitCode, run.stderr).toBe(0);
      for (const m of `${run.stdout}\n${run.stderr}`.matchAll(/E\d{5}/g)) expect(ids.has(m[0])).toBe(false);
    }
  });
});

describe('spp calibrate diagnostics', () => {
  it('names the line of a person who appears twice in one snapshot', async () => {
    const old = csv('dup-2025.csv', [...people(6, (k) => `E${k}`), 'E3,F1,1,1980-05-01,permanent,']);
    const run = await runSpp(['calibrate', '--lang', 'en', old, csv('dup-2026.csv', people(6, (k) => `E${k}`))]);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(/dup-2025\.csv:8:1\s+error\s+this employee_id was already used on line 4.*\(CSV_DUPLICATE_ID\)/);
  });

  it('links ids whose leading zeros an export dropped, and says where', async () => {
    const old = csv('zeros-2025.csv', people(8, (k) => `000${k}`));
    const run = await runSpp(['calibrate', '--lang', 'en', old, csv('zeros-2026.csv', people(8, (k) => `${k}`)), '-f', 'json']);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/zeros-2026\.csv:2\s+warning\s+8 employee ids match .* only when leading zeros.*line 2 there.*\(CALIBRATE_ID_FORMAT_CHANGED\)/);
    expect(JSON.parse(run.stdout).linked).toBe(8);
  });

  it('refuses a NEW that is older than OLD', async () => {
    const run = await runSpp(['calibrate', '--lang', 'en', OLD, NEW, '--from', '2026', '--to', '2025']);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(/headcount\.csv\s+error\s+this snapshot \(1 January 2025\) is not later than the old one.*\(CALIBRATE_YEARS_ORDER\)/);
  });

  it("takes a snapshot without a year in its name that is the scenario's own headcount as horizon.start, so OLD and NEW swapped are refused", async () => {
    const swapped = await runSpp(['calibrate', '--lang', 'en', NEW, OLD, '-s', 'scenarios/baseline.yaml']);
    expect(swapped.exitCode).toBe(1);
    expect(swapped.stderr).toMatch(/headcount-2025\.csv\s+error\s+this snapshot \(1 January 2025\) is not later than the old one, fixtures\/example\/headcount\.csv \(1 January 2026\).*\(CALIBRATE_YEARS_ORDER\)/);
    const right = await runSpp(['calibrate', '--lang', 'en', ...calibrate.slice(1), '-f', 'json']);
    expect(right.exitCode, right.stderr).toBe(0);
    expect(right.stderr).toContain("no year in the file name and no --to: taken as 2026, the scenario's own snapshot (horizon.start)");
    expect(JSON.parse(right.stdout)).toMatchObject({ from: 2025, to: 2026 });
  });

  it('asks for the years when the file names do not say', async () => {
    const run = await runSpp(['calibrate', '--lang', 'en', csv('a.csv', people(6, (k) => `E${k}`)), csv('b.csv', people(6, (k) => `E${k}`))]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/--from and --to/);
  });

  it('falls back to aggregate counts without ids, and says so', async () => {
    const noIds = (name: string, n: number): string => {
      const path = join(dir, name);
      writeFileSync(path, `function_id,fte,birth_date\n${Array.from({ length: n }, () => 'F1,1,1980-05-01').join('\n')}\n`);
      return path;
    };
    const run = await runSpp(['calibrate', noIds('agg-2025.csv', 40), noIds('agg-2026.csv', 36), '--joiners', '2', '-f', 'json']);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/CALIBRATE_NO_IDS/);
    const r = JSON.parse(run.stdout);
    expect(r.method).toBe('aggregate');
    expect(r.attrition).toEqual([expect.objectContaining({ ages: null, at_risk: 40, left: 6 })]);
  });
});

describe('spp backtest on Gemeente Voorbeeld', () => {
  it('scores the projection per function and in total, with a WAPE and a paragraph in nl and en', async () => {
    const run = await runSpp([...backtest, '-f', 'json']);
    expect(run.exitCode, run.stderr).toBe(0);
    const r = JSON.parse(run.stdout);
    expect(r.schema).toBe('spp.backtest/1');
    expect([r.from, r.to, r.basis]).toEqual([2025, 2026, 'linked']);
    const rows = [...r.functions, r.other];
    const sum = (k: string): number => rows.reduce((s: number, x: Record<string, number>) => s + x[k]!, 0);
    expect(sum('actual_fte')).toBeCloseTo(r.totals.actual_fte, 2);
    expect(sum('projected_fte')).toBeCloseTo(r.totals.projected_fte, 2);
    expect(r.functions.length).toBeGreaterThan(50);
    expect(r.wape_fte).toBeGreaterThan(0);
    expect(r.wape_fte).toBeLessThan(0.2);
    for (const row of r.functions) expect(row.actual_persons).toBeGreaterThanOrEqual(5);
    expect(r.summary.nl).toMatch(/^Dit model \(scenario baseline\), toegepast op de bezetting van 1 januari 2025, projecteerde de bezetting op 1 januari 2026/);
    expect(r.summary.en).toMatch(/^This model \(scenario baseline\)/);
    expect(r.share_inside_band).toBeNull();
  });

  it('with --runs checks each function\'s actual FTE against its P10–P90 band, the same bytes for the same seed', async () => {
    const args = [...backtest, '--runs', '60', '--seed', '4', '-f', 'json'];
    const run = await runSpp(args);
    expect(run.exitCode, run.stderr).toBe(0);
    const r = JSON.parse(run.stdout);
    expect(r.stamp.seed).toBe(4);
    let inside = 0;
    for (const row of r.functions) {
      expect(row.band.p10).toBeLessThanOrEqual(row.band.p90);
      // The JSON is rounded to 4 decimals, the test was made before rounding: allow that much.
      if (row.band.inside) expect(row.actual_fte >= row.band.p10 - 1e-3 && row.actual_fte <= row.band.p90 + 1e-3).toBe(true);
      else expect(row.actual_fte > row.band.p10 + 1e-3 && row.actual_fte < row.band.p90 - 1e-3).toBe(false);
      if (row.band.inside) inside++;
    }
    // The share counts the functions shown on their own: over all of them it would tell, with the
    // rows' own marks, how many of those merged into "other" for privacy fell inside their band.
    expect(r.share_inside_band).toBeCloseTo(inside / r.functions.length, 4);
    expect(r.share_inside_band).toBeGreaterThan(0.5);
    expect(r.summary.nl).toMatch(/binnen de band P10–P90/);
    expect((await runSpp(args)).stdout).toBe(run.stdout);
    const table = await runSpp([...backtest, '--runs', '60', '--seed', '4', '-f', 'table', '--lang', 'en']);
    expect(table.stdout.replace(/\s+/g, " ")).toMatch(/Actual inside P10–P90: [\d.]+% of the functions/);
    for (const line of table.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
  });
});

describe('spp backtest without employee ids', () => {
  it('compares with everyone in the later snapshot, joiners included, and says it is less exact', async () => {
    const strip = (from: string, name: string): string => {
      const path = join(dir, name);
      writeFileSync(path, readFileSync(from, 'utf8').replace(/^[^,\n]*,/gm, ''));
      return path;
    };
    const run = await runSpp(['backtest', '-s', 'scenarios/baseline.yaml', '--headcount', strip(OLD, 'noid-2025.csv'), '--actual', strip(NEW, 'noid-2026.csv'), '-f', 'json']);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/CALIBRATE_NO_IDS/);
    const r = JSON.parse(run.stdout);
    expect(r.basis).toBe('total');
    expect(r.totals.actual_persons).toBe(1500);
    expect(r.totals.joiners_persons).toBeNull();
    expect(r.notes.join(' ')).toMatch(/less exact/);
    expect(r.summary.en).toMatch(/Without employee ids/);
  });
});

describe('golden outputs (deterministic, reviewed by hand)', () => {
  it('calibrate: yaml and md', async () => {
    expect((await expectGolden('calibrate-voorbeeld-yaml', [...calibrate, '-f', 'yaml'])).exitCode).toBe(0);
    expect((await expectGolden('calibrate-voorbeeld-md', [...calibrate, '-f', 'md', '-q'])).exitCode).toBe(0);
  });

  it('backtest: md in Dutch, csv', async () => {
    expect((await expectGolden('backtest-voorbeeld-md', [...backtest, '-f', 'md', '-q'])).exitCode).toBe(0);
    expect((await expectGolden('backtest-voorbeeld-csv', [...backtest, '-f', 'csv', '-q'])).exitCode).toBe(0);
  });
});
