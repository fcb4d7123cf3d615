import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScenario } from '../../src/io/read-scenario.js';
import { checkScenarioRules } from '../../src/validate/scenario-rules.js';
import { testFunctions } from './scenario-functions.js';

/**
 * One fixture folder per diagnostic case: `fixtures/scenario/<case>/scenario.yaml` and `expect.txt`
 * listing the expected errors and warnings, one per line: `CODE [file] line:col` (file defaults to
 * scenario.yaml). An empty expect.txt means the scenario is clean. The cross-file rules run against
 * the function profiles in scenario-functions.ts.
 */
const root = resolve('fixtures/scenario');
const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

function expected(dir: string): { code: string; file: string; line: number; column: number }[] {
  return readFileSync(join(dir, 'expect.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((l) => {
      const parts = l.split(/\s+/);
      const [line, column] = parts[parts.length - 1]!.split(':').map(Number);
      return { code: parts[0]!, file: join(dir, parts.length === 3 ? parts[1]! : 'scenario.yaml'), line: line!, column: column! };
    });
}

describe('scenario diagnostics (one fixture per code)', () => {
  it('has fixtures', () => {
    expect(cases.length).toBeGreaterThan(30);
  });

  it.each(cases)('%s', async (name) => {
    const dir = join(root, name);
    const read = await readScenario(join(dir, 'scenario.yaml'));
    const diagnostics = [...read.diagnostics];
    if (read.value !== null) diagnostics.push(...checkScenarioRules({ ...read.value, functions: testFunctions }));
    const actual = diagnostics
      .filter((d) => d.severity !== 'notice')
      .map((d) => ({ code: d.code, file: d.file, line: d.line, column: d.column }));
    expect(actual).toEqual(expected(dir));
    for (const d of diagnostics) {
      expect(d.message.length).toBeGreaterThan(10);
      expect(d.message).not.toMatch(/Invalid input|undefined|\[object/);
    }
  });
});

describe('messages say what was expected', () => {
  const message = async (name: string): Promise<string> => {
    const dir = join(root, name);
    const read = await readScenario(join(dir, 'scenario.yaml'));
    const diagnostics = [...read.diagnostics];
    if (read.value !== null) diagnostics.push(...checkScenarioRules({ ...read.value, functions: testFunctions }));
    return diagnostics.map((d) => d.message).join('\n');
  };

  it('suggests the nearest key', async () => {
    expect(await message('unknown-key')).toBe("unknown key 'strat' in horizon. Did you mean 'start'?");
  });
  it('names the missing key and its parent', async () => {
    expect(await message('missing-key')).toBe("missing key 'end' in horizon: expected a number");
  });
  it('gives the range and the value found', async () => {
    expect(await message('out-of-range')).toBe('workforce.attrition[0].rate: expected a number ≤ 1, found 1.5');
  });
  it('points at a [ { or quote that is never closed, not at the next key where YAML noticed it (CRLF and BOM alike)', async () => {
    expect(await message('yaml-unclosed-bracket')).toBe('YAML syntax error: the [ here is not closed: end the list with ] (on this line, or on following lines indented further)');
    expect(await message('yaml-unclosed-brace-crlf')).toBe('YAML syntax error: the { here is not closed: end the map with } (on this line, or on following lines indented further)');
    expect(await message('yaml-syntax')).toBe('YAML syntax error: the quote (") here is not closed: end the text with "');
  });
  it('suggests the nearest enum value', async () => {
    expect(await message('invalid-value')).toContain("found 'scurve'. Did you mean 's-curve'?");
  });
  it('suggests the nearest function, family, task category and skill', async () => {
    expect(await message('unknown-function')).toContain("unknown function 'F013'. Did you mean 'F010'?");
    expect(await message('unknown-family')).toContain("Did you mean 'Sociaal domein'?");
    expect(await message('unknown-task')).toContain("Did you mean 'administrative'?");
    expect(await message('unknown-skill')).toContain("Did you mean 'digital'?");
    expect(await message('task-profile-unknown')).toBe("task_profile.customer_contakt: unknown task category 'customer_contakt'. Did you mean 'customer_contact'?");
  });
  it('checks task profiles like every other key: values 0–1, known keys', async () => {
    const text = await message('task-profile-out-of-range');
    expect(text).toContain('task_profile.administrative.predictability: expected a number ≤ 1, found 1.2');
    expect(text).toContain("Did you mean 'complexity'?");
  });
  it('names the extends cycle', async () => {
    expect(await message('extends-cycle')).toBe('extends makes a cycle: scenario.yaml → other.yaml → scenario.yaml');
  });
});
