import type { PathLike } from 'node:fs';

/**
 * Faults injected into the moves of written temp files into place (the link and rename of the atomic
 * writer), for vi.mock factories: `fault` says which move fails and how; every other move is real.
 * Both node:fs and node:fs/promises are covered, so a test holds whichever API the writer moves with.
 */
export type PlacingFault = (from: string, to: string, syscall: 'link' | 'rename') => NodeJS.ErrnoException | undefined;

/** The error Node's fs raises when a link or rename fails with `code`. */
export function moveError(code: string, syscall: string, from: string, to: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: failed, ${syscall} '${from}' -> '${to}'`), { code, syscall, path: from, dest: to });
}

/** node:fs with linkSync and renameSync failing where `fault` says. */
export function withFaultySyncMoves<T extends typeof import('node:fs')>(fs: T, fault: PlacingFault): T & { default: T } {
  const guard =
    (syscall: 'link' | 'rename', move: (from: PathLike, to: PathLike) => void) =>
    (from: PathLike, to: PathLike): void => {
      const error = fault(String(from), String(to), syscall);
      if (error) throw error;
      move(from, to);
    };
  const linkSync = guard('link', fs.linkSync);
  const renameSync = guard('rename', fs.renameSync);
  return { ...fs, default: { ...fs, linkSync, renameSync }, linkSync, renameSync };
}

/** node:fs/promises with link and rename failing where `fault` says. */
export function withFaultyMoves<T extends typeof import('node:fs/promises')>(fs: T, fault: PlacingFault): T & { default: T } {
  const guard =
    (syscall: 'link' | 'rename', move: (from: PathLike, to: PathLike) => Promise<void>) =>
    (from: PathLike, to: PathLike): Promise<void> => {
      const error = fault(String(from), String(to), syscall);
      return error ? Promise.reject(error) : move(from, to);
    };
  const link = guard('link', fs.link);
  const rename = guard('rename', fs.rename);
  return { ...fs, default: { ...fs, link, rename }, link, rename };
}
