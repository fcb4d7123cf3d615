/**
 * Records keyed by names from the user's files — function ids, families, task categories, skills,
 * scenario ids. They have no prototype, so `__proto__`, `constructor` and `toString` are ordinary
 * keys: a lookup of a missing one is undefined (not Object.prototype or a function), and assigning
 * `__proto__` stores a value instead of changing the prototype. Plain `{}` is for fixed keys only.
 */

/** An empty record without prototype. */
export function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** A record without prototype from entries (later entries win), like Object.fromEntries. */
export function dictFrom<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const out = dict<T>();
  for (const [key, value] of entries) out[key] = value;
  return out;
}

/** `record[key]` when it is the record's own entry, else undefined (for records that may have a prototype). */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
