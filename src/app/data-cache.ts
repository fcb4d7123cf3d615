import { resolve } from 'node:path';
import type { Checked } from '../diagnostics/diagnostic.js';
import { readColumnMap, type ColumnMap } from '../io/column-map.js';
import type { CsvOptions } from '../io/csv/csv-options.js';
import { readFunctions, type FunctionsRead } from '../io/read-functions.js';
import type { HeadcountData, HeadcountOptions } from '../io/read-headcount.js';
import { readPresetHeadcount, type PresetName } from '../io/presets/read-preset-headcount.js';
import { readSimilarity } from '../io/read-similarity.js';
import { sha256Of } from './file-hash.js';
import { compareText } from '../domain/compare-text.js';

/**
 * One data cache for a command that works on several scenarios (validate, compare, a report with
 * several scenarios): each data file is read and folded once per distinct way of reading it. The key
 * is the resolved path plus every option the reading depends on (preset, column map, delimiter,
 * encoding, grouping column, reference year, full-time hours, the known functions and their skills),
 * so two scenarios that read the same file the same way share one read, and any difference reads
 * again. Values are shared: treat them as read-only. A command makes one cache and passes it to
 * every loadInputs call; a cache lives as long as the command.
 */
export interface DataCache {
  columns(path: string): Promise<Checked<ColumnMap>>;
  functions(path: string, options: CsvOptions): Promise<FunctionsRead>;
  headcount(path: string, preset: PresetName | undefined, options: HeadcountOptions): Promise<Checked<HeadcountData> & { source: string; sha256?: string }>;
  similarity(path: string, options: CsvOptions & { knownFunctions?: ReadonlySet<string> }): Promise<Checked<Map<string, number>>>;
  /** SHA-256 (hex) of a file or export folder, for the stamp; a headcount file's is the one hashed while it was read. */
  sha256(path: string): Promise<string>;
  /** How many times each kind of file was actually read (cache misses). */
  readonly reads: Readonly<Record<'columns' | 'functions' | 'headcount' | 'similarity' | 'sha256', number>>;
}

/** A fresh, empty cache. */
export function createDataCache(): DataCache {
  const entries = new Map<string, Promise<unknown>>();
  const reads = { columns: 0, functions: 0, headcount: 0, similarity: 0, sha256: 0 };
  const keyOf = (kind: keyof typeof reads, path: string, options: unknown): string => `${kind}\0${resolve(path)}\0${stableKey(options)}`;
  const once = <T>(kind: keyof typeof reads, path: string, options: unknown, read: () => Promise<T>): Promise<T> => {
    const key = keyOf(kind, path, options);
    let hit = entries.get(key) as Promise<T> | undefined;
    if (hit === undefined) {
      reads[kind] += 1;
      hit = read();
      entries.set(key, hit);
    }
    return hit;
  };
  return {
    columns: (path) => once('columns', path, null, () => readColumnMap(path)),
    functions: (path, options) => once('functions', path, options, () => readFunctions(path, options)),
    headcount: (path, preset, options) =>
      once('headcount', path, { preset: preset ?? null, options }, async () => {
        const read = await readPresetHeadcount(path, preset, options);
        const hashKey = keyOf('sha256', read.source, null);
        if (read.sha256 !== undefined && !entries.has(hashKey)) entries.set(hashKey, Promise.resolve(read.sha256));
        return read;
      }),
    similarity: (path, options) => once('similarity', path, options, () => readSimilarity(path, options)),
    sha256: (path) => once('sha256', path, null, () => sha256Of(path)),
    reads,
  };
}

/** A text that is equal for equal options: object keys sorted, sets and maps as sorted lists. */
function stableKey(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Set) return { set: [...v].map(String).sort() };
    if (v instanceof Map) return { map: [...v.entries()].map(([k, x]) => [String(k), x]).sort((a, b) => compareText(a[0]!, b[0]!)) };
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const sorted: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
      return sorted;
    }
    return v;
  });
}
