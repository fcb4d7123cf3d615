import { basename, dirname } from 'node:path';

/**
 * The reference year a snapshot's file name states: the last year 1990–2099 in the name that is not
 * part of a longer number, alone or in a date ("headcount-2025.csv", "export_20250101.csv",
 * "personeel 2025", "bezetting 01-01-2025.csv"). A date of 31 December is the state at the end of
 * that year, which spp counts as 1 January of the next: "bezetting 31-12-2024.csv" is 2025 (taken as
 * 2024, the people who retired during 2025 were all counted as leavers). Undefined when the name has none.
 */
export function yearInFileName(path: string): number | undefined {
  return dateInFileName(path)?.year;
}

/** The files of a Visma|Raet HR Core export (--preset raet-hrcore), by which it is named with one of them. */
const RAET_FILE = /^(medewerker|aanstellingen|functie)\.(csv|txt)$/i;

/** The year of the name (as yearInFileName) and the date it was read from when that is 31 December ("31-12-2024"). */
export function dateInFileName(path: string): { year: number; yearEnd?: string } | undefined {
  // One file of a Raet export names the export by its folder ("raet-2026/Aanstellingen.csv"): the
  // snapshot is the folder, and so is its date (it was "no year", assumed one year from the other).
  const file = RAET_FILE.test(basename(path)) ? dirname(path) : path;
  const name = basename(file).replace(/\.[A-Za-z]+$/, '');
  let found: { year: number; yearEnd?: string; at: number } | undefined;
  const take = (at: number, year: number, month: number | undefined, day: number | undefined, text: string): void => {
    if (found !== undefined && found.at > at) return;
    found = month === 12 && day === 31 ? { year: year + 1, yearEnd: text, at } : { year, at };
  };
  // A year alone, or yyyyMMdd / yyyy-MM-dd (the month and day, when there, belong to it).
  for (const m of name.matchAll(/(?<![0-9])(199\d|20\d\d)(?:([-_.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01]))?(?![0-9])/g)) {
    take(m.index, Number(m[1]), m[3] === undefined ? undefined : Number(m[3]), m[4] === undefined ? undefined : Number(m[4]), m[0]);
  }
  // dd-MM-yyyy, dd_MM_yyyy, dd.MM.yyyy: the way a Dutch analyst writes a date.
  for (const m of name.matchAll(/(?<![0-9])(0[1-9]|[12]\d|3[01])([-_.])(0[1-9]|1[0-2])\2(199\d|20\d\d)(?![0-9])/g)) {
    // At the year's place, so it wins over that same year read alone.
    take(m.index + m[0].length - 4, Number(m[4]), Number(m[3]), Number(m[1]), m[0]);
  }
  if (found === undefined) return undefined;
  return found.yearEnd === undefined ? { year: found.year } : { year: found.year, yearEnd: found.yearEnd };
}
