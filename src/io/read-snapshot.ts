import { stat } from 'node:fs/promises';
import type { Checked } from '../diagnostics/diagnostic.js';
import type { PersonTable, Snapshot } from '../domain/snapshot.js';
import { hashId } from './csv/id-registry.js';
import type { HeadcountOptions, HeadcountRow } from './read-headcount.js';
import { readPresetHeadcount, type PresetName } from './presets/read-preset-headcount.js';

/**
 * Reads a headcount snapshot keeping each person's identity (SPEC §3.6), for `spp calibrate` and
 * `spp backtest`. It is the headcount reader itself (same dialects, presets, column matching and
 * located diagnostics: a person twice in one file is CSV_DUPLICATE_ID) with a row hook that stores
 * each person column-wise. The employee id is hashed on the spot and never stored, so it cannot
 * reach an output; about 39 bytes per person.
 */
export async function readSnapshot(
  path: string,
  preset: PresetName | undefined,
  options: Omit<HeadcountOptions, 'onRow' | 'groupBy'>,
): Promise<Checked<Snapshot> & { source: string }> {
  const table = new PersonTableBuilder(await expectedRows(path));
  let anonymousPersons = 0;
  const onRow = (row: Readonly<HeadcountRow>): void => {
    const anonymous = row.employeeId === '' || row.count > 1;
    if (anonymous) anonymousPersons += row.count;
    table.add(row, !anonymous);
  };
  const read = await readPresetHeadcount(path, preset, { ...options, onRow });
  const byFunction = new Map<string, { persons: number; fte: number }>();
  for (const cell of read.value.cells) {
    const f = byFunction.get(cell.functionId) ?? { persons: 0, fte: 0 };
    f.persons += cell.persons;
    f.fte += cell.fte;
    byFunction.set(cell.functionId, f);
  }
  return {
    value: { file: read.source, year: options.referenceYear, persons: table.finish(), anonymousPersons, identifiedPersons: table.identified, byFunction },
    diagnostics: read.diagnostics,
    source: read.source,
  };
}

/**
 * The form of an id used to recognise the same person across exports that write ids differently:
 * upper case, letters and digits only, leading zeros of every run of digits dropped
 * ("e-00123" → "E123", "000123" → "123").
 */
export function normaliseId(id: string): string {
  let out = '';
  let inDigits = false;
  let pendingZero = false;
  for (const ch of id.toUpperCase()) {
    const digit = ch >= '0' && ch <= '9';
    if (!digit && !((ch >= 'A' && ch <= 'Z') || ch.charCodeAt(0) > 127)) continue;
    if (digit) {
      if (!inDigits && ch === '0') {
        pendingZero = true;
        continue;
      }
      inDigits = true;
      pendingZero = false;
      out += ch;
    } else {
      if (pendingZero) out += '0';
      pendingZero = false;
      inDigits = false;
      out += ch;
    }
  }
  return pendingZero ? `${out}0` : out;
}

/** A first guess of the number of rows (a headcount row is rarely under 45 bytes), so the typed arrays rarely grow. */
async function expectedRows(path: string): Promise<number> {
  try {
    const s = await stat(path);
    return s.isFile() ? Math.min(Math.max(1024, Math.ceil(s.size / 45)), 4_000_000) : 1024;
  } catch {
    return 1024;
  }
}

const HASH = new Int32Array(2);

/** Collects persons into typed arrays that grow by half when full. */
class PersonTableBuilder {
  private t: PersonTable;
  private readonly functions = new Map<string, number>();
  identified = 0;

  constructor(capacity: number) {
    this.t = allocate(capacity);
  }

  add(row: Readonly<HeadcountRow>, identified: boolean): void {
    let t = this.t;
    if (t.size === t.fn.length) t = this.t = grow(t, Math.ceil(t.size * 1.5));
    const i = t.size++;
    if (identified) {
      this.identified++;
      hashId(row.employeeId, HASH);
      t.idA[i] = HASH[0]!;
      t.idB[i] = HASH[1]!;
      hashId(normaliseId(row.employeeId), HASH);
      t.normA[i] = HASH[0]!;
      t.normB[i] = HASH[1]!;
    }
    t.count[i] = identified ? 1 : row.count;
    t.hasId[i] = identified ? 1 : 0;
    let fn = this.functions.get(row.functionId);
    if (fn === undefined) {
      fn = t.functionIds.length;
      t.functionIds.push(row.functionId);
      this.functions.set(row.functionId, fn);
    }
    t.fn[i] = fn;
    t.birth[i] = row.birthYear * 16 + row.birthMonth;
    t.temporary[i] = row.temporary ? 1 : 0;
    t.endYear[i] = row.endYear;
    t.fte[i] = row.fte;
    t.line[i] = row.line;
  }

  /** The table; views of the arrays when little of them is unused (no copy), else a copy of the exact size. */
  finish(): PersonTable {
    const t = this.t;
    if (t.size >= t.fn.length * 0.75) return view(t);
    return grow(t, t.size);
  }
}

function view(t: PersonTable): PersonTable {
  const n = t.size;
  return {
    size: n,
    idA: t.idA.subarray(0, n),
    idB: t.idB.subarray(0, n),
    normA: t.normA.subarray(0, n),
    normB: t.normB.subarray(0, n),
    fn: t.fn.subarray(0, n),
    birth: t.birth.subarray(0, n),
    temporary: t.temporary.subarray(0, n),
    endYear: t.endYear.subarray(0, n),
    fte: t.fte.subarray(0, n),
    count: t.count.subarray(0, n),
    hasId: t.hasId.subarray(0, n),
    line: t.line.subarray(0, n),
    functionIds: t.functionIds,
  };
}

function allocate(capacity: number): PersonTable {
  return {
    size: 0,
    idA: new Int32Array(capacity),
    idB: new Int32Array(capacity),
    normA: new Int32Array(capacity),
    normB: new Int32Array(capacity),
    fn: new Int32Array(capacity),
    birth: new Int32Array(capacity),
    temporary: new Uint8Array(capacity),
    endYear: new Int16Array(capacity),
    fte: new Float32Array(capacity),
    count: new Int32Array(capacity),
    hasId: new Uint8Array(capacity),
    line: new Int32Array(capacity),
    functionIds: [],
  };
}

/** A copy of `t` with room for `capacity` persons (capacity ≥ size). */
function grow(t: PersonTable, capacity: number): PersonTable {
  const next = allocate(capacity);
  const n = t.size;
  next.size = n;
  next.idA.set(t.idA.subarray(0, n));
  next.idB.set(t.idB.subarray(0, n));
  next.normA.set(t.normA.subarray(0, n));
  next.normB.set(t.normB.subarray(0, n));
  next.fn.set(t.fn.subarray(0, n));
  next.birth.set(t.birth.subarray(0, n));
  next.temporary.set(t.temporary.subarray(0, n));
  next.endYear.set(t.endYear.subarray(0, n));
  next.fte.set(t.fte.subarray(0, n));
  next.count.set(t.count.subarray(0, n));
  next.hasId.set(t.hasId.subarray(0, n));
  next.line.set(t.line.subarray(0, n));
  next.functionIds = t.functionIds;
  return next;
}
