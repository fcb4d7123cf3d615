import type { Message } from '../diagnostics/message.js';

/**
 * File-system failures a user can cause (a full disk, a folder where a file was expected, missing
 * permissions…) as one human sentence each, never a raw errno or a stack trace.
 */

const REASONS: Readonly<Record<string, Message>> = {
  ENOENT: { en: 'it does not exist', nl: 'het bestaat niet' },
  ENOTDIR: { en: 'a part of the path is a file, not a folder', nl: 'een deel van het pad is een bestand, geen map' },
  EISDIR: { en: 'it is a folder, not a file', nl: 'het is een map, geen bestand' },
  EACCES: { en: 'permission denied', nl: 'geen toegang (onvoldoende rechten)' },
  EPERM: { en: 'the operation is not permitted', nl: 'de handeling is niet toegestaan' },
  EROFS: { en: 'the file system is read-only', nl: 'het bestandssysteem is alleen-lezen' },
  ENOSPC: { en: 'the disk is full', nl: 'de schijf is vol' },
  EDQUOT: { en: 'the disk quota is exceeded', nl: 'het schijfquotum is overschreden' },
  EFBIG: { en: 'the file is too large for this file system', nl: 'het bestand is te groot voor dit bestandssysteem' },
  ESPIPE: { en: 'it is a pipe or device, not a regular file', nl: 'het is een pipe of apparaat, geen gewoon bestand' },
  ENXIO: { en: 'it is a device or FIFO without a reader', nl: 'het is een apparaat of FIFO zonder lezer' },
  EEXIST: { en: 'it already exists', nl: 'het bestaat al' },
  ENAMETOOLONG: { en: 'the name is too long', nl: 'de naam is te lang' },
  ELOOP: { en: 'it is a loop of symbolic links', nl: 'het is een lus van symbolische koppelingen' },
  EMFILE: { en: 'too many files are open', nl: 'er zijn te veel bestanden open' },
  EBUSY: { en: 'it is busy (in use by another program)', nl: 'het is bezet (in gebruik door een ander programma)' },
  EXDEV: { en: 'the temporary file and the target are on different file systems', nl: 'het tijdelijke bestand en het doel staan op verschillende bestandssystemen' },
  EIO: { en: 'an input/output error occurred', nl: 'er trad een invoer-/uitvoerfout op' },
  EPIPE: { en: 'the reader closed the pipe', nl: 'de lezer heeft de pipe gesloten' },
};

/** What spp tried, in both languages ("cannot read x" / "kan x niet lezen"). */
const ACTIONS = {
  read: { en: (p: string) => `cannot read ${p}`, nl: (p: string) => `kan ${p} niet lezen` },
  write: { en: (p: string) => `cannot write ${p}`, nl: (p: string) => `kan ${p} niet schrijven` },
  'write into': { en: (p: string) => `cannot write into ${p}`, nl: (p: string) => `kan niet schrijven in ${p}` },
  'write the result to': { en: (p: string) => `cannot write the result to ${p}`, nl: (p: string) => `kan het resultaat niet naar ${p} schrijven` },
  'create the folder': { en: (p: string) => `cannot create the folder ${p}`, nl: (p: string) => `kan de map ${p} niet aanmaken` },
  'create the folder for': { en: (p: string) => `cannot create the folder for ${p}`, nl: (p: string) => `kan de map voor ${p} niet aanmaken` },
  use: { en: (p: string) => `cannot use ${p}`, nl: (p: string) => `kan ${p} niet gebruiken` },
} as const;

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

/** Why a file-system call failed: "the disk is full" / "de schijf is vol" (an unknown errno as it is). */
export function fsReason(error: unknown): Message {
  const code = errnoOf(error);
  if (code !== undefined && Object.hasOwn(REASONS, code)) return REASONS[code]!;
  const raw = code ?? String(error);
  return { en: raw, nl: raw };
}

/** "cannot write out/x.json: the disk is full" / "kan out/x.json niet schrijven: de schijf is vol". */
export function describeFsError(action: keyof typeof ACTIONS, path: string, error: unknown): Message {
  const reason = fsReason(error);
  return { en: `${ACTIONS[action].en(path)}: ${reason.en}`, nl: `${ACTIONS[action].nl(path)}: ${reason.nl}` };
}
