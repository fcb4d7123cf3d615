import type { PersonTable } from '../domain/snapshot.js';

/**
 * Links the persons of two snapshots by employee_id (SPEC §3.6). First by the id as written; then,
 * for those still unlinked on both sides, by the normalised id (leading zeros dropped, case and
 * punctuation ignored) — an export that writes `123` where the other wrote `000123` still links, and
 * the caller says so. Ids are compared as 64-bit hashes; an id that occurs twice in one snapshot
 * never links by its normalised form.
 */
export interface Linkage {
  /** Per old person: the index of the same person in the new snapshot, or -1. */
  newOf: Int32Array;
  /** Per new person: the index in the old snapshot, or -1. */
  oldOf: Int32Array;
  /** Persons linked. */
  linked: number;
  /** Of those, linked only through the normalised id. */
  normalised: number;
  /** The first person linked only through the normalised id: line in the old and in the new file. */
  firstNormalised?: { oldLine: number; newLine: number };
  /** Linked persons whose birth date differs between the snapshots (another person under a re-used id?). */
  birthMismatches: { oldLine: number; newLine: number }[];
  birthMismatchCount: number;
}

/** Links `next` to `old`; only rows with an id take part. */
export function linkSnapshots(old: PersonTable, next: PersonTable): Linkage {
  const newOf = new Int32Array(old.size).fill(-1);
  const oldOf = new Int32Array(next.size).fill(-1);
  let linked = 0;
  const exact = new HashIndex(old.size);
  for (let i = 0; i < old.size; i++) if (old.hasId[i] === 1) exact.add(old.idA[i]!, old.idB[i]!, i);
  for (let j = 0; j < next.size; j++) {
    if (next.hasId[j] !== 1) continue;
    const i = exact.get(next.idA[j]!, next.idB[j]!);
    if (i >= 0 && newOf[i] === -1) {
      newOf[i] = j;
      oldOf[j] = i;
      linked++;
    }
  }

  // Second pass on the normalised ids of the persons still unlinked on both sides.
  const loose = new HashIndex(old.size - linked);
  for (let i = 0; i < old.size; i++) if (old.hasId[i] === 1 && newOf[i] === -1) loose.add(old.normA[i]!, old.normB[i]!, i);
  const seenNew = new HashIndex(next.size - linked);
  for (let j = 0; j < next.size; j++) if (next.hasId[j] === 1 && oldOf[j] === -1) seenNew.add(next.normA[j]!, next.normB[j]!, j);
  let normalised = 0;
  let firstNormalised: Linkage['firstNormalised'];
  for (let j = 0; j < next.size; j++) {
    if (next.hasId[j] !== 1 || oldOf[j] !== -1) continue;
    if (seenNew.get(next.normA[j]!, next.normB[j]!) === AMBIGUOUS) continue;
    const i = loose.get(next.normA[j]!, next.normB[j]!);
    if (i < 0) continue;
    newOf[i] = j;
    oldOf[j] = i;
    linked++;
    normalised++;
    firstNormalised ??= { oldLine: old.line[i]!, newLine: next.line[j]! };
  }

  const birthMismatches: Linkage['birthMismatches'] = [];
  let birthMismatchCount = 0;
  for (let i = 0; i < old.size; i++) {
    const j = newOf[i]!;
    if (j < 0 || old.birth[i] === next.birth[j]) continue;
    birthMismatchCount++;
    if (birthMismatches.length < 10) birthMismatches.push({ oldLine: old.line[i]!, newLine: next.line[j]! });
  }
  return { newOf, oldOf, linked, normalised, ...(firstNormalised ? { firstNormalised } : {}), birthMismatches, birthMismatchCount };
}

/** Marks a key that occurs more than once. */
const AMBIGUOUS = -2;

/** 64-bit hash (two int32) → index, open addressing; a key added twice maps to AMBIGUOUS. */
class HashIndex {
  private readonly mask: number;
  private readonly keys: Int32Array;
  /** index + 1 per slot; 0 empty. */
  private readonly values: Int32Array;

  constructor(expected: number) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.keys = new Int32Array(capacity * 2);
    this.values = new Int32Array(capacity);
  }

  add(a: number, b: number, index: number): void {
    for (let slot = a & this.mask; ; slot = (slot + 1) & this.mask) {
      const v = this.values[slot]!;
      if (v === 0) {
        this.keys[slot * 2] = a;
        this.keys[slot * 2 + 1] = b;
        this.values[slot] = index + 1;
        return;
      }
      if (this.keys[slot * 2] === a && this.keys[slot * 2 + 1] === b) {
        this.values[slot] = AMBIGUOUS + 1;
        return;
      }
    }
  }

  /** The index stored for the key, AMBIGUOUS, or -1 when absent. */
  get(a: number, b: number): number {
    for (let slot = a & this.mask; ; slot = (slot + 1) & this.mask) {
      const v = this.values[slot]!;
      if (v === 0) return -1;
      if (this.keys[slot * 2] === a && this.keys[slot * 2 + 1] === b) return v - 1;
    }
  }
}
