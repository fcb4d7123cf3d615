#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';

// HiGHS, the LP/MIP solver (WebAssembly), starts on V8's baseline compiler and has its hot functions
// recompiled by the optimising one. At the default budget a plan that solves in a second already
// gets dozens of functions optimised, which costs ~35 MB of peak memory (spp reskill on 1,000,000
// rows: 231–241 MB → 194–196 MB, same CPU time). Ten times the budget keeps short solves on the
// baseline code and still optimises what a long MIP runs hot. Set before any WebAssembly is compiled.
setFlagsFromString('--wasm-tiering-budget=18000000');
// The CLI as one bundle (scripts/bundle.mjs: a fraction of the start-up of its ~300 modules); with
// --debug, stack traces name the compiled files of dist/ through the bundle's source maps.
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);
await import('../dist/bundle/spp.js');
