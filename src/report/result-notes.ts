import { OTHER_DATA_NOTE } from '../domain/compare.js';
import { formatAsWritten } from '../domain/round.js';

/**
 * The notes of plan, compare, calibrate and organise are written by the model in English (they are
 * part of the JSON result). In Dutch output each known note is recognised by its pattern and said
 * again in Dutch, with Dutch number separators. English output shows them as written. The plan's
 * sentences that name functions (the limits that bind, the causes of unmet demand, the notes that
 * list functions) are not read back here: plan-sentences.ts says them from the plan's data.
 */
type Rewrite = (m: RegExpExecArray) => string;

/** A fixed text as a regular expression that matches it literally. */
function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "6.57" → "6,57"; "3,400" (en-GB thousands) → "3.400". */
const nlNumber = (text: string): string => {
  const bare = text.replace(/,/g, '');
  return Number.isFinite(Number(bare)) ? formatAsWritten(bare, 'nl') : text;
};

const SENTENCES: [RegExp, Rewrite][] = [
  // The plan's own notes (no plan: block, pathways available, minimum flow, discounting) are in notes.ts, in both languages.
  // spp compare's notes (the table, Markdown and the workbook's Stempel sheet).
  [new RegExp(`^${escaped(OTHER_DATA_NOTE)}`), () => 'de scenario’s lezen verschillende gegevensbestanden: verschillen komen dus ook uit de gegevens, niet alleen uit de aannames'],
  // PLAN_DEFAULTS_NOTE names scenarios: said from its data (CompareResult.noteFacts, render-compare.ts compareNote).
  [/^the horizons differ: per function the comparison is for (\d+);/, (m) => `de horizons verschillen: per functie gaat de vergelijking over ${m[1]}; het totaal per jaar is leeg waar een scenario dat jaar niet heeft`],
  [/^every scenario was simulated (\d+) times with seed (\d+):/, (m) => `elk scenario is ${m[1]} keer doorgerekend met seed ${m[2]}: P10/P50/P90 naast elke verwachte waarde, en de kans op elke status`],
  // spp calibrate's notes.
  [
    /^(\S+): its transitions \(([\d.]+)% a year\) and the attrition rate the rules would give it \(([\d.]+)%\) add up to more than 100%, which no scenario accepts: it has an attrition rule of its own, measured on its own (\d+) people\.$/,
    (m) => `${m[1]}: de doorstroom (${nlNumber(m[2]!)}% per jaar) en de verloopkans die de regels deze functie zouden geven (${nlNumber(m[3]!)}%) zijn samen meer dan 100%, en dat neemt geen scenario aan: de functie heeft een eigen verloopregel, gemeten op haar eigen ${m[4]} medewerkers.`,
  ],
  [
    /^Check the order: (\d+) people are only in the new snapshot and reach the AOW age by the end of (\d{4}), as people who retire do; the new snapshot may be the older export\.$/,
    (m) => `Controleer de volgorde: ${m[1]} mensen staan alleen in het nieuwe peilbestand en bereiken uiterlijk eind ${m[2]} de AOW-leeftijd, zoals mensen die met pensioen gaan; het nieuwe peilbestand is misschien de oudere export.`,
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
  // A renamed function code: said from its pair of codes (render-calibration.ts calibrationNote).
  [/^No temporary contract ended between the snapshots: renewal is not estimated\.$/, () => 'Tussen de peilbestanden is geen tijdelijk contract afgelopen: de verlenging is niet geschat.'],
  [
    /^The snapshots are (\d+) years apart: shares over the period are annualised as 1 − \(1 − share\)\^\(1\/\d+\)\.$/,
    (m) => `De peilbestanden liggen ${m[1]} jaar uit elkaar: aandelen over de periode zijn omgerekend naar een jaar als 1 − (1 − aandeel)^(1/${m[1]}).`,
  ],
  [/^A family rule is estimated on the family's functions without a rule of their own \(the ones it applies to in a scenario\)\.$/, () => 'Een familieregel is geschat op de functies van de familie zonder eigen regel (de functies waarvoor hij in een scenario geldt).'],
  [
    /^No employee ids to link the snapshots: rates come from aggregate counts \(leavers = start \+ joiners − end − retired\), over everyone\. This is less exact: moves between functions, renewals and age differences cannot be seen\.$/,
    () => 'Geen employee ids om de peilbestanden te koppelen: de kansen komen uit totalen (vertrokken = begin + ingestroomd − eind − met pensioen), over iedereen. Dat is minder exact: overstappen tussen functies, verlengingen en leeftijdsverschillen zijn niet te zien.',
  ],
  [
    /^Joiners are unknown without ids and taken as 0, so the attrition rate is a lower bound; give --joiners N \(hires between the snapshots, from the recruitment records\)\.$/,
    () => 'Zonder ids is de instroom onbekend en op 0 gezet, dus de verloopkans is een ondergrens; geef --joiners N (aannames tussen de peilbestanden, uit de wervingsadministratie).',
  ],
  [/^Joiners as given: (\d+)\.$/, (m) => `Instroom zoals opgegeven: ${m[1]}.`],
  [/^Without a scenario \(-s\): 10-year age bands, the AOW ages as the law is known, privacy\.min_group 5\.$/, () => 'Zonder scenario (-s): leeftijdsgroepen van 10 jaar, de AOW-leeftijden zoals de wet ze kent, privacy.min_group 5.'],
  [/^Without a functions file, families are unknown: estimates per function and per age band only\.$/, () => 'Zonder functiebestand zijn de families onbekend: alleen schattingen per functie en per leeftijdsgroep.'],
  // spp organise's notes name task categories and functions: said from their data (render-organise.ts organiseNote).
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

/** A sentence of the plan's notes, the comparison, calibrate or organise in Dutch, or null when this table does not know it. */
export function dutchResultText(text: string): string | null {
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
