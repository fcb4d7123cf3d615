import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ScenarioSchema, type Scenario } from '../../src/domain/scenario-schema.js';
import { expectedValue } from '../../src/domain/uncertain.js';

const scenariosDir = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const files = readdirSync(scenariosDir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

type Json = unknown;
const isMap = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The `extends` rule of SPEC §2.4: maps merge deeply, lists (and scalars) of the child replace. */
function mergeDeep(base: Json, child: Json): Json {
  if (!isMap(base) || !isMap(child)) return child;
  const out: Record<string, Json> = { ...base };
  for (const [key, value] of Object.entries(child)) out[key] = key in base ? mergeDeep(base[key], value) : value;
  return out;
}

/** Reads a scenario as written and resolves its `extends` chain (paths relative to each file). */
function loadMerged(path: string, seen: string[] = []): Record<string, Json> {
  if (seen.includes(path)) throw new Error(`extends cycle: ${[...seen, path].join(' -> ')}`);
  const raw = parseYaml(readFileSync(path, 'utf8')) as Json;
  if (!isMap(raw)) throw new Error(`${path} is not a map`);
  const parent = raw['extends'];
  if (typeof parent !== 'string') return raw;
  const base = loadMerged(resolve(dirname(path), parent), [...seen, path]);
  return mergeDeep(base, raw) as Record<string, Json>;
}

function loadScenario(file: string): Scenario {
  const result = ScenarioSchema.safeParse(loadMerged(join(scenariosDir, file)));
  if (!result.success) throw new Error(`${file}: ${JSON.stringify(result.error.issues, null, 1)}`);
  return result.data;
}

const raw = (file: string): Record<string, Json> =>
  parseYaml(readFileSync(join(scenariosDir, file), 'utf8')) as Record<string, Json>;

interface DataReferences {
  functionIds: Set<string>;
  families: Set<string>;
  tasks: Set<string>;
  skills: Set<string>;
}

function readReferences(scenario: Scenario, file: string): DataReferences {
  const path = resolve(scenariosDir, scenario.data.functions ?? '');
  const rows = parseCsv(readFileSync(path, 'utf8'), { columns: true }) as Record<string, string>[];
  const header = Object.keys(rows[0] ?? {});
  const refs: DataReferences = {
    functionIds: new Set(rows.map((r) => r['function_id'] ?? '')),
    families: new Set(rows.map((r) => r['family'] ?? '')),
    tasks: new Set(header.filter((h) => h.startsWith('task.')).map((h) => h.slice(5))),
    skills: new Set(header.filter((h) => h.startsWith('skill.')).map((h) => h.slice(6))),
  };
  for (const e of scenario.demand.emerging) {
    expect(refs.functionIds.has(e.id), `${file}: emerging id ${e.id} clashes with a function`).toBe(false);
    refs.functionIds.add(e.id);
    Object.keys(e.tasks).forEach((t) => refs.tasks.add(t));
    Object.keys(e.skills).forEach((s) => refs.skills.add(s));
  }
  return refs;
}

describe('example scenarios', () => {
  it('are the four documented ones', () => {
    expect(files).toEqual(['baseline.yaml', 'digitaal-versneld.yaml', 'groei-sociaal-ruimte.yaml', 'krimp-vacaturestop.yaml']);
    const readme = readFileSync(join(scenariosDir, 'README.md'), 'utf8');
    for (const file of files) expect(readme).toContain(file);
  });

  describe.each(files)('%s', (file) => {
    it('starts with the schema line and has its file name as id', () => {
      const text = readFileSync(join(scenariosDir, file), 'utf8');
      expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../scenario.schema.json');
      expect(raw(file)['id']).toBe(file.replace(/\.yaml$/, ''));
    });

    it('parses with the scenario schema after merging `extends`', () => {
      const scenario = loadScenario(file);
      expect(scenario.horizon).toEqual({ start: 2026, end: 2035 });
      expect(existsSync(resolve(scenariosDir, scenario.data.functions ?? 'missing'))).toBe(true);
      expect(existsSync(resolve(scenariosDir, scenario.data.headcount ?? 'missing'))).toBe(true);
    });

    it('references only functions, families, task categories and skills that exist', () => {
      const scenario = loadScenario(file);
      const refs = readReferences(scenario, file);
      const fn = (id: string): void => expect(refs.functionIds.has(id), `${file}: function ${id}`).toBe(true);
      const family = (name: string): void => expect(refs.families.has(name), `${file}: family ${name}`).toBe(true);
      for (const rule of scenario.workforce.attrition) {
        if (rule.function !== undefined) fn(rule.function);
        if (rule.family !== undefined) family(rule.family);
      }
      for (const [from, to] of Object.entries(scenario.workforce.transitions)) {
        fn(from);
        Object.keys(to).forEach(fn);
        const moved = Object.values(to).reduce<number>((s, p) => s + expectedValue(p), 0);
        expect(moved, `${file}: transitions out of ${from}`).toBeLessThan(0.5);
      }
      for (const category of Object.keys(scenario.digitalisation.automation)) {
        expect(refs.tasks.has(category), `${file}: task category ${category}`).toBe(true);
      }
      for (const shift of scenario.digitalisation.skill_shift) {
        expect(refs.skills.has(shift.skill), `${file}: skill ${shift.skill}`).toBe(true);
        (shift.families ?? []).filter((f) => f !== 'all').forEach(family);
        (shift.functions ?? []).forEach(fn);
      }
      for (const rule of scenario.demand.growth) {
        if (rule.function !== undefined) fn(rule.function);
        if (rule.family !== undefined) family(rule.family);
      }
      scenario.demand.overrides.forEach((o) => fn(o.function));
      for (const e of scenario.demand.emerging) {
        if (e.family !== undefined) family(e.family);
        const sum = Object.values(e.tasks).reduce((s, x) => s + x, 0);
        expect(sum, `${file}: tasks of ${e.id}`).toBeCloseTo(1, 9);
      }
    });

    it('keeps every time window inside the horizon, with ends after starts', () => {
      const s = loadScenario(file);
      const windows = [
        ...Object.values(s.digitalisation.automation).map((a) => [a.start ?? s.horizon.start, a.end] as const),
        ...s.digitalisation.skill_shift.map((k) => [k.start ?? s.horizon.start, k.end] as const),
        ...s.demand.overrides.filter((o) => o.end !== undefined).map((o) => [o.start ?? s.horizon.start, o.end ?? 0] as const),
      ];
      for (const [start, end] of windows) {
        expect(start).toBeGreaterThanOrEqual(s.horizon.start);
        expect(end).toBeGreaterThan(start);
        expect(end).toBeLessThanOrEqual(s.horizon.end);
      }
    });
  });

  it('give emerging functions distinct ids across scenarios, so compare never mixes two meanings', () => {
    const seen = new Map<string, string>();
    for (const file of files) {
      for (const e of loadScenario(file).demand.emerging) {
        const name = seen.get(e.id);
        if (name !== undefined) expect(name, e.id).toBe(e.name);
        seen.set(e.id, e.name);
      }
    }
    expect(seen.size).toBeGreaterThanOrEqual(4);
  });

  it('use every kind of scenario key somewhere, as written (not only inherited)', () => {
    // Raw YAML as written: loosely typed on purpose, the schema test above checks the types.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    type Loose = Record<string, any>;
    const written = files.map(raw) as Loose[];
    const some = (test: (s: Loose) => boolean): boolean => written.some(test);
    expect(some((s) => isMap(s.workforce?.retirement_age))).toBe(true);
    expect(some((s) => s.workforce?.attrition?.some((r: Loose) => r.ages !== undefined))).toBe(true);
    expect(some((s) => s.workforce?.attrition?.some((r: Loose) => r.family !== undefined))).toBe(true);
    expect(some((s) => s.workforce?.attrition?.some((r: Loose) => r.function !== undefined))).toBe(true);
    expect(some((s) => s.workforce?.temporary?.renewal_rate !== undefined)).toBe(true);
    expect(some((s) => isMap(s.workforce?.transitions))).toBe(true);
    const automations = written.flatMap((s) => Object.values((s.digitalisation?.automation ?? {}) as Loose));
    for (const curve of ['linear', 's-curve', 'step']) expect(automations.some((a) => a.curve === curve), curve).toBe(true);
    expect(automations.some((a) => Array.isArray(a.target) && a.target.length === 3)).toBe(true);
    expect(some((s) => s.digitalisation?.reinvested !== undefined)).toBe(true);
    expect(some((s) => Array.isArray(s.digitalisation?.skill_shift))).toBe(true);
    expect(some((s) => s.demand?.growth?.some((g: Loose) => g.rate < 0))).toBe(true);
    expect(some((s) => s.demand?.growth?.some((g: Loose) => g.rate > 0))).toBe(true);
    expect(some((s) => s.demand?.overrides?.some((o: Loose) => o.change !== undefined))).toBe(true);
    expect(some((s) => s.demand?.overrides?.some((o: Loose) => o.discontinue !== undefined))).toBe(true);
    expect(some((s) => Array.isArray(s.demand?.emerging))).toBe(true);
    expect(some((s) => isMap(s.classification))).toBe(true);
    expect(some((s) => s.reskilling?.budget_per_year !== undefined && s.reskilling?.capacity_per_year !== undefined)).toBe(true);
    expect(some((s) => isMap(s.privacy))).toBe(true);
  });

  it('baseline: retirement, ended contracts and attrition give the sector outflow of about 8% in 2026', () => {
    const s = loadScenario('baseline.yaml');
    const dataDir = resolve(scenariosDir, dirname(s.data.functions ?? ''));
    const functions = parseCsv(readFileSync(join(dataDir, 'functions.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const familyOf = new Map(functions.map((f) => [f['function_id'], f['family']]));
    const people = parseCsv(readFileSync(join(dataDir, 'headcount.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const inBand = (band: string, age: number): boolean => {
      const m = /^\s*(<=?|>=?)?\s*(\d+)\s*(?:-\s*(\d+)|(\+))?\s*$/.exec(band);
      if (m === null) throw new Error(band);
      const a = Number(m[2]);
      if (m[3] !== undefined) return age >= a && age <= Number(m[3]);
      if (m[4] !== undefined || m[1] === '>=') return age >= a;
      if (m[1] === '>') return age > a;
      if (m[1] === '<') return age < a;
      if (m[1] === '<=') return age <= a;
      return age === a;
    };
    let leaving = 0;
    for (const p of people) {
      const birthYear = Number((p['birth_date'] ?? '').slice(0, 4));
      // AOW age 67 in 2026: everyone born in 1959 or before retires during 2026.
      if (birthYear + 67 <= 2026) {
        leaving++;
        continue;
      }
      const age = 2026 - birthYear;
      // Most specific rule wins: function > family > all, then an age band.
      const score = (r: (typeof s.workforce.attrition)[number]): number => {
        if (r.function !== undefined && r.function !== p['function_id']) return -1;
        if (r.family !== undefined && r.family !== familyOf.get(p['function_id'])) return -1;
        if (r.ages !== undefined && !inBand(r.ages, age)) return -1;
        return (r.function ? 4 : 0) + (r.family ? 2 : 0) + (r.ages ? 1 : 0);
      };
      const best = [...s.workforce.attrition].sort((a, b) => score(b) - score(a))[0];
      const rate = best !== undefined && score(best) >= 0 ? expectedValue(best.rate) : 0;
      // SPEC §3 order: an ending temporary contract first (the renewed share stays), then attrition.
      const ending = p['contract'] === 'temporary' && (p['contract_end'] ?? '').startsWith('2026');
      const renewal = expectedValue(s.workforce.temporary.renewal_rate);
      leaving += ending ? 1 - renewal + renewal * rate : rate;
    }
    const outflow = leaving / people.length;
    expect(outflow).toBeGreaterThan(0.075);
    expect(outflow).toBeLessThan(0.095);
  });
});
