import { randomBytes } from 'node:crypto';
import { existsSync, lstatSync, realpathSync, rmSync, statSync, type Stats } from 'node:fs';
import { link, mkdir, rename, rm, rmdir, writeFile, open } from 'node:fs/promises';
import { dirname, basename, join, resolve } from 'node:path';
import { UserError } from '../diagnostics/diagnostic.js';
import type { Message } from '../diagnostics/message.js';
import { describeFsError, errnoOf } from './fs-errors.js';

/** Options of every writer: `force` allows replacing an existing regular file. */
export interface WriteOptions {
  force?: boolean;
}

/** Temp files being written right now; removed when the process is interrupted (see removePendingTempFiles). */
const pending = new Set<string>();

/** Removes every temp file still being written (called on SIGINT/SIGTERM/SIGHUP by the CLI). Synchronous. */
export function removePendingTempFiles(): void {
  for (const temp of pending) rmSync(temp, { force: true });
  pending.clear();
}

/** A temp path beside `target`, registered for clean-up until `release`d. */
function tempPathFor(target: string): { temp: string; release: () => void } {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  pending.add(temp);
  return { temp, release: () => pending.delete(temp) };
}

function kindOf(stats: Stats): Message {
  if (stats.isDirectory()) return { en: 'a folder', nl: 'een map' };
  if (stats.isFIFO()) return { en: 'a FIFO (named pipe)', nl: 'een FIFO (named pipe)' };
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return { en: 'a device', nl: 'een apparaat' };
  if (stats.isSocket()) return { en: 'a socket', nl: 'een socket' };
  return { en: 'not a regular file', nl: 'geen gewoon bestand' };
}

/** "refusing to overwrite x: it exists" — the same words wherever --force is missing. */
function existsWithoutForce(path: string): Message {
  return { en: `refusing to overwrite ${path}: it exists. Add --force to replace it`, nl: `${path} wordt niet overschreven: het bestaat al. Voeg --force toe om het te vervangen` };
}

/**
 * Checks that `path` may receive an output: a new path in a folder (missing folders are created), or —
 * with `force` — an existing regular file (a symbolic link to one is followed). Devices, FIFOs,
 * sockets, folders and links to descriptors (/dev/stdout) are refused, as is a path under a file.
 * Returns the path to write to (the link's target for a link).
 */
function checkOutputPath(path: string, options: WriteOptions = {}): string {
  const target = resolve(path);
  let stats: Stats;
  try {
    stats = lstatSync(target);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') {
      checkParent(path, dirname(target));
      return target;
    }
    throw new UserError(describeFsError('write', path, error), 2);
  }
  if (stats.isSymbolicLink()) {
    let followed: Stats;
    try {
      followed = statSync(target);
    } catch {
      throw new UserError({ en: `refusing to write ${path}: it is a symbolic link to a missing or unreadable target`, nl: `${path} wordt niet geschreven: het is een symbolische koppeling naar een doel dat ontbreekt of niet leesbaar is` }, 2);
    }
    if (!followed.isFile()) throw new UserError({ en: `refusing to write ${path}: it is a symbolic link to ${kindOf(followed).en}; --out takes a regular file (leave --out out to write to stdout)`, nl: `${path} wordt niet geschreven: het is een symbolische koppeling naar ${kindOf(followed).nl}; --out verwacht een gewoon bestand (laat --out weg om naar stdout te schrijven)` }, 2);
    if (!options.force) throw new UserError(existsWithoutForce(path), 2);
    return realpathSync(target);
  }
  if (!stats.isFile()) {
    throw new UserError({ en: `refusing to write ${path}: it is ${kindOf(stats).en}; --out takes a regular file (leave --out out to write to stdout)`, nl: `${path} wordt niet geschreven: het is ${kindOf(stats).nl}; --out verwacht een gewoon bestand (laat --out weg om naar stdout te schrijven)` }, 2);
  }
  if (!options.force) throw new UserError(existsWithoutForce(path), 2);
  return target;
}

/** The nearest existing ancestor of a new path must be a folder. */
function checkParent(path: string, dir: string): void {
  for (let d = dir; ; d = dirname(d)) {
    try {
      const stats = statSync(d);
      if (!stats.isDirectory()) throw new UserError({ en: `cannot write ${path}: ${d} is a file, not a folder`, nl: `kan ${path} niet schrijven: ${d} is een bestand, geen map` }, 2);
      return;
    } catch (error) {
      if (error instanceof UserError) throw error;
      if (errnoOf(error) !== 'ENOENT' || dirname(d) === d) throw new UserError(describeFsError('write', path, error), 2);
    }
  }
}

