import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScenario } from '../../src/io/read-scenario.js';
import { checkScenarioRules } from '../../src/validate/scenario-rules.js';

const fixture = (...parts: string[]): string => resolve('fixtures/scenario', ...parts);

function scratch(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'spp-scenario-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('extends', () => {
  it('merges maps deeply and replaces lists', async () => {
    const { value, diagnostics } = await readScenario(fixture('extends-merge', 'scenario.yaml'));
    // Only the notice that the child's attrition list drops the parent's age bands.
    expect(diagnostics.map((d) => [d.code, d.severity, d.line, d.path])).toEqual([['SCENARIO_LIST_REPLACED', 'notice', 6, 'workforce.attrition']]);
    const s = value!.scenario;
    expect(s.id).toBe('versneld');
    expect(s.horizon).toEqual({ start: 2026, end: 2035 }); // from the parent
    // Lists replace: the child's single attrition rule, not the parent's two.
    expect(s.workforce.attrition).toEqual([{ rate: 0.05 }]);
    // Maps merge: the parent's start/end/curve with the child's target; the sibling category stays.
    expect(s.digitalisation.automation['administrative']).toEqual({ target: 0.8, start: 2026, end: 2032, curve: 's-curve' });
    expect(s.digitalisation.automation['customer_contact']).toEqual({ target: 0.3, end: 2030, curve: 'linear' });
    // A default fills what neither file sets, a parent value what only the parent sets.
    expect(s.workforce.temporary).toEqual({ renewal_rate: 0.4, default_years: 1 });
    expect(value!.files).toEqual([fixture('extends-merge', 'scenario.yaml'), fixture('extends-merge', 'base.yaml')]);
  });

  it('resolves each data path relative to the file that set it', async () => {
    const { value } = await readScenario(fixture('extends-merge', 'scenario.yaml'));
    expect(value!.dataPaths).toEqual({
      functions: fixture('extends-merge', 'data', 'functions.csv'),
      headcount: fixture('shared', 'headcount.csv'),
    });
  });

  it('locates merged values in the file that wrote them', async () => {
    const { value } = await readScenario(fixture('extends-merge', 'scenario.yaml'));
    const child = fixture('extends-merge', 'scenario.yaml');
    const base = fixture('extends-merge', 'base.yaml');
    expect(value!.locate(['horizon', 'start'])).toEqual({ file: base, line: 2, column: 19 });
    expect(value!.locate(['digitalisation', 'automation', 'administrative', 'target'])).toEqual({ file: child, line: 10, column: 31 });
    expect(value!.locate(['digitalisation', 'automation', 'administrative', 'end'])).toEqual({ file: base, line: 13, column: 54 });
    expect(value!.locate(['workforce', 'attrition', 0, 'rate'])).toEqual({ file: child, line: 7, column: 15 });
    expect(value!.locate(['digitalisation', 'automation', 'customer_contact'], 'key')).toEqual({ file: base, line: 14, column: 5 });
  });

  it('keeps the merged document before defaults as raw', async () => {
    const { value } = await readScenario(fixture('extends-merge', 'scenario.yaml'));
    const raw = value!.raw as Record<string, unknown>;
    expect(raw['reskilling']).toBeUndefined();
    expect(raw['workforce']).toEqual({ attrition: [{ rate: 0.05 }], temporary: { renewal_rate: 0.4 } });
  });

  it('reports a cycle of three files with the chain', async () => {
    const dir = scratch({
      'a.yaml': 'id: a\nextends: b.yaml\nhorizon: { start: 2026, end: 2030 }\n',
      'b.yaml': 'id: b\nextends: c.yaml\n',
      'c.yaml': 'id: c\nextends: a.yaml\n',
    });
    const { value, diagnostics } = await readScenario(join(dir, 'a.yaml'));
    expect(value).toBeNull();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'SCENARIO_EXTENDS_CYCLE', file: join(dir, 'c.yaml'), line: 2, column: 10 });
    expect(diagnostics[0]!.message).toBe('extends makes a cycle: a.yaml → b.yaml → c.yaml → a.yaml');
  });

  it('reports a file that extends itself', async () => {
    const dir = scratch({ 'a.yaml': 'id: a\nextends: ./a.yaml\nhorizon: { start: 2026, end: 2030 }\n' });
    const { diagnostics } = await readScenario(join(dir, 'a.yaml'));
    expect(diagnostics.map((d) => d.code)).toEqual(['SCENARIO_EXTENDS_CYCLE']);
  });

  it("says an empty extends is empty (it read the scenario's own folder: 'cannot read : it is a folder')", async () => {
    const dir = scratch({ 'a.yaml': 'id: a\nextends: " "\nhorizon: { start: 2026, end: 2030 }\n' });
    const { value, diagnostics } = await readScenario(join(dir, 'a.yaml'));
    expect(value).toBeNull();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'SCENARIO_EXTENDS_MISSING', line: 2, column: 10 });
    expect(diagnostics[0]!.message).toMatch(/^extends: expected the file name of the scenario this one builds on .*found an empty text/);
  });
});

