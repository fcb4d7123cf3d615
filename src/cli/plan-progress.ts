import { formatMoney, formatNumber } from '../domain/round.js';
import type { PlanProgress, PlanProgressListener } from '../model/plan/solve-plan-lp.js';
import { cliIo } from './cli-io.js';
import type { GlobalOptions } from './shared.js';

/**
 * A progress line on stderr while a plan is solved (spp plan, reskill, report, explain): most plans
 * take a second or two, but one with large minimum flows and hard caps can search for half a minute,
 * and a terminal that shows nothing for that long looks hung. Like the Monte Carlo bar (SPEC §3.4):
 * only on a terminal, never with --quiet, drawn only once the command has run a second, redrawn at
 * most ten times a second, cut to the terminal's width and wiped by `end` so it leaves no trace.
 * It says which lexicographic stage is solved and, during branch and bound, the best plan so far, the
 * proven bound and how much of the search's (deterministic) budget is used.
 */
export interface PlanProgressLine {
  onProgress: PlanProgressListener;
  /** Wipes the line if it was drawn. */
  end(): void;
}

/**
 * Whether progress is shown at all: on a terminal (stderr), never with --quiet (SPEC §3.4), nor with
 * TERM=dumb — a terminal that cannot erase a line (Emacs' shell, some CI log viewers) showed each redraw's `ESC [K`.
 */
export function progressShown(options: Pick<GlobalOptions, 'quiet'>): boolean {
  const io = cliIo();
  return !options.quiet && io.stderr.isTTY === true && io.env['TERM'] !== 'dumb';
}

/** The progress line for a command's options; undefined when none is shown (not a terminal, --quiet). */
export function planProgressLine(options: Pick<GlobalOptions, 'quiet' | 'lang'>, started: number = Date.now()): PlanProgressLine | undefined {
  const stderr = cliIo().stderr;
  if (!progressShown(options)) return undefined;
  const lang = options.lang ?? 'nl';
  let drawn = 0;
  let shown = false;
  return {
    onProgress: (progress) => {
      const now = Date.now();
      if (now - started < 1000 || now - drawn < 100) return;
      drawn = now;
      const text = planProgressText(progress, lang);
      const width = stderr.columns;
      // Called from inside HiGHS's search: a line that cannot be drawn is not worth stopping the plan for.
      try {
        stderr.write(`\r${width !== undefined && width > 1 && text.length > width - 1 ? `${text.slice(0, width - 2)}…` : text}\x1b[K`);
        shown = true;
      } catch {
        // (nothing: the plan goes on without its progress line)
      }
    },
    end: () => {
      if (shown) stderr.write('\r\x1b[K');
      shown = false;
    },
  };
}

const STAGE = {
  nl: { shortage: 'minste onvervulde vraag', redundancy: 'minste plaatsing buiten de organisatie', cost: 'laagste kosten' },
  en: { shortage: 'least unmet demand', redundancy: 'least placement outside', cost: 'least cost' },
} as const;

/** One line: the stage, and during branch and bound the best plan, the proven bound and the budget used. */
export function planProgressText(progress: PlanProgress, lang: 'nl' | 'en'): string {
  const { stage, step, steps, search } = progress;
  const head = lang === 'nl' ? `spp: plan doorrekenen, stap ${step} van ${steps} (${STAGE.nl[stage]})` : `spp: solving the plan, stage ${step} of ${steps} (${STAGE.en[stage]})`;
  if (search === null) return `${head}…`;
  // The stage's own units: unmet demand summed over the years, FTE placed outside, discounted euros.
  const value = (v: number): string =>
    stage === 'cost' ? formatMoney(v, lang) : `${formatNumber(Math.max(0, v), 1, lang)} ${stage === 'shortage' ? (lang === 'nl' ? 'FTE-jaar' : 'FTE-years') : 'FTE'}`;
  const used = `${Math.round(search.used * 100)}%`;
  if (lang === 'nl') {
    const best = search.best === null ? 'nog geen plan' : `beste plan ${value(search.best)}`;
    return `${head}: ${best}, ondergrens ${value(search.bound)}, zoekbudget ${used} gebruikt`;
  }
  const best = search.best === null ? 'no plan yet' : `best plan ${value(search.best)}`;
  return `${head}: ${best}, proven bound ${value(search.bound)}, ${used} of the search budget used`;
}

/**
 * A count on stderr — "variant 3 van 40", "plan 2 van 4" — for a caller that checks its own terminal and
 * --quiet: drawn once a second has passed, redrawn in place (cleared to the end of the line, as it may
 * follow a longer line), wiped at the last.
 */
export function countLine(text: (done: number, total: number) => string): (done: number, total: number) => void {
  const started = Date.now();
  let shown = false;
  return (done, total) => {
    if (done >= total) {
      if (shown) cliIo().stderr.write('\r\x1b[K');
      shown = false;
      return;
    }
    if (Date.now() - started < 1000) return;
    cliIo().stderr.write(`\r${text(done, total)}\x1b[K`);
    shown = true;
  };
}

/** The count of `spp compare`'s plans (and the report's comparison chapter's), on a terminal without --quiet; else undefined. */
export function comparePlanLine(options: Pick<GlobalOptions, 'quiet' | 'lang'>): ((done: number, total: number) => void) | undefined {
  if (!progressShown(options)) return undefined;
  return countLine((done, total) => ((options.lang ?? 'nl') === 'en' ? `spp: compare, ${done}/${total} plans solved` : `spp: vergelijken, plan ${done} van ${total} doorgerekend`));
}

/** Runs `body` with the command's plan progress line (if any), wiped when the body ends or fails — before any message. */
export async function withPlanProgress<T>(options: Pick<GlobalOptions, 'quiet' | 'lang'>, body: (onProgress: PlanProgressListener | undefined) => Promise<T>): Promise<T> {
  const line = planProgressLine(options);
  try {
    return await body(line?.onProgress);
  } finally {
    line?.end();
  }
}
