import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoRoot, runSpp } from './run-spp.js';

/** Every example scenario users copy validates (see validate-scenarios.test.ts), projects and plans. */
const scenarios = readdirSync(`${repoRoot}/scenarios`).filter((f) => f.endsWith('.yaml')).sort();

describe('example scenarios', () => {
  it('are there', async () => expect(scenarios.length).toBeGreaterThanOrEqual(4));
  for (const file of scenarios) {
    it(`${file} projects and gets a reskilling plan`, async () => {
      const project = await runSpp(['project', '-s', `scenarios/${file}`, '--format', 'json', '-q']);
      expect(project.exitCode, project.stderr).toBe(0);
      const result = JSON.parse(project.stdout);
      expect(result.functions.length).toBeGreaterThanOrEqual(80);
      const reskill = await runSpp(['reskill', '-s', `scenarios/${file}`, '--format', 'json', '-q']);
      expect(reskill.exitCode, reskill.stderr).toBe(0);
      expect(JSON.parse(reskill.stdout).schema).toBe('spp.reskill/1');
      // reskill solves the whole action plan (krimp-vacaturestop: three lexicographic MIP stages).
    }, 240_000);
  }
});
