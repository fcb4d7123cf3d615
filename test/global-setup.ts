import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Builds dist/ once before the suite (the bundle bin/spp.js runs: `npm run build`), so the CLI tests
 * run the real binary. `npm test` has just built it and sets SPP_BUILT=1 to skip this; a bare
 * `npx vitest` builds here. Makes one temporary folder for the whole run and points TMPDIR (TMP,
 * TEMP) at it, so every folder a test makes with mkdtemp, and whatever spp or Chromium leave in
 * TMPDIR, is removed when the run ends — a developer's /tmp does not fill up run after run. In it, the
 * folder in which the test files share the plans they solve (SPP_TEST_SOLVES, test/shared-plan-solves.ts).
 */
export default function setup(): () => void {
  const root = resolve(import.meta.dirname, '..');
  if (process.env['SPP_BUILT'] !== '1') {
    const bundle = spawnSync(process.execPath, [join(root, 'scripts/bundle.mjs')], { cwd: root, encoding: 'utf8' });
    if (bundle.status !== 0) process.stderr.write(bundle.stdout + bundle.stderr);
  }
  if (!existsSync(join(root, 'dist/bundle/spp.js'))) throw new Error('the build did not produce dist/bundle/spp.js');
  // A short name: Chromium's socket path under TMPDIR holds at most 107 bytes (src/io/print-pdf.ts).
  const run = mkdtempSync(join(tmpdir(), 'spp-t-'));
  // Open to every user like /tmp itself (sticky): tests run spp as another user (uid 65534) on folders in it.
  chmodSync(run, 0o1777);
  for (const name of ['TMPDIR', 'TMP', 'TEMP']) process.env[name] = run;
  const solves = mkdtempSync(join(run, 'spp-test-solves-'));
  process.env['SPP_TEST_SOLVES'] = solves;
  return () => rmSync(run, { recursive: true, force: true, maxRetries: 3 });
}
