import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

// `npm run build`: bundles the CLI, src/cli/main.ts, into dist/bundle/, which bin/spp.js runs. rolldown
// strips the types itself (tsconfig.json has isolatedModules, so each file compiles on its own); the
// types are checked by `npm run typecheck` (tsc, src and tests), which `npm test` runs first — a tsc
// emit before the bundle checked src a second time (~25 s of every CI run; tsc into dist/ then
// bundling dist/ gave the same outputs to the byte). Why a bundle: Node 20 loads an ES module graph file by file — some 180 modules of ours and
// ~130 of our dependencies (zod alone ~95) — and that, not the work, was most of the start-up of a
// command (spp validate on the example: ~0.5 s → ~0.3 s CPU; BENCHMARKS.md, "CLI start-up"). Each
// command's implementation is a dynamic import in src/cli, so it becomes chunks of its own and a
// command loads only what it runs.
//
// Left outside the bundle: `highs` (it finds its .wasm next to its own module) and `exceljs` (2 MB,
// loaded only when an .xlsx is written). dist/bundle/ sits two folders below the package root, as
// src/<layer>/ does, so every `new URL('../../…', import.meta.url)` of src/ still names the package
// root. The source maps lead to src/<layer>/*.ts; bin/spp.js reads them only with --debug.
//
// The plan solver's worker thread (app/plan-worker.ts) is an entry of its own, dist/bundle/plan-worker.js:
// app/plan-solver.ts starts it as `new URL('./plan-worker.js', import.meta.url)`, which the bundle
// leaves as it is, so it names the file next to whichever chunk holds the solver (run from src/ by
// the tests, it starts this file too). The Monte Carlo runs' worker (app/monte-carlo-worker.ts,
// started by app/monte-carlo-runs.ts) is one the same way: dist/bundle/monte-carlo-worker.js.
const bundle = await rolldown({
  input: {
    spp: fileURLToPath(new URL('../src/cli/main.ts', import.meta.url)),
    'plan-worker': fileURLToPath(new URL('../src/app/plan-worker.ts', import.meta.url)),
    'monte-carlo-worker': fileURLToPath(new URL('../src/app/monte-carlo-worker.ts', import.meta.url)),
  },
  platform: 'node',
  external: [/^node:/, /^highs(\/|$)/, /^exceljs(\/|$)/],
  logLevel: 'warn',
});
try {
  await bundle.write({
    dir: fileURLToPath(new URL('../dist/bundle', import.meta.url)),
    format: 'esm',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
    sourcemap: true,
    cleanDir: true,
  });
} finally {
  await bundle.close();
}
