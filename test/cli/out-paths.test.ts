import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSpp } from './run-spp.js';

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
