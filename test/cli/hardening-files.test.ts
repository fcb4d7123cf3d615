import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
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
    // A device is not "a file" to the user who typed it.
    if (existsSync('/dev/null')) expectHumanError(spp(['init', '--lang', 'en', '/dev/null'], dir), /cannot write into \/dev\/null: it is a device or special file, not a folder/);
    expectHumanError(spp(['generate', '--lang', 'en', 'plain', '--persons', '5'], dir), /file, not a folder/);
  });

  it('a full disk behind stdout is one line and exit 2', () => {
    if (!existsSync('/dev/full')) return;
    const fd = openSync('/dev/full', 'w');
    try {
      expectHumanError(spp(['project', '--lang', 'en', '--example', '-q', '-f', 'json'], scratch(), fd), /^spp: cannot write the result to stdout: the disk is full\n$/);
      // Help and the version are written by commander, after which nothing reported the failure.
      expectHumanError(spp(['--help'], scratch(), fd), /^spp: kan het resultaat niet naar stdout schrijven: de schijf is vol\n$/);
      expectHumanError(spp(['--version', '--lang', 'en'], scratch(), fd), /^spp: cannot write the result to stdout: the disk is full\n$/);
      // A validation that found errors: still one line, and not exit 0.
      expectHumanError(spp(['validate', '--lang', 'en', 'fixtures/validate/broken'], repoRoot, fd), /^spp: cannot write the result to stdout: the disk is full\n$/);
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
    // 500,000 persons: generate draws them all once (about 1.5 s) before it streams the headcount, which
    // then takes some 4 s more, ample time to see its temp file and interrupt (3,000,000 drew for ~10 s).
    const child = spawn(process.execPath, [bin, 'generate', 'g', '--persons', '500000', '-q'], { cwd: dir, stdio: 'ignore' });
    // Wait until the streamed headcount temp file exists (beside the functions one, written first), then interrupt.
    const streaming = (): boolean => existsSync(join(dir, 'g')) && tempFiles(join(dir, 'g')).some((f) => f.startsWith('.headcount.csv.'));
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && !streaming()) {
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(tempFiles(join(dir, 'g')).length).toBe(2);
    child.kill(signal);
    const [, sig] = await new Promise<[number | null, string | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
    expect(sig).toBe(signal);
    expect(tempFiles(join(dir, 'g'))).toEqual([]);
    expect(existsSync(join(dir, 'g/headcount.csv'))).toBe(false);
    expect(existsSync(join(dir, 'g/functions.csv'))).toBe(false);
  });
});

/**
 * #13 class 3 for real: spp run as an unprivileged user (uid/gid 65534, via setpriv) on folders and
 * files it may not write or read. Needs root to switch users; elsewhere the errno-injecting tests
 * (test/cli/permission-denied.test.ts, test/io/write-file-atomic.test.ts) cover the same messages.
 */
const NOBODY = ['--reuid=65534', '--regid=65534', '--clear-groups'];
function whyNoUnprivilegedRun(): string | undefined {
  if (process.getuid?.() !== 0) return 'needs root to switch to uid 65534';
  if (spawnSync('setpriv', ['--version'], { stdio: 'ignore' }).status !== 0) return 'setpriv (util-linux) is missing';
  if (spawnSync('setpriv', [...NOBODY, 'test', '-r', join(repoRoot, 'package.json')], { stdio: 'ignore' }).status !== 0) return 'uid 65534 cannot read the checkout';
  return undefined;
}
const noUnprivilegedRun = whyNoUnprivilegedRun();

