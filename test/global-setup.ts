import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Builds dist/ once before the suite (the bundle bin/spp.js runs: `npm run build`), so the CLI tests
 * run the real binary. `npm test` has just built it and sets SPP_BUILT=1 to skip this; a bare
 * `npx vitest` builds here. Makes the folder in which the test files share the plans they solve
 * (SPP_TEST_SOLVES, test/shared-plan-solves.ts) and removes it when the run ends.
 */
export default function setup(): () => void {
  const root = resolve(import.meta.dirname, '..');
  if (process.env['SPP_BUILT'] !== '1') {
    const bundle = spawnSync(process.execPath, [join(root, 'scripts/bundle.mjs')], { cwd: root, encoding: 'utf8' });
    if (bundle.status !== 0) process.stderr.write(bundle.stdout + bundle.stderr);
  }
  if (!existsSync(join(root, 'dist/bundle/spp.js'))) throw new Error('the build did not produce dist/bundle/spp.js');
  const solves = mkdtempSync(join(tmpdir(), 'spp-test-solves-'));
  process.env['SPP_TEST_SOLVES'] = solves;
  return () => rmSync(solves, { recursive: true, force: true });
}
