import { formatAsWritten, formatNumber } from '../domain/round.js';
import type { Lang } from './labels.js';
import type { ModelNoteFact } from '../domain/projection.js';
import { dutchResultText } from './result-notes.js';
import { yearsAndMonths } from './age-words.js';

/**
 * The model writes its assumptions and the plan's notes as short English lines (they are also
 * part of the JSON result, where scripts read them). Human outputs show them in the reader's
 * language: each known line is recognised by its pattern and rewritten in plain words, with task
 * categories by their label. A line this table does not know is shown as written.
 */
type Rewrite = (m: RegExpExecArray, lang: Lang, label: (id: string) => string) => string;

/** "263,400" (en-GB thousands, as the model writes euros) in the reader's separators. */
const euros = (text: string, lang: Lang): string => formatNumber(Number(text.replace(/,/g, '')), 0, lang);
const pct = (text: string, lang: Lang): string => `${formatNumber(Number(text) * 100, 0, lang)}%`;
const persons = (n: string, lang: Lang): string =>
  lang === 'nl' ? `${n} ${n === '1' ? 'persoon' : 'personen'}` : `${n} ${n === '1' ? 'person' : 'people'}`;

const RULES: [RegExp, Rewrite][] = [
  [
    // The category and the path as the scenario writes them: any text (a task category or a function code
    // with a space in it, 'klant contact', 'FIN 14'); the numbers at the end fix where it stops.
    /^automation target of (.+) \[([\d.]+), ([\d.]+), ([\d.]+)\] taken as its expected value ([\d.]+) \(the mean of the triangular distribution\)$/,
    (m, lang, label) =>
      lang === 'nl'
        ? `${label(m[1]!)}: het automatiseringsdoel is onzeker (laag ${pct(m[2]!, lang)}, waarschijnlijk ${pct(m[3]!, lang)}, hoog ${pct(m[4]!, lang)}); gerekend is met het gemiddelde, ${pct(m[5]!, lang)}.`
        : `${label(m[1]!)}: the automation target is uncertain (low ${pct(m[2]!, lang)}, likely ${pct(m[3]!, lang)}, high ${pct(m[4]!, lang)}); the calculation uses the mean, ${pct(m[5]!, lang)}.`,
  ],
  [
    // Any other [low, likely, high] value (attrition, growth, renewal, reinvested, transitions).
    /^(.+) \[(-?[\d.]+), (-?[\d.]+), (-?[\d.]+)\] taken as its expected value (-?[\d.]+) \(the mean of the triangular distribution\)$/,
    (m, lang) => {
      // Rates and shares, as percentages: whole where whole, else one decimal.
      const n = (v: string): string => {
        const p = Number(v) * 100;
        return `${formatNumber(p, Math.abs(p - Math.round(p)) < 1e-9 ? 0 : 1, lang)}%`;
      };
      return lang === 'nl'
        ? `${m[1]!} is onzeker (laag ${n(m[2]!)}, waarschijnlijk ${n(m[3]!)}, hoog ${n(m[4]!)}); gerekend is met het gemiddelde, ${n(m[5]!)}.`
        : `${m[1]!} is uncertain (low ${n(m[2]!)}, likely ${n(m[3]!)}, high ${n(m[4]!)}); the calculation uses the mean, ${n(m[5]!)}.`;
    },
  ],
  [
    /^AOW age after (\d{4}) taken as ([\d.]+) \(last known value\)$/,
    (m, lang) =>
      lang === 'nl'
        ? `Na ${m[1]} is de AOW-leeftijd nog niet wettelijk vastgesteld; gerekend is met de laatst bekende waarde, ${yearsAndMonths(Number(m[2]), lang)}.`
        : `The AOW (state pension) age after ${m[1]} is not yet set by law; the calculation uses the last known value, ${yearsAndMonths(Number(m[2]), lang)}.`,
  ],
  [
    /^AOW age before (\d{4}) taken as ([\d.]+) \(earliest value in the table\)$/,
    (m, lang) =>
      lang === 'nl'
        ? `Voor ${m[1]} is gerekend met de vroegst bekende AOW-leeftijd, ${yearsAndMonths(Number(m[2]), lang)}.`
        : `Before ${m[1]} the calculation uses the earliest known AOW age, ${yearsAndMonths(Number(m[2]), lang)}.`,
  ],
  [
    /^(\d+) person\(s\) on a temporary contract without an end date taken to end in (\d{4})$/,
    (m, lang) =>
      lang === 'nl'
        ? `${persons(m[1]!, lang)} met een tijdelijk contract zonder einddatum: aangenomen is dat het contract in ${m[2]} afloopt.`
        : `${persons(m[1]!, lang)} on a temporary contract without an end date: the contract is taken to end in ${m[2]}.`,
  ],
  // The people in functions missing from the function profiles: said from its data (modelNote, below).
  [
    /^attrition \+ transitions above 1 for some function and age: outflows scaled down to sum to 1$/,
    (_m, lang) =>
      lang === 'nl'
        ? 'Bij een functie en leeftijd tellen verloop en doorstroom samen op tot meer dan 100%; de uitstroom is daar naar 100% teruggeschaald.'
        : 'For some function and age, attrition and transitions add up to more than 100%; the outflows there are scaled down to 100%.',
  ],
  [
    /^demand split over groups in proportion to each group's FTE in the function at start$/,
    (_m, lang) =>
      lang === 'nl'
        ? 'De vraag van een functie is over de groepen verdeeld naar hun aandeel in de fte van die functie bij de start.'
        : "A function's demand is split over the groups in proportion to their share of its FTE at the start.",
  ],
  // The action plan's notes (app/plan.ts), shown by spp reskill and the report.
  [
    /^(\d+) of (\d+) functions have no pay in the data \(missing or 0\): their overstaffing is priced at reskilling\.surplus_cost_per_fte, €([\d,]+) per FTE-year$/,
    // One function: "1 van de 40 functies heeft … haar overbezetting" (it said "hebben … hun": consultant probe).
    (m, lang) =>
      lang === 'nl'
        ? `${m[1]} van de ${m[2]} functies ${m[1] === '1' ? 'heeft' : 'hebben'} geen salaris in de gegevens (leeg of 0): ${m[1] === '1' ? 'haar' : 'hun'} overbezetting kost reskilling.surplus_cost_per_fte, € ${m[3]!.replace(/,/g, '.')} per fte-jaar.`
        : `${m[1]} of the ${m[2]} functions ${m[1] === '1' ? 'has' : 'have'} no pay in the data (missing or 0): ${m[1] === '1' ? 'its' : 'their'} overstaffing is priced at reskilling.surplus_cost_per_fte, €${m[3]} per FTE-year.`,
  ],
  // Why the plan costs more than an alternative of the business case (app/plan.ts dearerNotes).
  [
    /^the plan costs €([\d,]+) more than (no plan|without pathways): it meets ([\d.]+) FTE-years more of the demand, which comes first$/,
    (m, lang) =>
      lang === 'nl'
        ? `Het plan kost € ${euros(m[1]!, lang)} meer dan ${m[2] === 'no plan' ? 'geen plan' : 'zonder routes'}: het vult ${formatAsWritten(m[3]!, lang)} fte-jaar meer van de vraag in, en dat gaat voor.`
        : `The plan costs €${euros(m[1]!, lang)} more than ${m[2] === 'no plan' ? 'no plan' : 'the plan without pathways'}: it meets ${formatAsWritten(m[3]!, lang)} FTE-years more of the demand, which comes first.`,
  ],
  [
    /^the plan costs €([\d,]+) more than (no plan|without pathways): it places as few people outside as possible before it looks at cost \(objective redundancy\), ([\d.]+) FTE against ([\d.]+) FTE without (?:a plan|pathways)$/,
    (m, lang) =>
      lang === 'nl'
        ? `Het plan kost € ${euros(m[1]!, lang)} meer dan ${m[2] === 'no plan' ? 'geen plan' : 'zonder routes'}: het plaatst eerst zo weinig mogelijk mensen buiten de organisatie en kijkt pas daarna naar de kosten (het doel van dit plan): ${formatAsWritten(m[3]!, lang)} fte tegen ${formatAsWritten(m[4]!, lang)} fte ${m[2] === 'no plan' ? 'zonder plan' : 'zonder routes'}.`
        : `The plan costs €${euros(m[1]!, lang)} more than ${m[2] === 'no plan' ? 'no plan' : 'the plan without pathways'}: it places as few people outside as possible before it looks at cost (the plan's objective): ${formatAsWritten(m[3]!, lang)} FTE against ${formatAsWritten(m[4]!, lang)} FTE ${m[2] === 'no plan' ? 'without a plan' : 'without pathways'}.`,
  ],
  [
    /^the plan costs €([\d,]+) more than no plan, which ignores every limit and rule: (.+)$/,
    (m, lang) => {
      const said = m[2]!.split('; ').map((r) => noPlanReason(r, lang));
      return lang === 'nl'
        ? `Het plan kost € ${euros(m[1]!, lang)} meer dan geen plan, dat elke grens en regel negeert: ${said.join('; ')}.`
        : `The plan costs €${euros(m[1]!, lang)} more than no plan, which ignores every limit and rule: ${said.join('; ')}.`;
    },
  ],
  [
    /^without pathways no plan meets the hard limits \(plan\.overstaffing max_total_fte with placement outside capped in plan\.redundancy\): the pathways are what makes this plan possible, so the business case has no alternative without them$/,
    (_m, lang) =>
      lang === 'nl'
        ? 'Zonder interne routes haalt geen enkel plan de harde grenzen (plan.overstaffing max_total_fte, met plaatsing buiten begrensd in plan.redundancy): de routes maken dit plan mogelijk, dus de kostenvergelijking heeft geen alternatief zonder routes.'
        : 'Without pathways no plan meets the hard limits (plan.overstaffing max_total_fte, with placement outside capped in plan.redundancy): the pathways make this plan possible, so the business case has no alternative without them.',
  ],
  [/^the scenario has no plan: block: every plan default applies \(SPEC §2\.4\)$/, (_m, lang) => (lang === 'nl' ? 'Het scenario geeft geen eigen instellingen voor het actieplan (grenzen, kosten): de standaardwaarden van spp gelden.' : "The scenario gives no settings of its own for the action plan (limits, costs): spp's defaults apply.")],
  [
    /^no pathways available to the plan: the scenario gives none, and (no pathway from a function with a surplus to one with a shortage meets the reskilling conditions|computed pathways are off \(plan\.computed_pathways: false\))$/,
    (m, lang) =>
      m[1]!.startsWith('no pathway')
        ? lang === 'nl'
          ? 'Het plan had geen routes om uit te kiezen: het scenario geeft er geen op, en geen route van een functie met een overschot naar een functie met een tekort voldoet aan de voorwaarden voor omscholing (spp pathways F zegt per functie waarom).'
          : 'The plan had no pathways to choose from: the scenario gives none, and no pathway from a function with a surplus to one with a shortage meets the reskilling conditions (spp pathways F says why, per function).'
        : lang === 'nl'
          ? 'Het plan had geen routes om uit te kiezen: het scenario geeft er geen op, en berekende routes staan uit (plan.computed_pathways: false).'
          : 'The plan had no pathways to choose from: the scenario gives none, and computed pathways are off (plan.computed_pathways: false).',
  ],
  [
    /^(\d+) computed and (\d+) explicit pathways? available to the plan$/,
    (m, lang) =>
      lang === 'nl'
        ? `Het plan kon kiezen uit ${m[1] === '0' ? 'geen' : m[1]} berekende en ${m[2] === '0' ? 'geen' : m[2]} in het scenario opgegeven ${m[2] === '1' ? 'route' : 'routes'}.`
        : `The plan could choose from ${m[1] === '0' ? 'no' : m[1]} computed and ${m[2] === '0' ? 'no' : m[2]} explicit ${m[2] === '1' ? 'pathway' : 'pathways'} (given in the scenario).`,
  ],
  [
    /^a pathway used in a year carries at least ([\d.]+) FTE$/,
    (m, lang) => (lang === 'nl' ? `Een route die in een jaar wordt gebruikt, verplaatst ten minste ${m[1]!.replace('.', ',')} fte.` : `A pathway used in a year moves at least ${m[1]} FTE.`),
  ],
  [
    /^costs discounted to (\d{4}) at ([\d.]+)% a year$/,
    (m, lang) => (lang === 'nl' ? `Kosten zijn contant gemaakt naar ${m[1]} tegen ${m[2]!.replace('.', ',')}% per jaar.` : `Costs are discounted to ${m[1]} at ${m[2]}% a year.`),
  ],
  // The notes that name functions (people moved both ways, hired and later overstaffed) are said from
  // the plan's data by plan-sentences.ts, not read back here: a function id may hold any character.
  [
    /^decisions take an average cross-section of a function: the natural rates apply to everyone in it$/,
    (_m, lang) =>
      lang === 'nl'
        ? 'Een besluit treft een gemiddelde doorsnede van een functie: pensioen en verloop gelden voor iedereen erin even sterk.'
        : 'A decision takes an average cross-section of a function: retirement and attrition apply to everyone in it alike.',
  ],
];