describe('as an unprivileged user (uid 65534)', () => {
  it.skipIf(noUnprivilegedRun !== undefined)(
    `read-only folders and unreadable files: one line naming the path, exit 2${noUnprivilegedRun ? ` — skipped: ${noUnprivilegedRun}` : ''}`,
    () => {
      const dir = scratch();
      chmodSync(dir, 0o755);
      mkdirSync(join(dir, 'ro'), { mode: 0o755 });
      writeFileSync(join(dir, 'secret.csv'), readFileSync(join(repoRoot, 'fixtures/example/headcount.csv')), { mode: 0o600 });
      writeFileSync(join(dir, 'zero.yaml'), 'id: zero\n');
      chmodSync(join(dir, 'zero.yaml'), 0o000);
      const asNobody = (args: readonly string[]): { status: number; stderr: string; stdout: string } => {
        const r = spawnSync('setpriv', [...NOBODY, process.execPath, bin, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
        return { status: r.status ?? -1, stderr: r.stderr, stdout: r.stdout };
      };
      const example = ['--example', '-q', '-f', 'csv'];
      expectHumanError(asNobody(['project', ...example, '--out', 'ro/p.csv']), /^spp: kan ro\/p\.csv niet schrijven: geen toegang \(onvoldoende rechten\)\n$/);
      expectHumanError(asNobody(['project', ...example, '--lang', 'en', '--out', 'ro/p.csv']), /^spp: cannot write ro\/p\.csv: permission denied\n$/);
      expectHumanError(asNobody(['project', '--example', '-q', '--lang', 'en', '-f', 'xlsx', '--out', 'ro/sub/p.xlsx']), /^spp: cannot create the folder for ro\/sub\/p\.xlsx: permission denied\n$/);
      expectHumanError(asNobody(['init', '--lang', 'en', 'ro/x']), /^spp: cannot create the folder .*ro\/x: permission denied\n$/);
      expectHumanError(asNobody(['init', '--lang', 'en', 'ro']), /^spp: cannot write .*ro\/[\w.]+: permission denied\n$/);
      expectHumanError(asNobody(['generate', '--lang', 'en', 'ro', '--persons', '5']), /^spp: cannot write ro\/functions\.csv: permission denied\n$/);
      expectHumanError(asNobody(['project', '-q', '-f', 'csv', '--lang', 'en', '-s', join(repoRoot, 'scenarios/baseline.yaml'), '--headcount', 'secret.csv']), /^spp: cannot read .*secret\.csv: permission denied\n$/);
      const validate = asNobody(['validate', '--lang', 'en', 'zero.yaml']);
      expect(validate.status).toBe(2);
      expect(validate.stdout).toMatch(/^zero\.yaml +error +cannot read the scenario file: permission denied +\(SCENARIO_NOT_FOUND\)\n/);
      expectHumanError(asNobody(['project', '-q', '--lang', 'en', '-s', 'zero.yaml']), /^spp: zero\.yaml: cannot read the scenario file: permission denied\n$/);
      // A scenario behind a folder nobody may enter exists: no "not found".
      mkdirSync(join(dir, 'locked'), { mode: 0o700 });
      writeFileSync(join(dir, 'locked/s.yaml'), 'id: s\n');
      expectHumanError(asNobody(['validate', '--lang', 'en', 'locked/s.yaml']), /^spp: cannot read locked\/s\.yaml: permission denied\n$/);
      expectHumanError(asNobody(['validate', 'locked']), /^spp: kan locked niet lezen: geen toegang \(onvoldoende rechten\)\n$/);
      expect(readdirSync(join(dir, 'ro'))).toEqual([]);
    },
  );

  it.skipIf(noUnprivilegedRun !== undefined)(
    `generate --force whose second file may not be replaced leaves the first as it was${noUnprivilegedRun ? ` — skipped: ${noUnprivilegedRun}` : ''}`,
    () => {
      // A shared folder with the sticky bit (like /tmp): anyone may add files, but only replace their own.
      const dir = scratch();
      chmodSync(dir, 0o755);
      expect(spp(['generate', 'g', '--persons', '20', '-q'], dir).status).toBe(0);
      chmodSync(join(dir, 'g'), 0o1777);
      execFileSync('chown', ['65534:65534', join(dir, 'g/functions.csv')]);
      const before = ['functions.csv', 'headcount.csv'].map((f) => [lstatSync(join(dir, 'g', f)).ino, readFileSync(join(dir, 'g', f), 'utf8')]);
      const r = spawnSync('setpriv', [...NOBODY, process.execPath, bin, 'generate', 'g', '--persons', '30', '--seed', '7', '--force', '--lang', 'en'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expectHumanError({ status: r.status ?? -1, stderr: r.stderr }, /^spp: cannot write g\/headcount\.csv: the operation is not permitted\n$/);
      expect(readdirSync(join(dir, 'g')).sort()).toEqual(['functions.csv', 'headcount.csv']);
      expect(['functions.csv', 'headcount.csv'].map((f) => [lstatSync(join(dir, 'g', f)).ino, readFileSync(join(dir, 'g', f), 'utf8')])).toEqual(before);
    },
  );
});

function rmFile(path: string): void {
  execFileSync('rm', ['-f', path]);
}
