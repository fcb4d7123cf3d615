import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { UserError } from '../../src/diagnostics/diagnostic.js';
import { writeFileAtomic, writeFilesAtomic } from '../../src/io/write-file-atomic.js';
import { FS_ERRNO_CASES } from './fs-errno-cases.js';
import { moveError } from './placing-faults.js';

/**
 * #13 classes 1 and 3: a file-system failure while writing (a full disk, a quota, a read-only disk,
 * missing permissions, an I/O error) is one human sentence and exit 2, and leaves no temp file, no
 * partial target, no folder the write created, and an existing target as it was. The errno is injected:
 * a write whose path holds `errno-ENOSPC` (any code) writes a few bytes and then fails as the kernel would.
 */
function injected(path: unknown): string | undefined {
  return /errno-([A-Z]+)/.exec(String(path))?.[1];
}

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const writeFile = (async (path: string, data: string | Uint8Array, options?: object) => {
    const code = injected(path);
    if (code === undefined) return fs.writeFile(path, data, options);
    // Like a disk that fills up half-way: part of the data reaches the temp file first.
    await fs.writeFile(path, typeof data === 'string' ? data.slice(0, 3) : data.subarray(0, 3), options);
    throw Object.assign(new Error(`${code}: failed, write '${path}'`), { code, syscall: 'write', path });
  }) as typeof fs.writeFile;
  const moves = (await import('./placing-faults.js')).withFaultyMoves(fs, placeFault);
  return { ...moves, default: { ...moves.default, writeFile }, writeFile };
});
vi.mock('node:fs', async (importOriginal) => (await import('./placing-faults.js')).withFaultySyncMoves(await importOriginal(), placeFault));

/**
 * Faults while the written temp files are moved into place (the syscalls themselves are real):
 * - a link or rename of a temp file onto a target named `place-EACCES…` (any code) fails with that code;
 * - in a folder named `nolink…` no hard link can be made (EPERM, as on FAT), so the fallbacks run;
 * - putting back a previous content onto a target named `restore-EIO…` fails with that code.
 */
function placeFault(from: string, to: string, syscall: string): NodeJS.ErrnoException | undefined {
  const fail = (code: string): NodeJS.ErrnoException => moveError(code, syscall, from, to);
  if (syscall === 'link' && from.includes('/nolink')) return fail('EPERM');
  const place = /^place-([A-Z]+)/.exec(basename(to))?.[1];
  if (place !== undefined && from.endsWith('.tmp')) return fail(place);
  const restore = /^restore-([A-Z]+)/.exec(basename(to))?.[1];
  if (restore !== undefined && from.endsWith('.previous')) return fail(restore);
  return undefined;
}

const scratch = (): string => mkdtempSync(join(tmpdir(), 'spp-atomic-'));

