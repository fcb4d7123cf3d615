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
        expect(run.stdout).toMatch(/rate: \[ ?0\.\d+, 0\.\d+, 0\.\d+ ?\]/);
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

describe("spp calibrate's outcome table", () => {
  /** The rows of the "What happened" table of `--format table` or `md`: label → count. */
  function outcomes(text: string, format: 'table' | 'md'): Map<string, number> {
    const rows = new Map<string, number>();
    const part = format === 'md' ? text.split('\n## ')[0]! : text.split(/\n\s*\n/)[1]!;
    for (const line of part.split('\n')) {
      const m = format === 'md' ? /^\| (.+?) \| ([\d.,]+) \|$/.exec(line) : /^\s*(\S.*?)\s{2,}([\d.,]+)$/.exec(line);
      if (m) rows.set(m[1]!.trim(), Number(m[2]!.replace(/[.,]/g, '')));
    }
    return rows;
  }

  it('adds up: every count sits under the total it splits, in table and md, in en and nl, and the JSON agrees', async () => {
    const json = JSON.parse((await runSpp([...calibrate, '-f', 'json'])).stdout);
    expect(json.contract_renewed).toBe(json.renewal.renewed);
    expect(json.stayed + json.moved + json.contract_renewed + json.worked_past_aow).toBe(json.linked);
    expect(json.left + json.retired + json.contract_ended).toBe(json.old_persons - json.linked);
    expect(json.linked + json.joiners).toBe(json.new_persons);
    expect(json.contract_renewed).toBeGreaterThan(0);
    const labels = {
      en: ['persons in the old snapshot', 'linked (found again)', 'stayed in their function', 'moved to another function', 'temporary contract ended, renewed', 'worked past the AOW age', 'not found again', 'left (attrition)', 'retired (reached the AOW age)', 'temporary contract ended, not renewed', 'persons in the new snapshot', 'joiners (not at risk)'],
      nl: ['personen in het oude peilbestand', 'gekoppeld (teruggevonden)', 'in dezelfde functie gebleven', 'naar een andere functie', 'tijdelijk contract afgelopen, verlengd', 'doorgewerkt na de AOW-leeftijd', 'niet teruggevonden', 'vertrokken (verloop)', 'met pensioen (AOW-leeftijd bereikt)', 'tijdelijk contract afgelopen, niet verlengd', 'personen in het nieuwe peilbestand', 'nieuw ingestroomd (niet in de risicogroep)'],
    };
    for (const lang of ['en', 'nl'] as const) {
      for (const format of ['table', 'md'] as const) {
        const run = await runSpp([...calibrate, '-f', format, '--lang', lang]);
        expect(run.exitCode, run.stderr).toBe(0);
        const rows = outcomes(run.stdout, format);
        const [old, linked, stayed, moved, renewed, pastAow, notFound, left, retired, notRenewed, next, joiners] = labels[lang].map((l) => {
          expect(rows.has(l), `${lang} ${format}: ${l} in ${[...rows.keys()].join(' | ')}`).toBe(true);
          return rows.get(l)!;
        }) as [number, number, number, number, number, number, number, number, number, number, number, number];
        expect([old, linked, renewed, next]).toEqual([json.old_persons, json.linked, json.contract_renewed, json.new_persons]);
        expect(linked + notFound).toBe(old);
        expect(stayed + moved + renewed + pastAow).toBe(linked);
        expect(left + retired + notRenewed).toBe(notFound);
        expect(linked + joiners).toBe(next);
        expect(run.stdout.replace(/\s+/g, ' ')).toContain(lang === 'en' ? 'How the rows add up: old snapshot = linked + not found again;' : 'Zo tellen de regels op: oud peilbestand = gekoppeld + niet teruggevonden;');
      }
    }
  });

  it('writes percentages without a space before %, as the rest of spp does, in en and nl', async () => {
    for (const lang of ['en', 'nl'] as const) {
      for (const format of ['table', 'md', 'yaml'] as const) {
        const run = await runSpp([...calibrate, '-f', format, '--lang', lang]);
        expect(run.exitCode, run.stderr).toBe(0);
        expect(run.stdout, `${lang} ${format}`).not.toMatch(/\d %/);
      }
    }
    const en = (await runSpp([...calibrate, '-f', 'md', '--lang', 'en'])).stdout;
    expect(en).toMatch(/renewed: \d+\.\d% \(90%: \d+\.\d%–\d+\.\d%\)\./);
    const nl = (await runSpp([...calibrate, '-f', 'md', '--lang', 'nl'])).stdout;
    expect(nl).toMatch(/verlengd: \d+,\d% \(90%: \d+,\d%–\d+,\d%\)\./);
  });
});

