import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { closeSync, existsSync, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, repoRoot } from './run-spp.js';

/**
 * #13 classes 1 and 3: no writer damages data or leaves a temp file, every file-system failure a
 * user can cause is one human line with exit 2 — never exit 70, a raw errno or a stack trace.
 */

beforeAll(() => buildCli());

const bin = join(repoRoot, 'bin/spp.js');
const scratch = (): string => mkdtempSync(join(tmpdir(), 'spp-harden-'));

function spp(args: readonly string[], cwd: string, stdout: 'pipe' | number = 'pipe'): { status: number; stderr: string; stdout: string } {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', stdout, 'pipe'],
  });
  return { status: r.status ?? -1, stderr: r.stderr, stdout: r.stdout ?? '' };
}

function expectHumanError(r: { status: number; stderr: string }, pattern: RegExp): void {
  expect(r.status, r.stderr).toBe(2);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at |this is a bug|dit is een fout in spp|\bE[A-Z]{3,}\b/);
}

const tempFiles = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('--out and generate never overwrite or damage', () => {
  it('generate refuses existing files unless --force, and writes neither file when refusing', () => {
    const dir = scratch();
    expect(spp(['generate', 'g', '--persons', '20', '-q'], dir).status).toBe(0);
    writeFileSync(join(dir, 'g/headcount.csv'), 'mine');
    rmFile(join(dir, 'g/functions.csv'));
    expectHumanError(spp(['generate', '--lang', 'en', 'g', '--persons', '20', '-q'], dir), /refusing to overwrite g\/headcount\.csv: it exists\. Add --force/);
    expect(readFileSync(join(dir, 'g/headcount.csv'), 'utf8')).toBe('mine');
    expect(existsSync(join(dir, 'g/functions.csv'))).toBe(false);
    expect(spp(['generate', 'g', '--persons', '20', '-q', '--force'], dir).status).toBe(0);
    expect(readFileSync(join(dir, 'g/headcount.csv'), 'utf8')).not.toBe('mine');
  });

  it('--out refuses an existing file without --force and replaces it with --force', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'result.json'), 'keep me');
    expectHumanError(spp(['project', '--lang', 'en', '--example', '-q', '-f', 'json', '--out', 'result.json'], dir), /refusing to overwrite result\.json: it exists/);
    expect(readFileSync(join(dir, 'result.json'), 'utf8')).toBe('keep me');
    expect(spp(['project', '--example', '-q', '-f', 'json', '--out', 'result.json', '--force'], dir).status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'result.json'), 'utf8'))).toHaveProperty('schema', 'spp.result/1');
    expect(tempFiles(dir)).toEqual([]);
  });

  it('--out refuses a folder, a FIFO and a link to a device, leaving each as it was', () => {
    const dir = scratch();
    mkdirSync(join(dir, 'folder'));
    execFileSync('mkfifo', [join(dir, 'fifo')]);
    symlinkSync('/dev/null', join(dir, 'null-link'));
    expectHumanError(spp(['project', '--lang', 'en', '--example', '-q', '-f', 'json', '--out', 'folder'], dir), /refusing to write folder: it is a folder/);
    expectHumanError(spp(['project', '--lang', 'en', '--example', '-q', '-f', 'json', '--out', 'fifo', '--force'], dir), /it is a FIFO/);
    expectHumanError(spp(['schema', '--lang', 'en', '--out', 'null-link', '--force'], dir), /symbolic link to a device/);
    expect(lstatSync(join(dir, 'fifo')).isFIFO()).toBe(true);
    expect(lstatSync(join(dir, 'null-link')).isSymbolicLink()).toBe(true);
    expect(tempFiles(dir)).toEqual([]);
  });

  it('a path under a file is a message, not exit 70', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'plain'), '');
    expectHumanError(spp(['project', '--lang', 'en', '--example', '-q', '-f', 'json', '--out', 'plain/x.json'], dir), /cannot write plain\/x\.json: .*file, not a folder/);
    expectHumanError(spp(['init', '--lang', 'en', 'plain'], dir), /it is a file, not a folder/);
    expectHumanError(spp(['init', '--lang', 'en', 'plain/sub'], dir), /file, not a folder/);
    expectHumanError(spp(['generate', '--lang', 'en', 'plain', '--persons', '5'], dir), /file, not a folder/);
  });

  it('a full disk behind stdout is one line and exit 2', () => {
    if (!existsSync('/dev/full')) return;
    const fd = openSync('/dev/full', 'w');
    try {
      expectHumanError(spp(['project', '--lang', 'en', '--example', '-q', '-f', 'json'], scratch(), fd), /^spp: cannot write the result to stdout: the disk is full\n$/);
    } finally {
      closeSync(fd);
    }
  });

  it('a closed stdout keeps the exit code of a --fail-on that held, and every --fail-on applies', async () => {
    const child = spawn(process.execPath, [bin, 'project', '--example', '-q', '-f', 'json', '--fail-on', 'shortage>0', '--fail-on', 'surplus>0'], {
      cwd: scratch(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.stdout.once('data', () => child.stdout.destroy()); // like `| head -c 1`
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(1);
    expect(stderr).toMatch(/--fail-on shortage>0/);
    expect(stderr).toMatch(/--fail-on surplus>0/);
  });

  it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)('an interrupted generate (%s) leaves no temp file', async (signal) => {
    const dir = scratch();
    const child = spawn(process.execPath, [bin, 'generate', 'g', '--persons', '3000000', '-q'], { cwd: dir, stdio: 'ignore' });
    // Wait until the streamed headcount temp file exists, then interrupt.
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && !(existsSync(join(dir, 'g')) && tempFiles(join(dir, 'g')).length > 0)) {
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(tempFiles(join(dir, 'g')).length).toBe(1);
    child.kill(signal);
    const [, sig] = await new Promise<[number | null, string | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
    expect(sig).toBe(signal);
    expect(tempFiles(join(dir, 'g'))).toEqual([]);
    expect(existsSync(join(dir, 'g/headcount.csv'))).toBe(false);
  });
});

function rmFile(path: string): void {
  execFileSync('rm', ['-f', path]);
}
