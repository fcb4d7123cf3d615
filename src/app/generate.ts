import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import { stringify } from 'csv-stringify/sync';
import { UserError } from '../diagnostics/diagnostic.js';
import { localNumber } from '../diagnostics/message.js';
import { writeFilesAtomic, type WriteOptions } from '../io/write-file-atomic.js';
import { createRandom, shuffleInPlace, type Random } from '../model/random.js';
import {
  SKILLS,
  TASK_CATEGORIES,
  VOORBEELD_FUNCTIONS,
  annualPayForScale,
  type FunctionDefinition,
} from './example-data/function-house.js';
import {
  AGE_BANDS,
  AGE_TILT,
  CONTRACT_END_FIRST_MONTH,
  CONTRACT_END_MONTHS,
  FULLTIME_HOURS,
  HOURS,
  HOURS_WEIGHTS,
  HOURS_WEIGHTS_DEFAULT,
  REFERENCE_YEAR,
  temporaryProbability,
} from './example-data/workforce-profile.js';

/**
 * Synthetic data sets in the formats of functions.csv and headcount.csv (SPEC §2.2, §2.3): the
 * bundled Gemeente Voorbeeld, and larger ones for benchmarks. Seeded: the same options give the same
 * bytes on any machine. The headcount is produced in chunks, so a million rows stream to disk
 * without being held in memory (only one integer per person, the shuffled function assignment).
 */

export interface GenerateOptions {
  /** Number of employees (headcount rows). */
  persons: number;
  /** Seed of the pseudo-random generator (32-bit integer). */
  seed: number;
  /** 'voorbeeld' (default): the function house of Gemeente Voorbeeld; a number: a house of that many functions derived from it. */
  functions?: 'voorbeeld' | number;
}

export interface GeneratedDataset {
  /** The whole functions.csv. */
  functionsCsv: string;
  /** headcount.csv in chunks (header first); iterating again yields the same chunks. */
  headcountCsv: Iterable<string>;
}

/** The options that produce fixtures/example (Gemeente Voorbeeld). */
export const VOORBEELD_OPTIONS = { persons: 1500, seed: 2026, functions: 'voorbeeld' } as const satisfies GenerateOptions;

/** Rows per csv-stringify call. */
const CHUNK_ROWS = 5000;
const DAY_MS = 86_400_000;
const REFERENCE_MS = Date.UTC(REFERENCE_YEAR, 0, 1);
const DAYS_PER_YEAR = 365.2425;

/** A function of the generated house: a definition with its id (F001 …). */
interface HouseFunction extends FunctionDefinition {
  id: string;
}

interface Person {
  functionIndex: number;
  department: string;
  hours: number;
  fte: number;
  /** Birth date as UTC milliseconds; formatted only when a row is written. */
  birthMs: number;
  temporary: boolean;
  contractEnd: string;
}

/** Generates functions.csv and a streaming headcount.csv for the given options (seeded, deterministic). */
export function generateDataset(options: GenerateOptions): GeneratedDataset {
  const { persons, seed } = checkOptions(options);
  const house = buildFunctionHouse(options.functions ?? 'voorbeeld', seed);
  // First pass: occupied FTE per function, to set each formation near it. The second pass (when the
  // headcount is iterated) draws exactly the same people again from the same seed.
  const occupied = new Array<number>(house.length).fill(0);
  for (const person of drawPersons(house, persons, seed)) {
    occupied[person.functionIndex] = (occupied[person.functionIndex] ?? 0) + person.fte;
  }
  const functionsCsv = renderFunctions(house, occupied);
  const idWidth = Math.max(5, String(persons).length);
  const headcountCsv: Iterable<string> = {
    *[Symbol.iterator]() {
      yield stringify([['employee_id', 'function_id', 'afdeling', 'fte', 'birth_date', 'contract', 'contract_end']]);
      let rows: string[][] = [];
      let index = 0;
      for (const person of drawPersons(house, persons, seed)) {
        index++;
        rows.push([
          `E${String(index).padStart(idWidth, '0')}`,
          house[person.functionIndex]?.id ?? '',
          person.department,
          String(person.fte),
          isoDate(person.birthMs),
          person.temporary ? 'temporary' : 'permanent',
          person.contractEnd,
        ]);
        if (rows.length === CHUNK_ROWS) {
          yield stringify(rows);
          rows = [];
        }
      }
      if (rows.length > 0) yield stringify(rows);
    },
  };
  return { functionsCsv, headcountCsv };
}

/**
 * Writes functions.csv and headcount.csv into `dir`, streaming the headcount; both files are written
 * atomically (temp file + rename). Returns the paths written.
 */
