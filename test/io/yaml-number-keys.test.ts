import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScenario } from '../../src/io/read-scenario.js';

/** The diagnostics of a scenario file with `body` after id and horizon, as [line, column, code, en]. */
async function diagnose(body: string): Promise<[number, number, string, string][]> {
  const dir = mkdtempSync(join(tmpdir(), 'spp-keys-'));
  const file = join(dir, 's.yaml');
  writeFileSync(file, `id: s\nhorizon: { start: 2026, end: 2030 }\n${body}`);
  const { diagnostics } = await readScenario(file);
  return diagnostics.map((d) => [d.line, d.column, d.code, d.message]);
}

/** Red team: `targets: { 007: … }` silently targeted function '7'; a key YAML reads as another value is refused. */
describe('a map key YAML reads as a number other than its text', () => {
  it('007 as a function id in targets and transitions is a located error saying to quote it', async () => {
    expect(await diagnose('demand:\n  targets: { 007: { 2027: 12 } }\nworkforce:\n  transitions: { 007: { F1: 0.3 } }\n')).toEqual([
      [4, 14, 'YAML_KEY_NOT_AS_WRITTEN', `the key 007 is read by YAML as the number 7, not as the text written: to mean the name '007', put it in quotes: "007" or '007'; to mean the number, write 7`],
      [6, 18, 'YAML_KEY_NOT_AS_WRITTEN', expect.stringContaining(`"007" or '007'`) as unknown as string],
    ]);
  });

  it.each(['1e2', '0x1F', '1.0', '+5', '2030.0', '0o17', '.inf'])('%s as a key is refused', async (key) => {
    const found = await diagnose(`workforce:\n  transitions: { ${key}: { F1: 0.3 } }\n`);
    expect(found.map((d) => d.slice(0, 3))).toEqual([[4, 18, 'YAML_KEY_NOT_AS_WRITTEN']]);
    expect(found[0]![3]).toContain(`"${key}" or '${key}'`);
  });

  it.each([
    ['.inf', 'infinity'],
    ['-.inf', 'minus infinity'],
    ['.nan', "'not a number'"],
  ])('%s as a key is said in words (it printed Infinity and NaN)', async (key, words) => {
    const [found] = await diagnose(`workforce:\n  transitions: { ${key}: { F1: 0.3 } }\n`);
    expect(found![3]).toContain(`the key ${key} is read by YAML as ${words}, not as the text written`);
    expect(found![3]).not.toMatch(/Infinity|NaN/);
  });

  it('keys that read back as written (years, quoted ids) are fine', async () => {
    const found = await diagnose('workforce:\n  retirement_age: { 2026: 67, 2028: 67.25 }\n  transitions: { "007": { F1: 0.3 }, \'0x1F\': { F1: 0.1 } }\n');
    expect(found.filter((d) => d[2].startsWith('YAML_'))).toEqual([]);
  });

  it('a decimal comma splitting a number inside { … } keeps its own explanation', async () => {
    const found = await diagnose('workforce:\n  attrition:\n    - { rate: 0,05 }\n');
    expect(found.map((d) => d[2])).toEqual(['SCENARIO_UNKNOWN_KEY']);
  });
});

/** #13: an anchor merged with `<<: *name` read as a key named '<<' — "unknown key (not shown)" and "rate: found nothing". */
describe('a YAML merge key', () => {
  it('is one located error saying spp does not read it and what to do instead', async () => {
    expect(await diagnose('workforce:\n  attrition:\n    - &young { ages: "<35", rate: 0.1 }\n    - { <<: *young, ages: "35-99" }\n')).toEqual([
      [6, 9, 'YAML_MERGE_KEY', 'YAML merge keys (<<: *name) are not supported: write the keys out here, or put what scenarios share in one the others extend (extends:)'],
    ]);
  });

  it("'<<' in quotes is an ordinary (unknown) key", async () => {
    expect((await diagnose('workforce: { "<<": 1 }\n')).map((d) => d[2])).toEqual(['SCENARIO_UNKNOWN_KEY']);
  });
});

describe("a value of YAML's own tags where a text or number is expected", () => {
  it.each([
    ['!!binary aGVsbG8=', 'binary data (!!binary)'],
    ['!!timestamp 2026-01-01', 'a date (!!timestamp)'],
  ])('%s is named for what it is (it said "found a map")', async (value, found) => {
    const d = await diagnose(`title: ${value}\nworkforce: { fulltime_hours: ${value} }\n`);
    expect(d.map((x) => x[3])).toEqual([`title: expected a text, found ${found}`, `workforce.fulltime_hours: expected a number, found ${found}`]);
  });
});