/**
 * Writes `data` to `path` atomically: a temp file beside it, then a rename. A reader never sees half
 * a file, an interruption leaves no temp file, and an existing file is only replaced with `force`
 * (without it the final step is a hard link, which fails rather than replace a file created meanwhile).
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  await writeFilesAtomic([{ path, fill: (temp) => writeFile(temp, data, { flag: 'wx' }) }], options);
}

/** One file of a set written together: where it goes, and what writes its temp file. */
export interface AtomicFile {
  path: string;
  fill: (temp: string) => Promise<void>;
}

/**
 * Writes several files as one (init's starter set, generate's two files): every temp file is written
 * first and only then is each moved into place. When anything fails — a full disk half-way, a missing
 * permission — the temp files, the files this call already put in place and the folders it created are
 * removed again, so the folder is left as it was; an existing file is replaced only with `force`, and
 * stays as it was when the failure came before the moves.
 */
export async function writeFilesAtomic(files: readonly AtomicFile[], options: WriteOptions = {}): Promise<void> {
  // Every path is checked before anything is written: a refusal leaves the folder as it was.
  const targets = files.map((file) => checkOutputPath(file.path, options));
  const temps: { temp: string; release: () => void }[] = [];
  const placed: string[] = [];
  const folders: { made: string; deepest: string }[] = [];
  let current = files[0]?.path ?? '';
  try {
    for (const [i, file] of files.entries()) {
      current = file.path;
      const target = targets[i]!;
      let made: string | undefined;
      try {
        made = await mkdir(dirname(target), { recursive: true });
      } catch (error) {
        throw new UserError(describeFsError('create the folder for', file.path, error), 2);
      }
      if (made !== undefined) folders.push({ made, deepest: dirname(target) });
      const temp = tempPathFor(target);
      temps.push(temp);
      await file.fill(temp.temp);
    }
    for (const [i, file] of files.entries()) {
      current = file.path;
      const isNew = !options.force || !existsSync(targets[i]!);
      await place(temps[i]!.temp, targets[i]!, options);
      if (isNew) placed.push(targets[i]!);
    }
  } catch (error) {
    for (const { temp } of temps) await rm(temp, { force: true });
    for (const target of placed) await rm(target, { force: true });
    for (const { made, deepest } of folders.reverse()) await removeFoldersMade(made, deepest);
    if (error instanceof UserError) throw error;
    if (errnoOf(error) === 'EEXIST') throw new UserError(existsWithoutForce(current), 2);
    throw new UserError(describeFsError('write', current, error), 2);
  } finally {
    for (const { release } of temps) release();
  }
}

/** Moves a written temp file to `target`: a rename with `force`, else a hard link that refuses an existing file. */
async function place(temp: string, target: string, options: WriteOptions): Promise<void> {
  if (options.force) {
    await rename(temp, target);
    return;
  }
  await link(temp, target).catch(async (error: unknown) => {
    // Some file systems (FAT, some network mounts) have no hard links: fall back to a checked rename.
    if (errnoOf(error) === 'EEXIST') throw error;
    await (await open(target, 'wx')).close();
    await rename(temp, target);
  });
  await rm(temp, { force: true });
}

/**
 * Removes the folders a failed write created: from `deepest` up to `made` (the first folder
 * `mkdir -p` created), each only while empty — a folder something else wrote into meanwhile stays.
 */
export async function removeFoldersMade(made: string, deepest: string): Promise<void> {
  for (let d = deepest; d.startsWith(made); d = dirname(d)) {
    try {
      await rmdir(d);
    } catch {
      return;
    }
    if (d === made) return;
  }
}

/** Refuses an output path that is one of the inputs (it would destroy the input). */
export function assertNotAnInput(out: string, inputs: readonly string[]): void {
  const canonical = (p: string): string => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  const target = canonical(out);
  for (const input of inputs) {
    if (canonical(input) === target) {
      throw new UserError({ en: `refusing to write the output to ${out}: it is one of the inputs`, nl: `de uitvoer wordt niet naar ${out} geschreven: dat is een van de invoerbestanden` }, 2);
    }
  }
}