export async function writeDataset(
  dir: string,
  options: GenerateOptions,
  write: WriteOptions = {},
): Promise<{ functionsFile: string; headcountFile: string; persons: number }> {
  const dataset = generateDataset(options);
  const functionsFile = join(dir, 'functions.csv');
  const headcountFile = join(dir, 'headcount.csv');
  // Written as one: a refusal, a full disk or an interruption leaves neither file (nor a temp file).
  await writeFilesAtomic(
    [
      { path: functionsFile, fill: (temp) => writeFile(temp, dataset.functionsCsv, { flag: 'wx' }) },
      { path: headcountFile, fill: (temp) => streamTo(temp, dataset.headcountCsv) },
    ],
    write,
  );
  return { functionsFile, headcountFile, persons: options.persons };
}

/** Writes `chunks` to a new file at `path`, waiting for the disk between chunks (bounded memory). */
async function streamTo(path: string, chunks: Iterable<string>): Promise<void> {
  const out = createWriteStream(path, { flags: 'wx' });
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => undefined); // observed through the races below
  try {
    for (const chunk of chunks) {
      if (!out.write(chunk)) await Promise.race([once(out, 'drain'), failed]);
    }
    out.end();
    await Promise.race([once(out, 'finish'), failed]);
  } finally {
    out.destroy();
  }
}

/** The most persons and functions a generated data set has (beyond any municipality; README). */
const MAX_PERSONS = 50_000_000;
const MAX_FUNCTIONS = 99_999;

/** The options as spp generate names them, so a refusal reads like the CLI's own (exit 2). */
function checkOptions(options: GenerateOptions): { persons: number; seed: number } {
  const { persons, seed, functions } = options;
  const wholeUpTo = (option: string, value: unknown, from: number, to: number): UserError =>
    new UserError({
      en: `${option} '${String(value)}': expected a whole number from ${localNumber(from, 'en')} to ${localNumber(to, 'en')}`,
      nl: `${option} '${String(value)}': verwacht een geheel getal van ${localNumber(from, 'nl')} tot en met ${localNumber(to, 'nl')}`,
    }, 2);
  if (!Number.isInteger(persons) || persons < 1 || persons > MAX_PERSONS) throw wholeUpTo('--persons', persons, 1, MAX_PERSONS);
  if (!Number.isInteger(seed) || seed < -(2 ** 31) || seed >= 2 ** 32) throw wholeUpTo('--seed', seed, 0, 2 ** 32 - 1);
  // 'voorbeeld' is how the CLI asks for Gemeente Voorbeeld itself (no --functions); a number is a derived function house.
  if (functions !== undefined && functions !== 'voorbeeld' && (!Number.isInteger(functions) || functions < 1 || functions > MAX_FUNCTIONS)) {
    throw wholeUpTo('--functions', functions, 1, MAX_FUNCTIONS);
  }
  return { persons, seed };
}

/**
 * The function house to generate from: Gemeente Voorbeeld as written, or `count` functions derived
 * from it (variants of its functions with task shares and skills varied by the seed).
 */
function buildFunctionHouse(functions: 'voorbeeld' | number, seed: number): HouseFunction[] {
  const base = VOORBEELD_FUNCTIONS;
  if (functions === 'voorbeeld') {
    return base.map((definition, i) => ({ ...definition, id: functionId(i, base.length) }));
  }
  const count = functions;
  // A separate stream, so that the headcount draws do not depend on how the house was varied.
  const random = createRandom((seed ^ 0x2f6b_1d3d) | 0);
  const house: HouseFunction[] = [];
  for (let k = 0; k < count; k++) {
    // Fewer functions than the base: spread the choice over the base so every family stays in.
    const baseIndex = count <= base.length ? Math.floor((k * base.length) / count) : k % base.length;
    const variant = count <= base.length ? 0 : Math.floor(k / base.length);
    const definition = base[baseIndex];
    if (definition === undefined) continue;
    house.push({
      ...definition,
      id: functionId(k, count),
      name: variant === 0 ? definition.name : `${definition.name} (variant ${variant + 1})`,
      tasks: variant === 0 ? definition.tasks : varyTasks(definition.tasks, random),
      skills: variant === 0 ? definition.skills : varySkills(definition.skills, random),
    });
  }
  return house;
}

function functionId(index: number, count: number): string {
  return `F${String(index + 1).padStart(Math.max(3, String(count).length), '0')}`;
}

/** Multiplies each share by 0.7–1.3 and renormalises to hundredths summing to exactly 1. */
function varyTasks(tasks: FunctionDefinition['tasks'], random: Random): FunctionDefinition['tasks'] {
  const entries = TASK_CATEGORIES.filter((c) => (tasks[c] ?? 0) > 0).map(
    (c) => [c, (tasks[c] ?? 0) * (0.7 + 0.6 * random.next())] as const,
  );
  const total = entries.reduce((sum, [, v]) => sum + v, 0);
  const hundredths = largestRemainder(
    entries.map(([, v]) => v / total),
    100,
  );
  const out: FunctionDefinition['tasks'] = {};
  entries.forEach(([c], i) => {
    const h = hundredths[i] ?? 0;
    if (h > 0) out[c] = h / 100;
  });
  return out;
}

