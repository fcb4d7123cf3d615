/**
 * Retirement at the AOW age (SPEC §3 step 1). The AOW age of year t is the entry of the largest key
 * ≤ t in the table (the earliest entry when t is before all keys). A person retires during year t
 * when birth date + AOW age ≤ 31 December of t; cells carry month precision, so the AOW age is
 * taken in whole months (round(age × 12)) and compared month by month.
 */

/** The AOW law as known: 67 for 2024–2027, 67¼ from 2028 (known through 2031). */
export const DEFAULT_RETIREMENT_AGES: Readonly<Record<number, number>> = { 2024: 67, 2028: 67.25 };
/** Last year for which the default table is the law as known; later years are an assumption. */
const DEFAULT_RETIREMENT_KNOWN_UNTIL = 2031;

/** The AOW age (years) that applies in `year`, from a number or a {year: age} table. */
export function retirementAgeAt(setting: number | Record<string, number> | undefined, year: number): number {
  if (typeof setting === 'number') return setting;
  const table = setting ?? DEFAULT_RETIREMENT_AGES;
  const keys = Object.keys(table)
    .map(Number)
    .sort((a, b) => a - b);
  let chosen = keys[0];
  for (const key of keys) if (key <= year) chosen = key;
  if (chosen === undefined) throw new Error('retirement table is empty');
  return (table as Record<string, number>)[String(chosen)]!;
}

/** The assumption line for using the default AOW table (`setting` undefined) in `year`, or undefined when it is the known law. */
export function retirementAssumption(setting: number | Record<string, number> | undefined, year: number): string | undefined {
  if (setting !== undefined) return undefined;
  if (year > DEFAULT_RETIREMENT_KNOWN_UNTIL) {
    const age = retirementAgeAt(undefined, year);
    return `AOW age after ${DEFAULT_RETIREMENT_KNOWN_UNTIL} taken as ${age} (last known value)`;
  }
  const first = Math.min(...Object.keys(DEFAULT_RETIREMENT_AGES).map(Number));
  if (year < first) {
    return `AOW age before ${first} taken as ${retirementAgeAt(undefined, year)} (earliest value in the table)`;
  }
  return undefined;
}

/** True when someone born in (birthYear, birthMonth 1–12) reaches `aowAge` (years) on or before 31 December of `year`. */
export function retiresIn(birthYear: number, birthMonth: number, aowAge: number, year: number): boolean {
  const reachedMonth = birthYear * 12 + (birthMonth - 1) + Math.round(aowAge * 12);
  return reachedMonth <= year * 12 + 11;
}
