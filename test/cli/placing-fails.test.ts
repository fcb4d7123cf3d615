import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { moveError } from '../io/placing-faults.js';
import { runSpp } from './run-spp.js';

/**
 * #13 class 1: `init` and `generate` write their files as one. When moving the written files into place
 * fails on a later file (a permission, a full disk, a name taken meanwhile), the files placed before it
 * are removed and those --force replaced get their previous content back: the user is left with the
 * folder as it was, one line and exit 2 — never half a data set. The fault is injected at the file
 * system: moving a temp file onto the target named in `fault.name` fails with `fault.code`.
 */
const fault = vi.hoisted(() => ({ name: '', code: 'EACCES' }));

function placeFault(from: string, to: string, syscall: string): NodeJS.ErrnoException | undefined {
  return basename(to) === fault.name && from.endsWith('.tmp') ? moveError(fault.code, syscall, from, to) : undefined;
}

vi.mock('node:fs', async (importOriginal) => (await import('../io/placing-faults.js')).withFaultySyncMoves(await importOriginal(), placeFault));
vi.mock('node:fs/promises', async (importOriginal) => (await import('../io/placing-faults.js')).withFaultyMoves(await importOriginal(), placeFault));

const scratch = (): string => mkdtempSync(join(tmpdir(), 'spp-placing-'));

/** Every file under `dir` with its bytes and inode, to compare a folder before and after. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    out[path.slice(dir.length + 1)] = entry.isDirectory() ? 'folder' : `${statSync(path).ino}:${readFileSync(path, 'utf8')}`;
  }
  return out;
}

function expectOneLine(run: { exitCode: number; stderr: string; stdout: string }, line: string): void {
  expect(run.exitCode).toBe(2);
  expect(run.stderr).toBe(`${line}\n`);
  expect(run.stdout).toBe('');
}

describe('init: the last starter file fails to be placed', () => {
  it('into a new folder: the folder is gone again', async () => {
    fault.name = 'scenario.schema.json';
    fault.code = 'EACCES';
    const dir = join(scratch(), 'nieuw');
    const run = await runSpp(['init', dir]);
    expectOneLine(run, `spp: kan ${join(dir, 'scenario.schema.json')} niet schrijven: geen toegang (onvoldoende rechten)`);
    expect(readdirSync(join(dir, '..'))).toEqual([]);
  });

  it('--voorbeeld into an existing folder holding a folder of its own: only that folder is left', async () => {
    fault.name = 'scenario.schema.json';
    fault.code = 'ENOSPC';
    const dir = scratch();
    mkdirSync(join(dir, 'scenarios'));
    const before = snapshot(dir);
    const run = await runSpp(['init', '--voorbeeld', '--lang', 'en', dir]);
    expectOneLine(run, `spp: cannot write ${join(dir, 'scenario.schema.json')}: the disk is full`);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('generate: headcount.csv fails to be placed after functions.csv', () => {
  it('new files: neither is left, nor the folder', async () => {
    fault.name = 'headcount.csv';
    fault.code = 'EXDEV';
    const root = scratch();
    const run = await runSpp(['generate', '--lang', 'en', join(root, 'g'), '--persons', '50']);
    expectOneLine(run, `spp: cannot write ${join(root, 'g/headcount.csv')}: the temporary file and the target are on different file systems`);
    expect(readdirSync(root)).toEqual([]);
  });

  it('--force over an earlier data set: both files as they were, the very same files', async () => {
    fault.name = '';
    const dir = join(scratch(), 'g');
    expect((await runSpp(['generate', dir, '--persons', '40', '-q'])).exitCode).toBe(0);
    const before = snapshot(dir);
    fault.name = 'headcount.csv';
    fault.code = 'EACCES';
    const run = await runSpp(['generate', dir, '--persons', '60', '--seed', '7', '--force', '-q']);
    expectOneLine(run, `spp: kan ${join(dir, 'headcount.csv')} niet schrijven: geen toegang (onvoldoende rechten)`);
    expect(snapshot(dir)).toEqual(before);
  });
});
