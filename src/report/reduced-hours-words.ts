import type { Lang } from './labels.js';
import { yearSpan } from './words.js';

/**
 * The persons on reduced hours in words, as whole people (domain/plan.ts wholePersons: the plan's
 * continuous count rounded up per function) with "ongeveer"/"about", since each of them may give up a
 * little less than `fte_per_person`: "ongeveer 2 personen in 2027, 6 in 2028–2030 en 7 in 2031".
 * Years in a row with the same count are one span; years without anyone are left out. Null when none.
 */
export function reducedHoursPersonsText(years: readonly { year: number; persons: number }[], lang: Lang): string | null {
  const spans: { from: number; to: number; persons: number }[] = [];
  for (const y of years) {
    if (y.persons <= 0) continue;
    const last = spans.at(-1);
    if (last !== undefined && last.to === y.year - 1 && last.persons === y.persons) last.to = y.year;
    else spans.push({ from: y.year, to: y.year, persons: y.persons });
  }
  if (spans.length === 0) return null;
  const nl = lang === 'nl';
  const parts = spans.map((s, i) => {
    const unit = i > 0 ? '' : nl ? (s.persons === 1 ? ' persoon' : ' personen') : s.persons === 1 ? ' person' : ' people';
    return `${s.persons}${unit} in ${yearSpan(s.from, s.to)}`;
  });
  const list = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} ${nl ? 'en' : 'and'} ${parts.at(-1)!}`;
  return `${nl ? 'ongeveer' : 'about'} ${list}`;
}