/** One reason why the plan costs more than no plan (app/plan.ts dearerNotes), in the reader's language. */
function noPlanReason(reason: string, lang: Lang): string {
  if (reason === "the plan keeps the limits of the scenario's plan: block") return lang === 'nl' ? 'het plan houdt zich aan de grenzen die het scenario aan het plan stelt' : 'the plan keeps the limits the scenario sets for the plan';
  const back = /^no plan places people outside and later hires into the same function again \((\d+) functions?\), where the plan carries the surplus$/.exec(reason);
  if (back) {
    return lang === 'nl'
      ? `geen plan plaatst mensen buiten de organisatie en werft later weer voor dezelfde functie (${back[1]} ${back[1] === '1' ? 'functie' : 'functies'}), waar het plan het overschot in dienst houdt`
      : reason;
  }
  if (reason === "the plan keeps spp's rules for a sound plan (no hiring around a vacaturestop, none into a function without work)") {
    return lang === 'nl' ? 'het plan houdt zich aan de regels van spp voor een verantwoord plan (geen werving om een vacaturestop heen, geen werving voor een functie zonder werk)' : reason;
  }
  return reason;
}

/**
 * One of the model's assumptions in the reader's language: one that names functions of the data from
 * its data (`facts`, ProjectResult.assumptionFacts) — the function codes as the data writes them,
 * listed, never read back out of the English line —, any other by translateNote.
 */
