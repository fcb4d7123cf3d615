import { readFileSync, statSync, type Stats } from 'node:fs';
import { UserError } from '../diagnostics/diagnostic.js';
import { describeFsError, errnoOf } from './fs-errors.js';

/** The largest input file spp reads, unless SPP_MAX_INPUT_BYTES says otherwise: 2 GB. */
export const DEFAULT_MAX_INPUT_BYTES = 2 * 1024 ** 3;

const UNITS: Readonly<Record<string, number>> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/**
 * The input size limit in bytes: `SPP_MAX_INPUT_BYTES` (a number, optionally with k, M or G, e.g.
 * `500M`), else 2 GB. An unreadable value is a usage error rather than silently no limit.
 */
export function maxInputBytes(env: NodeJS.ProcessEnv = process.env): number {
  const text = env['SPP_MAX_INPUT_BYTES'];
  if (text === undefined || text.trim() === '') return DEFAULT_MAX_INPUT_BYTES;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)b?\s*$/i.exec(text);
  if (!m) throw new UserError(`SPP_MAX_INPUT_BYTES='${text}': expected a size such as 2G, 500M or 1048576`, 2);
  return Math.floor(Number(m[1]) * UNITS[m[2]!.toLowerCase()]!);
}

/** "1.5 GB" for a message. */
function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${bytes} bytes`;
}

/**
 * Why `path` cannot be read as an input file, or null when it can: it must be a regular file (a
 * symbolic link to one is fine) no larger than the limit. Pipes, FIFOs, devices (/dev/zero,
 * /dev/stdin, `<(…)`) and sockets are refused: spp reads an input more than once (to detect its
 * dialect, to hash it), which a pipe cannot do. `folderAllowed`: a multi-file HR export.
 */
export function inputFileProblem(path: string, options: { folderAllowed?: boolean; limit?: number } = {}): string | null {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    return errnoOf(error) === 'ENOENT' ? 'it does not exist' : describeFsError('read', path, error).replace(/^cannot read .*?: /, '');
  }
  if (stats.isDirectory()) return options.folderAllowed ? null : 'it is a folder, expected a file';
  if (!stats.isFile()) {
    const kind = stats.isFIFO() ? 'a pipe or FIFO' : stats.isSocket() ? 'a socket' : 'a device';
    return `it is ${kind}, not a regular file: spp reads its inputs more than once, so save it to a file first (e.g. cat … > file.csv)`;
  }
  const limit = options.limit ?? maxInputBytes();
  if (stats.size > limit) {
    return `it is ${formatBytes(stats.size)}, more than the limit of ${formatBytes(limit)} (set SPP_MAX_INPUT_BYTES to raise it)`;
  }
  return null;
}

/** Reads a whole input file after inputFileProblem's checks; a problem is a UserError (exit 2). */
export function readInputFile(path: string, shown: string = path): Buffer {
  const problem = inputFileProblem(path);
  if (problem !== null) throw new UserError(`cannot read ${shown}: ${problem}`, 2);
  try {
    return readFileSync(path);
  } catch (error) {
    throw new UserError(describeFsError('read', shown, error), 2);
  }
}
