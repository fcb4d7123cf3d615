import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, linkSync, lstatSync, openSync, realpathSync, renameSync, rmSync, statSync, type Stats } from 'node:fs';
import { mkdir, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, basename, join, resolve, sep } from 'node:path';
import { UserError } from '../diagnostics/diagnostic.js';
import { displayPath } from '../diagnostics/format-diagnostics.js';
import type { Message } from '../diagnostics/message.js';
import { describeFsError, errnoOf } from './fs-errors.js';
import { holdTemp } from './interrupt-cleanup.js';

/** Options of every writer: `force` allows replacing an existing regular file. */
export interface WriteOptions {
  force?: boolean;
  /** What to do about a target that exists, for a command without --force (default: add --force). */
  whenExists?: Message;
}

/**
 * What a refusal advises: writeFileAtomic writes the file `--out` names (leave --out out to write to
 * stdout); writeFilesAtomic writes a command's own set of files (init, generate), which has no --out.
 */
type Advice = 'out' | 'set';

function regularFileAdvice(advice: Advice): Message {
  return advice === 'out'
    ? { en: '--out takes a regular file (leave --out out to write to stdout)', nl: '--out verwacht een gewoon bestand (laat --out weg om naar stdout te schrijven)' }
    : { en: 'spp writes a regular file there (move it away, or choose another folder)', nl: 'spp schrijft daar een gewoon bestand (haal het weg, of kies een andere map)' };
}

/** A temp path beside `target`, removed if spp is interrupted until `release`d (io/interrupt-cleanup.ts). */
function tempPathFor(target: string): { temp: string; release: () => void } {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  return { temp, release: holdTemp(temp) };
}

function kindOf(stats: Stats): Message {
  if (stats.isDirectory()) return { en: 'a folder', nl: 'een map' };
  if (stats.isFIFO()) return { en: 'a FIFO (named pipe)', nl: 'een FIFO (named pipe)' };
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return { en: 'a device', nl: 'een apparaat' };
  if (stats.isSocket()) return { en: 'a socket', nl: 'een socket' };
  return { en: 'not a regular file', nl: 'geen gewoon bestand' };
}

/** "refusing to overwrite x: it exists" — the same words wherever --force is missing. */
function existsWithoutForce(path: string, options: WriteOptions): Message {
  const advice = options.whenExists ?? { en: 'Add --force to replace it', nl: 'Voeg --force toe om het te vervangen' };
  return { en: `refusing to overwrite ${path}: it exists. ${advice.en}`, nl: `${path} wordt niet overschreven: het bestaat al. ${advice.nl}` };
}

/**
 * Checks that `path` may receive an output: a new path in a folder (missing folders are created), or —
 * with `force` — an existing regular file (a symbolic link to one is followed). Devices, FIFOs,
 * sockets, folders and links to descriptors (/dev/stdout) are refused, as is a path under a file.
 * Returns the path to write to (the link's target for a link).
 */
function checkOutputPath(path: string, options: WriteOptions, advice: Advice): string {
  if (path === '') throw new UserError({ en: `--out is empty: expected a file name; ${regularFileAdvice(advice).en}`, nl: `--out is leeg: verwacht een bestandsnaam; ${regularFileAdvice(advice).nl}` }, 2);
  // resolve() drops a trailing slash: --out results/ wrote a file named results.
  if (/[\\/]$/.test(path)) throw new UserError({ en: `refusing to write ${path}: a name ending in a slash is a folder; ${regularFileAdvice(advice).en}`, nl: `${path} wordt niet geschreven: een naam die op een schuine streep eindigt is een map; ${regularFileAdvice(advice).nl}` }, 2);
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
    if (!followed.isFile()) throw new UserError({ en: `refusing to write ${path}: it is a symbolic link to ${kindOf(followed).en}; ${regularFileAdvice(advice).en}`, nl: `${path} wordt niet geschreven: het is een symbolische koppeling naar ${kindOf(followed).nl}; ${regularFileAdvice(advice).nl}` }, 2);
    if (!options.force) throw new UserError(existsWithoutForce(path, options), 2);
    return realpathSync(target);
  }
  if (!stats.isFile()) {
    throw new UserError({ en: `refusing to write ${path}: it is ${kindOf(stats).en}; ${regularFileAdvice(advice).en}`, nl: `${path} wordt niet geschreven: het is ${kindOf(stats).nl}; ${regularFileAdvice(advice).nl}` }, 2);
  }
  if (!options.force) throw new UserError(existsWithoutForce(path, options), 2);
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
  await writeSet([{ path, fill: (temp) => writeFile(temp, data, { flag: 'wx' }) }], options, 'out');
}