export function modelNote(note: string, facts: readonly ModelNoteFact[], lang: Lang, label: (id: string) => string): string {
  const fact = facts.find((f) => f.text === note);
  if (fact === undefined) return translateNote(note, lang, label);
  const count = Number.isInteger(fact.persons) ? String(fact.persons) : formatNumber(fact.persons, 2, lang);
  const ids = fact.functions;
  const list = ids.length === 1 ? ids[0]! : `${ids.slice(0, -1).join(', ')} ${lang === 'nl' ? 'en' : 'and'} ${ids.at(-1)!}`;
  return lang === 'nl'
    ? `${persons(count, lang)} in ${ids.length === 1 ? 'een functie die' : 'functies die'} niet in de functieprofielen ${ids.length === 1 ? 'staat' : 'staan'}, ${count === '1' ? 'is' : 'zijn'} niet meegeteld (${list}).`
    : `${persons(count, lang)} in ${ids.length === 1 ? 'a function' : 'functions'} missing from the function profiles ${count === '1' ? 'is' : 'are'} not counted (${list}).`;
}

/** One model note in the reader's language and in plain words. */
export function translateNote(note: string, lang: Lang, label: (id: string) => string): string {
  for (const [pattern, rewrite] of RULES) {
    const m = pattern.exec(note);
    if (m) return rewrite(m, lang, label);
  }
  // The plan's and the comparison's sentences: English as written, Dutch by their own table.
  return lang === 'nl' ? (dutchResultText(note) ?? note) : note;
}

