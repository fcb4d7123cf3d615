import { cliIo } from './cli-io.js';
import type { Command } from 'commander';
import type { MonteCarloRequest } from '../app/project.js';
import { UserError } from '../diagnostics/diagnostic.js';
import type { GlobalOptions } from './shared.js';
import { progressShown } from './plan-progress.js';

/** Options of a command that can run Monte Carlo (SPEC §3.4). */
export interface MonteCarloOptions extends GlobalOptions {
  runs?: number;
  seed?: number;
}

/** The seed when --runs is given without --seed: fixed, so a run is reproducible by default. */
const DEFAULT_SEED = 1;
const MAX_RUNS = 1_000_000;

/** Adds --runs and --seed. */
export function addMonteCarloOptions(command: Command): Command {
  return command
    .option('--runs <n>', 'Monte Carlo: project N times with drawn [low, likely, high] values and drawn outflows; adds P10/P50/P90 bands', parseRuns)
    .option('--seed <s>', `seed of the Monte Carlo runs (whole number 0–4294967295; default ${DEFAULT_SEED}): same seed, same output`, parseSeed);
}

function parseRuns(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < 1 || n > MAX_RUNS) {
    throw new UserError({ en: `--runs '${text}': expected a whole number of runs from 1 to ${MAX_RUNS.toLocaleString('en')}, e.g. --runs 1000`, nl: `--runs '${text}': verwacht een geheel aantal runs van 1 tot en met ${MAX_RUNS.toLocaleString('nl-NL')}, bijvoorbeeld --runs 1000` }, 2);
  }
  return n;
}

/** A seed as every command reads it: a whole number from 0 to 4294967295 (also spp generate's). */
export function parseSeed(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n > 4294967295) {
    throw new UserError({ en: `--seed '${text}': expected a whole number from 0 to 4294967295`, nl: `--seed '${text}': verwacht een geheel getal van 0 tot en met 4294967295` }, 2);
  }
  return n;
}

/** The Monte Carlo request of a command's options (undefined without --runs), with a progress bar. */
export function monteCarloOf(options: MonteCarloOptions): MonteCarloRequest | undefined {
  if (options.runs === undefined) {
    if (options.seed !== undefined) throw new UserError({ en: '--seed needs --runs N (the number of Monte Carlo runs)', nl: '--seed heeft --runs N nodig (het aantal Monte Carlo-runs)' }, 2);
    return undefined;
  }
  const progress = progressBar(options);
  return { runs: options.runs, seed: options.seed ?? DEFAULT_SEED, ...(progress !== undefined ? { onProgress: progress } : {}) };
}

/**
 * A progress bar on stderr for runs that take over a second (SPEC §3.4): TTY only, never with
 * --quiet; redrawn at most ten times a second and wiped when done, so it leaves no trace.
 */
function progressBar(options: GlobalOptions): ((done: number, runs: number) => void) | undefined {
  if (!progressShown(options)) return undefined;
  const started = Date.now();
  let drawn = 0;
  let shown = false;
  return (done, runs) => {
    const now = Date.now();
    if (now - started < 1000) return;
    if (done < runs && now - drawn < 100) return;
    drawn = now;
    const width = 30;
    const filled = Math.round((width * done) / runs);
    const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
    cliIo().stderr.write(options.lang === 'en' ? `\rspp: Monte Carlo ${bar} ${done}/${runs} runs` : `\rspp: Monte Carlo ${bar} run ${done} van ${runs}`);
    shown = true;
    if (done === runs && shown) cliIo().stderr.write('\r\x1b[K');
  };
}
