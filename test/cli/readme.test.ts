import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { repoRoot, runSpp } from './run-spp.js';

// Many commands below plan the same scenario (spp plan, reskill, explain, report, on the example and
// on its copy in gemeente-voorbeeld/): each runs its whole way, but an LP solved before is not solved
// again (test/shared-plan-solves.ts).
vi.mock('../../src/model/plan/plan-actions.js', async (original) => (await import('../shared-plan-solves.js')).sharingPlanSolves(await original()));

/**
 * Every concrete `spp …` command in the README runs as written, so the docs cannot rot. They run
 * in a scratch copy of scenarios/ and fixtures/ (relative paths as a user has them after
 * cloning), in README order, so `spp init mijn-spp` happens before anything uses its files.
 * Commands with placeholders (FILE, DIR, N, …) or alternatives (`a|b`) are reference, not examples.
 * They run in process (run-spp.ts), from the scratch folder as working directory.
 */
const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const commands = [...readme.matchAll(/`(spp [^`]+)`/g)]
  .map((m) => m[1]!)
  .filter((c) => !/\b[A-Z]{1,}\b|…|\||\[/.test(c.replace(/^spp /, '')))
  .filter((c, i, all) => all.indexOf(c) === i);

describe('README commands', () => {
  it('finds the tutorial commands', () => {
    expect(commands.length).toBeGreaterThanOrEqual(8);
    expect(commands).toContain('spp init --voorbeeld gemeente-voorbeeld');
    expect(commands.some((c) => c.startsWith('spp report '))).toBe(true);
  });

  const cwd = mkdtempSync(join(tmpdir(), 'spp-readme-'));
  cpSync(join(repoRoot, 'scenarios'), join(cwd, 'scenarios'), { recursive: true });
  cpSync(join(repoRoot, 'fixtures'), join(cwd, 'fixtures'), { recursive: true });
  const home = process.cwd();
  beforeAll(() => process.chdir(cwd));
  afterAll(() => process.chdir(home));

  for (const command of commands) {
    it(`runs: ${command}`, async () => {
      const args = command.replace(/^spp /, '').split(/\s+/);
      const r = await runSpp(args);
      expect(r.exitCode, `${command}\n${r.stderr}`).toBe(0);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }
});
