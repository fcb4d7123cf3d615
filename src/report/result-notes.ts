import { formatNumber } from '../domain/round.js';
import { OTHER_DATA_NOTE, PLAN_DEFAULTS_NOTE } from '../domain/compare.js';

/**
 * The own sentences of plan, compare, calibrate and organise — the limits that bind, the cause of
 * unmet demand, the notes — are written by the model in English (they are part of the JSON result). In Dutch
 * output each known sentence is recognised by its pattern and said again in Dutch, with Dutch
 * number separators. English output shows them as written.
 */
type Rewrite = (m: RegExpExecArray) => string;

/** A fixed text as a regular expression that matches it literally. */
function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "6.57" → "6,57"; "3,400" (en-GB thousands) → "3.400". */
const nlNumber = (text: string): string => {
  const n = Number(text.replace(/,/g, ''));
  if (!Number.isFinite(n)) return text;
  const decimals = (text.split('.')[1] ?? '').length;
  return formatNumber(n, decimals, 'nl');
};

/**
 * The first half of a binding limit's sentence: what one unit more of the limit would be, with the
 * groups that hold a function code (named by the reader's label, "F014 Financieel Adviseur", in both
 * languages: a line of codes alone sent the reader to another table to learn what F014 is).
 */
const LIMITS: [RegExp, number[], Rewrite][] = [
  [/^one more hire allowed in (\S+) for 1 January (\d{4})$/d, [1], (m) => `Eén fte extra werving toestaan in ${m[1]} per 1 januari ${m[2]}`],
  [/^one more placement outside allowed from (\S+) for 1 January (\d{4})$/d, [1], (m) => `Eén fte extra plaatsing buiten de organisatie (van-werk-naar-werk) toestaan uit ${m[1]} per 1 januari ${m[2]}`],
  [/^one more person on reduced hours allowed in (\S+) in (\d{4})$/d, [1], (m) => `Eén persoon extra met minder uren toestaan in ${m[1]} in ${m[2]}`],
  [/^one more FTE of overstaffing allowed in (\d{4})$/d, [], (m) => `Eén fte extra overbezetting toestaan in ${m[1]}`],
  [/^one more FTE allowed on the pathway (\S+) → (\S+) for 1 January (\d{4})$/d, [1, 2], (m) => `Eén fte extra toestaan op de route ${m[1]} → ${m[2]} per 1 januari ${m[3]}`],
  [/^room for one more FTE of movers into (\S+) \(from (\S+)\) for 1 January (\d{4})$/d, [1, 2], (m) => `Ruimte voor één fte extra instroom in ${m[1]} (uit ${m[2]}) per 1 januari ${m[3]}`],
  [/^€1,000 more reskilling budget in (\d{4})$/d, [], (m) => `€ 1.000 extra omscholingsbudget in ${m[1]}`],
  [/^one more reskilling place in (\d{4})$/d, [], (m) => `Eén extra omscholingsplaats in ${m[1]}`],
  [/^(\S+(?: \S+)?) one unit higher in (\d{4})$/d, [], (m) => `${m[1]} één eenheid hoger in ${m[2]}`],
];

/** The match with its function codes replaced by their labels (for the Dutch rewrite). */
function labelled(m: RegExpExecArray, groups: readonly number[], fn: (id: string) => string): RegExpExecArray {
  const out = [...m] as unknown as RegExpExecArray;
  for (const g of groups) out[g] = fn(m[g]!);
  return out;
}

/** The English limit with its function codes replaced by their labels, the rest as the model wrote it. */
function labelledText(text: string, m: RegExpExecArray, groups: readonly number[], fn: (id: string) => string): string {
  let out = text;
  // From the last group back, so that the earlier indices stay right.
  for (const g of [...groups].sort((a, b) => b - a)) {
    const [from, to] = m.indices![g]!;
    out = `${out.slice(0, from)}${fn(m[g]!)}${out.slice(to)}`;
  }
  return out;
}

