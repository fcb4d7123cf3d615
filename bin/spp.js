#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';

// HiGHS, the LP/MIP solver (WebAssembly), starts on V8's baseline compiler and has its hot functions
// recompiled by the optimising one on background threads once they use up a budget. A command that
// solves one plan (or a few) is over before that work pays: at ~550× the default budget Gemeente
// Voorbeeld's plan runs in 0.77 s instead of 1.0 s (1.2 s at the default), its CPU time 1.5 → 0.9 s,
// and spp reskill on 1,000,000 rows peaks ~40 MB lower at the same time. spp sensitivity solves
// dozens of plans in one process, where the optimised code does pay: it keeps 10× the default
// (~4 % faster than at 550×). Set before any WebAssembly is compiled.
const manyPlans = process.argv.slice(2).includes('sensitivity');
setFlagsFromString(`--wasm-tiering-budget=${manyPlans ? 18_000_000 : 1_000_000_000}`);
// The CLI as one bundle (scripts/bundle.mjs: a fraction of the start-up of its ~300 modules); with
// --debug, stack traces name the source files of src/ through the bundle's source maps.
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);
await import('../dist/bundle/spp.js');
