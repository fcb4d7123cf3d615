/**
 * File-system failures a user's disk or permissions can cause, with the sentence spp gives for each
 * (English, Dutch): the cases the errno-injecting tests run through. The words are the contract; the
 * code never reaches the user.
 */
export const FS_ERRNO_CASES: readonly (readonly [code: string, en: string, nl: string])[] = [
  ['ENOSPC', 'the disk is full', 'de schijf is vol'],
  ['EDQUOT', 'the disk quota is exceeded', 'het schijfquotum is overschreden'],
  ['EROFS', 'the file system is read-only', 'het bestandssysteem is alleen-lezen'],
  ['EACCES', 'permission denied', 'geen toegang (onvoldoende rechten)'],
  ['EPERM', 'the operation is not permitted', 'de handeling is niet toegestaan'],
  ['EIO', 'an input/output error occurred', 'er trad een invoer-/uitvoerfout op'],
  ['EMFILE', 'too many files are open', 'er zijn te veel bestanden open'],
];
