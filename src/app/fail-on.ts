import { UserError } from '../diagnostics/diagnostic.js';
import { localNumber, type Message } from '../diagnostics/message.js';
import type { ProjectResult } from '../domain/results.js';

/** A `--fail-on` condition for CI, e.g. `shortage>10`. */
export interface FailOn {
  metric: 'shortage' | 'surplus' | 'vulnerable';
  threshold: number;
  text: string;
}

const METRICS = ['shortage', 'surplus', 'vulnerable'] as const;

/** Parses `metric>number` (metric: shortage | surplus | vulnerable). */
export function parseFailOn(text: string): FailOn {
  const m = /^\s*([a-z]+)\s*>\s*(\d+(?:[.,]\d+)?)\s*$/.exec(text);
  const metric = m?.[1];
  if (!m || !METRICS.includes(metric as FailOn['metric'])) {
    throw new UserError({ en: `--fail-on '${text}': expected METRIC>NUMBER with METRIC one of ${METRICS.join(', ')}, e.g. shortage>10`, nl: `--fail-on '${text}': verwacht MAAT>GETAL met MAAT een van ${METRICS.join(', ')}, bijvoorbeeld shortage>10` }, 2);
  }
  return { metric: metric as FailOn['metric'], threshold: Number(m[2]!.replace(',', '.')), text: text.trim() };
}

/**
 * Evaluates a condition on a result. shortage / surplus: the largest total over the horizon's years
 * of the functions' shortages (negative gaps) / surpluses, in FTE; vulnerable: people in vulnerable
 * functions at the start. Returns a message when the condition holds, else null.
 */
export function checkFailOn(result: ProjectResult, condition: FailOn): Message | null {
  let value = 0;
  if (condition.metric === 'vulnerable') value = result.vulnerable.persons;
  else {
    for (let i = 0; i < result.years.length; i++) {
      let sum = 0;
      for (const f of result.functions) {
        const gap = f.years[i]!.gap_fte;
        if (condition.metric === 'shortage' && gap < 0) sum -= gap;
        if (condition.metric === 'surplus' && gap > 0) sum += gap;
      }
      value = Math.max(value, sum);
    }
  }
  const shown = Math.round(value * 10) / 10;
  return value > condition.threshold
    ? {
        en: `--fail-on ${condition.text}: ${condition.metric} is ${shown}${condition.metric === 'vulnerable' ? ' people' : ' FTE'}`,
        nl: `--fail-on ${condition.text}: ${condition.metric} is ${localNumber(shown, 'nl')}${condition.metric === 'vulnerable' ? (shown === 1 ? ' persoon' : ' personen') : ' fte'}`,
      }
    : null;
}