describe('spp calibrate --format yaml with ids YAML would read as something else', () => {
  it('quotes them, so the block pasted into a scenario validates', async () => {
    const ids = ['000110', '1e2', '007', '0x1F', 'true', 'null', '.inf'];
    const old = ['employee_id,function_id,fte,birth_date,contract,contract_end'];
    const next = [old[0]!];
    let n = 0;
    ids.forEach((id, i) => {
      // 40 in the first function, half of whom leave (a family rule of its own); one of each moves on to the next id.
      for (let k = 0; k < (i === 0 ? 40 : 6); k++) {
        n++;
        old.push(`P${n},${id},1,1980-05-01,permanent,`);
        if (i === 0 && k >= 20) continue;
        next.push(`P${n},${k === 0 ? ids[(i + 1) % ids.length]! : id},1,1980-05-01,permanent,`);
      }
    });
    const work = mkdtempSync(join(tmpdir(), 'spp-calibrate-ids-'));
    writeFileSync(join(work, 'ids-2025.csv'), `${old.join('\n')}\n`);
    writeFileSync(join(work, 'ids-2026.csv'), `${next.join('\n')}\n`);
    // Family names YAML reads as null and as a number.
    writeFileSync(join(work, 'functions.csv'), `function_id,name,family,formation_fte,task.administrative\n${ids.map((id, i) => `${id},Function ${i},${i === 0 ? 'null' : '012'},6,1`).join('\n')}\n`);
    const run = await runSpp(['calibrate', join(work, 'ids-2025.csv'), join(work, 'ids-2026.csv'), '--functions', join(work, 'functions.csv'), '-f', 'yaml']);
    expect(run.exitCode, run.stderr).toBe(0);
    const block = parseYaml(run.stdout) as { workforce: { transitions: Record<string, Record<string, number>>; attrition: { family?: unknown }[] } };
    expect(Object.keys(block.workforce.transitions).sort()).toEqual([...ids].sort());
    expect(block.workforce.attrition.map((r) => r.family).filter((f) => f !== undefined).sort()).toEqual(['012', 'null']);
    const scenario = join(work, 'calibrated.yaml');
    writeFileSync(scenario, `id: calibrated\nhorizon: { start: 2026, end: 2030 }\ndata: { functions: functions.csv, headcount: ids-2026.csv }\n${run.stdout}`);
    const validate = await runSpp(['validate', scenario, '--lang', 'en']);
    expect(validate.stderr).not.toMatch(/YAML_KEY_NOT_AS_WRITTEN|error/);
    expect(validate.exitCode, validate.stderr).toBe(0);
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

  it('refuses a NEW that is older than OLD (exit 2), naming both files, their dates and where each comes from, and the command with the two swapped', async () => {
    const run = await runSpp(['calibrate', '--lang', 'en', OLD, NEW, '--from', '2026', '--to', '2025']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(
      /headcount\.csv\s+error\s+this snapshot \(NEW, 1 January 2025, from --to\) is older than OLD, fixtures\/example\/headcount-2025\.csv \(1 January 2026, from --from\): spp calibrate takes the older export first\. Swapped\? Then run: spp calibrate fixtures\/example\/headcount\.csv fixtures\/example\/headcount-2025\.csv --from 2025 --to 2026 \(with the same other options\); or, if the files are in the right order, correct --from\/--to\s+\(CALIBRATE_YEARS_ORDER\)/,
    );
    // Both file names give a year: swapped, they are refused with both named, in Dutch by default.
    const named = await runSpp(['calibrate', csv('swap-2026.csv', people(6, (k) => `E${k}`)), csv('swap-2025.csv', people(6, (k) => `E${k}`))]);
    expect(named.exitCode).toBe(2);
    expect(named.stderr).toContain('dit peilbestand (NIEUW, 1 januari 2025, volgens de bestandsnaam) is ouder dan OUD');
    expect(named.stderr).toMatch(/swap-2026\.csv \(1 januari 2026, volgens de bestandsnaam\): spp calibrate neemt eerst de oudere export\. Omgedraaid\? Geef dan: spp calibrate \S+swap-2025\.csv \S+swap-2026\.csv \(met dezelfde andere opties\)/);
    expect(named.stderr).toMatch(/spp: de peilbestanden staan in de verkeerde volgorde\n$/);
  });

  it('refuses two snapshots of one date (exit 2): no time between them', async () => {
    const run = await runSpp(['calibrate', '--lang', 'en', OLD, NEW, '--from', '2026', '--to', '2026']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/this snapshot \(NEW, 1 January 2026, from --to\) has the same reference date as OLD, fixtures\/example\/headcount-2025\.csv \(1 January 2026, from --from\): with no time between them nobody can have left or moved\..*\(CALIBRATE_YEARS_ORDER\)/);
    expect(run.stderr).toMatch(/spp: the snapshots have the same reference date\n$/);
  });

  it('says when --from or --to contradicts the year in the file name (it measured three years where there was one, in silence)', async () => {
    const run = await runSpp(['calibrate', '--lang', 'en', OLD, NEW, '--from', '2023', '-s', 'scenarios/baseline.yaml', '-f', 'json']);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/headcount-2025\.csv\s+warning\s+--from 2023, but the file name says 2025: spp takes 1 January 2023 \(--from wins\)\. If the export is of 2025, leave --from out\s+\(CALIBRATE_YEAR_CONFLICT\)/);
    expect(JSON.parse(run.stdout)).toMatchObject({ from: 2023, to: 2026, years: 3 });
  });

  it('refuses OLD and NEW swapped when a year is only assumed: the people at the AOW age in NEW are retirees, not joiners (it measured 2024 → 2025 with a notice only)', async () => {
    const run = await runSpp(['calibrate', '--lang', 'en', NEW, OLD]);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /headcount-2025\.csv\s+error\s+NEW looks older than OLD, fixtures\/example\/headcount\.csv: 40 people are only in this snapshot and reach the AOW age by the end of 2025, as people who retire do, not people who join; of fixtures\/example\/headcount\.csv 0 retired\. .* The order is all that the year 2024 assumed for fixtures\/example\/headcount\.csv rests on: if the files are swapped, run spp calibrate fixtures\/example\/headcount-2025\.csv fixtures\/example\/headcount\.csv \(with the same other options\); if they are in the right order, give --from and --to\s+\(CALIBRATE_ORDER_REVERSED\)/,
    );
    expect(run.stderr).toMatch(/spp: the snapshots look swapped\n$/);
    // The right order, with the same assumption, is measured.
    const right = await runSpp(['calibrate', '--lang', 'en', OLD, NEW, '-f', 'json']);
    expect(right.exitCode, right.stderr).toBe(0);
    expect(right.stderr).not.toMatch(/CALIBRATE_ORDER_REVERSED/);
  });

  it('warns, in stderr and in the notes of every format, when the dates given put swapped snapshots in order', async () => {
    const args = ['calibrate', NEW, OLD, '--from', '2025', '--to', '2026'];
    const run = await runSpp([...args, '--lang', 'en', '-f', 'json']);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/headcount-2025\.csv\s+warning\s+NEW looks older than OLD.*The dates \(OLD 1 January 2025, from --from; NEW 1 January 2026, from --to\) put them in this order: check which export is of which date before using these rates\s+\(CALIBRATE_ORDER_REVERSED\)/);
    expect(JSON.parse(run.stdout).notes[0]).toBe('Check the order: 44 people are only in the new snapshot and reach the AOW age by the end of 2026, as people who retire do; the new snapshot may be the older export.');
    expect((await runSpp([...args, '-f', 'yaml', '-q'])).stdout).toContain('# Check the order: 44 people are only in the new snapshot');
    expect((await runSpp([...args, '-f', 'table', '-q'])).stdout.replace(/\s+/g, ' ')).toContain('* Controleer de volgorde: 44 mensen staan alleen in het nieuwe peilbestand en bereiken uiterlijk eind 2026 de AOW-leeftijd');
  });

  it("takes a snapshot without a year in its name that is the scenario's own headcount as horizon.start, so OLD and NEW swapped are refused", async () => {
    const swapped = await runSpp(['calibrate', '--lang', 'en', NEW, OLD, '-s', 'scenarios/baseline.yaml']);
    expect(swapped.exitCode).toBe(2);
    expect(swapped.stderr).toMatch(/headcount-2025\.csv\s+error\s+this snapshot \(NEW, 1 January 2025, from its file name\) is older than OLD, fixtures\/example\/headcount\.csv \(1 January 2026, as the scenario's own headcount \(horizon\.start\)\).*\(CALIBRATE_YEARS_ORDER\)/);
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
    // Said for a reader who is no statistician: what the range is, in counts, what to expect and what this share means.
    expect(r.runs).toBe(60);
    expect(r.summary.nl).toContain(`In 60 doorrekeningen met toeval (wie vertrekt, wie met pensioen gaat, en de onzekere aannames) gaf het model per functie een marge, P10–P90, waarbinnen 8 van de 10 uitkomsten lagen. De werkelijke bezetting lag bij ${inside} van de ${r.functions.length} functies binnen die marge`);
    expect(r.summary.nl).toMatch(/bij een model dat zijn eigen onzekerheid goed inschat is dat ongeveer 8 van de 10\. (Dat klopt hier ongeveer\.|Hier is het duidelijk minder: het model is te zeker|Hier is het duidelijk meer: het model is te voorzichtig)/);
    expect(r.summary.en).toContain(`fell inside that range for ${inside} of the ${r.functions.length} functions`);
    expect((await runSpp(args)).stdout).toBe(run.stdout);
    const table = await runSpp([...backtest, '--runs', '60', '--seed', '4', '-f', 'table', '--lang', 'en']);
    expect(table.stdout.replace(/\s+/g, " ")).toContain(`Actual inside P10–P90: ${inside} of the ${r.functions.length} functions.`);
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

describe('a function code renamed between the snapshots', () => {
  // F2 (10 people) is F9 in the later export: the HR system recoded the function, nobody moved.
  const old = csv('rename-2025.csv', [...people(30, (k) => `E${k}`), ...people(10, (k) => `R${k}`, 'F2')]);
  const next = csv('rename-2026.csv', [...people(30, (k) => `E${k}`), ...people(10, (k) => `R${k}`, 'F9')]);

  it('calibrate counts its people as staying, not as a transition of 100% a year, and says so in en and nl', async () => {
    const run = await runSpp(['calibrate', '--lang', 'en', old, next, '-f', 'json']);
    expect(run.exitCode, run.stderr).toBe(0);
    const r = JSON.parse(run.stdout);
    expect([r.stayed, r.moved]).toEqual([40, 0]);
    expect(r.transitions).toEqual([]);
    expect(r.renamed_functions).toEqual([{ from: 'F2', to: 'F9' }]);
    const yaml = await runSpp(['calibrate', old, next, '-f', 'yaml']);
    expect(yaml.stdout).not.toMatch(/transitions:/);
    expect(yaml.stdout).toMatch(/# Function code F2 is not in the new snapshot and its people are there as F9/);
    const nl = await runSpp(['calibrate', old, next, '-f', 'md']);
    expect(nl.stdout).toMatch(/Functiecode F2 staat niet in het nieuwe peilbestand en de medewerkers ervan staan er onder F9/);
  });

  it('still reads a real move into a new function as a move when the old function remains', async () => {
    // Two of F1's 30 people go to the new F8: F1 still exists, so that is no rename.
    const moved = csv('newfn-2026.csv', [...people(28, (k) => `E${k}`), 'E29,F8,1,1980-05-01,permanent,', 'E30,F8,1,1980-05-02,permanent,', ...people(10, (k) => `R${k}`, 'F2')]);
    const r = JSON.parse((await runSpp(['calibrate', old, moved, '-f', 'json'])).stdout);
    expect([r.moved, r.renamed_functions]).toEqual([2, []]);
  });

  it('backtest compares the renamed code under its old one, so the function is not an error twice', async () => {
    writeFileSync(join(dir, 'rename-functions.csv'), 'function_id,name,task.administrative\nF1,Een,1\nF2,Twee,1\nF9,Twee (nieuwe code),1\n');
    writeFileSync(join(dir, 'rename.yaml'), 'id: rename\ndata: { functions: rename-functions.csv, headcount: rename-2025.csv }\nhorizon: { start: 2025, end: 2027 }\nworkforce: { attrition: [{ rate: 0 }] }\n');
    const run = await runSpp(['backtest', '--lang', 'en', '-s', join(dir, 'rename.yaml'), '--actual', next, '-f', 'json']);
    expect(run.exitCode, run.stderr).toBe(0);
    const r = JSON.parse(run.stdout);
    expect(r.wape_fte).toBe(0);
    expect(r.functions.find((f: { id: string }) => f.id === 'F2')).toMatchObject({ projected_fte: 10, actual_fte: 10 });
    expect(r.notes).toContain("Function code F9 of the actual snapshot is F2 under a new code (F2's people are there as F9, a code the old snapshot does not have): compared as F2.");
    const nl = await runSpp(['backtest', '-s', join(dir, 'rename.yaml'), '--actual', next, '-f', 'table']);
    expect(nl.stdout).toMatch(/Functiecode F9 uit het werkelijke peilbestand is F2 onder een nieuwe code/);
  });

  // Codes are the user's: the notes are said in Dutch from the pair of codes, not read back from the
  // English with a pattern that took `\S+` for a code (with spaces they stayed English).
  it('says the notes in Dutch whatever the codes hold (calibrate and backtest)', async () => {
    const [was, now] = ['Twee (oud)', 'Twee → nieuw 2'];
    const oldOdd = csv('odd-2025.csv', [...people(30, (k) => `E${k}`), ...people(10, (k) => `R${k}`, was)]);
    const nextOdd = csv('odd-2026.csv', [...people(30, (k) => `E${k}`), ...people(10, (k) => `R${k}`, now)]);
    const md = (await runSpp(['calibrate', oldOdd, nextOdd, '-f', 'md'])).stdout.replace(/\n {2}/g, ' ');
    expect(md).toContain(`Functiecode ${was} staat niet in het nieuwe peilbestand en de medewerkers ervan staan er onder ${now}, een code die het oude peilbestand niet heeft`);
    writeFileSync(join(dir, 'odd-functions.csv'), `function_id,name,task.administrative\nF1,Een,1\n${was},Twee,1\n${now},Twee (nieuwe code),1\n`);
    writeFileSync(join(dir, 'odd.yaml'), 'id: odd\ndata: { functions: odd-functions.csv, headcount: odd-2025.csv }\nhorizon: { start: 2025, end: 2027 }\nworkforce: { attrition: [{ rate: 0 }] }\n');
    const run = await runSpp(['backtest', '-s', join(dir, 'odd.yaml'), '--actual', nextOdd, '-f', 'md']);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Functiecode ${now} uit het werkelijke peilbestand is ${was} onder een nieuwe code (de medewerkers van ${was} staan er onder ${now}, een code die het oude peilbestand niet heeft): vergeleken als ${was}.`);
    const json = JSON.parse((await runSpp(['backtest', '-s', join(dir, 'odd.yaml'), '--actual', nextOdd, '-f', 'json'])).stdout) as Record<string, unknown>;
    expect(Object.keys(json)).not.toContain('renamed');
  });
});

describe('backtest WAPE', () => {
  it('says under the table how it is computed — over every function on its own, the withheld ones too — in en and nl', async () => {
    const r = JSON.parse((await runSpp([...backtest, '-f', 'json'])).stdout);
    const withheld = r.other.functions as number;
    const all = r.functions.length + withheld;
    const en = await runSpp([...backtest, '--lang', 'en', '-f', 'table']);
    expect(en.stdout.replace(/\s+/g, ' ')).toContain(`Average error per function (WAPE): ${(r.wape_fte * 100).toFixed(1)}% in FTE, ${(r.wape_persons * 100).toFixed(1)}% in persons: the errors per function added up without their sign, divided by the actual workforce, over all ${all} functions, each of the ${withheld} withheld ones on its own; the table's rows can give a lower figure`);
    const nl = await runSpp([...backtest, '-f', 'md']);
    expect(nl.stdout).toContain(`: de afwijkingen per functie opgeteld zonder plus of min, gedeeld door de werkelijke bezetting, over alle ${all} functies, ook de ${withheld} afgeschermde elk apart;`);
    expect(nl.stdout).not.toContain('Σ');
    // The figure is that sum: over the table's rows it would be less or equal.
    const rows = [...r.functions, r.other];
    expect(rows.reduce((s: number, x: { error_fte: number }) => s + Math.abs(x.error_fte), 0) / r.totals.actual_fte).toBeLessThanOrEqual(r.wape_fte + 1e-3);
  });
});

describe('a function code of a snapshot that the functions file does not know', () => {
  it('is named with the line of its first row, in a plain headcount and in an AFAS export (the main appointment)', async () => {
    writeFileSync(join(dir, 'unknown-functions.csv'), 'function_id,name,family,task.administrative\nF1,Een,A,1\nF2,Twee,A,1\n');
    const old = csv('unknown-2025.csv', people(8, (k) => `E${k}`));
    const next = csv('unknown-2026.csv', [...people(5, (k) => `E${k}`), 'E6,F7,1,1980-05-06,permanent,', ...people(2, (k) => `E${k + 6}`)]);
    const plain = await runSpp(['calibrate', '--lang', 'en', old, next, '--functions', join(dir, 'unknown-functions.csv'), '-f', 'json']);
    expect(plain.exitCode, plain.stderr).toBe(0);
    expect(plain.stderr).toMatch(/unknown-2026\.csv:7\s+notice\s+function code 'F7' is not in the functions file: counted without a family; a typo, or a function new/);
    const afas = (name: string, rows: string[]): string => {
      writeFileSync(join(dir, name), `${['Medewerker;Functie_code;FTE;Begindatum_functie;Einddatum_functie;Geboortedatum', ...rows].join('\r\n')}\r\n`);
      return join(dir, name);
    };
    const staff = Array.from({ length: 8 }, (_, k) => `00${k};F1;1;2020-01-01;;1980-05-01`);
    // Person 003 has two appointments in 2026: the F7 one (0,8) is the main one, on line 6.
    const afasNew = afas('afas-unknown-2026.csv', [...staff.slice(0, 4), '003;F2;0,2;2020-01-01;;1980-05-01', '003;F7;0,8;2025-06-01;;1980-05-01', ...staff.slice(4)].filter((r) => !r.startsWith('003;F1')));
    const run = await runSpp(['calibrate', '--lang', 'nl', afas('afas-unknown-2025.csv', staff), afasNew, '--preset', 'afas', '--functions', join(dir, 'unknown-functions.csv'), '-f', 'json']);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/afas-unknown-2026\.csv:6\s+melding\s+functiecode 'F7' staat niet in het functiebestand/);
  });
});

describe('three invalid files', () => {
  it('are listed as "a, b en c", not "a en b en c"', async () => {
    writeFileSync(join(dir, 'bad-functions.csv'), 'function_id,name\nF1,Een\n');
    const old = csv('three-2025.csv', [...people(6, (k) => `E${k}`), 'E9,F1,2,1980-05-01,permanent,']);
    const next = csv('three-2026.csv', [...people(7, (k) => `E${k}`), 'E9,F1,2,1980-05-01,permanent,']);
    const run = await runSpp(['calibrate', old, next, '--functions', join(dir, 'bad-functions.csv')]);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(/spp: \S*bad-functions\.csv, \S*three-2025\.csv en \S*three-2026\.csv zijn ongeldig/);
  });
});

describe('function names beside the codes', () => {
  it('names the functions of the transitions in the table, the md, the yaml comments and the JSON, from the functions file', async () => {
    writeFileSync(join(dir, 'names-functions.csv'), 'function_id,name,family,task.administrative\nF1,Medewerker Burgerzaken,A,1\nF2,Klantcontactmedewerker,A,1\n');
    const old = csv('names-2025.csv', [...people(30, (k) => `E${k}`), ...people(10, (k) => `K${k}`, 'F2')]);
    const next = csv('names-2026.csv', [...people(27, (k) => `E${k}`), ...people(3, (k) => `E${k + 27}`, 'F2'), ...people(10, (k) => `K${k}`, 'F2')]);
    const args = ['calibrate', old, next, '--functions', join(dir, 'names-functions.csv')];
    const json = JSON.parse((await runSpp([...args, '-f', 'json'])).stdout);
    expect(json.transitions.map((t: { from: string; to: string; moved: number }) => [t.from, t.to, t.moved])).toEqual([['F1', 'F2', 3]]);
    expect(json.function_names).toEqual([
      { id: 'F1', name: 'Medewerker Burgerzaken' },
      { id: 'F2', name: 'Klantcontactmedewerker' },
    ]);
    expect((await runSpp([...args, '-f', 'yaml'])).stdout).toMatch(/F2: 0\.1 # Medewerker Burgerzaken → Klantcontactmedewerker; n=30, 3 moved/);
    expect((await runSpp([...args, '-f', 'md'])).stdout).toContain('| F1 Medewerker Burgerzaken | F2 Klantcontactmedewerker | 30 | 3 |');
    const table = await runSpp([...args, '-f', 'table', '--lang', 'en']);
    expect(table.stdout).toMatch(/F1 → F2 +30 +3/);
    expect(table.stdout.replace(/\s+/g, ' ')).toContain('Functions: F1 Medewerker Burgerzaken; F2 Klantcontactmedewerker.');
  });
});

describe('spp calibrate on a snapshot whose function column holds personnel numbers (its header swapped)', () => {
  it('names none of them (it said "functiecode \'E00001\' (en nog 84 andere codes) staat niet in het functiebestand")', async () => {
    const [header, ...rows] = readFileSync(NEW, 'utf8').trimEnd().split('\n');
    const [a, b, ...rest] = header!.split(',');
    const swapped = join(dir, 'swapped-2026.csv');
    writeFileSync(swapped, `${[[b, a, ...rest].join(','), ...rows].join('\n')}\n`);
    const r = await runSpp(['calibrate', OLD, swapped, '--functions', 'fixtures/example/functions.csv', '-f', 'json']);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/E\d{5}/);
    expect(r.stderr).toMatch(/swapped-2026\.csv:2 {2}melding {2}geen van de \d+ functiecodes op deze regel en daarna staat in het functiebestand, en elk staat op één regel, zoals personeelsnummers \(niet getoond\)/);
  });
});

describe('the years of backtest, as calibrate settles them', () => {
  const copy = (from: string, name: string): string => {
    const path = join(dir, name);
    writeFileSync(path, readFileSync(from));
    return path;
  };
  const oldNoYear = copy(OLD, 'bezetting-oud.csv');

  it('takes an older --headcount without a year as one year before --actual (it was read at the horizon start, 2026 → 2027)', async () => {
    const named = JSON.parse((await runSpp([...backtest, '-f', 'json', '-q'])).stdout);
    const run = await runSpp(['backtest', '--lang', 'en', '-s', 'scenarios/baseline.yaml', '--headcount', oldNoYear, '--actual', copy(NEW, 'bezetting-2026.csv'), '-f', 'json']);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/bezetting-oud\.csv\s+notice\s+no year in the file name and no --from: taken as 2025, one year from the other snapshot\s+\(CALIBRATE_YEAR_ASSUMED\)/);
    const r = JSON.parse(run.stdout);
    expect([r.from, r.to]).toEqual([2025, 2026]);
    expect([r.totals, r.wape_fte]).toEqual([named.totals, named.wape_fte]);
  });

  it('asks for --from when neither name says a year and --headcount is not the scenario\'s own', async () => {
    const run = await runSpp(['backtest', '--lang', 'en', '-s', 'scenarios/baseline.yaml', '--headcount', oldNoYear, '--actual', copy(NEW, 'bezetting-nieuw.csv'), '-f', 'json']);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/spp: cannot tell the year of \S*bezetting-oud\.csv: it is not the scenario's own headcount, so the scenario's start \(2026\) need not be its year, and neither file name has a year\. Give --from with the year of that export \(e\.g\. --from 2025\)/);
  });

  it('refuses an --actual older than the snapshot it projects from, with the backtest command to type', async () => {
    const run = await runSpp(['backtest', '--lang', 'en', '-s', 'scenarios/baseline.yaml', '--headcount', NEW, '--actual', OLD]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/this snapshot \(NEW, 1 January 2025, from its file name\) is older than OLD, fixtures\/example\/headcount\.csv \(1 January 2026, as the scenario's own headcount \(horizon\.start\)\): spp backtest takes the older export first \(--headcount, or the scenario's own\)\. Swapped\? Then run: spp backtest -s … --headcount fixtures\/example\/headcount-2025\.csv --actual fixtures\/example\/headcount\.csv/);
  });
});

describe('one AFAS export with the start and end dates of every row, read on two dates', () => {
  // 30 people in F1 from 2015; in 2025 five leave (end 2025-08-31) and six join (from 2025-09-01); two move to F2.
  const header = 'Medewerker;Functie_code;Functie_omschrijving;FTE;Uren_per_week;Begindatum_functie;Einddatum_functie;Geboortedatum;Type_contract';
  const rows = (withLeavers: boolean): string[] => [
    ...Array.from({ length: 23 }, (_, k) => `M${k};F1;Een;1;36;2015-01-01;;1980-05-01;Vast`),
    ...(withLeavers ? Array.from({ length: 5 }, (_, k) => `L${k};F1;Een;1;36;2015-01-01;2025-08-31;1980-05-01;Vast`) : []),
    ...Array.from({ length: 2 }, (_, k) => [`V${k};F1;Een;1;36;2015-01-01;2025-06-30;1980-05-01;Vast`, `V${k};F2;Twee;1;36;2025-07-01;;1980-05-01;Vast`]).flat(),
    ...Array.from({ length: 6 }, (_, k) => `J${k};F1;Een;1;36;2025-09-01;;1990-05-01;Vast`),
  ];
  const file = (name: string, withLeavers: boolean): string => {
    const path = join(dir, name);
    writeFileSync(path, `${[header, ...rows(withLeavers)].join('\n')}\n`);
    return path;
  };
  const functions = join(dir, 'afas-functions.csv');
  writeFileSync(functions, 'function_id,name,family,task.admin\nF1,Een,A,1\nF2,Twee,A,1\n');

  it('is measured, not refused as the same data twice: who was there on each date follows from the rows', async () => {
    const history = file('afas-historie.csv', true);
    const run = await runSpp(['calibrate', '--lang', 'en', history, history, '--from', '2025', '--to', '2026', '--preset', 'afas', '--functions', functions, '-f', 'json']);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/notice\s+one export read on two dates, 1 January 2025 and 1 January 2026.*\(CALIBRATE_ONE_EXPORT\)/);
    expect(JSON.parse(run.stdout)).toMatchObject({ old_persons: 30, new_persons: 31, linked: 25, left: 5, moved: 2, joiners: 6 });
  });

  it('warns when nobody of the first date is missing on the second: an export without former employees has no leavers', async () => {
    const current = file('afas-actief.csv', false);
    const run = await runSpp(['calibrate', '--lang', 'en', current, current, '--from', '2025', '--to', '2026', '--preset', 'afas', '--functions', functions, '-f', 'json']);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/warning\s+everyone there on 1 January 2025 is still there on 1 January 2026 in this export: does it hold the employees who left \(former employees\)\?.*\(CALIBRATE_ONE_EXPORT\)/);
  });

  it('is still refused when the two reads are the same (a plain headcount has no dates to tell them apart)', async () => {
    const run = await runSpp(['calibrate', '--lang', 'en', NEW, NEW, '--from', '2025', '--to', '2026', '-f', 'json']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/the old and the new snapshot are the same data/);
  });
});

describe('backtest with function codes in --actual that the functions file does not know', () => {
  // Every 50th person of the 2026 export under F099 (30 of them), three under F100.
  const lines = readFileSync(NEW, 'utf8').trimEnd().split('\n');
  let f100 = 0;
  const recoded = lines.map((line, i) => {
    if (i === 0) return line;
    const cells = line.split(',');
    if (i % 50 === 0) cells[1] = 'F099';
    else if (i % 97 === 0 && f100 < 3) (cells[1] = 'F100'), f100++;
    return cells.join(',');
  });
  const actual = join(dir, 'headcount-2026-nieuwe-codes.csv');
  writeFileSync(actual, `${recoded.join('\n')}\n`);

  it('compares them with a projection of 0, so the actual total still counts their people (it left them out: +1,8% for −1,3%)', async () => {
    const plain = JSON.parse((await runSpp([...backtest, '-f', 'json', '-q'])).stdout);
    const run = await runSpp(['backtest', '--lang', 'en', '-s', 'scenarios/baseline.yaml', '--headcount', OLD, '--actual', actual, '-f', 'json']);
    expect(run.exitCode, run.stderr).toBe(0);
    const r = JSON.parse(run.stdout);
    expect(r.totals.actual_fte).toBeCloseTo(plain.totals.actual_fte, 4);
    expect(r.totals.actual_persons).toBe(plain.totals.actual_persons);
    expect(r.totals.projected_fte).toBeCloseTo(plain.totals.projected_fte, 4);
    // F099 on its own (30 people, none projected: that tells nothing about anyone); F100's three among the withheld.
    expect(r.functions.find((f: { id: string }) => f.id === 'F099')).toMatchObject({ name: '', projected_fte: 0, projected_persons: 0 });
    expect(r.functions.find((f: { id: string }) => f.id === 'F099').actual_persons + r.functions.find((f: { id: string }) => f.id === 'F099').joiners_persons).toBe(30);
    expect(r.functions.some((f: { id: string }) => f.id === 'F100')).toBe(false);
    expect(r.wape_fte).toBeGreaterThan(plain.wape_fte);
    expect(r.notes.join(' ')).toContain('2 function codes of the actual snapshot are not in the functions file: compared with a projection of 0');
    expect(run.stderr).toMatch(/notice\s+function code 'F099' \(and 1 other code\) is not in the functions file, so the scenario cannot project it: compared with a projection of 0/);
    expect(run.stderr).not.toMatch(/before pasting rates/);
    const md = await runSpp(['backtest', '-s', 'scenarios/baseline.yaml', '--headcount', OLD, '--actual', actual, '-f', 'md', '-q']);
    expect(md.stdout).toMatch(/\| F099 \(niet in functiebestand\) \| 0,0 \|/);
    expect(md.stdout).toContain('* 2 functiecodes uit het werkelijke peilbestand staan niet in het functiebestand: vergeleken met een projectie van 0');
  });
});

describe('spp calibrate read by a works council', () => {
  it('says under the tables what "risicogroep", "kans" and "90%-interval" mean, and writes age bands as people do, not as the YAML key', async () => {
    const md = await runSpp([...calibrate, '-f', 'md', '-q']);
    expect(md.stdout).toContain('Risicogroep: wie aan het begin in dienst was en in de periode had kunnen vertrekken of overstappen — niet wie de AOW-leeftijd bereikte of van wie een tijdelijk contract afliep (in het YAML-blok: n).');
    expect(md.stdout).toContain('90%-interval: tussen deze grenzen ligt de werkelijke kans met 90% zekerheid, gegeven deze aantallen; hoe kleiner de groep, hoe breder.');
    expect(md.stdout).toContain('| alle | jonger dan 35 | 228 |');
    expect(md.stdout).toContain('| alle | 55 jaar of ouder | 517 |');
    expect(md.stdout).toContain('gekoppeld op hun gepseudonimiseerde personeelsnummer (employee\\_id)');
    const table = await runSpp([...calibrate, '-f', 'table', '-q']);
    expect(table.stdout).toMatch(/^alle +< 35 +228 +23 +10,1%/m);
    expect(table.stdout).toMatch(/^alle +≥ 55 +517 /m);
    expect(table.stdout.replace(/\s+/g, ' ')).toContain('Risicogroep: wie aan het begin in dienst was');
    const en = await runSpp([...calibrate, '-f', 'md', '-q', '--lang', 'en']);
    expect(en.stdout).toContain('At risk: who was employed at the start and could have left or moved in the period');
    expect(en.stdout).toContain('| all | aged 55 or over | 517 |');
    // The YAML block keeps the scenario's own syntax.
    expect(md.stdout).toContain('- { ages: ">=55", rate: 0.0464 }');
  });
});

describe('function codes whose leading zeros a spreadsheet dropped', () => {
  // 30 in 0110, 20 in 0120 of whom 4 move to 0110; NEW saved by a spreadsheet: 110 and 120.
  const old = csv('zeros-fn-2025.csv', [...people(30, (k) => `A${k}`, '0110'), ...people(20, (k) => `B${k}`, '0120')]);
  const next = csv('zeros-fn-2026.csv', [...people(30, (k) => `A${k}`, '110'), ...people(4, (k) => `B${k}`, '110'), ...people(20, (k) => `B${k}`, '120').slice(4)]);

  it("reads '110' as '0110', with one warning at the first row (they were twelve 'renamed' functions and a transition 0120 → 110 no scenario accepts)", async () => {
    const run = await runSpp(['calibrate', '--lang', 'en', old, next, '-f', 'json']);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/zeros-fn-2026\.csv:2\s+warning\s+function code '110' \(and 1 other code\) is '0110' without its leading zeros, as a spreadsheet saves a column of digits: read as '0110'\. Format the column as text before saving the export\s+\(CALIBRATE_FUNCTION_CODE_ZEROS\)/);
    const r = JSON.parse(run.stdout);
    expect(r.renamed_functions).toEqual([]);
    expect(r.transitions).toEqual([expect.objectContaining({ from: '0120', to: '0110', moved: 4 })]);
    expect((await runSpp(['calibrate', old, next, '-f', 'yaml', '-q'])).stdout).toContain('"0120":\n      "0110": 0.2');
  });

  // The recode said "'fin14' is 'FIN 14' without its leading zeros" of a code with no zeros at all: only
  // dropped zeros are read as the known code; case and punctuation make another function, as everywhere.
  it("reads no code in other case or punctuation as a known one ('F-110' stays itself)", async () => {
    const punct = csv('zeros-fn-punct-2026.csv', [...people(30, (k) => `A${k}`, 'F-110'), ...people(20, (k) => `B${k}`, '0120')]);
    const oldF = csv('zeros-fn-punct-2025.csv', [...people(30, (k) => `A${k}`, 'F110'), ...people(20, (k) => `B${k}`, '0120')]);
    const run = await runSpp(['calibrate', '--lang', 'en', oldF, punct, '-f', 'json']);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/CALIBRATE_FUNCTION_CODE_ZEROS/);
  });

  it('reads both snapshots against the functions file when one is given', async () => {
    const functions = join(dir, 'zeros-functions.csv');
    writeFileSync(functions, 'function_id,name,family,task.admin\n0110,Medewerker Burgerzaken,A,1\n0120,Klantcontactmedewerker,A,1\n');
    const oldSaved = csv('zeros-fn-both-2025.csv', [...people(30, (k) => `A${k}`, '110'), ...people(20, (k) => `B${k}`, '120')]);
    const run = await runSpp(['calibrate', '--lang', 'en', oldSaved, next, '--functions', functions, '-f', 'json']);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stderr.match(/CALIBRATE_FUNCTION_CODE_ZEROS/g)).toHaveLength(2);
    expect(run.stderr).not.toMatch(/CALIBRATE_UNKNOWN_FUNCTION/);
    expect(JSON.parse(run.stdout).transitions).toEqual([expect.objectContaining({ from: '0120', to: '0110' })]);
  });
});

