import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runSpp } from './run-spp.js';

/**
 * Red-team case 18: messages that named an option the command does not have (generate's --out), an
 * internal value ('voorbeeld'), a wrong plural (1 Monte-Carlo-runs), advice already followed
 * (--encoding given), or no reason at all; and a --delimiter the readers cannot use, accepted.
 */

const dir = mkdtempSync(join(tmpdir(), 'spp-option-messages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('spp generate', () => {
  it('a folder where it writes a file: no --out in the advice (generate has none)', async () => {
    const target = join(dir, 'g6');
    mkdirSync(join(target, 'headcount.csv'), { recursive: true });
    const nl = await runSpp(['generate', target, '--force']);
    expect(nl.exitCode).toBe(2);
    expect(nl.stderr).toBe(`spp: ${join(target, 'headcount.csv')} wordt niet geschreven: het is een map; spp schrijft daar een gewoon bestand (haal het weg, of kies een andere map)\n`);
    const en = await runSpp(['generate', target, '--force', '--lang', 'en']);
    expect(en.stderr).toBe(`spp: refusing to write ${join(target, 'headcount.csv')}: it is a folder; spp writes a regular file there (move it away, or choose another folder)\n`);
  });

  it('too many functions or persons: the option and its documented limit, no internal value', async () => {
    const functions = await runSpp(['generate', join(dir, 'g2'), '--functions', '100000']);
    expect([functions.exitCode, functions.stderr]).toEqual([2, "spp: --functions '100000': verwacht een geheel getal van 1 tot en met 99.999\n"]);
    const persons = await runSpp(['generate', join(dir, 'g2'), '--persons', '50000001', '--lang', 'en']);
    expect([persons.exitCode, persons.stderr]).toEqual([2, "spp: --persons '50000001': expected a whole number from 1 to 50,000,000\n"]);
  });
});

describe('--out of a data command keeps its advice', () => {
  it('a folder as --out: leave --out out to write to stdout', async () => {
    const folder = join(dir, 'out-folder.json');
    mkdirSync(folder, { recursive: true });
    const run = await runSpp(['project', '--example', '--format', 'json', '--out', folder, '--force']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain(`spp: ${folder} wordt niet geschreven: het is een map; --out verwacht een gewoon bestand (laat --out weg om naar stdout te schrijven)\n`);
  });
});

describe('spp project --runs 1', () => {
  it('says one run, and that one run gives no range yet', async () => {
    const nl = await runSpp(['project', '--example', '--runs', '1', '--format', 'table']);
    expect(nl.exitCode).toBe(0);
    const unwrapped = (text: string): string => text.replace(/\n\s+/g, ' ');
    expect(unwrapped(nl.stdout)).toContain('Verschil P10 … P90: 1 Monte-Carlo-run (seed 1); met één run is er nog geen marge (P10 = P90), geef meer runs (--runs 1000).');
    expect(nl.stdout).not.toContain('Monte-Carlo-runs');
    const two = await runSpp(['project', '--example', '--runs', '2', '--format', 'table', '--lang', 'en']);
    expect(unwrapped(two.stdout)).toContain('80% of 2 Monte Carlo runs (seed 1) fall in this range.');
  });
});

describe('--delimiter', () => {
  it('refuses a delimiter spp cannot read, before reading a file (exit 2), in every command that has it', async () => {
    for (const args of [
      ['validate', 'fixtures/validate/clean'],
      ['project', '--example'],
      ['calibrate', 'fixtures/example/headcount-2025.csv', 'fixtures/example/headcount.csv'],
    ]) {
      const run = await runSpp([...args, '--delimiter', 'x']);
      expect([run.exitCode, run.stdout, run.stderr], args.join(' ')).toEqual([2, '', "spp: --delimiter 'x': verwacht ',', ';', '|' of tab\n"]);
    }
    const en = await runSpp(['validate', 'fixtures/validate/clean', '--delimiter', ';;', '--lang', 'en']);
    expect([en.exitCode, en.stderr]).toEqual([2, "spp: --delimiter ';;': expected ',', ';', '|' or tab\n"]);
  });

  it('takes , ; | and tab (as tab, \\t or the character)', async () => {
    // With a formation: a one-person function without one is reported (PRIVACY_NO_FORMATION).
    const csv = (sep: string): string => `function_id${sep}name${sep}formation_fte${sep}task.administrative\nF1${sep}Een${sep}1${sep}1\n`;
    const head = 'employee_id,function_id,fte,birth_year\nE1,F1,1,1980\n';
    writeFileSync(join(dir, 'hc.csv'), head);
    for (const [given, sep] of [[',', ','], [';', ';'], ['|', '|'], ['tab', '\t'], ['\\t', '\t'], ['\t', '\t']] as const) {
      writeFileSync(join(dir, 'f.csv'), csv(sep));
      writeFileSync(join(dir, 's.yaml'), 'id: d\ndata: { functions: f.csv, headcount: hc.csv }\nhorizon: { start: 2026, end: 2030 }\n');
      const run = await runSpp(['validate', join(dir, 's.yaml'), '--functions', join(dir, 'f.csv'), '--delimiter', given]);
      // The headcount is comma-separated: with another delimiter its header is one column, which is reported; the functions file is read.
      expect(run.stdout, JSON.stringify(given)).not.toContain('f.csv');
    }
  });
});

describe('--encoding utf-8 on a Windows-1252 file', () => {
  it('advises the value that fits, not the option already given', async () => {
    const functions = join(dir, 'cp1252.csv');
    writeFileSync(functions, Buffer.concat([Buffer.from('function_id,name,task.a\nF1,Co'), Buffer.from([0xf6]), Buffer.from('rdinator,1\n')]));
    writeFileSync(join(dir, 'hc.csv'), 'function_id,fte,birth_year\nF1,1,1980\n');
    writeFileSync(join(dir, 'enc.yaml'), 'id: enc\ndata: { functions: cp1252.csv, headcount: hc.csv }\nhorizon: { start: 2026, end: 2030 }\n');
    const forced = await runSpp(['validate', join(dir, 'enc.yaml'), '--encoding', 'utf-8']);
    expect(forced.stdout).toContain('gelezen als UTF-8 (--encoding utf-8), maar regel 2 is geen UTF-8');
    expect(forced.stdout).toContain('of geef --encoding windows-1252 als het Windows-1252 is  (CSV_INVALID_UTF8)');
    expect(forced.stdout).not.toContain('geef --encoding mee');
    // Detected: the whole file is Windows-1252 and is read as such, without a word.
    const detected = await runSpp(['validate', join(dir, 'enc.yaml')]);
    expect(detected.stdout).not.toContain('CSV_INVALID_UTF8');
  });
});
