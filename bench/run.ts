import { cpus, totalmem, platform, release } from 'node:os';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../src/io/write-file-atomic.js';
import { benchModel } from './model-bench.js';
import { benchReskill } from './reskill-bench.js';
import { benchPlan } from './plan-bench.js';
import { benchStream } from './stream-bench.js';

/**
 * `npm run bench`: measures the SPEC §5 targets in one run, prints the figures and ratios, and
 * writes them with the machine they ran on to BENCHMARKS.md. Not a test: nothing here fails a build.
 */
const fmt = (s: number): string => `${s.toFixed(3)} s`;
const lines: string[] = [];
const say = (line = ''): void => {
  lines.push(line);
  process.stdout.write(`${line}\n`);
};

const cpu = cpus();
const machine = `${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${platform()} ${release()}, Node ${process.version}`;
say('# Benchmarks');
say();
say(`Machine: ${machine}. Measured by \`npm run bench\` (src/bench/); each figure is the fastest of three runs.`);
say();

process.stderr.write('spp bench: streaming 1,000,000 headcount rows (generating the file the first time)…\n');
const stream = await benchStream();
say('## 1,000,000 headcount rows → gap + reskilling (target ≤ 1.3× csv-parse alone, peak < 200 MB)');
say();
say('| | time | peak memory |');
say('| --- | ---: | ---: |');
say(`| csv-parse alone, streaming the ${stream.fileMb.toFixed(0)} MB file | ${fmt(stream.parseSeconds)} | ${stream.parsePeakMb.toFixed(0)} MB |`);
say(`| spp: read, fold, project, plan (baseline scenario) | ${fmt(stream.pipelineSeconds)} | ${stream.pipelinePeakMb.toFixed(0)} MB |`);
say(`| **ratio** | **${stream.ratio.toFixed(2)}×** (target 1.3×) | |`);
say();

process.stderr.write('spp bench: model…\n');
say('## Projection model on cells');
say();
say('| case | time | detail |');
say('| --- | ---: | --- |');
for (const r of await benchModel()) say(`| ${r.name} | ${fmt(r.seconds)} | ${r.detail} |`);
say();

process.stderr.write('spp bench: reskilling…\n');
say('## Reskilling optimisation, 500 surplus × 500 shortage functions (target < 1 s)');
say();
say('| case | time | detail |');
say('| --- | ---: | --- |');
for (const r of await benchReskill()) say(`| ${r.name} | ${fmt(r.seconds)} | ${r.detail} |`);
say();
process.stderr.write('spp bench: action plan…\n');
say('## Action plan (spp plan): Gemeente Voorbeeld under 1 s, 500 functions × 10 years under 10 s');
say();
say('| case | time | detail |');
say('| --- | ---: | --- |');
for (const r of await benchPlan()) say(`| ${r.name} | ${fmt(r.seconds)} | ${r.detail} |`);
say();
say('## Monte Carlo (1,000 runs of 20,000 persons × 10 years, target < 5 s)');
say();
say('Not measured yet: `--runs N` (Monte Carlo) is not implemented.');

await writeFileAtomic(fileURLToPath(new URL('../../BENCHMARKS.md', import.meta.url)), `${lines.join('\n')}\n`);
process.stderr.write('spp bench: wrote BENCHMARKS.md\n');