const SENTENCES: [RegExp, Rewrite][] = [
  // Causes of unmet demand (PlanShortfall.cause).
  [/^hiring is not allowed in (\S+) \(plan\.hiring max_per_year: 0\), and pathways and transitions do not fill the gap$/, (m) => `werven is niet toegestaan in ${m[1]} (plan.hiring max_per_year: 0), en routes en doorstroom vullen het tekort niet`],
  [/^hiring in (\S+) is limited to ([\d.]+) FTE a year \(plan\.hiring max_per_year\)$/, (m) => `werven in ${m[1]} is begrensd op ${nlNumber(m[2]!)} fte per jaar (plan.hiring max_per_year)`],
  [/^every hire in (\S+) leaves in the first year \(plan\.hiring first_year_attrition: 1\)$/, (m) => `elke nieuwe medewerker in ${m[1]} vertrekt in het eerste jaar (plan.hiring first_year_attrition: 1)`],
  [/^(\S+(?: \S+)?)( \(\S+\))? in (\d{4}) binds$/, (m) => `de grens ${m[1]}${m[2] ?? ''} in ${m[3]} is bereikt`],
  [/^demand in these functions cannot be met within the limits$/, () => 'de vraag in deze functies is binnen de grenzen niet te vervullen'],
  [/^the limits together leave no way to fill it$/, () => 'de grenzen samen laten geen manier over om het te vullen'],
  // The plan's own notes (no plan: block, pathways available, minimum flow, discounting) are in notes.ts, in both languages.
  // spp compare's notes (the table, Markdown and the workbook's Stempel sheet).
  [new RegExp(`^${escaped(OTHER_DATA_NOTE)}`), () => 'de scenario’s lezen verschillende gegevensbestanden: verschillen komen dus ook uit de gegevens, niet alleen uit de aannames'],
  [new RegExp(`^${escaped(PLAN_DEFAULTS_NOTE)}: (.+)$`), (m) => `kosten plan met de standaardwaarden van spp plan (het scenario geeft geen eigen instellingen voor het actieplan): ${m[1]}`],
  [/^the horizons differ: per function the comparison is for (\d+);/, (m) => `de horizons verschillen: per functie gaat de vergelijking over ${m[1]}; het totaal per jaar is leeg waar een scenario dat jaar niet heeft`],
  [/^every scenario was simulated (\d+) times with seed (\d+):/, (m) => `elk scenario is ${m[1]} keer doorgerekend met seed ${m[2]}: P10/P50/P90 naast elke verwachte waarde, en de kans op elke status`],
  // spp calibrate's notes.
  [
    /^(\S+): its transitions \(([\d.]+)% a year\) and the attrition rate the rules would give it \(([\d.]+)%\) add up to more than 100%, which no scenario accepts: it has an attrition rule of its own, measured on its own (\d+) people\.$/,
    (m) => `${m[1]}: de doorstroom (${nlNumber(m[2]!)}% per jaar) en de verloopkans die de regels deze functie zouden geven (${nlNumber(m[3]!)}%) zijn samen meer dan 100%, en dat neemt geen scenario aan: de functie heeft een eigen verloopregel, gemeten op haar eigen ${m[4]} medewerkers.`,
  ],
  [
    /^Check the order: (\d+) people are only in the new snapshot and reach the AOW age by the end of (\d{4}), as people who retire do; the new snapshot may be the older export\.$/,
    (m) => `Controleer de volgorde: ${m[1]} mensen staan alleen in de nieuwe momentopname en bereiken uiterlijk eind ${m[2]} de AOW-leeftijd, zoals mensen die met pensioen gaan; de nieuwe momentopname is misschien de oudere export.`,
  ],
  [/^Fewer than (\d+) persons were at risk: attrition is not estimated \(privacy\.min_group\)\.$/, (m) => `Minder dan ${m[1]} personen in de risicogroep: het verloop is niet geschat (privacy.min_group).`],
  [/^Age bands with fewer than (\d+) persons at risk were merged into a neighbouring band \(privacy\.min_group\)\.$/, (m) => `Leeftijdsgroepen met minder dan ${m[1]} personen in de risicogroep zijn samengevoegd met een aangrenzende groep (privacy.min_group).`],
  [
    /^(\d+) moves? out of functions with fewer than (\d+) persons at risk (?:is|are) counted but not estimated \(privacy\.min_group\)\.$/,
    (m) => `${m[1]} ${m[1] === '1' ? 'overstap' : 'overstappen'} uit functies met minder dan ${m[2]} personen in de risicogroep ${m[1] === '1' ? 'is' : 'zijn'} meegeteld maar niet geschat (privacy.min_group).`,
  ],
  [
    /^Only (\d+) temporary contracts? ended, fewer than (\d+): renewal is not estimated \(privacy\.min_group\)\.$/,
    (m) => `Maar ${m[1]} tijdelijke ${m[1] === '1' ? 'contract is' : 'contracten zijn'} afgelopen, minder dan ${m[2]}: de verlenging is niet geschat (privacy.min_group).`,
  ],
  [
    /^Function code (\S+) is not in the new snapshot and its people are there as (\S+), a code the old snapshot does not have: taken as the same function under a new code \(they count as staying, not as moving\)\.$/,
    (m) => `Functiecode ${m[1]} staat niet in de nieuwe momentopname en de medewerkers ervan staan er onder ${m[2]}, een code die de oude momentopname niet heeft: opgevat als dezelfde functie onder een nieuwe code (ze tellen als gebleven, niet als overgestapt).`,
  ],
  [/^No temporary contract ended between the snapshots: renewal is not estimated\.$/, () => 'Tussen de momentopnamen is geen tijdelijk contract afgelopen: de verlenging is niet geschat.'],
  [
    /^The snapshots are (\d+) years apart: shares over the period are annualised as 1 − \(1 − share\)\^\(1\/\d+\)\.$/,
    (m) => `De momentopnamen liggen ${m[1]} jaar uit elkaar: aandelen over de periode zijn omgerekend naar een jaar als 1 − (1 − aandeel)^(1/${m[1]}).`,
  ],
  [/^A family rule is estimated on the family's functions without a rule of their own \(the ones it applies to in a scenario\)\.$/, () => 'Een familieregel is geschat op de functies van de familie zonder eigen regel (de functies waarvoor hij in een scenario geldt).'],
  [
    /^No employee ids to link the snapshots: rates come from aggregate counts \(leavers = start \+ joiners − end − retired\), over everyone\. This is less exact: moves between functions, renewals and age differences cannot be seen\.$/,
    () => 'Geen employee ids om de momentopnamen te koppelen: de kansen komen uit totalen (vertrokken = begin + ingestroomd − eind − met pensioen), over iedereen. Dat is minder exact: overstappen tussen functies, verlengingen en leeftijdsverschillen zijn niet te zien.',
  ],
  [
    /^Joiners are unknown without ids and taken as 0, so the attrition rate is a lower bound; give --joiners N \(hires between the snapshots, from the recruitment records\)\.$/,
    () => 'Zonder ids is de instroom onbekend en op 0 gezet, dus de verloopkans is een ondergrens; geef --joiners N (aannames tussen de momentopnamen, uit de wervingsadministratie).',
  ],
  [/^Joiners as given: (\d+)\.$/, (m) => `Instroom zoals opgegeven: ${m[1]}.`],
  [/^Without a scenario \(-s\): 10-year age bands, the AOW ages as the law is known, privacy\.min_group 5\.$/, () => 'Zonder scenario (-s): leeftijdsgroepen van 10 jaar, de AOW-leeftijden zoals de wet ze kent, privacy.min_group 5.'],
  [/^Without a functions file, families are unknown: estimates per function and per age band only\.$/, () => 'Zonder functiebestand zijn de families onbekend: alleen schattingen per functie en per leeftijdsgroep.'],
  // spp organise's notes.
  [
    /^task category '([^']+)' has no predictability\/complexity profile; it is left out of the position of (.+) \(set task_profile\.\S+ in the scenario\)$/,
    (m) => `Taakcategorie '${m[1]}' heeft geen profiel voor voorspelbaarheid en complexiteit; ze telt niet mee in de positie van ${m[2]} (zet task_profile.${m[1]} in het scenario).`,
  ],
  [/^(\S+) has no position: none of its task categories has a profile$/, (m) => `${m[1]} heeft geen positie: geen van zijn taakcategorieën heeft een profiel.`],
  // How close the plan is to the proven optimum when minimum flows apply (app/plan.ts gapNotes).
  [
    /^minimum flows: the plan's cost is at most ([\d.]+)% above the least possible \(proven lower bound €([\d,]+)\)$/,
    (m) => `Minimumomvang van routes: dit plan kost hoogstens ${nlNumber(m[1]!)}% meer dan het goedkoopst mogelijke (bewezen ondergrens € ${nlNumber(m[2]!)}).`,
  ],
  [
    /^minimum flows: unmet demand ([\d.]+) FTE-years; at least ([\d.]+) is unavoidable \(proven\)$/,
    (m) => `Minimumomvang van routes: onvervulde vraag ${nlNumber(m[1]!)} fte-jaar, waarvan aantoonbaar ten minste ${nlNumber(m[2]!)} onvermijdelijk.`,
  ],
  [
    /^minimum flows: placement outside ([\d.]+) FTE; at least ([\d.]+) is unavoidable \(proven\)$/,
    (m) => `Minimumomvang van routes: ${nlNumber(m[1]!)} fte buiten de organisatie geplaatst, waarvan aantoonbaar ten minste ${nlNumber(m[2]!)} onvermijdelijk.`,
  ],
  // The comparison's notes.
  [
    /^(\d+) functions?(?: and (\d+) famil(?:y|ies))? under privacy\.min_group (\d+) \(or withheld so they cannot be recovered from a total\) are left out of the rows; they count in the totals, so the rows do not add up to the total$/,
    (m) =>
      `${m[1]} ${m[1] === '1' ? 'functie' : 'functies'}${m[2] === undefined ? '' : ` en ${m[2]} ${m[2] === '1' ? 'familie' : 'families'}`} met minder dan ${m[3]} personen ` +
      '(of verborgen zodat ze niet uit een totaal volgen) staan niet in de rijen; ze tellen wel mee in de totalen, dus de rijen tellen niet op tot het totaal (privacy.min_group).',
  ],
  [/^the scenarios read different data files: differences come from the data as well as from the assumptions$/, () => 'De scenario’s lezen verschillende databestanden: verschillen komen uit de data én uit de aannames.'],
  [
    /^the horizons differ: per function the comparison is for (\d{4}); totals per year are empty where a scenario has no such year$/,
    (m) => `De horizonnen verschillen: per functie gaat de vergelijking over ${m[1]}; totalen per jaar zijn leeg waar een scenario dat jaar niet heeft.`,
  ],
];

