import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readScenario } from '../../src/io/read-scenario.js';
import { ScenarioSchema } from '../../src/domain/scenario-schema.js';
import { repoRoot, runSpp } from './run-spp.js';

describe('spp schema', () => {
  it('prints exactly the committed scenario.schema.json (so it cannot drift)', async () => {
    const run = await runSpp(['schema']);
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(readFileSync(join(repoRoot, 'scenario.schema.json'), 'utf8'));
  });

  it('is a draft 2020-12 schema with $id and title, defaults optional', async () => {
    const schema = JSON.parse((await runSpp(['schema'])).stdout) as Record<string, unknown>;
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(typeof schema['$id']).toBe('string');
    expect(schema['title']).toBe('spp scenario');
    // id and horizon are required of a file that extends none (one that does inherits them).
    expect((schema['else'] as Record<string, unknown>)['required']).toEqual(['id', 'horizon']);
  });
});

describe('the JSON Schema and spp validate agree on structure', () => {
  const schema = JSON.parse(readFileSync(join(repoRoot, 'scenario.schema.json'), 'utf8')) as object;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const check = ajv.compile(schema);

  const fixture = (name: string): string => join(repoRoot, 'fixtures/scenario', name, 'scenario.yaml');
  // Single-file cases whose only problems are structural (no extends, no cross-key rules).
  const invalid = ['unknown-key', 'missing-key', 'missing-top-key', 'wrong-type', 'out-of-range', 'invalid-value', 'invalid-key'];
  // Structurally valid (some break cross-key rules, which the JSON Schema cannot express).
  const valid = ['horizon-order', 'target-order', 'override-empty', 'unknown-function', 'tasks-sum', 'flow-negative-stay'];

  it.each(invalid)('%s: both reject', async (name) => {
    const raw = parse(readFileSync(fixture(name), 'utf8')) as unknown;
    expect(check(raw)).toBe(false);
    const read = await readScenario(fixture(name));
    expect(read.value).toBeNull();
    expect(read.diagnostics.length).toBeGreaterThan(0);
  });

  it.each(valid)('%s: both accept the structure', async (name) => {
    const read = await readScenario(fixture(name));
    expect(read.value).not.toBeNull();
    expect(check(read.value!.raw)).toBe(true);
  });

  it('both accept merged extends chains and the validate fixtures', async () => {
    for (const file of ['fixtures/scenario/extends-merge/scenario.yaml', 'fixtures/validate/clean/basis.yaml', 'fixtures/validate/clean/versneld.yml']) {
      const read = await readScenario(join(repoRoot, file));
      // No error or warning (extends-merge's child list has a notice that it drops the parent's items).
      expect(read.diagnostics.filter((d) => d.severity !== 'notice')).toEqual([]);
      expect(check(read.value!.raw), `${file}: ${ajv.errorsText(check.errors)}`).toBe(true);
    }
  });

  it('both reject a rate outside 0-1 and an unknown nested key', async () => {
    const raw = { id: 'x', horizon: { start: 2026, end: 2030 }, workforce: { attrition: [{ rate: 1.2 }] } };
    expect(check(raw)).toBe(false);
    expect(ScenarioSchema.safeParse(raw).success).toBe(false);
    const nested = { id: 'x', horizon: { start: 2026, end: 2030 }, reskilling: { hours_per_levle: 40 } };
    expect(check(nested)).toBe(false);
    expect(ScenarioSchema.safeParse(nested).success).toBe(false);
  });
});

describe('the JSON Schema checks each file as it is written (an editor sees one file, not the merged chain)', () => {
  const schema = JSON.parse(readFileSync(join(repoRoot, 'scenario.schema.json'), 'utf8')) as object;
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  const check = ajv.compile(schema);
  const bundled = readdirSync(join(repoRoot, 'scenarios')).filter((f) => f.endsWith('.yaml'));

  it.each(bundled)('scenarios/%s, as written (its yaml-language-server line points at this schema), is valid', (name) => {
    const raw = parse(readFileSync(join(repoRoot, 'scenarios', name), 'utf8')) as unknown;
    expect(check(raw), ajv.errorsText(check.errors)).toBe(true);
  });

  it('a file that extends another may give part of a map (spp validate merges it); one that does not must give it whole', () => {
    const partial = { horizon: { end: 2032 }, digitalisation: { automation: { administrative: { target: 0.6 } } }, task_profile: { administrative: { complexity: 0.3 } } };
    expect(check({ extends: 'baseline.yaml', ...partial }), ajv.errorsText(check.errors)).toBe(true);
    expect(check({ id: 'x', ...partial })).toBe(false);
    expect(check({ id: 'x' })).toBe(false);
    expect(check({ id: 'x', horizon: { start: 2026, end: 2030 } })).toBe(true);
  });

  it('typos are still refused, with or without extends, and list items stay whole', () => {
    expect(check({ extends: 'baseline.yaml', horizon: { ends: 2032 } })).toBe(false);
    expect(check({ extends: 'baseline.yaml', workforce: { atrition: [] } })).toBe(false);
    expect(check({ extends: 'baseline.yaml', titel: 'x' })).toBe(false);
    expect(check({ extends: 'baseline.yaml', workforce: { attrition: [{ ages: '<35' }] } })).toBe(false);
    expect(check({ extends: 'baseline.yaml', digitalisation: { automation: { administrative: { target: 1.5 } } } })).toBe(false);
  });
});
