import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeDataset } from '../src/app/generate.js';

/**
 * SPEC §5: 1,000,000 headcount rows → complete gap + reskilling result in at most 1.3× the time
 * csv-parse alone takes to stream the same file, with peak memory under 200 MB. Both sides run in
 * a fresh child process each (so their peak RSS is their own), three times; the fastest counts.
 */
export interface StreamBench {
  rows: number;
  fileMb: number;
  parseSeconds: number;
  pipelineSeconds: number;
  ratio: number;
  parsePeakMb: number;
  pipelinePeakMb: number;
}

const CHILD = fileURLToPath(new URL('./stream-child.js', import.meta.url));

function runChild(mode: 'parse' | 'pipeline', file: string): { seconds: number; peakMb: number; detail: string } {
  const r = spawnSync(process.execPath, [CHILD, mode, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`bench child ${mode} failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as { seconds: number; peakMb: number; detail: string };
}

/** Generates (once, cached in the temp folder) and measures the 1M-row run. */
export async function benchStream(rows = 1_000_000, runs = 3): Promise<StreamBench> {
  const dir = join(tmpdir(), `spp-bench-${rows}`);
  const file = join(dir, 'headcount.csv');
  if (!existsSync(file)) await writeDataset(dir, { persons: rows, seed: 2026, functions: 'voorbeeld' });
  const best = (mode: 'parse' | 'pipeline') => {
    const all = Array.from({ length: runs }, () => runChild(mode, file));
    return { seconds: Math.min(...all.map((a) => a.seconds)), peakMb: Math.max(...all.map((a) => a.peakMb)) };
  };
  const parse = best('parse');
  const pipeline = best('pipeline');
  return {
    rows,
    fileMb: statSync(file).size / 2 ** 20,
    parseSeconds: parse.seconds,
    pipelineSeconds: pipeline.seconds,
    ratio: pipeline.seconds / parse.seconds,
    parsePeakMb: parse.peakMb,
    pipelinePeakMb: pipeline.peakMb,
  };
}
