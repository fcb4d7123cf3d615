import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runSpp } from './run-spp.js';

/** #13: an --out that names no file is refused with a message that says so, and nothing is written. */

describe('--out naming no file', () => {
  it('a name ending in a slash is a folder: refused (it wrote a file named results)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spp-out-slash-'));
    const r = await runSpp(['schema', '--lang', 'en', '--out', `${join(dir, 'results')}/`]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/refusing to write .*results\/: a name ending in a slash is a folder; --out takes a regular file/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a name ending in a slash after an existing file does not replace the file, with --force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spp-out-slash-'));
    writeFileSync(join(dir, 'notes.json'), 'mine');
    const r = await runSpp(['project', '-q', '--force', '-f', 'json', '--out', `${join(dir, 'notes.json')}/`]);
    expect(r.exitCode).toBe(2);
    expect(readFileSync(join(dir, 'notes.json'), 'utf8')).toBe('mine');
    expect(readdirSync(dir)).toEqual(['notes.json']);
  });

  it("an empty --out says it is empty (it said ' wordt niet geschreven: het is een map')", async () => {
    const r = await runSpp(['schema', '--out', '']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe('spp: --out is leeg: verwacht een bestandsnaam; --out verwacht een gewoon bestand (laat --out weg om naar stdout te schrijven)\n');
  });
});

describe('--out - (stdout)', () => {
  const example = join(repoRoot, 'fixtures/example');
  const baseline = join(repoRoot, 'scenarios/baseline.yaml');
  it.each([
    ['project', ['project', '-s', baseline]],
    ['organise', ['organise', '-s', baseline]],
    ['plan', ['plan', '-s', baseline]],
    ['calibrate', ['calibrate', join(example, 'headcount-2025.csv'), join(example, 'headcount.csv')]],
    ['backtest', ['backtest', '-s', baseline, '--headcount', join(example, 'headcount-2025.csv'), '--actual', join(example, 'headcount.csv')]],
  ])('%s writes to stdout and does not say it wrote a file named - (it said "spp: - geschreven")', async (_command, args) => {
    const r = await runSpp([...args, '-f', 'json', '--out', '-']);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toBeTypeOf('object');
    expect(r.stderr).not.toMatch(/geschreven/);
  });
});

describe('an empty folder argument (a script\'s unset variable: spp generate "$OUT")', () => {
  it.each([
    ['generate', ['generate', ''], 'spp: de map (DIR) is leeg: verwacht een map om in te schrijven, bijvoorbeeld spp generate data (of . voor de werkmap)\n'],
    ['init', ['init', ''], 'spp: de map (DIR) is leeg: verwacht een map om in te schrijven, of geen DIR voor de werkmap\n'],
  ])('%s refuses it (it wrote into the working folder)', async (_command, args, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'spp-empty-dir-'));
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const r = await runSpp(args);
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toBe(message);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      process.chdir(cwd);
    }
  });
});
