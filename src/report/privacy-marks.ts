import type { Withheld } from '../domain/suppress.js';
import type { Lang } from './labels.js';

/**
 * How the command outputs (table, Markdown, CSV, xlsx) show a figure withheld for privacy
 * (SPEC §4, privacy.min_group) — the same marks as the report: "< 5" for a group of fewer than
 * min_group persons, "•" for a figure hidden only so that a small one cannot be derived from a total.
 */
export function withheldMark(suppressed: Withheld, minGroup: number): string {
  return suppressed === 'small' ? `< ${minGroup}` : '•';
}

/** What a result withholds of a suppressed group: its `privacy` block (ProjectResult). */
interface ResultPrivacy {
  min_group: number;
  /** The year keys withheld (PERSONAL_YEAR_KEYS). */
  suppressed_keys: readonly string[];
}

/** The value of `key` as shown: the number, or the mark when the group is suppressed and the key withheld. */
export function shownValue<V>(value: V, key: string, suppressed: Withheld | undefined, privacy: ResultPrivacy): V | string {
  return suppressed !== undefined && privacy.suppressed_keys.includes(key) ? withheldMark(suppressed, privacy.min_group) : value;
}

/** The one-line explanation under an output that withholds figures. */
export function withheldNote(privacy: ResultPrivacy, lang: Lang): string {
  const minGroup = privacy.min_group;
  return lang === 'nl'
    ? `Privacy: bij functies met minder dan ${minGroup} personen staan bezetting, verschil, personen en uitstroom niet (< ${minGroup}); • is verborgen zodat die niet uit een totaal volgen (privacy.min_group). De vraag staat er wel.`
    : `Privacy: for functions with fewer than ${minGroup} people, supply, gap, persons and outflow are withheld (< ${minGroup}); • is hidden so they cannot be derived from a total (privacy.min_group). Demand is shown.`;
}
