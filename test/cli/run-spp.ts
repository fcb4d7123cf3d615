import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import { run } from '../../src/cli/run.js';

/**
 * Runs spp in this process through `run(argv, io)` (src/cli/run.ts) with the output captured, or
 * — for the few end-to-end tests — the BUILT binary (`node bin/spp.js …`). Both run from the
 * repository root. One golden Markdown file per invocation holds stdout, stderr and the exit code
 * (arethetypeswrong style); `UPDATE_GOLDEN=1` rewrites them — review the diff.
 */

export const repoRoot = resolve(import.meta.dirname, '../..');
const goldenDir = join(repoRoot, 'test/cli/__golden__');

/** dist/ is built once for the whole suite by test/global-setup.ts; this only checks it is there. */
export function buildCli(): void {
  if (!existsSync(join(repoRoot, 'dist/bundle/spp.js'))) throw new Error('dist/bundle/spp.js is missing: run npm run build');
}

export interface Run {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Runs `spp args…` in process, colour off; `tty` makes stdout a terminal of 80 columns, `columns` one of that width. */
export async function runSpp(args: readonly string[], options: { tty?: boolean; columns?: number } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const exitCode = await run(args, {
    stdout: { write: (s: string) => (stdout += s), isTTY: options.tty === true || options.columns !== undefined, columns: options.columns ?? 80 },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { stdout, stderr, exitCode };
}

const once = new Map<string, Promise<Run>>();

/**
 * `runSpp(args, options)` run once per test file: a later call with the same arguments gets the
 * first run's output (for a command without side effects, no --out, that several tests check).
 */
export function runSppOnce(args: readonly string[], options: { tty?: boolean } = {}): Promise<Run> {
  const key = JSON.stringify([args, options.tty === true]);
  let run = once.get(key);
  if (run === undefined) {
    run = runSpp(args, options);
    once.set(key, run);
  }
  return run;
}

/** Runs the built `node bin/spp.js args…` in `cwd` (default: the repository root), colour off. */
export function runBinary(args: readonly string[], cwd: string = repoRoot): Run {
  const result = spawnSync(process.execPath, [join(repoRoot, 'bin/spp.js'), ...args], {
    cwd,
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

/** Checks a run of `spp args…` against `__golden__/<name>.md`. */
export function expectGoldenRun(name: string, args: readonly string[], run: Run): Run {
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

/** Runs `spp args…` in process and checks it against `__golden__/<name>.md`. */
export async function expectGolden(name: string, args: readonly string[]): Promise<Run> {
  return expectGoldenRun(name, args, await runSpp(args));
}