/**
 * FTE-years of a binding limit with one decimal, as every other FTE figure of the output (the model
 * writes two under 10: "6.57"); two only where one would read 0,0.
 */
function fteYears(text: string, lang: 'nl' | 'en'): string {
  const n = Number(text.replace(/,/g, ''));
  return Number.isFinite(n) ? formatNumber(n, n < 0.05 ? 2 : 1, lang) : text;
}

/** The second half: `cut unmet demand by 6.57 FTE-years`, `save €3,400`, or both. */
function consequence(text: string): string | null {
  const cut = /^cut unmet demand by ([\d.,]+) FTE-years(?: and save €([\d,]+))?$/.exec(text);
  if (cut) return cut[2] === undefined ? `de onvervulde vraag met ${fteYears(cut[1]!, 'nl')} fte-jaar verminderen` : `de onvervulde vraag met ${fteYears(cut[1]!, 'nl')} fte-jaar verminderen en € ${nlNumber(cut[2])} besparen`;
  const save = /^save €([\d,]+)$/.exec(text);
  return save ? `€ ${nlNumber(save[1]!)} besparen` : null;
}

/**
 * A binding limit's sentence in English for a line of its own: the model's words, its function codes
 * named by `fn` and its FTE-years with one decimal; null when it is not one.
 */