describe('snapshots named by a date of 31 December', () => {
  it("are the state of 1 January of the next year, with a notice (taken as 2024 → 2025, the 40 retirees were 'leavers' and attrition over 55 came out 12,0% for 4,6%)", async () => {
    const copy = (from: string, name: string): string => {
      const path = join(dir, name);
      writeFileSync(path, readFileSync(from));
      return path;
    };
    const named = JSON.parse((await runSpp([...calibrate, '-f', 'json', '-q'])).stdout);
    const run = await runSpp(['calibrate', '--lang', 'en', copy(OLD, 'bezetting 31-12-2024.csv'), copy(NEW, 'bezetting 31-12-2025.csv'), '-s', 'scenarios/baseline.yaml', '-f', 'json']);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/bezetting 31-12-2024\.csv\s+notice\s+the file name says 31-12-2024: the state at the end of that day is the state of 1 January 2025, and it is measured as such\s+\(CALIBRATE_YEAR_END\)/);
    const r = JSON.parse(run.stdout);
    expect([r.from, r.to, r.retired, r.left]).toEqual([2025, 2026, 40, 89]);
    expect(r.attrition).toEqual(named.attrition);
  });
});

describe('the people against a snapshot\'s date', () => {
  it('say once, not per row, that many temporary contracts ended before it, and that more people past the AOW age stayed than retired', async () => {
    const path = join(dir, 'personeel-2028.csv');
    writeFileSync(path, readFileSync(NEW));
    const run = await runSpp(['calibrate', '--lang', 'en', OLD, path, '-f', 'json']);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/CSV_CONTRACT_ENDED/);
    expect(run.stderr).toMatch(/personeel-2028\.csv:\d+:\d+\s+warning\s+\d+ temporary contracts in this snapshot ended before its date \(1 January 2028, from its file name\), the first on this line: an export of that date holds the contracts running then, so it looks older\. Check the year in the file name; they are taken as ending in 2028\s+\(CALIBRATE_DATE_DOUBT\)/);
    expect(run.stderr).toMatch(/personeel-2028\.csv\s+warning\s+\d+ people who reach the AOW age before 1 January 2028 by their birth dates are still in this snapshot, as many as or more than the \d+ who retired: .*\(CALIBRATE_DATE_DOUBT\)/);
    // The real dates give neither.
    const right = await runSpp(['calibrate', '--lang', 'en', OLD, NEW, '-f', 'json']);
    expect(right.stderr).not.toMatch(/CALIBRATE_DATE_DOUBT|CSV_CONTRACT_ENDED/);
  });
});

