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
});
