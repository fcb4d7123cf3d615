import { basename } from 'node:path';

/**
 * The reference year a snapshot's file name states: the last year 1990–2099 in the name that is not
 * part of a longer number, alone or as the start of a yyyyMMdd date ("headcount-2025.csv",
 * "export_20250101.csv", "personeel 2025"). Undefined when the name has none.
 */
export function yearInFileName(path: string): number | undefined {
  const name = basename(path).replace(/\.[A-Za-z]+$/, '');
  let found: number | undefined;
  for (const m of name.matchAll(/(?<![0-9])(19[9]\d|20\d\d)((?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))?(?![0-9])/g)) found = Number(m[1]);
  return found;
}