/** True when translateNote knows the line (tests use this to keep the table complete). */
export function isKnownNote(note: string): boolean {
  return RULES.some(([pattern]) => pattern.test(note)) || dutchResultText(note) !== null;
}

/** Words of the model's rule texts (status rules, growth/attrition/override rules) and their Dutch. */
const RULE_WORDS: [RegExp, string][] = [
  [/^new function in the scenario \(demand from its points\)$/, 'nieuwe functie in het scenario (vraag volgens de punten)'],
  [/^no demand at start$/, 'geen vraag bij de start'],
  [/\bno growth rule\b/g, 'geen groeiregel'],
  // An attrition rule list (spp explain) when no rule of workforce.attrition matches: rate 0.
  [/^no matching rule: 0$/, 'geen passende verloopregel: 0'],
  [/\(mean (-?\d)/g, '(gemiddeld $1'],
  [/\bdemand ratio\b/g, 'vraag eind/start'],
  [/\bautomated share\b/g, 'geautomatiseerd'],
  [/\btask-mix shift\b/g, 'verschuiving takenpakket'],
  [/\bskill shift\b/g, 'verschuiving vaardigheden'],
  [/\bshift\b/g, 'verschuiving'],
  [/\bwithin\b/g, 'binnen'],
  [/\bdiscontinued from\b/g, 'opgeheven vanaf'],
  [/\bdiscontinue\b/g, 'opgeheven vanaf'],
  [/\bchange (-?[\d.]+) from (\d{4}) to (\d{4})/g, 'verandering $1 van $2 tot $3'],
  [/\(family /g, '(familie '],
  [/\(function /g, '(functie '],
  [/\(ages /g, '(leeftijd '],
  [/\(all\)/g, '(alle)'],
];

/**
 * A rule text of the model ("demand ratio 0.95 within 1 ± 0.15, …", "workforce.attrition[4] (family
 * ICT): 0.09") in the reader's language; scenario keys (`demand.growth[0]`) stay as written.
 */
export function translateRule(rule: string, lang: Lang): string {
  if (lang === 'en') return rule;
  let out = rule;
  for (const [pattern, dutch] of RULE_WORDS) out = out.replace(pattern, dutch);
  // A [low, likely, high] triple: decimal commas, so its parts are separated by semicolons.
  out = out.replace(/\[(-?[\d.]+), (-?[\d.]+), (-?[\d.]+)\]/g, (_m, a: string, b: string, c: string) => `[${[a, b, c].map((v) => v.replace('.', ',')).join('; ')}]`);
  // Decimal comma in the numbers of the text, not in keys like attrition[4] or years.
  return out.replace(/(?<![\w[.])(\d+)\.(\d+)(?![\w\]])/g, '$1,$2');
}
