import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, repoRoot, runSpp } from './run-spp.js';

/**
 * Function codes with leading zeros, as a Raet export writes them (`000260`): YAML reads a plain
 * `000260` as the number 260 and a typed `260` loses the zeros. spp points to the code as written.
 */

beforeAll(() => buildCli());

const dir = mkdtempSync(join(tmpdir(), 'spp-padded-ids-'));
const rename = (text: string, quote = ''): string => text.replaceAll('F001', `${quote}000260${quote}`).replaceAll('F002', `${quote}000110${quote}`);
writeFileSync(join(dir, 'functions.csv'), rename(readFileSync(join(repoRoot, 'fixtures/example/functions.csv'), 'utf8')));
writeFileSync(join(dir, 'headcount.csv'), rename(readFileSync(join(repoRoot, 'fixtures/example/headcount.csv'), 'utf8')));
const baseline = join(dir, 'baseline.yaml');
writeFileSync(baseline, rename(readFileSync(join(repoRoot, 'scenarios/baseline.yaml'), 'utf8'), '"').replaceAll('../fixtures/example/', ''));
const scenario = (name: string, attrition: string): string => {
  const file = join(dir, name);
  writeFileSync(file, `id: ${name.replace('.yaml', '')}\nextends: baseline.yaml\nworkforce:\n  attrition:\n    - { ages: "<35", rate: 0.09 }\n    - ${attrition}\n`);
  return file;
};

describe('function ids with leading zeros', () => {
  it('the quoted ids validate (the fixture itself is sound)', async () => {
    const run = await runSpp(['validate', baseline, '--lang', 'en']);
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
  });

  it('spp explain 260 suggests 000260, as spp explain 00026 does', async () => {
    for (const typed of ['260', '0260', '00026']) {
      const run = await runSpp(['explain', typed, '-s', baseline, '--lang', 'en', '-q']);
      expect(run.exitCode).toBe(2);
      expect(run.stderr).toContain(`unknown function '${typed}'. Did you mean '000260'?`);
    }
  });

  it("a value written 000260 (YAML: the number 260) gets the quoting hint the key error gives, in en and nl", async () => {
    const file = scenario('zeros.yaml', '{ function: 000260, rate: 0.15 }');
    const en = await runSpp(['validate', file, '--lang', 'en']);
    expect(en.exitCode).toBe(1);
    expect(en.stdout + en.stderr).toMatch(/zeros\.yaml:6:19\s+error\s+workforce\.attrition\[1\]\.function: expected a text, found 260\. YAML reads 000260 as a number: to mean the text '000260', write it in quotes: '000260'\s+\(SCENARIO_WRONG_TYPE\)/);
    const nl = await runSpp(['validate', file]);
    expect(nl.stdout + nl.stderr).toContain("bedoelt u de tekst '000260', schrijf hem dan tussen aanhalingstekens: '000260'");
    // The data commands say the same.
    const project = await runSpp(['project', '-s', file, '--lang', 'en']);
    expect(project.exitCode).toBe(1);
    expect(project.stderr).toContain("write it in quotes: '000260'");
  });

  it('a value written 1e2 or 0x1F, read as another number, gets the same hint', async () => {
    for (const written of ['1e2', '0x1F']) {
      const run = await runSpp(['validate', scenario('forms.yaml', `{ function: ${written}, rate: 0.15 }`), '--lang', 'en']);
      expect(run.stdout + run.stderr).toContain(`YAML reads ${written} as a number: to mean the text '${written}', write it in quotes: '${written}'`);
    }
  });

  it('a value written 260 that is a known id but for its leading zeros gets the hint to quote that id', async () => {
    const file = scenario('typed.yaml', '{ function: 260, rate: 0.15 }');
    for (const args of [['validate', file], ['project', '-s', file]]) {
      const run = await runSpp([...args, '--lang', 'en']);
      expect(run.exitCode).toBe(1);
      expect(run.stdout + run.stderr).toMatch(/typed\.yaml:6:19\s+error\s+workforce\.attrition\[1\]\.function: expected a text, found 260\. The functions file has '000260': write it in quotes: '000260'\s+\(SCENARIO_WRONG_TYPE\)/);
    }
    // A number that is no known id keeps the plain message.
    const other = await runSpp(['validate', scenario('other.yaml', '{ function: 999, rate: 0.15 }'), '--lang', 'en']);
    expect(other.stdout + other.stderr).toMatch(/expected a text, found 999\s+\(SCENARIO_WRONG_TYPE\)/);
  });
});