export function englishBindingText(text: string, fn: (id: string) => string): string | null {
  const binding = /^(.+) would (.+)$/.exec(text);
  if (!binding) return null;
  for (const [pattern, groups] of LIMITS) {
    const m = pattern.exec(binding[1]!);
    if (m) return `${labelledText(binding[1]!, m, groups, fn)} would ${binding[2]!.replace(/^(cut unmet demand by )([\d.,]+)( FTE-years)/, (_, a: string, v: string, b: string) => `${a}${fteYears(v, 'en')}${b}`)}`;
  }
  return null;
}

/**
 * A sentence of the plan or the comparison in Dutch, or null when this table does not know it; `fn`
 * names a function of a binding limit (its code alone by default).
 */
export function dutchResultText(text: string, fn: (id: string) => string = (id) => id): string | null {
  const binding = /^(.+) would (.+)$/.exec(text);
  if (binding) {
    const then = consequence(binding[2]!);
    for (const [pattern, groups, rewrite] of LIMITS) {
      const m = pattern.exec(binding[1]!);
      if (m && then !== null) return `${rewrite(labelled(m, groups, fn))} zou ${then}.`;
    }
  }
  for (const [pattern, rewrite] of SENTENCES) {
    const m = pattern.exec(text);
    if (m) return rewrite(m);
  }
  return null;
}

