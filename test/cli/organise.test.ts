import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, expectGolden, runSpp } from './run-spp.js';

beforeAll(() => buildCli());

const POSITION_KEYS = ['predictability', 'complexity', 'quadrant', 'predictability_end', 'complexity_end', 'quadrant_end', 'quadrant_year'];
const QUADRANTS = ['standard', 'specialist', 'flexible_service', 'custom'];

describe('spp organise', () => {
  it('shows standard and custom work on the example: table (golden, 80 columns)', async () => {
    const run = await expectGolden('organise-digitaal-table', ['organise', '-s', 'scenarios/digitaal-versneld.yaml', '--format', 'table', '-q']);
    expect(run.exitCode).toBe(0);
    for (const line of run.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    expect(run.stdout).toContain('Kandidaten voor een pool: maatwerk in 2035');
    // Each list at the horizon is as long as the quadrant table's count of 2035: F006 Post en Archief,
    // discontinued in 2031, is listed apart, not as the 39th of 38 standard functions.
    const lines = run.stdout.split('\n');
    const counts = new Map(lines.flatMap((l) => {
      const m = /^(standaardwerk|specialistisch werk|maatwerk) .*\s(\d+)\s+[\d.]+,\d$/.exec(l);
      return m ? [[m[1]!, Number(m[2])] as const] : [];
    }));
    expect(counts.size).toBe(3);
    const listed = (title: string): string[] => {
      const at = lines.findIndex((l) => l.startsWith(title));
      const end = lines.findIndex((l, i) => i > at && l === '');
      return lines.slice(at + 3, end).map((l) => l.slice(0, 4));
    };
    expect(listed('Standaardwerk in 2035').length).toBe(counts.get('standaardwerk'));
    expect(listed('Specialistisch werk in 2035').length).toBe(counts.get('specialistisch werk'));
    expect(listed('Maatwerk in 2035').length).toBe(counts.get('maatwerk'));
    expect(listed('Geen werk meer in 2035')).toEqual(['F006']);
  });

  it('writes a Markdown memo (golden)', async () => {
    const run = await expectGolden('organise-digitaal-md', ['organise', '-s', 'scenarios/digitaal-versneld.yaml', '--format', 'md', '-q']);
    expect(run.exitCode).toBe(0);
  });

  it('prints spp.organise/1 with the SPEC §3.7 keys, byte-identical on a second run', async () => {
    const a = await runSpp(['organise', '-s', 'scenarios/digitaal-versneld.yaml', '--format', 'json', '-q']);
    const b = await runSpp(['organise', '-s', 'scenarios/digitaal-versneld.yaml', '--format', 'json', '-q']);
    expect(a.exitCode).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const result = JSON.parse(a.stdout);
    expect(result.schema).toBe('spp.organise/1');
    expect(result.stamp.scenario_id).toBe('digitaal-versneld');
    for (const f of result.functions) {
      for (const key of ['id', 'fte', ...POSITION_KEYS]) expect(f).toHaveProperty(key);
      expect(QUADRANTS).toContain(f.quadrant);
      expect(QUADRANTS).toContain(f.quadrant_end);
      if (f.quadrant === f.quadrant_end) expect(f.quadrant_year).toBeNull();
      else expect(f.quadrant_year).toBeGreaterThan(2026);
    }
    const custom = result.functions.filter((f: { quadrant_end: string }) => f.quadrant_end === 'custom').map((f: { id: string }) => f.id).sort();
    expect(result.pool_candidates.map((p: { id: string }) => p.id).sort()).toEqual(custom);
    for (const p of result.pool_candidates) {
      expect(Object.keys(p)).toEqual(expect.arrayContaining(['id', 'fte', 'roles']));
      expect(p.roles.length).toBeGreaterThan(0);
    }
    // Digitalisation moves work into custom work in this scenario.
    expect(result.pool_candidates.some((p: { quadrant_year: number | null }) => p.quadrant_year !== null)).toBe(true);
    // FTE only, never persons.
    expect(a.stdout).not.toMatch(/person/);
  });

  it('writes one CSV row per function and year (Excel-NL dialect too)', async () => {
    const run = await runSpp(['organise', '--format', 'csv', '-q']);
    expect(run.exitCode).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe('function_id,name,family,year,fte,predictability,complexity,quadrant,pool_candidate');
    expect(lines.length - 1).toBe(85 * 10);
    const nl = await runSpp(['organise', '--format', 'csv', '--csv-dialect', 'excel-nl', '-q']);
    expect(nl.stdout.startsWith('\uFEFFfunction_id;name;')).toBe(true);
  });

  it('carries the position keys in project JSON per function', async () => {
    const project = JSON.parse((await runSpp(['project', '-s', 'scenarios/digitaal-versneld.yaml', '--format', 'json', '-q'])).stdout);
    const organise = JSON.parse((await runSpp(['organise', '-s', 'scenarios/digitaal-versneld.yaml', '--format', 'json', '-q'])).stdout);
    const byId = new Map(organise.functions.map((f: { id: string }) => [f.id, f]));
    for (const f of project.functions) {
      const o = byId.get(f.id) as Record<string, unknown>;
      for (const key of POSITION_KEYS) expect(f[key]).toEqual(o[key]);
    }
  });

  it('explains a function’s position now, at the horizon and the year it changes quadrant', async () => {
    const run = await runSpp(['explain', 'F024', '-s', 'scenarios/digitaal-versneld.yaml', '--format', 'table', '-q', '--lang', 'en']);
    expect(run.stdout).toMatch(/Work: specialist work in 2026 \(predictability 0\.\d\d, complexity 0\.\d\d\); custom\s+work from 2028/);
    const json = JSON.parse((await runSpp(['explain', 'F024', '-s', 'scenarios/digitaal-versneld.yaml', '--format', 'json', '-q'])).stdout);
    expect(json.position).toMatchObject({ quadrant: 'specialist', quadrant_end: 'custom', quadrant_year: 2028 });
  });
});
