import { writeFileSync } from 'node:fs';

/**
 * Preloaded (`node --import`) into a CLI child by the sector-scale benchmark: when the process
 * exits, however it exits, it writes its own peak resident set size (MB) to $SPP_BENCH_PEAK_FILE.
 */
const file = process.env.SPP_BENCH_PEAK_FILE;
if (file !== undefined) {
  process.on('exit', () => writeFileSync(file, JSON.stringify({ peakMb: process.resourceUsage().maxRSS / 1024 })));
}
