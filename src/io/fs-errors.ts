/**
 * File-system failures a user can cause (a full disk, a folder where a file was expected, missing
 * permissions…) as one human sentence each, never a raw errno or a stack trace.
 */

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'it does not exist',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exceeded',
  EFBIG: 'the file is too large for this file system',
  ESPIPE: 'it is a pipe or device, not a regular file',
  ENXIO: 'it is a device or FIFO without a reader',
  EEXIST: 'it already exists',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'it is a loop of symbolic links',
  EMFILE: 'too many files are open',
  EBUSY: 'it is busy (in use by another program)',
  EXDEV: 'the temporary file and the target are on different file systems',
  EIO: 'an input/output error occurred',
  EPIPE: 'the reader closed the pipe',
};

/** The errno code of a Node.js file-system error, if any. */
export function errnoOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** True for errors caused by the user's files or disk (as opposed to a bug in spp). */
export function isFsError(error: unknown): boolean {
  const code = errnoOf(error);
  return code !== undefined && Object.hasOwn(REASONS, code);
}

/** "cannot write out/x.json: the disk is full" — the verb says what spp tried. */
export function describeFsError(action: string, path: string, error: unknown): string {
  const code = errnoOf(error);
  const reason = code !== undefined && Object.hasOwn(REASONS, code) ? REASONS[code] : code ?? String(error);
  return `cannot ${action} ${path}: ${reason}`;
}
