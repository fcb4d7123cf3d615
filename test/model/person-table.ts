import type { PersonTable } from '../../src/domain/snapshot.js';
import { buildPersonTable } from '../../src/io/read-snapshot.js';

/** A person as tests write them; `id` undefined: a row without employee_id. */
export interface TestPerson {
  id?: string;
  fn: string;
  birthYear: number;
  birthMonth?: number;
  temporary?: boolean;
  endYear?: number;
  fte?: number;
  line?: number;
}

/** Builds a PersonTable as read-snapshot does, from rows instead of a file. */
export function personTable(people: readonly TestPerson[]): PersonTable {
  return buildPersonTable(
    people.map((p, i) => ({
      employeeId: p.id ?? '',
      functionId: p.fn,
      birthYear: p.birthYear,
      birthMonth: p.birthMonth ?? 7,
      temporary: p.temporary ?? false,
      endYear: p.endYear ?? -1,
      fte: p.fte ?? 1,
      count: 1,
      line: p.line ?? i + 2,
    })),
  );
}
