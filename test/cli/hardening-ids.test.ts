import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, repoRoot } from './run-spp.js';

/** #13 class 2: `__proto__` and `constructor` are ordinary function ids everywhere. */

beforeAll(() => buildCli());

describe('ids named like Object properties', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spp-ids-'));
  const rename = (text: string): string => text.replaceAll('F001', '__proto__').replaceAll('F002', 'constructor');
  writeFileSync(join(dir, 'functions.csv'), rename(readFileSync(join(repoRoot, 'fixtures/example/functions.csv'), 'utf8')));
  writeFileSync(join(dir, 'headcount.csv'), rename(readFileSync(join(repoRoot, 'fixtures/example/headcount.csv'), 'utf8')));
  // baseline.yaml moves 3% of F001 to F002 each year and gives F001 its own attrition rule.
  writeFileSync(join(dir, 's.yaml'), rename(readFileSync(join(repoRoot, 'scenarios/baseline.yaml'), 'utf8')).replaceAll('../fixtures/example/', ''));
  const spp = (args: string[]) => spawnSync(process.execPath, [join(repoRoot, 'bin/spp.js'), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

  it('validate finds nothing wrong (no false self-transition)', () => {
    const r = spp(['validate', '--lang', 'en', 's.yaml']);
    expect(r.stdout + r.stderr).not.toMatch(/FLOW_SELF_TRANSITION/);
    expect(r.stdout).toMatch(/^0 errors, 0 warnings|^no problems/m);
    expect(r.status).toBe(0);
  });

  it('a transition from __proto__ to constructor is applied, as F001 → F002 is', () => {
    const r = spp(['project', '-s', 's.yaml', '-q', '-f', 'json']);
    expect(r.status, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as { functions: { id: string; years: { moved_out_fte: number; moved_in_fte: number }[] }[] };
    const proto = result.functions.find((f) => f.id === '__proto__')!;
    const ctor = result.functions.find((f) => f.id === 'constructor')!;
    expect(proto.years[1]!.moved_out_fte).toBeGreaterThan(1);
    expect(ctor.years[1]!.moved_in_fte).toBeCloseTo(proto.years[1]!.moved_out_fte, 3);
  });

  it('explain and reskill run on them', () => {
    const explain = spp(['explain', '__proto__', '-s', 's.yaml', '-q', '-f', 'json']);
    expect(explain.status, explain.stderr).toBe(0);
    expect(explain.stdout).not.toMatch(/\[object|"share": null|Function/);
    expect(spp(['reskill', '-s', 's.yaml', '-q', '-f', 'json']).status).toBe(0);
  });
});