/** One file of a set written together: where it goes, and what writes its temp file. */
export interface AtomicFile {
  path: string;
  fill: (temp: string) => Promise<void>;
}

/**
 * Writes several files as one (init's starter set, generate's two files): every temp file is written
 * first and only then is each moved into place. When anything fails — a full disk half-way, a missing
 * permission, a rename refused on the third file — the run is undone: the files it already put in place
 * are removed, each file `force` replaced gets its previous content back, and the temp files and the
 * folders it created are removed, so the folder is left as it was. An existing file is replaced only
 * with `force`.
 */
export async function writeFilesAtomic(files: readonly AtomicFile[], options: WriteOptions = {}): Promise<void> {
  await writeSet(files, options, 'set');
}

async function writeSet(files: readonly AtomicFile[], options: WriteOptions, advice: Advice): Promise<void> {
  // Every path is checked before anything is written: a refusal leaves the folder as it was.
  const targets = files.map((file) => checkOutputPath(file.path, options, advice));
  const temps: { temp: string; release: () => void }[] = [];
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
    placeAll(
      temps.map(({ temp }, i) => ({ temp, target: targets[i]!, path: files[i]!.path })),
      options,
    );
  } catch (error) {
    for (const { temp } of temps) await rm(temp, { force: true });
    for (const { made, deepest } of folders.reverse()) await removeFoldersMade(made, deepest);
    if (error instanceof UserError) throw error;
    throw new UserError(describeFsError('write', current, error), 2);
  } finally {
    for (const { release } of temps) release();
  }
}

/** A written temp file and where it goes; `path` is the target as the user gave it (for messages). */
interface Move {
  temp: string;
  target: string;
  path: string;
}

/** One step that undoes a move; `keptAs` is where a replaced file's previous content waits meanwhile. */
interface Undo {
  run: () => void;
  path: string;
  keptAs?: string;
}

/**
 * Moves every written temp file into place, all or nothing. Synchronous on purpose: a SIGINT handler
 * runs on the event loop, so it cannot fall between two moves and leave half a set (the moves are
 * renames and links, microseconds each). When a move fails, every move before it is undone, newest
 * first: a new file is removed again, a file `force` replaced gets its previous content back from the
 * name it was kept under meanwhile.
 */
function placeAll(moves: readonly Move[], options: WriteOptions): void {
  const undo: Undo[] = [];
  let current = moves[0]?.path ?? '';
  try {
    for (const move of moves) {
      current = move.path;
      if (options.force && isRegularFile(move.target)) replace(move, undo);
      else placeNew(move, options, undo);
    }
  } catch (error) {
    const notRestored = rollBack(undo);
    const message = errnoOf(error) === 'EEXIST' ? existsWithoutForce(current, options) : describeFsError('write', current, error);
    throw new UserError(notRestored === undefined ? message : { en: `${message.en}; ${notRestored.en}`, nl: `${message.nl}; ${notRestored.nl}` }, 2);
  }
  // All in place: the previous contents kept aside and the temp names a link left are no longer needed.
  for (const step of undo) if (step.keptAs !== undefined) rmSync(step.keptAs, { force: true });
  for (const move of moves) rmSync(move.temp, { force: true });
}

function isRegularFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Replaces an existing file (`force`), keeping its previous content under a second name until the whole
 * set is in place: a hard link, so the target never disappears meanwhile; where a link is not possible
 * (FAT, some network mounts, a file of another user under fs.protected_hardlinks) the file itself is
 * renamed aside. Either way the original file, with its owner and mode, is what an undo puts back.
 */
function replace(move: Move, undo: Undo[]): void {
  const keptAs = join(dirname(move.target), `.${basename(move.target)}.${randomBytes(6).toString('hex')}.previous`);
  try {
    linkSync(move.target, keptAs);
  } catch {
    renameSync(move.target, keptAs);
  }
  // Renaming a link over its own file does nothing (POSIX): then the second name is removed.
  const restore = (): void => {
    renameSync(keptAs, move.target);
    rmSync(keptAs, { force: true });
  };
  undo.push({ path: move.path, keptAs, run: restore });
  renameSync(move.temp, move.target);
}

/** Moves a temp file to a new path: a rename with `force`, else a hard link that refuses an existing file. */
function placeNew(move: Move, options: WriteOptions, undo: Undo[]): void {
  const remove = { path: move.path, run: () => rmSync(move.target, { force: true }) };
  if (options.force) {
    renameSync(move.temp, move.target);
    undo.push(remove);
    return;
  }
  try {
    linkSync(move.temp, move.target);
  } catch (error) {
    // Some file systems (FAT, some network mounts) have no hard links: claim the name, then rename onto it.
    if (errnoOf(error) === 'EEXIST') throw error;
    closeSync(openSync(move.target, 'wx'));
    undo.push(remove);
    renameSync(move.temp, move.target);
    return;
  }
  undo.push(remove);
}

/** Runs the undo steps newest first; says where a previous content stays when it could not be put back. */
function rollBack(undo: readonly Undo[]): Message | undefined {
  const kept: Undo[] = [];
  for (const step of [...undo].reverse()) {
    try {
      step.run();
    } catch {
      if (step.keptAs !== undefined) kept.push(step);
    }
  }
  if (kept.length === 0) return undefined;
  const list = kept.map((step) => `${step.path} → ${step.keptAs!}`).join(', ');
  return { en: `the previous content could not be put back and is kept beside it: ${list}`, nl: `de vorige inhoud kon niet worden teruggezet en staat ernaast: ${list}` };
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

/**
 * Refuses an output path that is one of the inputs (it would destroy the input), or an existing file or
 * a CSV inside an input that is a folder (a Raet export folder: --out export/Medewerker.csv replaced one
 * of its files).
 */
export function assertNotAnInput(out: string, inputs: readonly string[]): void {
  const canonical = (p: string): string => {
    try {
      return realpathSync(p);
    } catch {
      try {
        return join(realpathSync(dirname(p)), basename(p));
      } catch {
        return resolve(p);
      }
    }
  };
  const target = canonical(out);
  for (const input of inputs) {
    const path = canonical(input);
    if (path === target) {
      throw new UserError({ en: `refusing to write the output to ${out}: it is one of the inputs`, nl: `de uitvoer wordt niet naar ${out} geschreven: dat is een van de invoerbestanden` }, 2);
    }
    // A new report or JSON there is harmless (`--headcount .` in the export folder); a file of the export, or a
    // new CSV the next run would find beside them, is not.
    if (target.startsWith(`${path}${sep}`) && isFolder(path) && (existsSync(target) || /\.csv$/i.test(target))) {
      throw new UserError({ en: `refusing to write the output to ${out}: it is inside ${displayPath(input)}, a folder spp reads as input`, nl: `de uitvoer wordt niet naar ${out} geschreven: dat ligt in ${displayPath(input)}, een map die spp als invoer leest` }, 2);
    }
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
