import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDataset, VOORBEELD_OPTIONS } from '../../src/app/generate.js';
import { FAMILIES, SKILLS, TASK_CATEGORIES } from '../../src/app/example-data/function-house.js';
import { REFERENCE_YEAR } from '../../src/app/example-data/workforce-profile.js';
import { completedAge, summariseHeadcount, type HeadcountStats } from './dataset-stats.js';

const exampleDir = fileURLToPath(new URL('../../fixtures/example/', import.meta.url));
const functionsPath = `${exampleDir}functions.csv`;
const headcountPath = `${exampleDir}headcount.csv`;

// `UPDATE_EXAMPLE=1 npx vitest run test/data` regenerates the committed example from the generator
// (then review the diff and the figures in fixtures/example/README.md).
if (process.env['UPDATE_EXAMPLE'] === '1') {
  const dataset = generateDataset(VOORBEELD_OPTIONS);
  writeFileSync(functionsPath, dataset.functionsCsv);
  writeFileSync(headcountPath, [...dataset.headcountCsv].join(''));
}

const functionsCsv = readFileSync(functionsPath, 'utf8');
const headcountCsv = readFileSync(headcountPath, 'utf8');
const functions = parse(functionsCsv, { columns: true }) as Record<string, string>[];
const headcount = parse(headcountCsv, { columns: true }) as Record<string, string>[];
let stats: HeadcountStats;
beforeAll(() => {
  stats = summariseHeadcount(headcountCsv, REFERENCE_YEAR);
});

