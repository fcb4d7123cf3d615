import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Builds dist/ once before the suite (the bundle bin/spp.js runs: `npm run build`), so the CLI tests
 * run the real binary. `npm test` has just built it and sets SPP_BUILT=1 to skip this; a bare
 * `npx vitest` builds here.
 */
export default function setup(): void {
  const root = resolve(import.meta.dirname, '..');
  if (process.env['SPP_BUILT'] !== '1') {
    const bundle = spawnSync(process.execPath, [join(root, 'scripts/bundle.mjs')], { cwd: root, encoding: 'utf8' });
    if (bundle.status !== 0) process.stderr.write(bundle.stdout + bundle.stderr);
  }
  if (!existsSync(join(root, 'dist/bundle/spp.js'))) throw new Error('the build did not produce dist/bundle/spp.js');
}