async function failure(write: Promise<void>): Promise<UserError> {
  const error = await write.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('writeFileAtomic on a failing disk', () => {
  it.each(FS_ERRNO_CASES)('%s: one sentence naming the file, exit 2, nothing left behind', async (code, en, nl) => {
    const dir = join(scratch(), `errno-${code}`);
    const target = join(dir, 'report.html');
    const error = await failure(writeFileAtomic(target, '<p>rapport</p>'));
    expect(error.exitCode).toBe(2);
    expect(error.text).toEqual({ en: `cannot write ${target}: ${en}`, nl: `kan ${target} niet schrijven: ${nl}` });
    // The folder the write created is gone again, with the temp file in it.
    expect(existsSync(dir)).toBe(false);
  });

  it('a full disk leaves an existing target replaced with --force exactly as it was', async () => {
    const dir = join(scratch(), 'errno-ENOSPC');
    mkdirSync(dir);
    const target = join(dir, 'result.json');
    writeFileSync(target, '{"previous":true}\n');
    const error = await failure(writeFileAtomic(target, '{"new":true}\n', { force: true }));
    expect(error.text.nl).toBe(`kan ${target} niet schrijven: de schijf is vol`);
    expect(readFileSync(target, 'utf8')).toBe('{"previous":true}\n');
    expect(readdirSync(dir)).toEqual(['result.json']);
  });
});

describe('writeFilesAtomic: several files as one', () => {
  it('when the second file fails, the first is not left behind, nor the folders made for them', async () => {
    const root = scratch();
    const first = join(root, 'init/data/functions.csv');
    const second = join(root, 'init/errno-ENOSPC/headcount.csv');
    const error = await failure(
      writeFilesAtomic([
        { path: first, fill: (temp) => Promise.resolve(writeFileSync(temp, 'function_id\n', { flag: 'wx' })) },
        { path: second, fill: async (temp) => (await import('node:fs/promises')).writeFile(temp, 'count\n', { flag: 'wx' }) },
      ]),
    );
    expect(error.text.en).toBe(`cannot write ${second}: the disk is full`);
    expect(readdirSync(root)).toEqual([]);
  });

  it('refuses an existing file before writing any of the set', async () => {
    const root = scratch();
    writeFileSync(join(root, 'b.csv'), 'mine');
    let filled = 0;
    const fill = (temp: string): Promise<void> => Promise.resolve(writeFileSync(temp, String(++filled)));
    const error = await failure(writeFilesAtomic([{ path: join(root, 'a.csv'), fill }, { path: join(root, 'b.csv'), fill }]));
    expect(error.text.en).toMatch(/refusing to overwrite .*b\.csv: it exists\. Add --force/);
    expect(filled).toBe(0);
    expect(readdirSync(root)).toEqual(['b.csv']);
  });

  it('a file that appears while the set is written is refused with the advice of a command without --force (spp init)', async () => {
    const root = scratch();
    const late = join(root, 'b.csv');
    const whenExists = { en: 'Choose an empty folder: spp init DIR', nl: 'Kies een lege map: spp init MAP' };
    const fill = (temp: string): Promise<void> => {
      writeFileSync(temp, 'new');
      // Another program writes b.csv after spp checked the paths.
      if (!existsSync(late)) writeFileSync(late, 'theirs');
      return Promise.resolve();
    };
    const error = await failure(writeFilesAtomic([{ path: join(root, 'a.csv'), fill }, { path: late, fill }], { whenExists }));
    expect(error.text.en).toBe(`refusing to overwrite ${late}: it exists. Choose an empty folder: spp init DIR`);
    expect(error.text.nl).toBe(`${late} wordt niet overschreven: het bestaat al. Kies een lege map: spp init MAP`);
    expect(error.text.nl).not.toContain('--force');
    // Nothing of the set is left, and theirs is untouched.
    expect(readdirSync(root)).toEqual(['b.csv']);
    expect(readFileSync(late, 'utf8')).toBe('theirs');
  });

  it('writes every file when nothing fails', async () => {
    const root = scratch();
    await writeFilesAtomic([
      { path: join(root, 'x/a.csv'), fill: (temp) => Promise.resolve(writeFileSync(temp, 'a')) },
      { path: join(root, 'b.csv'), fill: (temp) => Promise.resolve(writeFileSync(temp, 'b')) },
    ]);
    expect(readFileSync(join(root, 'x/a.csv'), 'utf8')).toBe('a');
    expect(readFileSync(join(root, 'b.csv'), 'utf8')).toBe('b');
    expect(readdirSync(root).sort()).toEqual(['b.csv', 'x']);
  });
});

describe('writeFilesAtomic: all or nothing when moving into place fails', () => {
  const names = ['functions.csv', 'headcount.csv', 'place-EACCES.csv'];
  const write = (dir: string, options: { force?: boolean } = {}): Promise<void> =>
    writeFilesAtomic(
      names.map((name) => ({ path: join(dir, name), fill: (temp) => Promise.resolve(writeFileSync(temp, `new ${name}\n`, { flag: 'wx' })) })),
      options,
    );

  // `nolink`: a file system without hard links, where new files are placed by claiming the name and
  // renaming onto it, and a replaced file is renamed aside instead of linked.
  describe.each(['links', 'nolink'])('%s', (kind) => {
    it('the third file fails: the two placed before it are removed, with every temp file and the folder made', async () => {
      const root = scratch();
      const dir = join(root, kind, 'set');
      const error = await failure(write(dir));
      expect(error.exitCode).toBe(2);
      expect(error.text).toEqual({ en: `cannot write ${join(dir, 'place-EACCES.csv')}: permission denied`, nl: `kan ${join(dir, 'place-EACCES.csv')} niet schrijven: geen toegang (onvoldoende rechten)` });
      expect(readdirSync(root)).toEqual([]);
    });

    it('with --force, the files replaced before the failure get their previous content back', async () => {
      const dir = join(scratch(), kind);
      mkdirSync(dir);
      for (const name of names) writeFileSync(join(dir, name), `previous ${name}\n`);
      const inodes = names.map((name) => statSync(join(dir, name)).ino);
      const error = await failure(write(dir, { force: true }));
      expect(error.text.en).toBe(`cannot write ${join(dir, 'place-EACCES.csv')}: permission denied`);
      expect(readdirSync(dir).sort()).toEqual([...names].sort());
      for (const name of names) expect(readFileSync(join(dir, name), 'utf8')).toBe(`previous ${name}\n`);
      // The very files, not copies: owner, mode and hard links stay as they were.
      expect(names.map((name) => statSync(join(dir, name)).ino)).toEqual(inodes);
    });

    it('with --force, a new file placed beside replaced ones is removed again', async () => {
      const dir = join(scratch(), kind);
      mkdirSync(dir);
      writeFileSync(join(dir, 'functions.csv'), 'previous\n');
      writeFileSync(join(dir, 'place-EACCES.csv'), 'previous\n');
      await failure(write(dir, { force: true }));
      expect(readdirSync(dir).sort()).toEqual(['functions.csv', 'place-EACCES.csv']);
      expect(readFileSync(join(dir, 'functions.csv'), 'utf8')).toBe('previous\n');
    });

    it('when nothing fails, the previous contents kept meanwhile are gone', async () => {
      const dir = join(scratch(), kind);
      mkdirSync(dir);
      writeFileSync(join(dir, 'a.csv'), 'previous\n');
      await writeFilesAtomic(
        ['a.csv', 'b.csv'].map((name) => ({ path: join(dir, name), fill: (temp) => Promise.resolve(writeFileSync(temp, 'new\n')) })),
        { force: true },
      );
      expect(readdirSync(dir).sort()).toEqual(['a.csv', 'b.csv']);
      expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe('new\n');
    });
  });

  it.each([
    ['ENOSPC', 'the disk is full'],
    ['EXDEV', 'the temporary file and the target are on different file systems'],
    ['EIO', 'an input/output error occurred'],
  ])('%s on the last file: one sentence naming it, nothing of the run left', async (code, reason) => {
    const dir = scratch();
    const last = join(dir, `place-${code}.csv`);
    const error = await failure(
      writeFilesAtomic([join(dir, 'a.csv'), join(dir, 'b.csv'), last].map((path) => ({ path, fill: (temp) => Promise.resolve(writeFileSync(temp, 'x')) }))),
    );
    expect(error.text.en).toBe(`cannot write ${last}: ${reason}`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a previous content that cannot be put back stays beside it, and the message says where', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'restore-EIO.csv'), 'previous\n');
    writeFileSync(join(dir, 'place-EACCES.csv'), 'other\n');
    const error = await failure(
      writeFilesAtomic(
        ['restore-EIO.csv', 'place-EACCES.csv'].map((name) => ({ path: join(dir, name), fill: (temp) => Promise.resolve(writeFileSync(temp, 'new\n')) })),
        { force: true },
      ),
    );
    const kept = readdirSync(dir).find((f) => f.endsWith('.previous'));
    expect(kept).toMatch(/^\.restore-EIO\.csv\.[0-9a-f]{12}\.previous$/);
    expect(readFileSync(join(dir, kept!), 'utf8')).toBe('previous\n');
    expect(error.text.en).toBe(`cannot write ${join(dir, 'place-EACCES.csv')}: permission denied; the previous content could not be put back and is kept beside it: ${join(dir, 'restore-EIO.csv')} → ${join(dir, kept!)}`);
    expect(readFileSync(join(dir, 'place-EACCES.csv'), 'utf8')).toBe('other\n');
  });

  it('for real: a folder that took the third name while the files were written (no fault injected)', async () => {
    for (const force of [false, true]) {
      const dir = scratch();
      writeFileSync(join(dir, 'functions.csv'), 'previous\n');
      const third = join(dir, 'taken');
      const files = [join(dir, 'functions.csv'), join(dir, 'headcount.csv'), third].map((path, i) => ({
        path,
        fill: (temp: string) => {
          writeFileSync(temp, 'new\n');
          // Another program makes a folder of that name after spp checked the paths.
          if (i === 2) mkdirSync(third);
          return Promise.resolve();
        },
      }));
      writeFileSync(join(dir, 'functions.csv'), 'previous\n');
      const error = await failure(writeFilesAtomic(force ? files : files.slice(1), { force }));
      expect(error.text.en).toBe(force ? `cannot write ${third}: it is a folder, not a file` : `refusing to overwrite ${third}: it exists. Add --force to replace it`);
      expect(readdirSync(dir).sort()).toEqual(['functions.csv', 'taken']);
      expect(readFileSync(join(dir, 'functions.csv'), 'utf8')).toBe('previous\n');
      expect(readdirSync(third)).toEqual([]);
    }
  });
});
