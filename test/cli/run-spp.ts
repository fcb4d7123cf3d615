import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';

/**
 * Runs the BUILT binary (`node bin/spp.js …`) from the repository root, and compares its stdout,
 * stderr and exit code with one golden Markdown file per invocation (arethetypeswrong style).
 * `UPDATE_GOLDEN=1` rewrites the golden files; review the diff.
 */

export const repoRoot = resolve(import.meta.dirname, '../..');
const goldenDir = join(repoRoot, 'test/cli/__golden__');

/** dist/ is built once for the whole suite by test/global-setup.ts; this only checks it is there. */
export function buildCli(): void {
  if (!existsSync(join(repoRoot, 'dist/cli/main.js'))) throw new Error('dist/cli/main.js is missing: run npm run build');
}

export interface Run {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Runs `spp args…` with colour off and returns its output and exit code. */
export function runSpp(args: readonly string[]): Run {
  const result = spawnSync(process.execPath, [join(repoRoot, 'bin/spp.js'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { stdout: result.stdout, stderr: result.stderr, exitCode: result.status ?? -1 };
}

/** The golden Markdown of one invocation. */
function renderGolden(args: readonly string[], run: Run): string {
  const block = (text: string): string => ['```text', text.replace(/\n$/, ''), '```'].join('\n');
  const parts = [`# spp ${args.join(' ')}`, '', `exit code: ${run.exitCode}`, '', '## stdout', '', block(run.stdout)];
  if (run.stderr !== '') parts.push('', '## stderr', '', block(run.stderr));
  return `${parts.join('\n')}\n`;
}

/** Runs `spp args…` and checks it against `__golden__/<name>.md`. */
export function expectGolden(name: string, args: readonly string[]): Run {
  const run = runSpp(args);
  const file = join(goldenDir, `${name}.md`);
  const text = renderGolden(args, run);
  if (process.env['UPDATE_GOLDEN'] === '1') {
    mkdirSync(goldenDir, { recursive: true });
    writeFileSync(file, text);
  }
  if (!existsSync(file)) throw new Error(`no golden file ${file}: run with UPDATE_GOLDEN=1 and review it`);
  expect(text).toBe(readFileSync(file, 'utf8'));
  return run;
}
