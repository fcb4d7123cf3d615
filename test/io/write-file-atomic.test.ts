import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { UserError } from '../../src/diagnostics/diagnostic.js';
import { writeFileAtomic, writeFilesAtomic } from '../../src/io/write-file-atomic.js';
import { FS_ERRNO_CASES } from './fs-errno-cases.js';

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
  return { ...fs, default: { ...fs, writeFile }, writeFile };
});

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
