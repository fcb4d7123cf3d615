import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/app/validate.js';

/** #13 class 2: two rules for the same scope are not silently resolved. */
describe('conflicting rules for the same scope', () => {
  it('warns about the later attrition and growth rule, naming the one that wins', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spp-shadow-'));
    const file = join(dir, 's.yaml');
    const baseline = readFileSync('scenarios/baseline.yaml', 'utf8').replaceAll('../fixtures/', `${resolve('fixtures')}/`);
    writeFileSync(
      file,
      baseline
        .replace('    - { function: F001, rate: 0.15 }', '    - { function: F001, rate: 0.15 }\n    - { function: F001, rate: 0.05 }')
        .replace('    - { family: Sociaal domein, rate: 0.01 }', '    - { family: Sociaal domein, rate: 0.01 }\n    - { family: Sociaal domein, rate: 0.03 }'),
    );
    const { diagnostics } = await validate([file], {});
    const shadowed = diagnostics.filter((d) => d.code === 'SCENARIO_RULE_SHADOWED');
    expect(shadowed.map((d) => d.message)).toEqual([
      expect.stringMatching(/^workforce\.attrition\[6\] \(function F001\) never applies: workforce\.attrition\[5\]/),
      expect.stringMatching(/^demand\.growth\[1\] \(family Sociaal domein\) never applies: demand\.growth\[0\]/),
    ]);
    expect(shadowed.every((d) => d.severity === 'warning' && d.line > 0)).toBe(true);
  });

  it('compares age bands by the ages they cover: an equal band written otherwise, and an overlap', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spp-shadow-'));
    const file = join(dir, 's.yaml');
    writeFileSync(
      file,
      `id: s\nhorizon: { start: 2026, end: 2030 }\ndata: { functions: ${resolve('fixtures/example/functions.csv')}, headcount: ${resolve('fixtures/example/headcount.csv')} }\n` +
        'workforce:\n  attrition:\n    - { ages: "<35", rate: 0.09 }\n    - { ages: "0-34", rate: 0.2 }\n    - { ages: "30-39", rate: 0.05 }\n    - { ages: "55+", rate: 0.02 }\n    - { ages: ">=50", rate: 0.03 }\n    - { ages: "<35", rate: 0.09 }\n',
    );
    const { diagnostics } = await validate([file], {});
    const shadowed = diagnostics.filter((d) => d.code === 'SCENARIO_RULE_SHADOWED');
    expect(shadowed.map((d) => [d.line, d.message])).toEqual([
      [7, expect.stringMatching(/^workforce\.attrition\[1\] \(everyone, ages 0-34\) never applies: workforce\.attrition\[0\]/)],
      [8, expect.stringMatching(/^workforce\.attrition\[2\] \(everyone, ages 30-39\) applies only to ages 35–39: the other ages fall under workforce\.attrition\[0\]/)],
      [10, expect.stringMatching(/^workforce\.attrition\[4\] \(everyone, ages >=50\) applies only to ages 50–54: .*workforce\.attrition\[3\]/)],
    ]);
  });
});
