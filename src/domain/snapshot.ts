/**
 * A headcount snapshot with identity (SPEC §3.6): one entry per person, so that two snapshots can be
 * linked by employee_id. Stored column-wise in typed arrays; the employee ids themselves are never
 * kept — only two 64-bit hashes of each (of the id as written and of its normalised form) — so no id
 * can leak into an output, and a million persons take about 39 MB.
 */
export interface PersonTable {
  /** Number of persons. */
  size: number;
  /** Hash of the employee_id as written (two 32-bit halves). */
  idA: Int32Array;
  idB: Int32Array;
  /** Hash of the normalised employee_id (upper case, only letters and digits, leading zeros of digit runs dropped). */
  normA: Int32Array;
  normB: Int32Array;
  /** Index into `functionIds`. */
  fn: Int32Array;
  /** Birth year × 16 + month (1–12; 7 when only a year or an age is known). */
  birth: Int32Array;
  /** 1 for a temporary contract, 0 for permanent. */
  temporary: Uint8Array;
  /** Year a temporary contract ends; -1 when none is given. */
  endYear: Int16Array;
  /** FTE of the person. */
  fte: Float32Array;
  /** Persons in the row: 1, or a row's `count` when it has no id. */
  count: Int32Array;
  /** 1 when the row has an employee_id (and a count of 1): only these can be linked. */
  hasId: Uint8Array;
  /** 1-based line of the person's row in the file (0 when not known, e.g. a multi-file export). */
  line: Int32Array;
  /** Interned function ids, by index. */
  functionIds: string[];
}

/** A snapshot: every row read without an error, with or without identity. */
export interface Snapshot {
  /** The file (or export folder) read, for diagnostics. */
  file: string;
  /** 1 January of this year is the snapshot's reference date. */
  year: number;
  persons: PersonTable;
  /** Persons in rows without an id (or with a count above 1): they cannot be linked. */
  anonymousPersons: number;
  /** Persons with an id. */
  identifiedPersons: number;
  /** Persons and FTE per function, of everyone (with or without id). */
  byFunction: Map<string, { persons: number; fte: number }>;
  /** The shape most of its ids have ('999999', 'A9999': digits as 9, letters as A), never an id; undefined without ids. */
  idShape?: string;
}
