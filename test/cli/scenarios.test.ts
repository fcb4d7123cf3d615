import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, repoRoot, runSpp } from './run-spp.js';

beforeAll(() => buildCli());

/** Every example scenario users copy validates (see validate-scenarios.test.ts), projects and plans. */
const scenarios = readdirSync(`${repoRoot}/scenarios`).filter((f) => f.endsWith('.yaml')).sort();

describe('example scenarios', () => {
  it('are there', () => expect(scenarios.length).toBeGreaterThanOrEqual(4));
  for (const file of scenarios) {
    it(`${file} projects and gets a reskilling plan`, () => {
      const project = runSpp(['project', '-s', `scenarios/${file}`, '--format', 'json', '-q']);
      expect(project.exitCode, project.stderr).toBe(0);
      const result = JSON.parse(project.stdout);
      expect(result.functions.length).toBeGreaterThanOrEqual(80);
      const reskill = runSpp(['reskill', '-s', `scenarios/${file}`, '--format', 'json', '-q']);
      expect(reskill.exitCode, reskill.stderr).toBe(0);
      expect(JSON.parse(reskill.stdout).schema).toBe('spp.reskill/1');
    });
  }
});