describe('two snapshots of which no one links', () => {
  const old = csv('scheme-2025.csv', people(8, (k) => String(k).padStart(6, '0')));

  it('says so plainly and, from how the ids are written (none printed), that they look like another id scheme', async () => {
    const run = await runSpp(['calibrate', '--lang', 'en', old, csv('scheme-2026.csv', people(8, (k) => `M${5000 + k}`))]);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(
      /scheme-2026\.csv\s+error\s+no employee_id of this snapshot occurs in \S*scheme-2025\.csv, and they are written differently: there mostly 6 digits, here mostly a letter and 4 digits\. Another id scheme \(another HR system, or another number such as the dossier number\)\? Give both exports with the same id for the same person; if that cannot be, leave the employee_id column out of both and spp estimates from totals \(less exact\)\s+\(CALIBRATE_NO_LINKS\)/,
    );
    expect(run.stderr).toMatch(/spp: the snapshots cannot be linked: no one is found in both\n$/);
    expect(run.stderr).not.toMatch(/M500|00000/);
  });

  it('with ids written alike, that they may be pseudonymised with another key', async () => {
    const run = await runSpp(['calibrate', old, csv('scheme-key-2026.csv', people(8, (k) => String(900000 + k)))]);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain('geen enkel employee_id van dit peilbestand komt voor in');
    expect(run.stderr).toContain('al schrijven beide ze op dezelfde manier (meestal 6 cijfers): met een andere sleutel gepseudonimiseerd, of een ander nummer van dezelfde vorm (een dossiernummer voor het personeelsnummer)?');
  });
});