/**
 * A function's id as the reader should see it: the row into which the privacy rule merges the small
 * functions (app/privacy.ts) keeps the stable id `other` in JSON and rfc CSV; Dutch tables, Markdown,
 * excel-nl CSV and xlsx call it `overig`.
 */
export function shownFunctionId(id: string, lang: 'nl' | 'en'): string {
  return lang === 'nl' && id === 'other' ? 'overig' : id;
}

/**
 * A function as a row or route names it: "BV01 Medewerker Financiële Administratie". The row into
 * which the privacy rule merges the small functions is named by its name alone ("14 functies samen
 * afgeschermd (privacy)"): with its id before it, it read "overig 14 functies samen afgeschermd".
 */
export function functionLabel(id: string, name: string | undefined, lang: 'nl' | 'en'): string {
  if (id === 'other' && name !== undefined && isWithheldLabel(name)) return name;
  return `${shownFunctionId(id, lang)} ${name ?? ''}`.trim();
}

/** The name of the row into which the privacy rule merges the small functions ("14 functies samen afgeschermd (privacy)"). */
export function isWithheldLabel(name: string): boolean {
  return /^\d+ (functions withheld together|functies? samen afgeschermd) \(privacy\)$/.test(name);
}

/**
 * A function's name in a plan result as the reader should see it (see shownFunctionId): the row into
 * which the privacy rule merges the small functions has an English name in the JSON; in Dutch
 * outputs it reads as Dutch.
 */
export function planFunctionName(f: { id: string; name: string }, lang: 'nl' | 'en'): string {
  const merged = /^(\d+) functions withheld together \(privacy\)$/.exec(f.name);
  if (lang !== 'nl' || f.id !== 'other' || merged === null) return f.name;
  return `${merged[1]} ${merged[1] === '1' ? 'functie' : 'functies'} samen afgeschermd (privacy)`;
}
