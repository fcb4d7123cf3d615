import { mkdirSync, mkdtempSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runSpp } from './run-spp.js';
import { FS_ERRNO_CASES } from '../io/fs-errno-cases.js';
import { displayPath } from '../../src/diagnostics/format-diagnostics.js';

/**
 * #13 class 3: missing permissions are a human message with exit 2, never exit 70 or a raw errno.
 * The tests run as root in CI, where chmod 000 does not stop a read, so EACCES is simulated at the
 * file-system boundary: every open, read or write of a path containing "denied" fails as it does
 * for a user without the permission.
 */
function denied(path: unknown): boolean {
  return String(path).includes('denied') || /errno-[A-Z]+/.test(String(path));
}
/** EACCES for a path with "denied"; the code named in a path with "errno-EIO" (any code) otherwise. */
function eacces(path: unknown, syscall: string): NodeJS.ErrnoException {
  const code = /errno-([A-Z]+)/.exec(String(path))?.[1] ?? 'EACCES';
  return Object.assign(new Error(`${code}: failed, ${syscall} '${String(path)}'`), { code, syscall, path: String(path) });
}

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const guard =
    <A extends unknown[], R>(syscall: string, f: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> =>
      denied(args[0]) ? Promise.reject(eacces(args[0], syscall)) : f(...args);
  return { ...fs, default: fs, open: guard('open', fs.open), readFile: guard('open', fs.readFile), writeFile: guard('open', fs.writeFile), link: guard('link', fs.link), rename: guard('rename', fs.rename) };
});
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((path: Parameters<typeof fs.readFileSync>[0], ...rest: unknown[]) => {
    if (denied(path)) throw eacces(path, 'open');
    return (fs.readFileSync as (...a: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readFileSync;
  const createReadStream = ((path: Parameters<typeof fs.createReadStream>[0], options?: Parameters<typeof fs.createReadStream>[1]) => {
    if (denied(path)) throw eacces(path, 'open');
    return fs.createReadStream(path, options);
  }) as typeof fs.createReadStream;
  return { ...fs, default: { ...fs, readFileSync, createReadStream }, readFileSync, createReadStream };
});

const dir = mkdtempSync(join(tmpdir(), 'spp-eacces-'));
const example = resolve('fixtures/example');

describe('permission denied', () => {
  it('on a data file: one line naming the file, exit 2', async () => {
    const functions = join(dir, 'denied-functions.csv');
    writeFileSync(functions, 'function_id,name,task.a\nF1,Een,1\n');
    const run = await runSpp(['project', '--lang', 'en', '-s', 'scenarios/baseline.yaml', '--functions', functions, '--format', 'csv']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/denied-functions\.csv.*permission denied/);
    expect(run.stderr).not.toMatch(/EACCES|errno|this is a bug|dit is een fout in spp|\n\s+at /);
  });

  it('on a scenario file: a message without the raw errno', async () => {
    const scenario = join(dir, 'denied.yaml');
    writeFileSync(scenario, `id: x\ndata: { functions: ${example}/functions.csv, headcount: ${example}/headcount.csv }\nhorizon: { start: 2026, end: 2030 }\n`);
    for (const args of [['validate', '--lang', 'en', scenario], ['project', '--lang', 'en', '-s', scenario]]) {
      const run = await runSpp(args);
      const said = run.stdout + run.stderr;
      // validate lists it with the other problems, and exits 2 like for a missing path.
      expect(run.exitCode).toBe(2);
      expect(said).toMatch(/denied\.yaml.*cannot read the scenario file: permission denied/);
      expect(said).not.toMatch(/EACCES|this is a bug|dit is een fout in spp|\n\s+at /);
    }
  });

  it('on the file a scenario extends: located at its extends line, like a missing one', async () => {
    writeFileSync(join(dir, 'denied-parent.yaml'), 'id: parent\n');
    const child = join(dir, 'child.yaml');
    writeFileSync(child, 'id: child\nextends: denied-parent.yaml\n');
    const run = await runSpp(['validate', '--lang', 'en', child]);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/child\.yaml:2:10 +error +extends: cannot read denied-parent\.yaml: permission denied \(looked for .*\) +\(SCENARIO_EXTENDS_MISSING\)/);
    expect(run.stdout).not.toMatch(/SCENARIO_NOT_FOUND|EACCES/);
  });

  it('on the folder of --out: one line, exit 2, nothing left behind', async () => {
    const out = join(dir, 'denied-out');
    mkdirSync(out);
    const run = await runSpp(['project', '--lang', 'en', '--example', '--format', 'csv', '--out', join(out, 'p.csv')]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/cannot write .*denied-out.*: permission denied/);
    expect(run.stderr).not.toMatch(/EACCES|this is a bug|dit is een fout in spp|\n\s+at /);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it.each(FS_ERRNO_CASES)('%s on --out and on a data file: one line in Dutch (default) or English, exit 2', async (code, en, nl) => {
    const folder = join(dir, `errno-${code}`);
    mkdirSync(folder, { recursive: true });
    const out = join(folder, 'p.csv');
    const write = await runSpp(['project', '-q', '--example', '--format', 'csv', '--out', out]);
    expect(write.exitCode).toBe(2);
    // The path as spp shows it: relative to the working folder when that is shorter (a checkout under /tmp).
    expect(write.stderr).toBe(`spp: kan ${displayPath(out)} niet schrijven: ${nl}\n`);
    const functions = join(folder, 'functions.csv');
    writeFileSync(functions, 'function_id,name,task.a\nF1,Een,1\n');
    const read = await runSpp(['project', '-q', '--lang', 'en', '-s', 'scenarios/baseline.yaml', '--functions', functions, '--format', 'csv']);
    expect(read.exitCode).toBe(2);
    expect(read.stderr).toBe(`spp: cannot read ${displayPath(functions)}: ${en}\n`);
    expect(readdirSync(folder)).toEqual(['functions.csv']);
  });
});
