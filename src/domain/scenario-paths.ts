/**
 * A resolved scenario (after `extends` and defaults) as a flat list of leaves, each with a path a
 * person can read — `digitalisation.automation.administrative.target`,
 * `workforce.attrition[family=Informatievoorziening].rate` — and the keys to reach it. List items of
 * objects are named by what identifies them (their `id`, else their text fields such as function,
 * family or ages), not by position, so two scenarios whose lists differ in order or length still line
 * up rule by rule. Used by `spp compare` (what differs) and `spp sensitivity` (what to move).
 */

import { compareText } from './compare-text.js';

export type ScenarioKey = string | number;

export interface ScenarioLeaf {
  /** Readable path, e.g. `demand.growth[family=Sociaal domein].rate`. */
  path: string;
  /** The keys and list indexes that reach the value in the scenario object. */
  at: ScenarioKey[];
  value: unknown;
  /** The maps, lists and list items that hold it, outermost first (the scenario itself left out). */
  parents: { path: string; at: ScenarioKey[]; kind: 'map' | 'list' | 'item'; identity?: string[] }[];
}

/**
 * Every leaf of a scenario-like value, in document order; undefined values are left out, and so are
 * empty maps and lists unless `empty` (a list of all settings, where `demand.emerging: []` says "none").
 */
export function scenarioLeaves(value: unknown, { empty = false } = {}): ScenarioLeaf[] {
  const leaves: ScenarioLeaf[] = [];
  visit(value, '', [], [], leaves, empty);
  return leaves;
}

/** Reads the value at `at` (undefined when a key is missing). */
export function valueAt(root: unknown, at: readonly ScenarioKey[]): unknown {
  let v: unknown = root;
  for (const key of at) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}

/** A deep copy of `root` with the value at `at` replaced (missing maps on the way are created). */
export function withValueAt<T>(root: T, at: readonly ScenarioKey[], value: unknown): T {
  if (at.length === 0) return value as T;
  const [head, ...rest] = at as [ScenarioKey, ...ScenarioKey[]];
  const base = (root ?? {}) as Record<string | number, unknown>;
  const copy = (Array.isArray(base) ? [...base] : { ...base }) as Record<string | number, unknown>;
  copy[head] = withValueAt(base[head], rest, value);
  return copy as T;
}

/**
 * A map keyed by function codes — `workforce.transitions` (from, then to) and `demand.targets` — by
 * its keys as read: its entries go in the codes' text order, as every list of functions does. A
 * plain object cannot keep that order (JavaScript puts digits-only keys such as `12` first, as
 * numbers, before `0123`), so whoever walks such a map sorts its keys.
 */
function isCodeKeyed(at: readonly ScenarioKey[]): boolean {
  if (at[0] === 'workforce' && at[1] === 'transitions') return at.length === 2 || at.length === 3;
  return at.length === 2 && at[0] === 'demand' && at[1] === 'targets';
}

/** The same for a readable path (`workforce.transitions.HR.21.3`: a code may hold dots, so only the first two parts are read). */
export function isCodeKeyedPath(path: string): boolean {
  return path === 'workforce.transitions' || path === 'demand.targets' || (path.startsWith('workforce.transitions.') && !path.includes('['));
}

/** A map's keys: in text order when it is keyed by function codes (isCodeKeyed), else as written. */
export function mapKeys(value: Record<string, unknown>, codeKeyed: boolean): string[] {
  return codeKeyed ? Object.keys(value).sort(compareText) : Object.keys(value);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function join(prefix: string, key: string): string {
  return prefix === '' ? key : `${prefix}.${key}`;
}

type Parents = ScenarioLeaf['parents'];

function visit(value: unknown, path: string, at: ScenarioKey[], parents: Parents, out: ScenarioLeaf[], empty: boolean): void {
  if (value === undefined) return;
  const kind = Array.isArray(value) ? 'list' : 'map';
  const inner: Parents = path === '' || value === null || typeof value !== 'object' ? parents : [...parents, { path, at, kind }];
  if (isRecord(value)) {
    const keys = mapKeys(value, isCodeKeyed(at));
    if (keys.length === 0 && empty && path !== '') out.push({ path, at, value, parents });
    for (const key of keys) visit(value[key], join(path, key), [...at, key], inner, out, empty);
    return;
  }
  if (Array.isArray(value) && value.some(isRecord)) {
    const seen = new Map<string, number>();
    value.forEach((item, i) => {
      const name = itemName(item, i);
      const n = (seen.get(name) ?? 0) + 1;
      seen.set(name, n);
      const itemPath = `${path}[${name}]${n > 1 ? `#${n}` : ''}`;
      if (!isRecord(item)) {
        out.push({ path: itemPath, at: [...at, i], value: item, parents: inner });
        return;
      }
      const identity = identityKeys(item);
      const rest = Object.keys(item).filter((k) => !identity.includes(k) && item[k] !== undefined);
      if (rest.length === 0) out.push({ path: itemPath, at: [...at, i], value: item, parents: inner });
      const itemParents: Parents = [...inner, { path: itemPath, at: [...at, i], kind: 'item', identity }];
      for (const key of rest) visit(item[key], `${itemPath}.${key}`, [...at, i, key], itemParents, out, empty);
    });
    return;
  }
  if (Array.isArray(value) && value.length === 0 && !empty) return;
  out.push({ path, at, value, parents });
}

/** The keys that name a list item: `id` when it has one, else its text and list-of-text fields. */
function identityKeys(item: Record<string, unknown>): string[] {
  if (typeof item['id'] === 'string') return ['id'];
  return Object.keys(item).filter((k) => {
    const v = item[k];
    return typeof v === 'string' || (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string'));
  });
}

function itemName(item: unknown, index: number): string {
  if (!isRecord(item)) return String(index);
  const keys = identityKeys(item);
  if (keys.length === 0) return String(index);
  if (keys.length === 1 && keys[0] === 'id') return String(item['id']);
  return keys.map((k) => `${k}=${Array.isArray(item[k]) ? (item[k] as string[]).join('+') : String(item[k])}`).join(',');
}

/**
 * What names a list item across two versions of one list (a parent scenario's and the child's that
 * replaces it): a map by its identity as in its path (`family=Sociaal domein`, an `id`), a text by
 * itself; null for a number (a `[low, likely, high]` is one value, not three items) and for a map
 * without text fields, which only its position names.
 */
export function listItemIdentity(item: unknown): string | null {
  if (typeof item === 'string') return item;
  if (!isRecord(item) || identityKeys(item).length === 0) return null;
  return itemName(item, 0);
}
