import { writeFileSync } from 'node:fs';

/**
 * Preloaded (`node --import`) into a CLI child by the sector-scale benchmark: when the process
 * exits, however it exits, it writes its own peak resident set size (MB) and CPU time (user +
 * system, seconds) to $SPP_BENCH_PEAK_FILE.
 */
const file = process.env.SPP_BENCH_PEAK_FILE;
if (file !== undefined) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ peakMb: usage.maxRSS / 1024, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6 }));
  });
}
