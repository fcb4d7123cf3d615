import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScenario } from '../../src/io/read-scenario.js';

/** A scenario file with `body` after id and horizon: its diagnostics as [line, column, code, en], and the scenario read. */
async function read(body: string) {
  const dir = mkdtempSync(join(tmpdir(), 'spp-tags-'));
  const file = join(dir, 's.yaml');
  writeFileSync(file, `id: s\nhorizon: { start: 2026, end: 2030 }\n${body}`);
  const { value, diagnostics } = await readScenario(file);
  return { value: value?.scenario, found: diagnostics.map((d) => [d.line, d.column, d.code, d.message] as const) };
}

/** YAML 1.2's standard tags are read as the spec says; `!!float 3` was "a tag spp does not know" and the text '3'. */
describe('standard YAML tags in a scenario', () => {
  it('reads !!float on a whole number, and !!int, !!str, !!bool, !!null', async () => {
    const { value, found } = await read(
      'workforce:\n  fulltime_hours: !!float 36\n  temporary: { renewal_rate: !!float 0.5, default_years: !!int 2 }\n' +
        'reskilling: { hours_per_level: !!float 4e1, safe_only: !!bool false, closed_destinations: { families: [!!str 12] } }\nprivacy: { min_group: !!int 3 }\n',
    );
    expect(found).toEqual([]);
    expect(value?.workforce.fulltime_hours).toBe(36);
    expect(value?.workforce.temporary).toEqual({ renewal_rate: 0.5, default_years: 2 });
    expect(value?.reskilling.hours_per_level).toBe(40);
    expect(value?.reskilling.safe_only).toBe(false);
    expect(value?.reskilling.closed_destinations.families).toEqual(['12']);
  });

  it('says which tags spp reads, at the tag, for an unknown tag or a value its tag does not fit', async () => {
    const { found } = await read('workforce:\n  fulltime_hours: !!int 36.5\n  temporary: { renewal_rate: !rate 0.5 }\nreskilling: { hours_per_level: !!float veertig }\n');
    const tags = found.filter((d) => d[2] === 'YAML_WARNING' || d[2] === 'YAML_SYNTAX');
    expect(tags.map((d) => d.slice(0, 3))).toEqual([
      [6, 32, 'YAML_SYNTAX'],
      [4, 19, 'YAML_WARNING'],
      [5, 30, 'YAML_WARNING'],
    ]);
    for (const d of tags) expect(d[3]).toContain('the standard tags of YAML 1.2 (!!str, !!int, !!float, !!bool, !!null)');
  });
});
