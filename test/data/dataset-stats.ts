import { parse } from 'csv-parse/sync';

/** Summary statistics of a generated headcount.csv, computed independently of the generator. */
export interface HeadcountStats {
  persons: number;
  fte: number;
  /** Mean FTE per person (deeltijdfactor). */
  partTimeFactor: number;
  /** Mean age in completed years on 1 January of the reference year. */
  meanAge: number;
  shareUnder35: number;
  share60Plus: number;
  shareTemporary: number;
  fteByFunction: Map<string, number>;
  personsByDepartment: Map<string, number>;
}

/** Completed years between a yyyy-mm-dd birth date and 1 January of `year`. */
export function completedAge(birthDate: string, year: number): number {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  // On 1 January, anyone born after 1 January of their birth year has not had this year's birthday.
  return year - y - (m > 1 || d > 1 ? 1 : 0);
}

export function summariseHeadcount(csv: string, referenceYear: number): HeadcountStats {
  const rows = parse(csv, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  let fte = 0;
  let ageSum = 0;
  let under35 = 0;
  let over60 = 0;
  let temporary = 0;
  const fteByFunction = new Map<string, number>();
  const personsByDepartment = new Map<string, number>();
  for (const row of rows) {
    const f = Number(row['fte']);
    fte += f;
    const age = completedAge(row['birth_date'] ?? '', referenceYear);
    ageSum += age;
    if (age < 35) under35++;
    if (age >= 60) over60++;
    if (row['contract'] === 'temporary') temporary++;
    const id = row['function_id'] ?? '';
    fteByFunction.set(id, (fteByFunction.get(id) ?? 0) + f);
    const dep = row['afdeling'] ?? '';
    personsByDepartment.set(dep, (personsByDepartment.get(dep) ?? 0) + 1);
  }
  const n = rows.length;
  return {
    persons: n,
    fte,
    partTimeFactor: fte / n,
    meanAge: ageSum / n,
    shareUnder35: under35 / n,
    share60Plus: over60 / n,
    shareTemporary: temporary / n,
    fteByFunction,
    personsByDepartment,
  };
}
