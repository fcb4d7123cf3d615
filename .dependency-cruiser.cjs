/**
 * The layer rules of spp (README "How the code is laid out"). `npm run lint` runs these over src/ and
 * bench/; test/lint/layers.test.ts checks them against the table of the BRIEF on a generated tree.
 *
 * Each layer may import itself and the layers listed here, nothing else of ours. cli/ may import
 * anything; nothing imports cli/. bench/ and test/ may import src/; src/ never imports them.
 */
const LAYERS = {
  domain: [],
  diagnostics: ['domain'],
  io: ['domain', 'diagnostics'],
  model: ['domain'],
  report: ['domain', 'diagnostics'],
  validate: ['io', 'model', 'domain', 'diagnostics'],
  app: ['io', 'validate', 'model', 'domain', 'diagnostics'],
};
/** cli/ (commander wiring, exit codes) may import anything of src/. */
const FOLDERS = [...Object.keys(LAYERS), 'cli'].join('|');

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...Object.entries(LAYERS).map(([layer, allowed]) => ({
      name: `${layer}-imports-only-${[layer, ...allowed].join('-')}`,
      comment: `src/${layer}/ may import only ${[layer, ...allowed].map((l) => `src/${l}/`).join(', ')} of ours.`,
      severity: 'error',
      from: { path: `^src/${layer}/` },
      to: { path: '^src/', pathNot: `^src/(${[layer, ...allowed].join('|')})/` },
    })),
    {
      name: 'src-imports-no-bench-or-test',
      comment: 'src/ is the product: it never imports benchmarks or tests.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(bench|test)/' },
    },
    {
      name: 'nothing-imports-cli',
      comment: 'cli/ is the top: only cli/ itself (and tests) import it; bench/ measures through app/ and model/.',
      severity: 'error',
      from: { path: '^(src|bench)/', pathNot: '^src/cli/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'model-and-domain-touch-no-node',
      comment: 'model/ is pure functions and domain/ is types: no fs, no process, no clock of Node.',
      severity: 'error',
      from: { path: '^src/(model|domain)/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'every-src-file-in-a-layer-folder',
      comment: `Every file in src/ lives in one of the layer folders (${FOLDERS}), so its folder names its layer.`,
      severity: 'error',
      from: { path: '^src/', pathNot: `^src/(${FOLDERS})/` },
      to: {},
    },
    {
      name: 'every-src-file-in-a-layer-folder-orphan',
      comment: `Every file in src/ lives in one of the layer folders (${FOLDERS}), so its folder names its layer.`,
      severity: 'error',
      from: { path: '^src/', pathNot: `^src/(${FOLDERS})/`, orphan: true },
      to: {},
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that does not resolve would slip past every rule above.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|build)/' },
    // `import type` counts: a type from a layer above is a dependency on it all the same.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
