import { benchSector, sectorLines } from './sector-bench.js';

/** Runs only the sector-scale section (`tsc -p tsconfig.bench.json && node build/bench/sector-run.js`) and prints its Markdown. */
process.stdout.write(`${sectorLines(await benchSector()).join('\n')}\n`);
