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
 * reach an output; about 39 bytes per person. `sha256`: the file's hash, taken during the one read.
 */
export async function readSnapshot(
  path: string,
  preset: PresetName | undefined,
  options: Omit<HeadcountOptions, 'onRow' | 'onExpectRows' | 'groupBy'>,
): Promise<Checked<Snapshot> & { source: string; sha256?: string }> {
  const fallback = await expectedRows(path);
  let table: PersonTableBuilder | undefined;
  let anonymousPersons = 0;
  const read = await readPresetHeadcount(path, preset, {
    ...options,
    // Sized by the reader's guess from the file's first lines plus a tenth (else by the file's size), so it rarely grows.
    onExpectRows: (rows) => {
      table ??= new PersonTableBuilder(Math.min(Math.max(1024, Math.ceil(rows * 1.1)), 4_000_000));
    },
    onRow: (row) => {
      const anonymous = row.employeeId === '' || row.count > 1;
      if (anonymous) anonymousPersons += row.count;
      (table ??= new PersonTableBuilder(fallback)).add(row, !anonymous);
    },
  });
  const people = table ?? new PersonTableBuilder(1024);
  const byFunction = new Map<string, { persons: number; fte: number }>();
  for (const cell of read.value.cells) {
    const f = byFunction.get(cell.functionId) ?? { persons: 0, fte: 0 };
    f.persons += cell.persons;
    f.fte += cell.fte;
    byFunction.set(cell.functionId, f);
  }
  const idShape = people.commonShape();
  return {
    value: { file: read.source, year: options.referenceYear, persons: people.finish(), anonymousPersons, identifiedPersons: people.identified, byFunction, ...(idShape !== undefined ? { idShape } : {}) },
    diagnostics: read.diagnostics,
    source: read.source,
    ...(read.sha256 !== undefined ? { sha256: read.sha256 } : {}),
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

/** Distinct id shapes counted per snapshot; later new shapes are not counted (a column of free text). */
const SHAPES_KEPT = 64;

/**
 * The shape of an id, which says how it is written and not which it is: every digit '9', every letter
 * 'A', any other character itself, at most 40 characters ("000123" → "999999", "M5001" → "A9999").
 * Said when two exports share no id, so their id schemes can be told apart without printing one.
 */
export function idShape(id: string): string {
  let out = '';
  for (const ch of id.slice(0, 40)) {
    if (ch >= '0' && ch <= '9') out += '9';
    else if ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || ch.charCodeAt(0) > 127) out += 'A';
    else out += ch;
  }
  return out;
}

/** A PersonTable of rows as the headcount reader gives them (rows with an empty id or a count above 1 are not linkable). */
export function buildPersonTable(rows: Iterable<Readonly<HeadcountRow>>): PersonTable {
  const builder = new PersonTableBuilder(1024);
  for (const row of rows) builder.add(row, row.employeeId !== '' && row.count === 1);
  return builder.finish();
}

/** Collects persons into typed arrays that grow by half when full. */
class PersonTableBuilder {
  private t: PersonTable;
  private readonly functions = new Map<string, number>();
  identified = 0;
  /** How many ids have each shape (idShape), for the first SHAPES_KEPT shapes met. */
  private readonly shapes = new Map<string, number>();

  constructor(capacity: number) {
    this.t = allocate(capacity);
  }

  add(row: Readonly<HeadcountRow>, identified: boolean): void {
    let t = this.t;
    if (t.size === t.fn.length) t = this.t = grow(t, Math.ceil(t.size * 1.5));
    const i = t.size++;
    if (identified) {
      this.identified++;
      const shape = idShape(row.employeeId);
      const n = this.shapes.get(shape);
      if (n !== undefined) this.shapes.set(shape, n + 1);
      else if (this.shapes.size < SHAPES_KEPT) this.shapes.set(shape, 1);
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

  /** The shape most ids have (ties: the first met); undefined without ids. */
  commonShape(): string | undefined {
    let best: string | undefined;
    let most = 0;
    for (const [shape, n] of this.shapes) {
      if (n > most) {
        best = shape;
        most = n;
      }
    }
    return best;
  }

  /** The table; views of the arrays when little of them is unused (no copy), else a copy of the exact size. */
  finish(): PersonTable {
    const t = this.t;
    if (t.size >= t.fn.length * 0.75) return view(t);
    return grow(t, t.size);
  }
}

/** The per-person columns of a PersonTable, with their array types. */
const COLUMNS = {
  idA: Int32Array,
  idB: Int32Array,
  normA: Int32Array,
  normB: Int32Array,
  fn: Int32Array,
  birth: Int32Array,
  temporary: Uint8Array,
  endYear: Int16Array,
  fte: Float32Array,
  count: Int32Array,
  hasId: Uint8Array,
  line: Int32Array,
} as const;
type Column = keyof typeof COLUMNS;
type AnyArray = Int32Array | Uint8Array | Int16Array | Float32Array;
const COLUMN_NAMES = Object.keys(COLUMNS) as Column[];

/** The first `size` persons of `t` as views of its arrays (no copy). */
function view(t: PersonTable): PersonTable {
  const out = { ...t };
  for (const k of COLUMN_NAMES) (out as Record<Column, AnyArray>)[k] = t[k].subarray(0, t.size);
  return out;
}

function allocate(capacity: number): PersonTable {
  const t = { size: 0, functionIds: [] as string[] } as unknown as PersonTable;
  for (const k of COLUMN_NAMES) (t as unknown as Record<Column, AnyArray>)[k] = new COLUMNS[k](capacity);
  return t;
}

/** A copy of `t` with room for `capacity` persons (capacity ≥ size). */
function grow(t: PersonTable, capacity: number): PersonTable {
  const next = allocate(capacity);
  next.size = t.size;
  for (const k of COLUMN_NAMES) next[k].set(t[k].subarray(0, t.size) as never);
  next.functionIds = t.functionIds;
  return next;
}
