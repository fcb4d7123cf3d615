import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, repoRoot } from './run-spp.js';

beforeAll(() => buildCli());

/**
 * Every concrete `spp …` command in the README runs as written, so the docs cannot rot. They run
 * in a scratch copy of scenarios/ and fixtures/ (relative paths as a user has them after
 * cloning), in README order, so `spp init mijn-spp` happens before anything uses its files.
 * Commands with placeholders (FILE, DIR, N, …) or alternatives (`a|b`) are reference, not examples.
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

  for (const command of commands) {
    it(`runs: ${command}`, () => {
      const args = command.replace(/^spp /, '').split(/\s+/);
      const r = spawnSync(process.execPath, [join(repoRoot, 'bin/spp.js'), ...args], {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
      expect(r.status, `${command}\n${r.stderr}`).toBe(0);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }
});
