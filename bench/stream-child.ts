import { createReadStream } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse';
import { loadInputs } from '../src/app/load-inputs.js';
import { planAndReskill } from '../src/app/reskill-plan.js';
import { buildProjectResult } from '../src/app/project.js';
import { projectScenarioDetail } from '../src/model/project.js';

/**
 * One side of the streaming benchmark, in its own process: `parse FILE` streams the file through
 * csv-parse and counts records (the floor); `pipeline FILE` runs what `spp reskill` does on it —
 * read functions and headcount, fold, project, solve the action plan — with the baseline scenario. Prints JSON.
 */
const [mode, file] = process.argv.slice(2) as ['parse' | 'pipeline', string];
// As bin/spp.js sets it for spp reskill (the plan's HiGHS stays on baseline WebAssembly code in a short solve).
if (mode === 'pipeline') setFlagsFromString('--wasm-tiering-budget=1000000000');
const started = performance.now();
let detail = '';
if (mode === 'parse') {
  let records = 0;
  const parser = createReadStream(file).pipe(parse({ delimiter: ',', from_line: 2 }));
  for await (const _record of parser) records++;
  detail = `${records} records`;
} else {
  const scenario = fileURLToPath(new URL('../../scenarios/baseline.yaml', import.meta.url));
  const inputs = await loadInputs({ scenario, headcount: file });
  // One projection for the gap and the plan, as the report runs it.
  const projected = projectScenarioDetail(inputs);
  const project = buildProjectResult(inputs, projected.projection);
  const { reskill } = await planAndReskill(inputs, projected);
  detail = `${inputs.workforce.cells.length} cells, ${project.functions.length} functions, ${reskill.pathways.length} pathways`;
}
const seconds = (performance.now() - started) / 1000;
const usage = process.resourceUsage();
const peakMb = usage.maxRSS / 1024;
const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
process.stdout.write(JSON.stringify({ seconds, peakMb, cpuSeconds, detail }));
