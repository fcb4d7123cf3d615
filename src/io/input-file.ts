import { readFileSync, statSync, type Stats } from 'node:fs';
import { UserError } from '../diagnostics/diagnostic.js';
import type { Message } from '../diagnostics/message.js';
import { describeFsError, fsReason } from './fs-errors.js';

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
  if (!m) throw new UserError({ en: `SPP_MAX_INPUT_BYTES='${text}': expected a size such as 2G, 500M or 1048576`, nl: `SPP_MAX_INPUT_BYTES='${text}': verwacht een grootte zoals 2G, 500M of 1048576` }, 2);
  return Math.floor(Number(m[1]) * UNITS[m[2]!.toLowerCase()]!);
}

/** "1.5 GB" for a message (in Dutch "1,5 GB"). */
function formatBytes(bytes: number): Message {
  const [value, unit] =
    bytes >= 1024 ** 3 ? [(bytes / 1024 ** 3).toFixed(1), 'GB'] : bytes >= 1024 ** 2 ? [(bytes / 1024 ** 2).toFixed(1), 'MB'] : bytes >= 1024 ? [(bytes / 1024).toFixed(1), 'kB'] : [String(bytes), 'bytes'];
  return { en: `${value} ${unit}`, nl: `${value.replace('.', ',')} ${unit}` };
}

/**
 * Why `path` cannot be read as an input file, or null when it can: it must be a regular file (a
 * symbolic link to one is fine) no larger than the limit. Pipes, FIFOs, devices (/dev/zero,
 * /dev/stdin, `<(…)`) and sockets are refused: spp reads an input more than once (to detect its
 * dialect, to hash it), which a pipe cannot do. `folderAllowed`: a multi-file HR export.
 */
export function inputFileProblem(path: string, options: { folderAllowed?: boolean; limit?: number } = {}): Message | null {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    return fsReason(error);
  }
  if (stats.isDirectory()) return options.folderAllowed ? null : { en: 'it is a folder, expected a file', nl: 'het is een map; verwacht een bestand' };
  if (!stats.isFile()) {
    const [kind, soort] = stats.isFIFO() ? ['a pipe or FIFO', 'een pipe of FIFO'] : stats.isSocket() ? ['a socket', 'een socket'] : ['a device', 'een apparaat'];
    return {
      en: `it is ${kind}, not a regular file: spp reads its inputs more than once, so save it to a file first (e.g. cat … > file.csv)`,
      nl: `het is ${soort}, geen gewoon bestand: spp leest zijn invoer meer dan eens, dus sla het eerst op in een bestand (bijvoorbeeld cat … > bestand.csv)`,
    };
  }
  const limit = options.limit ?? maxInputBytes();
  if (stats.size > limit) {
    const [size, max] = [formatBytes(stats.size), formatBytes(limit)];
    return {
      en: `it is ${size.en}, more than the limit of ${max.en} (set SPP_MAX_INPUT_BYTES to raise it)`,
      nl: `het is ${size.nl}, meer dan de grens van ${max.nl} (verhoog die met SPP_MAX_INPUT_BYTES)`,
    };
  }
  return null;
}

/** Reads a whole input file after inputFileProblem's checks; a problem is a UserError (exit 2). */
export function readInputFile(path: string, shown: string = path): Buffer {
  const problem = inputFileProblem(path);
  if (problem !== null) throw new UserError(unreadable(shown, problem), 2);
  try {
    return readFileSync(path);
  } catch (error) {
    throw new UserError(describeFsError('read', shown, error), 2);
  }
}

/** "cannot read x: why" / "kan x niet lezen: waarom". */
export function unreadable(path: string, why: Message): Message {
  return { en: `cannot read ${path}: ${why.en}`, nl: `kan ${path} niet lezen: ${why.nl}` };
}
