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
 *
 * The condition is judged on every function, withheld ones included (a CI gate must not pass because
 * of privacy), but the message gives the figure only when no function or total the outputs withhold
 * is in it (SPEC §4): "vulnerable is 2 people" beside a table reading "< 5", or a shortage summed over
 * functions whose gaps the table hides, gave back what the outputs withhold.
 */
export function checkFailOn(result: ProjectResult, condition: FailOn): Message | null {
  let value = 0;
  /** The same figure over the functions the outputs show (their gaps are published: nothing new). */
  let shownValue = 0;
  let withheld = false;
  if (condition.metric === 'vulnerable') {
    value = result.vulnerable.persons;
    withheld = result.vulnerable.suppressed !== undefined;
  } else {
    for (let i = 0; i < result.years.length; i++) {
      let sum = 0;
      let shownSum = 0;
      for (const f of result.functions) {
        const gap = f.years[i]!.gap_fte;
        const part = condition.metric === 'shortage' ? Math.max(0, -gap) : Math.max(0, gap);
        sum += part;
        if (f.suppressed === undefined) shownSum += part;
        else if (part > 0) withheld = true;
      }
      value = Math.max(value, sum);
      shownValue = Math.max(shownValue, shownSum);
    }
  }
  if (!(value > condition.threshold)) return null;
  const unit = (n: number, lang: 'en' | 'nl'): string => (condition.metric === 'vulnerable' ? (lang === 'en' ? ' people' : n === 1 ? ' persoon' : ' personen') : lang === 'en' ? ' FTE' : ' fte');
  const round = (n: number): number => Math.round(n * 10) / 10;
  if (withheld && condition.metric === 'vulnerable') {
    return {
      en: `--fail-on ${condition.text}: holds (the number is withheld for privacy, as in the outputs: privacy.min_group)`,
      nl: `--fail-on ${condition.text}: geldt (het aantal is om privacy afgeschermd, zoals in de uitvoer: privacy.min_group)`,
    };
  }
  if (withheld) {
    const shown = round(shownValue);
    return {
      en: `--fail-on ${condition.text}: holds; ${condition.metric} is ${shown} FTE in the functions shown; functions withheld for privacy count in the condition too (privacy.min_group)`,
      nl: `--fail-on ${condition.text}: geldt; ${condition.metric} is ${localNumber(shown, 'nl')} fte in de getoonde functies; functies die om privacy zijn afgeschermd tellen in de voorwaarde ook mee (privacy.min_group)`,
    };
  }
  const shown = round(value);
  return {
    en: `--fail-on ${condition.text}: ${condition.metric} is ${shown}${unit(shown, 'en')}`,
    nl: `--fail-on ${condition.text}: ${condition.metric} is ${localNumber(shown, 'nl')}${unit(shown, 'nl')}`,
  };
}
