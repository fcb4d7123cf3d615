import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runSpp } from './run-spp.js';

/** Every example users copy from scenarios/ must pass `spp validate --strict` (STYLE: docs cannot rot). */
const files = readdirSync(join(repoRoot, 'scenarios'))
  .filter((name) => /\.ya?ml$/i.test(name))
  .sort();

describe('scenarios/', () => {
  it('holds example scenarios, among them the bundled baseline', async () => {
    expect(files).toContain('baseline.yaml');
  });

  it.each(files)('%s validates without errors or warnings', async (name) => {
    const run = await runSpp(['validate', `scenarios/${name}`, '--strict', '--format', 'json']);
    const json = JSON.parse(run.stdout) as { errors: number; warnings: number; diagnostics: { message: string }[] };
    expect(json.errors + json.warnings, run.stdout).toBe(0);
    expect(run.exitCode, run.stdout).toBe(0);
  });

  it('is what `spp validate` checks without arguments', async () => {
    const run = await runSpp(['validate', '--strict']);
    expect(run.exitCode, run.stdout).toBe(0);
  });
});
