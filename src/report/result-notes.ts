import { formatNumber } from '../domain/round.js';

/**
 * The plan's and the comparison's own sentences — the limits that bind, the cause of unmet demand,
 * the notes — are written by the model in English (they are part of the JSON result). In Dutch
 * output each known sentence is recognised by its pattern and said again in Dutch, with Dutch
 * number separators. English output shows them as written.
 */
type Rewrite = (m: RegExpExecArray) => string;

/** "6.57" → "6,57"; "3,400" (en-GB thousands) → "3.400". */
const nlNumber = (text: string): string => {
  const n = Number(text.replace(/,/g, ''));
  if (!Number.isFinite(n)) return text;
  const decimals = (text.split('.')[1] ?? '').length;
  return formatNumber(n, decimals, 'nl');
};

/** The first half of a binding limit's sentence: what one unit more of the limit would be. */
const LIMITS: [RegExp, Rewrite][] = [
  [/^one more hire allowed in (\S+) for 1 January (\d{4})$/, (m) => `Eén fte extra werving toestaan in ${m[1]} per 1 januari ${m[2]}`],
  [/^one more placement outside allowed from (\S+) for 1 January (\d{4})$/, (m) => `Eén fte extra van werk naar werk toestaan uit ${m[1]} per 1 januari ${m[2]}`],
  [/^one more person on reduced hours allowed in (\S+) in (\d{4})$/, (m) => `Eén persoon extra met minder uren toestaan in ${m[1]} in ${m[2]}`],
  [/^one more FTE of overstaffing allowed in (\d{4})$/, (m) => `Eén fte extra overbezetting toestaan in ${m[1]}`],
  [/^one more FTE allowed on the pathway (\S+) → (\S+) for 1 January (\d{4})$/, (m) => `Eén fte extra toestaan op de route ${m[1]} → ${m[2]} per 1 januari ${m[3]}`],
  [/^room for one more FTE of movers into (\S+) \(from (\S+)\) for 1 January (\d{4})$/, (m) => `Ruimte voor één fte extra instroom in ${m[1]} (uit ${m[2]}) per 1 januari ${m[3]}`],
  [/^€ 1,000 more reskilling budget in (\d{4})$/, (m) => `€ 1.000 extra omscholingsbudget in ${m[1]}`],
  [/^one more reskilling place in (\d{4})$/, (m) => `Eén extra omscholingsplaats in ${m[1]}`],
  [/^(\S+(?: \S+)?) one unit higher in (\d{4})$/, (m) => `${m[1]} één eenheid hoger in ${m[2]}`],
];

const SENTENCES: [RegExp, Rewrite][] = [
  // Causes of unmet demand (PlanShortfall.cause).
  [/^hiring is not allowed in (\S+) \(plan\.hiring max_per_year: 0\) and no pathway or transition fills it$/, (m) => `werven is niet toegestaan in ${m[1]} (plan.hiring max_per_year: 0) en geen route of doorstroom vult het`],
  [/^hiring in (\S+) is limited to ([\d.]+) FTE a year \(plan\.hiring max_per_year\)$/, (m) => `werven in ${m[1]} is begrensd op ${nlNumber(m[2]!)} fte per jaar (plan.hiring max_per_year)`],
  [/^every hire in (\S+) leaves in the first year \(plan\.hiring first_year_attrition: 1\)$/, (m) => `elke nieuwe medewerker in ${m[1]} vertrekt in het eerste jaar (plan.hiring first_year_attrition: 1)`],
  [/^(\S+(?: \S+)?)( \(\S+\))? in (\d{4}) binds$/, (m) => `de grens ${m[1]}${m[2] ?? ''} in ${m[3]} is bereikt`],
  [/^the limits together leave no way to fill it$/, () => 'de grenzen samen laten geen manier over om het te vullen'],
  // The plan's notes.
  [/^the scenario has no plan: block: every plan default applies \(SPEC §2\.4\)$/, () => 'Het scenario heeft geen plan:-blok: alle standaardwaarden van het plan gelden.'],
  [
    /^(\d+) computed and (\d+) explicit pathways? available to the plan$/,
    (m) => `${m[1]} ${m[1] === '1' ? 'berekende route' : 'berekende routes'} en ${m[2]} ${m[2] === '1' ? 'route' : 'routes'} uit het scenario beschikbaar voor het plan.`,
  ],
  [/^a pathway used in a year carries at least ([\d.]+) FTE$/, (m) => `Een route die in een jaar wordt gebruikt, draagt minstens ${nlNumber(m[1]!)} fte.`],
  [/^costs discounted to (\d{4}) at ([\d.]+)% a year$/, (m) => `Kosten contant gemaakt naar ${m[1]} tegen ${nlNumber(m[2]!)}% per jaar.`],
  [
    /^decisions take an average cross-section of a function: the natural rates apply to everyone in it$/,
    () => 'Besluiten raken een gemiddelde doorsnede van een functie: de kansen op natuurlijk verloop en doorstroom gelden voor iedereen in die functie.',
  ],
  // The comparison's notes.
  [/^the scenarios read different data files: differences come from the data as well as from the assumptions$/, () => 'De scenario’s lezen verschillende databestanden: verschillen komen uit de data én uit de aannames.'],
  [
    /^the horizons differ: per function the comparison is for (\d{4}); totals per year are empty where a scenario has no such year$/,
    (m) => `De horizonnen verschillen: per functie gaat de vergelijking over ${m[1]}; totalen per jaar zijn leeg waar een scenario dat jaar niet heeft.`,
  ],
];

/** The second half: `cut unmet demand by 6.57 FTE-years`, `save € 3,400`, or both. */
function consequence(text: string): string | null {
  const cut = /^cut unmet demand by ([\d.,]+) FTE-years(?: and save € ([\d,]+))?$/.exec(text);
  if (cut) return cut[2] === undefined ? `de onvervulde vraag met ${nlNumber(cut[1]!)} fte-jaar verminderen` : `de onvervulde vraag met ${nlNumber(cut[1]!)} fte-jaar verminderen en € ${nlNumber(cut[2])} besparen`;
  const save = /^save € ([\d,]+)$/.exec(text);
  return save ? `€ ${nlNumber(save[1]!)} besparen` : null;
}

/** A sentence of the plan or the comparison in Dutch, or null when this table does not know it. */
export function dutchResultText(text: string): string | null {
  const binding = /^(.+) would (.+)$/.exec(text);
  if (binding) {
    const then = consequence(binding[2]!);
    for (const [pattern, rewrite] of LIMITS) {
      const m = pattern.exec(binding[1]!);
      if (m && then !== null) return `${rewrite(m)} zou ${then}.`;
    }
  }
  for (const [pattern, rewrite] of SENTENCES) {
    const m = pattern.exec(text);
    if (m) return rewrite(m);
  }
  return null;
}