describe('reading', () => {
  it('reads years written as map keys as strings', async () => {
    const dir = scratch({
      's.yaml': 'id: s\nhorizon: { start: 2026, end: 2035 }\nworkforce:\n  retirement_age: { 2024: 67, 2028: 67.25 }\n',
    });
    const { value, diagnostics } = await readScenario(join(dir, 's.yaml'));
    expect(diagnostics).toEqual([]);
    expect(value!.scenario.workforce.retirement_age).toEqual({ '2024': 67, '2028': 67.25 });
  });

  it('reports a missing file as a diagnostic, not a throw', async () => {
    const { value, diagnostics } = await readScenario(fixture('does-not-exist.yaml'));
    expect(value).toBeNull();
    expect(diagnostics.map((d) => d.code)).toEqual(['SCENARIO_NOT_FOUND']);
  });

  it('reports a folder given as a scenario', async () => {
    const { diagnostics } = await readScenario(fixture('empty'));
    expect(diagnostics[0]!.message).toBe('expected a scenario file, found a folder');
  });

  it('treats a key named __proto__ as an unknown key, not as a prototype', async () => {
    const dir = scratch({ 's.yaml': 'id: s\nhorizon: { start: 2026, end: 2035 }\n__proto__: { polluted: true }\n' });
    const { diagnostics } = await readScenario(join(dir, 's.yaml'));
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['SCENARIO_UNKNOWN_KEY', 3]]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('takes __proto__ as a task category, skill and label key like constructor (red-team case 6: it was "not a name of lower-case letters")', async () => {
    const dir = scratch({
      's.yaml':
        'id: s\nhorizon: { start: 2026, end: 2035 }\n' +
        'digitalisation:\n  automation:\n    __proto__: { target: 0.6, end: 2030 }\n    constructor: { target: 0.2, end: 2030 }\n' +
        '  skill_shift: [{ skill: __proto__, delta: 1, families: [all], end: 2030 }]\n' +
        'task_profile:\n  __proto__: { predictability: 0.8, complexity: 0.3 }\n  constructor: { predictability: 0.2, complexity: 0.9 }\n' +
        'labels:\n  __proto__: { nl: Proto-werk }\n  constructor: { nl: Bouwwerk }\n',
    });
    const { value, diagnostics } = await readScenario(join(dir, 's.yaml'));
    expect(diagnostics).toEqual([]);
    const scenario = value!.scenario;
    expect(Object.keys(scenario.digitalisation.automation)).toEqual(['__proto__', 'constructor']);
    expect(Object.hasOwn(scenario.digitalisation.automation, '__proto__')).toBe(true);
    expect(scenario.digitalisation.automation['__proto__']!.target).toBe(0.6);
    expect(scenario.task_profile['__proto__']).toEqual({ predictability: 0.8, complexity: 0.3 });
    expect(scenario.labels['__proto__']).toEqual({ nl: 'Proto-werk' });
    expect(scenario.digitalisation.skill_shift[0]!.skill).toBe('__proto__');
  });

  it('a key __proto___ in the file (the stand-in spp validates __proto__ under) stays apart from __proto__', async () => {
    const dir = scratch({
      's.yaml': 'id: s\nhorizon: { start: 2026, end: 2035 }\nlabels:\n  __proto__: { nl: Een }\n  __proto___: { nl: Twee }\n  BAD: { nl: Drie }\n',
    });
    const { diagnostics, partial } = await readScenario(join(dir, 's.yaml'));
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['SCENARIO_INVALID_KEY', 6]]);
    expect(partial!.scenario.labels['__proto__']).toEqual({ nl: 'Een' });
    expect(partial!.scenario.labels['__proto___']).toEqual({ nl: 'Twee' });
  });

  it('points a wrong value inside an anchor at the anchor', async () => {
    const dir = scratch({
      's.yaml': 'id: s\nhorizon: { start: 2026, end: 2035 }\nx-rule: &r { rate: 2 }\nworkforce:\n  attrition: [*r]\n',
    });
    const { diagnostics } = await readScenario(join(dir, 's.yaml'));
    expect(diagnostics.map((d) => [d.code, d.line, d.column]).sort()).toEqual([
      ['SCENARIO_OUT_OF_RANGE', 3, 20],
      ['SCENARIO_UNKNOWN_KEY', 3, 1],
    ]);
  });

  it('reports every bad value, not just the first', async () => {
    const dir = scratch({
      's.yaml': 'id: s\nhorizon: { start: 2026, end: 2035.5 }\nreskilling: { cost_per_hour: -1, min_similarity: "half" }\n',
    });
    const { diagnostics } = await readScenario(join(dir, 's.yaml'));
    expect(diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`)).toEqual([
      'SCENARIO_WRONG_TYPE 2:30',
      'SCENARIO_OUT_OF_RANGE 3:30',
      'SCENARIO_WRONG_TYPE 3:50',
    ]);
    expect(diagnostics[0]!.message).toBe('horizon.end: expected a whole number, found 2035.5');
  });
});

describe('rules without data', () => {
  it('checks flows against function and general attrition rules only', async () => {
    const dir = scratch({
      's.yaml':
        'id: s\nhorizon: { start: 2026, end: 2035 }\nworkforce:\n  attrition:\n    - { rate: 0.1 }\n    - { family: ICT, rate: 0.9 }\n' +
        '  transitions:\n    F010: { F020: 0.85 }\n    F020: { F010: 0.9 }\n',
    });
    const { value } = await readScenario(join(dir, 's.yaml'));
    const found = checkScenarioRules({ scenario: value!.scenario, locate: value!.locate });
    // F010: 0.1 + 0.85 fits; F020: 0.1 + 0.9 = 1 fits exactly; the family rule cannot be matched without data.
    expect(found).toEqual([]);
  });

  it('reports flows over one and leaves references alone', async () => {
    const dir = scratch({
      's.yaml':
        'id: s\nhorizon: { start: 2026, end: 2035 }\nworkforce:\n  attrition:\n    - { ages: "<35", rate: 0.2 }\n' +
        '  transitions:\n    X999: { F020: 0.85 }\n',
    });
    const { value } = await readScenario(join(dir, 's.yaml'));
    const found = checkScenarioRules({ scenario: value!.scenario, locate: value!.locate });
    expect(found.map((d) => `${d.code} ${d.line}:${d.column}`)).toEqual(['FLOW_NEGATIVE_STAY 7:5']);
    expect(found[0]!.message).toContain('0.2 + transitions 0.85 = 1.05');
  });

  it('accepts `families: [all]` with data', async () => {
    const { testFunctions } = await import('./scenario-functions.js');
    const dir = scratch({
      's.yaml': 'id: s\nhorizon: { start: 2026, end: 2035 }\ndigitalisation:\n  skill_shift:\n    - { skill: digital, delta: 1, families: [all, Publiekszaken], end: 2030 }\n',
    });
    const { value } = await readScenario(join(dir, 's.yaml'));
    expect(checkScenarioRules({ ...value!, functions: testFunctions })).toEqual([]);
  });

  it('lets emerging functions bring new task categories, skills and families', async () => {
    const { testFunctions } = await import('./scenario-functions.js');
    const dir = scratch({
      's.yaml':
        'id: s\nhorizon: { start: 2026, end: 2035 }\n' +
        'digitalisation:\n  automation:\n    analysis: { target: 0.2, end: 2030 }\n' +
        '  skill_shift:\n    - { skill: data_analysis, delta: 1, families: [Informatievoorziening], functions: [N001], end: 2030 }\n' +
        'demand:\n  growth:\n    - { family: Informatievoorziening, rate: 0.05 }\n' +
        '  emerging:\n    - { id: N001, name: Data-analist, family: Informatievoorziening, tasks: { analysis: 1 }, skills: { data_analysis: 4 }, demand: { 2030: 2 } }\n',
    });
    const { value } = await readScenario(join(dir, 's.yaml'));
    expect(checkScenarioRules({ ...value!, functions: testFunctions })).toEqual([]);
  });
});