describe('the YAML block pasted over the scenario\'s own workforce: block', () => {
  /** baseline.yaml with its workforce: block replaced by `block`, its data paths made absolute. */
  function pasted(block: string, name: string): string {
    const baseline = readFileSync('scenarios/baseline.yaml', 'utf8').replaceAll('../fixtures/', `${join(process.cwd(), 'fixtures')}/`).replace(/\$schema=\.\.\//, `$schema=${process.cwd()}/`);
    const start = baseline.indexOf('\nworkforce:') + 1;
    const end = baseline.indexOf('\ndigitalisation:') + 1;
    const path = join(dir, name);
    writeFileSync(path, `${baseline.slice(0, start)}${block.slice(block.indexOf('\nworkforce:') + 1)}\n${baseline.slice(end)}`);
    return path;
  }

  it('keeps what calibrate does not measure — the AOW table, the full-time week, default_years — so the scenario validates and projects with the same AOW ages (it dropped 2033: 67.5)', async () => {
    for (const extra of [[], ['--triples']]) {
      const block = (await runSpp([...calibrate, '-f', 'yaml', '-q', ...extra])).stdout;
      expect(block).toContain('# The settings of baseline.yaml that are not measured are carried over (marked), so the block can replace its whole workforce block.');
      expect(block).toContain('  retirement_age: { 2024: 67, 2028: 67.25, 2033: 67.5 } # from baseline.yaml, not measured\n');
      expect(block).toContain('  fulltime_hours: 36 # from baseline.yaml, not measured\n');
      expect(block).toMatch(/ {2}temporary: \{ renewal_rate: [^}]+, default_years: 1 \} # 47 contracts ended, 28 renewed, 90%: 0\.4759–0\.7051; default_years from baseline\.yaml, not measured\n/);
      const scenario = pasted(block, `pasted${extra.length}.yaml`);
      const validate = await runSpp(['validate', scenario, '-q']);
      expect(validate.exitCode, validate.stderr).toBe(0);
      const project = await runSpp(['project', '-s', scenario, '-f', 'table', '-q']);
      expect(project.exitCode, project.stderr).toBe(0);
      // The scenario's own assumption for 2033 is still there: no fallback to the last known AOW age.
      expect(project.stdout).not.toMatch(/laatst bekende waarde/);
    }
  });

  it("carries the scenario's renewal rate when there were too few ended contracts to measure one", async () => {
    const old = csv('renew-2025.csv', people(30, (k) => `E${k}`));
    const run = await runSpp(['calibrate', old, csv('renew-2026.csv', people(28, (k) => `E${k}`)), '-s', 'scenarios/baseline.yaml', '-f', 'yaml', '-q']);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stdout).toContain('  temporary: { renewal_rate: 0.6, default_years: 1 } # from baseline.yaml, not measured (too few ended contracts to measure renewal)\n');
    // Without a scenario there is nothing to carry: the block holds what was measured only.
    const bare = await runSpp(['calibrate', old, csv('renew-bare-2026.csv', people(28, (k) => `E${k}`)), '-f', 'yaml', '-q']);
    expect(bare.stdout).not.toMatch(/^ +(retirement_age|fulltime_hours|temporary):/m);
  });
});