describe('Gemeente Voorbeeld', () => {
  it('is exactly what the generator produces for its fixed seed and size', () => {
    const dataset = generateDataset(VOORBEELD_OPTIONS);
    expect(dataset.functionsCsv).toBe(functionsCsv);
    expect([...dataset.headcountCsv].join('')).toBe(headcountCsv);
  });

  it('has about 1,500 people in about 80 functions over the municipal families', () => {
    expect(headcount).toHaveLength(1500);
    expect(functions.length).toBeGreaterThanOrEqual(75);
    expect(functions.length).toBeLessThanOrEqual(90);
    expect(new Set(functions.map((f) => f['family']))).toEqual(new Set(FAMILIES));
    expect(functions.map((f) => f['function_id'])).toEqual(
      functions.map((_, i) => `F${String(i + 1).padStart(3, '0')}`),
    );
  });

  it('matches the sector figures within the bands stated in the README', () => {
    expect(stats.meanAge).toBeGreaterThanOrEqual(46);
    expect(stats.meanAge).toBeLessThanOrEqual(48);
    expect(stats.shareUnder35).toBeGreaterThanOrEqual(0.15);
    expect(stats.shareUnder35).toBeLessThanOrEqual(0.21);
    expect(stats.share60Plus).toBeGreaterThanOrEqual(0.14);
    expect(stats.share60Plus).toBeLessThanOrEqual(0.2);
    expect(stats.partTimeFactor).toBeGreaterThanOrEqual(0.87);
    expect(stats.partTimeFactor).toBeLessThanOrEqual(0.92);
    expect(stats.shareTemporary).toBeGreaterThanOrEqual(0.06);
    expect(stats.shareTemporary).toBeLessThanOrEqual(0.1);
  });

  it('states its realised figures in the README', () => {
    const readme = readFileSync(`${exampleDir}README.md`, 'utf8');
    const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
    expect(readme).toContain(`| persons | ${stats.persons} |`);
    expect(readme).toContain(`| FTE | ${stats.fte.toFixed(1)} |`);
    expect(readme).toContain(`| mean age | ${stats.meanAge.toFixed(1)} |`);
    expect(readme).toContain(`| under 35 | ${pct(stats.shareUnder35)} |`);
    expect(readme).toContain(`| 60 or over | ${pct(stats.share60Plus)} |`);
    expect(readme).toContain(`| part-time factor | ${stats.partTimeFactor.toFixed(3)} |`);
    expect(readme).toContain(`| temporary contracts | ${pct(stats.shareTemporary)} |`);
    expect(readme).toContain(`| functions | ${functions.length} |`);
  });

  it('has task shares that sum to 1 and skills from 0 to 5 in every function', () => {
    for (const f of functions) {
      const sum = TASK_CATEGORIES.reduce((s, c) => s + Number(f[`task.${c}`]), 0);
      expect(sum, f['function_id']).toBeCloseTo(1, 9);
      for (const s of SKILLS) {
        const level = Number(f[`skill.${s}`]);
        expect(Number.isInteger(level) && level >= 0 && level <= 5, `${f['function_id']} ${s}`).toBe(true);
      }
      expect(SKILLS.some((s) => Number(f[`skill.${s}`]) > 0)).toBe(true);
    }
  });

  it('carries routine work where routine work is done and little of it in policy, ICT and spatial functions', () => {
    const byName = new Map(functions.map((f) => [f['name'], f]));
    const routine = (name: string): number =>
      Number(byName.get(name)?.['task.administrative']) + Number(byName.get(name)?.['task.customer_contact']);
    for (const name of ['Medewerker Klantcontactcentrum', 'Medewerker Burgerzaken', 'Medewerker Post en Archief']) {
      expect(routine(name), name).toBeGreaterThanOrEqual(0.75);
    }
    for (const name of ['Beleidsadviseur', 'Informatieadviseur', 'Stedenbouwkundige', 'Systeembeheerder']) {
      expect(routine(name), name).toBeLessThanOrEqual(0.15 + 1e-9);
    }
  });

  it('pays along the cao scales: a higher scale never pays less', () => {
    const byLevel = [...functions].sort((a, b) => Number(a['level']) - Number(b['level']));
    for (let i = 1; i < byLevel.length; i++) {
      expect(Number(byLevel[i]?.['pay'])).toBeGreaterThanOrEqual(Number(byLevel[i - 1]?.['pay']));
    }
    for (const f of functions) {
      expect(Number(f['level'])).toBeGreaterThanOrEqual(4);
      expect(Number(f['level'])).toBeLessThanOrEqual(14);
      expect(Number(f['pay'])).toBeGreaterThan(30_000);
      expect(Number(f['pay'])).toBeLessThan(140_000);
    }
  });

  it('sets each formation near its occupied FTE, with some vacancies and one function over formation', () => {
    let vacant = 0;
    let over = 0;
    for (const f of functions) {
      const occupied = stats.fteByFunction.get(f['function_id'] ?? '') ?? 0;
      const formation = Number(f['formation_fte']);
      expect(occupied, f['function_id']).toBeGreaterThan(0);
      expect(Math.abs(formation - occupied) / occupied, f['function_id']).toBeLessThanOrEqual(0.12);
      if (formation > occupied + 0.05) vacant++;
      if (formation < occupied - 0.05) over++;
    }
    expect(vacant).toBeGreaterThan(functions.length / 2);
    expect(over).toBeGreaterThanOrEqual(1);
  });

  it('has valid people: nobody past the AOW age, end dates only on temporary contracts, unique ids', () => {
    const ids = new Set<string>();
    const functionIds = new Set(functions.map((f) => f['function_id']));
    for (const row of headcount) {
      ids.add(row['employee_id'] ?? '');
      expect(functionIds.has(row['function_id'])).toBe(true);
      const age = completedAge(row['birth_date'] ?? '', REFERENCE_YEAR);
      expect(age).toBeGreaterThanOrEqual(18);
      expect(age).toBeLessThan(67);
      const fte = Number(row['fte']);
      expect(fte > 0 && fte <= 1).toBe(true);
      if (row['contract'] === 'temporary') {
        expect(row['contract_end']).toMatch(/^202[678]-\d\d-\d\d$/);
      } else {
        expect(row['contract']).toBe('permanent');
        expect(row['contract_end']).toBe('');
      }
      expect(row['afdeling']).not.toBe('');
    }
    expect(ids.size).toBe(headcount.length);
    expect(stats.personsByDepartment.size).toBe(7);
  });
});
