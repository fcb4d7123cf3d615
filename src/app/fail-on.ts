import { UserError } from '../diagnostics/diagnostic.js';
import { localNumber, type Message } from '../diagnostics/message.js';
import type { PlanResult } from '../domain/plan.js';
import type { ProjectResult } from '../domain/results.js';

/** What `spp project --fail-on` can judge. */
const PROJECT_METRICS = ['shortage', 'surplus', 'vulnerable'] as const;
/** What `spp plan --fail-on` can judge (checkPlanFailOn). */
export const PLAN_METRICS = ['shortage', 'overstaffing', 'outside', 'cost'] as const;

/** A `--fail-on` condition for CI, e.g. `shortage>10`. */
export interface FailOn<M extends string = (typeof PROJECT_METRICS)[number]> {
  metric: M;
  threshold: number;
  text: string;
}

/**
 * Parses `metric>number` with metric one of `metrics` (default: spp project's shortage | surplus |
 * vulnerable). An FTE or a number of people may have a decimal comma or point (`outside>0,5`); `cost`
 * is whole euros, grouped by three with points or commas or not at all (`cost>12.500.000`).
 */
export function parseFailOn(text: string): FailOn;
export function parseFailOn<M extends string>(text: string, metrics: readonly M[]): FailOn<M>;
export function parseFailOn(text: string, metrics: readonly string[] = PROJECT_METRICS): FailOn<string> {
  const m = /^\s*([a-z]+)\s*>\s*([\d.,]+)\s*$/.exec(text);
  const metric = m?.[1];
  if (!m || metric === undefined || !metrics.includes(metric)) {
    throw new UserError({ en: `--fail-on '${text}': expected METRIC>NUMBER with METRIC one of ${metrics.join(', ')}, e.g. ${metrics[0]}>10`, nl: `--fail-on '${text}': verwacht MAAT>GETAL met MAAT een van ${metrics.join(', ')}, bijvoorbeeld ${metrics[0]}>10` }, 2);
  }
  const number = m[2]!;
  if (metric === 'cost') {
    if (!/^(?:\d+|\d{1,3}(?:\.\d{3})+|\d{1,3}(?:,\d{3})+)$/.test(number)) {
      throw new UserError({ en: `--fail-on '${text}': expected a whole number of euros after cost>, e.g. cost>12500000 or cost>12.500.000`, nl: `--fail-on '${text}': verwacht een heel aantal euro na cost>, bijvoorbeeld cost>12500000 of cost>12.500.000` }, 2);
    }
    return { metric, threshold: Number(number.replace(/[.,]/g, '')), text: text.trim() };
  }
  if (!/^\d+(?:[.,]\d+)?$/.test(number)) {
    throw new UserError({ en: `--fail-on '${text}': expected METRIC>NUMBER with METRIC one of ${metrics.join(', ')}, e.g. ${metrics[0]}>10`, nl: `--fail-on '${text}': verwacht MAAT>GETAL met MAAT een van ${metrics.join(', ')}, bijvoorbeeld ${metrics[0]}>10` }, 2);
  }
  return { metric, threshold: Number(number.replace(',', '.')), text: text.trim() };
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

/**
 * Evaluates a condition on an action plan (`spp plan --fail-on`), on the organisation's totals the
 * plan prints (the withheld functions' figures are inside them there too, so the exit code tells
 * nothing the output does not). shortage / overstaffing: the largest in a decision year (after the
 * start year, which is the snapshot), FTE; outside: FTE placed outside the organisation over the whole
 * horizon; cost: the plan's total cost over the horizon (euros, discounted as the plan reports it).
 * A message when the condition holds, else null.
 */
export function checkPlanFailOn(result: Pick<PlanResult, 'totals' | 'costs'>, condition: FailOn<(typeof PLAN_METRICS)[number]>): Message | null {
  const years = result.totals.years.slice(1);
  const value =
    condition.metric === 'shortage'
      ? Math.max(0, ...years.map((y) => y.shortage_fte))
      : condition.metric === 'overstaffing'
        ? Math.max(0, ...years.map((y) => y.overstaffing_fte))
        : condition.metric === 'outside'
          ? years.reduce((sum, y) => sum + y.redundant_fte, 0)
          : result.costs.total;
  if (!(value > condition.threshold)) return null;
  if (condition.metric === 'cost') {
    const euros = Math.round(value);
    return {
      en: `--fail-on ${condition.text}: the plan costs € ${localNumber(euros, 'en')} over the horizon`,
      nl: `--fail-on ${condition.text}: het plan kost € ${localNumber(euros, 'nl')} over de hele horizon`,
    };
  }
  const shown = Math.round(value * 10) / 10;
  const what: Record<'shortage' | 'overstaffing' | 'outside', Message> = {
    shortage: { en: `demand left unmet is ${shown} FTE in its largest year`, nl: `de onvervulde vraag is ${localNumber(shown, 'nl')} fte in het zwaarste jaar` },
    overstaffing: { en: `overstaffing is ${shown} FTE in its largest year`, nl: `de overbezetting is ${localNumber(shown, 'nl')} fte in het zwaarste jaar` },
    outside: { en: `the plan places ${shown} FTE outside the organisation over the horizon`, nl: `het plan plaatst ${localNumber(shown, 'nl')} fte buiten de organisatie over de hele horizon` },
  };
  return { en: `--fail-on ${condition.text}: ${what[condition.metric].en}`, nl: `--fail-on ${condition.text}: ${what[condition.metric].nl}` };
}
