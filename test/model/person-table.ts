import type { PersonTable } from '../../src/domain/snapshot.js';
import { hashId } from '../../src/io/csv/id-registry.js';
import { normaliseId } from '../../src/io/read-snapshot.js';

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

/** Builds a PersonTable as read-snapshot would, without a file. */
export function personTable(people: readonly TestPerson[]): PersonTable {
  const n = people.length;
  const t: PersonTable = {
    size: n,
    idA: new Int32Array(n),
    idB: new Int32Array(n),
    normA: new Int32Array(n),
    normB: new Int32Array(n),
    fn: new Int32Array(n),
    birth: new Int32Array(n),
    temporary: new Uint8Array(n),
    endYear: new Int16Array(n),
    fte: new Float32Array(n),
    count: new Int32Array(n),
    hasId: new Uint8Array(n),
    line: new Int32Array(n),
    functionIds: [],
  };
  const h = new Int32Array(2);
  people.forEach((p, i) => {
    if (p.id !== undefined) {
      hashId(p.id, h);
      t.idA[i] = h[0]!;
      t.idB[i] = h[1]!;
      hashId(normaliseId(p.id), h);
      t.normA[i] = h[0]!;
      t.normB[i] = h[1]!;
      t.hasId[i] = 1;
    }
    let fn = t.functionIds.indexOf(p.fn);
    if (fn < 0) fn = t.functionIds.push(p.fn) - 1;
    t.fn[i] = fn;
    t.birth[i] = p.birthYear * 16 + (p.birthMonth ?? 7);
    t.temporary[i] = p.temporary ? 1 : 0;
    t.endYear[i] = p.endYear ?? -1;
    t.fte[i] = p.fte ?? 1;
    t.count[i] = 1;
    t.line[i] = p.line ?? i + 2;
  });
  return t;
}
