import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { AttritionRule } from '../../domain/scenario-schema.js';
import type { FunctionProfile } from '../../domain/workforce.js';
import { attritionRateFor } from '../../model/attrition.js';
import { createRandom, type Random } from '../../model/random.js';
import { FULLTIME_HOURS, HOURS, REFERENCE_YEAR } from './workforce-profile.js';

/**
 * The previous-year snapshot of Gemeente Voorbeeld (1 January 2025), derived backwards from the
 * current one (1 January 2026) with the rates of scenarios/baseline.yaml as the known truth, so that
 * `spp calibrate` and `spp backtest` have history to work on (fixtures/example/README.md). Seeded:
 * the same current headcount gives the same bytes.
 *
 * Going back one year, each person of 2026 either joined during 2025 (not in the 2025 file) or was
 * there; those who were there are a year younger, may have held the function they moved out of (the
 * baseline's transitions), another part-time factor, or a temporary contract that ended in 2025 and
 * was renewed. Those who left during 2025 are added with new ids: who reached the AOW age (67) in
 * 2025, whose temporary contract was not renewed (baseline renewal rate 0.6), and voluntary leavers
 * at the baseline's attrition rates (rate r of those at risk: r / (1 − r) per person who stayed).
 */

/** The reference year of the previous snapshot. */
const PREVIOUS_YEAR = REFERENCE_YEAR - 1;
/** Seed of the draws (independent of the current headcount's). */
const PREVIOUS_YEAR_SEED = 2025;

/** The baseline scenario's attrition rules (scenarios/baseline.yaml), the truth the previous year is drawn with. */
const BASELINE_ATTRITION: AttritionRule[] = [
  { ages: '<35', rate: 0.09 },
  { ages: '35-44', rate: 0.055 },
  { ages: '45-54', rate: 0.035 },
  { ages: '>=55', rate: 0.02 },
  { family: 'Informatievoorziening', rate: 0.09 },
  { function: 'F001', rate: 0.15 },
];
/** The baseline's transitions: from → to, share per year of the origin. */
const BASELINE_TRANSITIONS: readonly (readonly [string, string, number])[] = [
  ['F001', 'F002', 0.03],
  ['F083', 'F082', 0.02],
];
const BASELINE_RENEWAL = 0.6;

/** Probability that someone in the 2026 file joined during 2025: temporary contracts are mostly new hires. */
function joinedProbability(temporary: boolean, age: number): number {
  if (temporary) return 0.55;
  return age < 35 ? 0.1 : age < 55 ? 0.04 : 0.01;
}
/** Probability that a permanent employee of 2026 had a temporary contract that ended (and was renewed) in 2025. */
function renewedProbability(age: number): number {
  return age < 35 ? 0.08 : age < 55 ? 0.02 : 0;
}

interface Row {
  id: string;
  functionId: string;
  department: string;
  fte: string;
  birth: string;
  contract: string;
  end: string;
}

/** headcount-2025.csv, from the current headcount.csv text and the function profiles (for families). */
export function previousYearCsv(currentCsv: string, functions: readonly FunctionProfile[]): string {
  const random = createRandom(PREVIOUS_YEAR_SEED);
  const byId = new Map(functions.map((f) => [f.id, f]));
  const records = parse(currentCsv, { columns: true }) as Record<string, string>[];
  const current: Row[] = records.map((r) => ({
    id: r['employee_id']!,
    functionId: r['function_id']!,
    department: r['afdeling']!,
    fte: r['fte']!,
    birth: r['birth_date']!,
    contract: r['contract']!,
    end: r['contract_end']!,
  }));
  const age = (row: Row): number => PREVIOUS_YEAR - Number(row.birth.slice(0, 4));
  const size = (fn: string): number => current.filter((r) => r.functionId === fn).length;

  const rows: Row[] = [];
  let renewed = 0;
  for (const person of current) {
    if (random.chance(joinedProbability(person.contract === 'temporary', age(person)))) continue;
    const row = { ...person };
    // Transitions: some of today's people in `to` held `from` a year ago.
    for (const [from, to, rate] of BASELINE_TRANSITIONS) {
      if (row.functionId === to && random.chance((rate * size(from)) / Math.max(1, size(to)))) row.functionId = from;
    }
    if (random.chance(0.05)) row.fte = fteOf(HOURS[random.int(0, HOURS.length - 1)] ?? FULLTIME_HOURS);
    if (row.contract === 'permanent' && random.chance(renewedProbability(age(row)))) {
      row.contract = 'temporary';
      row.end = lastDayOfMonth(PREVIOUS_YEAR, random.int(1, 12));
      renewed++;
    }
    rows.push(row);
  }

  let next = current.length;
  const newId = (): string => `E${String(++next).padStart(5, '0')}`;
  const leavers: Row[] = [];
  // Voluntary leavers: for each person at risk who stayed, another who left with probability r / (1 − r).
  for (const row of rows) {
    if (row.contract === 'temporary' && row.end.startsWith(String(PREVIOUS_YEAR))) continue;
    if (Number(row.birth.slice(0, 4)) + 67 <= PREVIOUS_YEAR) continue;
    const fn = byId.get(row.functionId);
    if (fn === undefined) continue;
    const { rate } = attritionRateFor(BASELINE_ATTRITION, fn, age(row));
    if (random.chance(rate / (1 - rate))) leavers.push({ ...row, id: '', fte: fteOf(HOURS[random.int(0, HOURS.length - 1)] ?? FULLTIME_HOURS), birth: shiftBirth(row.birth, random), contract: 'permanent', end: '' });
  }
  // Temporary contracts that ended in 2025 and were not renewed: renewed × (1 − 0.6) / 0.6.
  const young = rows.filter((r) => age(r) < 35);
  const notRenewed = Math.round((renewed * (1 - BASELINE_RENEWAL)) / BASELINE_RENEWAL);
  for (let k = 0; k < notRenewed && young.length > 0; k++) {
    const like = young[random.int(0, young.length - 1)]!;
    leavers.push({ ...like, id: '', birth: shiftBirth(like.birth, random), contract: 'temporary', end: lastDayOfMonth(PREVIOUS_YEAR, random.int(1, 12)) });
  }
  // Retirement: as many reached 67 in 2025 as are born a year later in today's file (a cohort of similar size).
  for (const like of current.filter((r) => r.birth.startsWith(String(REFERENCE_YEAR - 67)))) {
    leavers.push({ ...like, id: '', birth: `${REFERENCE_YEAR - 68}${like.birth.slice(4)}`, contract: 'permanent', end: '' });
  }
  for (const leaver of leavers) leaver.id = newId();

  const all = [...rows, ...leavers].sort((a, b) => (a.id < b.id ? -1 : 1));
  return stringify([
    ['employee_id', 'function_id', 'afdeling', 'fte', 'birth_date', 'contract', 'contract_end'],
    ...all.map((r) => [r.id, r.functionId, r.department, r.fte, r.birth, r.contract, r.end]),
  ]);
}

function fteOf(hours: number): string {
  return String(Math.round((hours / FULLTIME_HOURS) * 10_000) / 10_000);
}

/** A birth date up to four months earlier or later (the leaver resembles a colleague, is not a copy); stays a real date. */
function shiftBirth(birth: string, random: Random): string {
  const ms = Date.UTC(Number(birth.slice(0, 4)), Number(birth.slice(5, 7)) - 1, Number(birth.slice(8, 10))) + random.int(-120, 120) * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

function lastDayOfMonth(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}