describe('a block whose transitions and attrition would add up to more than 1 for a function', () => {
  it('validates pasted into a scenario: the function gets an attrition rule of its own (it was refused, FLOW_NEGATIVE_STAY)', async () => {
    const old = csv('flow-2025.csv', [...people(60, (k) => `A${k}`), ...people(10, (k) => `B${k}`, 'F2'), ...people(20, (k) => `D${k}`, 'F3')]);
    const next = csv('flow-2026.csv', [...people(60, (k) => `A${k}`).slice(6), ...people(10, (k) => `B${k}`, 'F3'), ...people(20, (k) => `D${k}`, 'F3'), ...people(6, (k) => `C${k}`, 'F2')]);
    const functions = join(dir, 'flow-functions.csv');
    writeFileSync(functions, 'function_id,name,family,task.admin\nF1,Een,A,1\nF2,Twee,A,1\nF3,Drie,A,1\n');
    const run = await runSpp(['calibrate', old, next, '--functions', functions, '-f', 'yaml', '-q']);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stdout).toContain('- { function: F2, rate: 0 } # Twee; n=10, 0 left');
    const scenario = join(dir, 'flow-scenario.yaml');
    writeFileSync(scenario, `id: flow\ndata: { functions: ${functions}, headcount: ${next} }\nhorizon: { start: 2026, end: 2030 }\nprivacy: { min_group: 5 }\n${run.stdout.slice(run.stdout.indexOf('\nworkforce:') + 1)}`);
    const validate = await runSpp(['validate', scenario, '--lang', 'en']);
    expect(validate.stderr).not.toMatch(/FLOW_NEGATIVE_STAY/);
    expect(validate.exitCode, validate.stderr).toBe(0);
  });
});
