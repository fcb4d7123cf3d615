import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The layer lint (`npm run lint`, .dependency-cruiser.cjs) checked against the rules of the BRIEF:
 * a generated tree has one file for every (layer → layer) import, plus the other forbidden kinds,
 * and the real depcruise command with our config must flag exactly the forbidden ones.
 */

const repoRoot = resolve(import.meta.dirname, '../..');
const LAYERS = ['domain', 'diagnostics', 'io', 'model', 'report', 'validate', 'app', 'cli'] as const;
type Layer = (typeof LAYERS)[number];

/** What each layer may import besides itself (BRIEF "Layers"; README "How the code is laid out"). */
const MAY_IMPORT: Record<Layer, readonly Layer[]> = {
  domain: [],
  diagnostics: ['domain'],
  io: ['domain', 'diagnostics'],
  model: ['domain'],
  report: ['domain', 'diagnostics'],
  validate: ['io', 'model', 'domain', 'diagnostics'],
  app: ['io', 'validate', 'model', 'domain', 'diagnostics'],
  cli: ['app', 'validate', 'io', 'model', 'report', 'domain', 'diagnostics'],
};

let tree: string;
let violations: Array<{ from: string; to: string; rule: string }>;
let exitCode: number | null;

function write(path: string, text: string): void {
  mkdirSync(dirname(join(tree, path)), { recursive: true });
  writeFileSync(join(tree, path), text);
}

beforeAll(() => {
  tree = mkdtempSync(join(tmpdir(), 'spp-layers-'));
  write('tsconfig.json', JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true } }));
  for (const layer of LAYERS) write(`src/${layer}/target.ts`, `export const ${layer} = 1;\n`);
  for (const from of LAYERS) {
    for (const to of LAYERS) {
      if (from === to) continue;
      write(`src/${from}/uses-${to}.ts`, `import { ${to} } from '../${to}/target.js';\nexport const x = ${to};\n`);
    }
  }
  // A type-only import counts like any other.
  write('src/report/uses-app-type.ts', "import type { App } from '../app/types.js';\nexport const y: App | 1 = 1;\n");
  write('src/app/types.ts', 'export type App = 2;\n');
  write('src/loose.ts', "import { domain } from './domain/target.js';\nexport const z = domain;\n");
  write('src/loose-orphan.ts', 'export const w = 1;\n');
  write('src/model/uses-fs.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n");
  write('src/io/uses-fs.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n");
  write('src/io/uses-missing.ts', "import { gone } from './missing.js';\nexport const g = gone;\n");
  write('src/app/uses-bench.ts', "import { b } from '../../bench/uses-app.js';\nexport const a = b;\n");
  write('bench/uses-app.ts', "import { app } from '../src/app/target.js';\nexport const b = app;\n");
  write('bench/uses-cli.ts', "import { cli } from '../src/cli/target.js';\nexport const c = cli;\n");

  // The command of `npm run lint`, run in the generated tree.
  const run = spawnSync(
    process.execPath,
    [join(repoRoot, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'), 'src', 'bench', '--config', join(repoRoot, '.dependency-cruiser.cjs'), '--output-type', 'err'],
    { cwd: tree, encoding: 'utf8' },
  );
  // `  error RULE: FROM → TO`, or `  error RULE: FROM` for a file without imports.
  violations = [...run.stdout.matchAll(/^\s*error (\S+): (\S+)(?: → (\S+))?$/gm)].map((m) => ({ rule: m[1]!, from: m[2]!, to: m[3] ?? '' }));
  // Its exit code is the number of errors, so CI fails.
  exitCode = run.status;
  expect(violations.length).toBeGreaterThan(0);
}, 60_000);

afterAll(() => rmSync(tree, { recursive: true, force: true }));

const flagged = (from: string, to?: string): string[] =>
  violations.filter((v) => v.from === from && (to === undefined || v.to === to)).map((v) => v.rule);

describe('the layer lint', () => {
  it('fails (non-zero exit) on a tree with forbidden imports', () => {
    expect(exitCode).toBe(violations.length);
  });

  it('allows exactly the imports of the layer table and flags every other one', () => {
    const wrong: string[] = [];
    for (const from of LAYERS) {
      for (const to of LAYERS) {
        if (from === to) continue;
        const allowed = MAY_IMPORT[from].includes(to);
        const rules = flagged(`src/${from}/uses-${to}.ts`, `src/${to}/target.ts`);
        if (allowed !== (rules.length === 0)) wrong.push(`${from} → ${to}: ${allowed ? 'allowed' : 'forbidden'} but ${rules.length ? rules.join(', ') : 'not flagged'}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('names the rule that was broken', () => {
    expect(flagged('src/model/uses-io.ts')).toEqual(['model-imports-only-model-domain']);
    expect(flagged('src/app/uses-report.ts')).toEqual(['app-imports-only-app-io-validate-model-domain-diagnostics']);
    expect(flagged('src/io/uses-cli.ts')).toContain('nothing-imports-cli');
  });

  it('counts type-only imports', () => {
    expect(flagged('src/report/uses-app-type.ts', 'src/app/types.ts')).toEqual(['report-imports-only-report-domain-diagnostics']);
  });

  it('keeps node (fs, clock) out of model/ but not out of io/', () => {
    expect(flagged('src/model/uses-fs.ts')).toEqual(['model-and-domain-touch-no-node']);
    expect(flagged('src/io/uses-fs.ts')).toEqual([]);
  });

  it('puts every src file in a layer folder, keeps bench/ and test/ out of src/, and cli/ out of bench/', () => {
    expect(flagged('src/loose.ts')).toEqual(['every-src-file-in-a-layer-folder']);
    expect(flagged('src/loose-orphan.ts')).toEqual(['every-src-file-in-a-layer-folder-orphan']);
    expect(flagged('src/app/uses-bench.ts')).toEqual(['src-imports-no-bench-or-test']);
    expect(flagged('bench/uses-app.ts')).toEqual([]);
    expect(flagged('bench/uses-cli.ts')).toEqual(['nothing-imports-cli']);
  });

  it('fails on an import that does not resolve (it would slip past every rule)', () => {
    expect(flagged('src/io/uses-missing.ts')).toEqual(['not-to-unresolvable']);
  });
});
