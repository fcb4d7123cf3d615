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
 * Privacy (SPEC §4): the exit code is an output too — run with thresholds 13 and 14, it said the
 * withheld vulnerable total was 14 (and total − the shown families − 14 gave a one-person function);
 * a shortage summed over functions whose gaps are hidden was found the same way. So shortage and
 * surplus are judged on the functions the outputs show (their gaps are published), and a condition on
 * a withheld vulnerable total is refused (exit 2) rather than judged.
 */
export function checkFailOn(result: ProjectResult, condition: FailOn): Message | null {
  let value = 0;
  let withheld = false;
  if (condition.metric === 'vulnerable') {
    if (result.vulnerable.suppressed !== undefined) {
      throw new UserError(
        {
          en: `--fail-on ${condition.text}: the number of people in vulnerable functions is withheld for privacy (privacy.min_group), and judging the condition would give it away (its exit code, over a few thresholds); use shortage or surplus, or set privacy.min_group if your privacy officer agrees`,
          nl: `--fail-on ${condition.text}: het aantal mensen in kwetsbare functies is om privacy afgeschermd (privacy.min_group), en de voorwaarde beoordelen zou het prijsgeven (de exitcode, over een paar drempels); gebruik shortage of surplus, of verlaag privacy.min_group als uw privacyfunctionaris daarmee instemt`,
        },
        2,
      );
    }
    value = result.vulnerable.persons;
  } else {
    for (let i = 0; i < result.years.length; i++) {
      let sum = 0;
      for (const f of result.functions) {
        const gap = f.years[i]!.gap_fte;
        const part = condition.metric === 'shortage' ? Math.max(0, -gap) : Math.max(0, gap);
        if (f.suppressed === undefined) sum += part;
        else if (part > 0) withheld = true;
      }
      value = Math.max(value, sum);
    }
  }
  if (!(value > condition.threshold)) return null;
  const shown = Math.round(value * 10) / 10;
  if (withheld) {
    return {
      en: `--fail-on ${condition.text}: ${condition.metric} is ${shown} FTE in the functions shown (functions withheld for privacy are left out of the condition: privacy.min_group)`,
      nl: `--fail-on ${condition.text}: ${condition.metric} is ${localNumber(shown, 'nl')} fte in de getoonde functies (functies die om privacy zijn afgeschermd tellen niet mee: privacy.min_group)`,
    };
  }
  const unit = (lang: 'en' | 'nl'): string => (condition.metric === 'vulnerable' ? (lang === 'en' ? ' people' : shown === 1 ? ' persoon' : ' personen') : lang === 'en' ? ' FTE' : ' fte');
  return {
    en: `--fail-on ${condition.text}: ${condition.metric} is ${shown}${unit('en')}`,
    nl: `--fail-on ${condition.text}: ${condition.metric} is ${localNumber(shown, 'nl')}${unit('nl')}`,
  };
}