/** Moves each required skill by −1, 0 or +1 level, staying within 1–5. */
function varySkills(skills: FunctionDefinition['skills'], random: Random): FunctionDefinition['skills'] {
  const out: FunctionDefinition['skills'] = {};
  for (const skill of SKILLS) {
    const level = skills[skill];
    if (level === undefined || level <= 0) continue;
    out[skill] = Math.min(5, Math.max(1, level + random.int(-1, 1)));
  }
  return out;
}

/** Splits `total` units over `weights` proportionally (largest remainder; ties to the lower index). */
function largestRemainder(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (sum > 0 ? (w / sum) * total : 0));
  const counts = exact.map((x) => Math.floor(x));
  let left = total - counts.reduce((s, c) => s + c, 0);
  const order = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
    left--;
  }
  return counts;
}

/** Persons per function: proportional to the weights, at least one each when there are enough persons. */
function allocatePersons(house: readonly HouseFunction[], persons: number): number[] {
  const counts = largestRemainder(
    house.map((f) => f.weight),
    persons,
  );
  if (persons >= house.length) {
    for (let i = 0; i < counts.length; i++) {
      if ((counts[i] ?? 0) > 0) continue;
      // Take one from the largest function (lowest index on ties).
      let largest = 0;
      for (let j = 1; j < counts.length; j++) if ((counts[j] ?? 0) > (counts[largest] ?? 0)) largest = j;
      counts[largest] = (counts[largest] ?? 0) - 1;
      counts[i] = 1;
    }
  }
  return counts;
}

/** Draws the persons in employee order; the same (house, persons, seed) always gives the same sequence. */
function* drawPersons(house: readonly HouseFunction[], persons: number, seed: number): Generator<Person> {
  const random = createRandom(seed);
  const counts = allocatePersons(house, persons);
  const assignment = new Uint32Array(persons);
  let at = 0;
  counts.forEach((count, functionIndex) => {
    assignment.fill(functionIndex, at, at + count);
    at += count;
  });
  shuffleInPlace(assignment, random);

  const ageWeights = house.map((f) => {
    const tilt = AGE_TILT[f.family];
    return AGE_BANDS.map(([, , w], b) => w * (tilt?.[b] ?? 1));
  });
  const hourWeights = house.map((f) => HOURS_WEIGHTS[f.family] ?? HOURS_WEIGHTS_DEFAULT);
  const departmentWeights = house.map((f) => f.departments.map(([, w]) => w));

  for (let p = 0; p < persons; p++) {
    const functionIndex = assignment[p] ?? 0;
    const definition = house[functionIndex];
    if (definition === undefined) continue;
    const band = AGE_BANDS[random.pickIndex(ageWeights[functionIndex] ?? [1])] ?? [25, 67, 1];
    const exactAge = band[0] + (band[1] - band[0]) * random.next();
    const hours = HOURS[random.pickIndex(hourWeights[functionIndex] ?? HOURS_WEIGHTS_DEFAULT)] ?? FULLTIME_HOURS;
    const department = definition.departments[random.pickIndex(departmentWeights[functionIndex] ?? [1])]?.[0] ?? '';
    const birthMs = REFERENCE_MS - Math.floor(exactAge * DAYS_PER_YEAR) * DAY_MS;
    const temporary = random.chance(temporaryProbability(Math.floor(exactAge)));
    let contractEnd = '';
    if (temporary) {
      const month = CONTRACT_END_FIRST_MONTH + random.int(0, CONTRACT_END_MONTHS - 1);
      // Day 0 of the next month is the last day of this one.
      contractEnd = isoDate(Date.UTC(REFERENCE_YEAR + Math.floor(month / 12), (month % 12) + 1, 0));
    }
    yield {
      functionIndex,
      department,
      hours,
      // Four decimals: 32/36 = 0.8889, as HR systems export a part-time factor.
      fte: Math.round((hours / FULLTIME_HOURS) * 10_000) / 10_000,
      birthMs,
      temporary,
      contractEnd,
    };
  }
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function renderFunctions(house: readonly HouseFunction[], occupied: readonly number[]): string {
  const header = [
    'function_id',
    'name',
    'family',
    'level',
    'pay',
    'formation_fte',
    ...TASK_CATEGORIES.map((c) => `task.${c}`),
    ...SKILLS.map((s) => `skill.${s}`),
  ];
  const rows = house.map((f, i) => [
    f.id,
    f.name,
    f.family,
    String(f.level),
    String(annualPayForScale(f.level)),
    // One decimal, as a formation is budgeted; vacancies make it a little higher than occupied.
    String(Math.round((occupied[i] ?? 0) * (1 + f.vacancy) * 10) / 10),
    ...TASK_CATEGORIES.map((c) => String(f.tasks[c] ?? 0)),
    ...SKILLS.map((s) => String(f.skills[s] ?? 0)),
  ]);
  return stringify([header, ...rows]);
}
