import type { SensitivityAssumption } from '../../domain/sensitivity.js';
import { formatCompact, formatNumber } from '../../domain/round.js';
import { ageBandWords, yearsAndMonths } from '../age-words.js';
import { signed, type Formatters } from './compose-report.js';
import { yamlFlowValue } from '../../domain/yaml-text.js';
import { mapKeys } from '../../domain/scenario-paths.js';
import type { ReportLang } from './texts/texts.js';

/**
 * The report's words for a sensitivity assumption: `workforce.attrition[ages=45-54].rate` is
 * "Verloop: 45–54 jaar" for a directieteam, `plan.hiring[family=all].cost` "Wervingskosten: alle
 * functies"; the path itself stays beside it (the scenario file's key) and is the label of anything
 * not named here. Values read as the terminal's do: a rate as a percentage, an AOW-age table as its
 * shift, a cost in euros. The compare chapter's table of settings that differ uses the same words
 * (`settingText` for its values).
 */

interface Words {
  retirementAge: string;
  attrition: string;
  renewal: string;
  transition: (from: string, to: string) => string;
  automation: (category: string) => string;
  reinvested: string;
  growth: string;
  change: string;
  emerging: (fn: string) => string;
  hiringCost: string;
  redundancyCost: string;
  reducedHoursCost: string;
  pathwayCost: (from: string, to: string) => string;
  overstaffingCost: string;
  shortageCost: string;
  discountRate: string;
  defaultHireCost: string;
  trainingHour: string;
  surplusCost: string;
  all: string;
  family: (name: string) => string;
  years: (n: string) => string;
  fteIn: (fte: string, year: string) => string;
  // Settings beyond the sensitivity's assumptions (the compare chapter's "what differs").
  parts: Record<'start' | 'end' | 'curve' | 'discontinue', string>;
  transitionsFrom: (from: string) => string;
  newFunction: (fn: string) => string;
  skillShift: (skill: string, families: string) => string;
  allFamilies: string;
  budget: string;
  capacity: string;
  hoursPerLevel: string;
  horizon: Record<'start' | 'end', string>;
  retirementFrom: (year: string) => string;
  likely: (range: string, likely: string) => string;
  curves: Record<string, string>;
  discontinued: (year: string) => string;
  levels: (delta: string) => string;
  until: (year: string) => string;
  /** A step automation: the whole level in its end year (model/ramp.ts), nothing before. */
  stepIn: (year: string) => string;
  towards: (fn: string) => string;
  /** A whole plan rule or listed pathway one scenario has and another not: its name, then its settings in words. */
  ruleBlock: Record<'hiring' | 'redundancy' | 'reduced_hours', string>;
  pathway: (from: string, to: string) => string;
  targetsOf: (fn: string) => string;
  rulePart: {
    cost: (euro: string) => string;
    maxPerYear: (fte: string) => string;
    /** A pathway's limit is per pathway, not per function. */
    maxPerYearOnPathway: (fte: string) => string;
    noHiring: string;
    noRedundancy: string;
    firstYearAttrition: (pct: string) => string;
    maxPersons: (persons: string) => string;
    ftePerPerson: (fte: string) => string;
    costPerPerson: (euro: string) => string;
    retention: (pct: string) => string;
    maxShare: (pct: string) => string;
  };
  planBlock: string;
  pathwayRule: Record<'min_pay_ratio' | 'min_similarity' | 'max_level_step', string>;
  // The report's appendix lists every setting: the rest of the scenario file's keys.
  /** Keys named by their dotted path alone (`plan.min_flow_fte`). */
  settings: Record<string, string>;
  /** A rule's limit, followed by its scope (`plan.hiring[].max_per_year`). */
  ruleSettings: Record<string, string>;
  /** A listed pathway's setting (`plan.pathways[].retention`). */
  pathwaySetting: (from: string, to: string, setting: string) => string;
  pathwaySettings: Record<string, string>;
  target: (fn: string, year: string) => string;
  newFunctionPart: (fn: string, part: string) => string;
  newFunctionParts: Record<'name' | 'family' | 'level' | 'pay', string>;
  newFunctionLists: Record<'tasks' | 'skills', string>;
  newFunctionTask: (category: string) => string;
  newFunctionSkill: (category: string) => string;
  newFunctionDemand: (year: string) => string;
  taskProfile: (category: string, part: 'predictability' | 'complexity') => string;
  taskProfileOf: (category: string) => string;
  profileParts: Record<'predictability' | 'complexity', string>;
  labelOf: (category: string, lang: string) => string;
  labelsOf: (category: string) => string;
  none: string;
  yes: string;
  no: string;
  fte: (n: string) => string;
  persons: (n: string) => string;
  hours: (n: string) => string;
  pay: string;
  noShortagePrice: string;
  objectives: Record<string, string>;
  skillLevel: (n: string) => string;
  scale: (n: string) => string;
}

const WORDS: Record<ReportLang, Words> = {
  nl: {
    retirementAge: 'AOW-leeftijd',
    attrition: 'Verloop',
    renewal: 'Verlenging van tijdelijke contracten',
    transition: (from, to) => `Doorstroom ${from} → ${to}`,
    automation: (category) => `Automatisering: ${category}`,
    reinvested: 'Vrijgekomen tijd die in de functie blijft',
    growth: 'Groei van de vraag per jaar',
    change: 'Verandering van de vraag',
    emerging: (fn) => `Vraag naar nieuwe functie ${fn}`,
    hiringCost: 'Wervingskosten',
    redundancyCost: 'Kosten van plaatsing buiten de organisatie',
    reducedHoursCost: 'Kosten van minder uren per persoon',
    pathwayCost: (from, to) => `Kosten van de route ${from} → ${to} per fte`,
    overstaffingCost: 'Kosten van overbezetting per fte-jaar',
    shortageCost: 'Kosten van onvervulde vraag per fte-jaar',
    discountRate: 'Disconteringsvoet',
    defaultHireCost: 'Wervingskosten (standaard)',
    trainingHour: 'Opleidingskosten per uur',
    surplusCost: 'Kosten van plaatsing buiten (standaard)',
    all: 'alle functies',
    family: (name) => name,
    years: (n) => `${n} jaar`,
    fteIn: (fte, year) => `${fte} fte in ${year}`,
    parts: { start: 'begin', end: 'einde', curve: 'verloop', discontinue: 'vervalt' },
    transitionsFrom: (from) => `Doorstroom uit ${from}`,
    newFunction: (fn) => `Nieuwe functie ${fn}`,
    skillShift: (skill, families) => `Verschuiving van vaardigheid: ${skill} (${families})`,
    allFamilies: 'alle families',
    budget: 'Omscholingsbudget per jaar',
    capacity: 'Omscholingscapaciteit per jaar',
    hoursPerLevel: 'Opleidingsuren per vaardigheidsniveau',
    horizon: { start: 'Begin van de horizon', end: 'Einde van de horizon' },
    retirementFrom: (year) => `AOW-leeftijd vanaf ${year}`,
    likely: (range, likely) => `${range} (waarschijnlijk ${likely})`,
    curves: { linear: 'gelijkmatig', 's-curve': 'S-curve', step: 'in één keer' },
    discontinued: (year) => `vervalt vanaf ${year}`,
    levels: (delta) => `${delta} ${delta === '1' || delta === '+1' || delta === '−1' ? 'niveau' : 'niveaus'}`,
    until: (year) => `tot ${year}`,
    stepIn: (year) => `in één keer in ${year}`,
    towards: (fn) => `naar ${fn}`,
    ruleBlock: { hiring: 'Werving', redundancy: 'Plaatsing buiten de organisatie', reduced_hours: 'Minder uren' },
    pathway: (from, to) => `Route ${from} → ${to}`,
    targetsOf: (fn) => `Formatiedoelen per jaar: ${fn}`,
    rulePart: {
      cost: (euro) => `kosten ${euro} per fte`,
      maxPerYear: (fte) => `ten hoogste ${fte} fte per functie per jaar`,
      maxPerYearOnPathway: (fte) => `ten hoogste ${fte} fte per jaar`,
      noHiring: 'geen werving (vacaturestop)',
      noRedundancy: 'geen plaatsing buiten de organisatie',
      firstYearAttrition: (pct) => `${pct} vertrekt in het eerste jaar`,
      maxPersons: (persons) => `ten hoogste ${persons} per functie per jaar`,
      ftePerPerson: (fte) => `${fte} fte minder per persoon`,
      costPerPerson: (euro) => `kosten ${euro} per persoon`,
      retention: (pct) => `${pct} blijft het eerste jaar`,
      maxShare: (pct) => `ten hoogste ${pct} van de bestemming`,
    },
    planBlock: 'Instellingen van het actieplan',
    pathwayRule: { min_pay_ratio: 'Route: salaris ten minste dit deel van het huidige', min_similarity: 'Route: gelijkenis ten minste', max_level_step: 'Route: schaalverschil ten hoogste' },
    settings: {
      id: 'Kenmerk van het scenario',
      title: 'Titel',
      description: 'Beschrijving',
      extends: 'Bouwt voort op',
      organisation: 'Organisatie',
      'data.functions': 'Functiebestand',
      'data.headcount': 'Personeelsbestand',
      'data.columns': 'Kolomkoppeling',
      'data.preset': 'Exportformaat',
      'workforce.attrition': 'Verloop',
      'workforce.transitions': 'Doorstroom tussen functies',
      'workforce.temporary.default_years': 'Looptijd van een tijdelijk contract zonder einddatum',
      'workforce.fulltime_hours': 'Uren van een voltijdbaan per week',
      'digitalisation.automation': 'Automatisering',
      'digitalisation.skill_shift': 'Verschuiving van vaardigheden',
      'demand.growth': 'Groei van de vraag per jaar',
      'demand.overrides': 'Verandering van de vraag',
      'demand.emerging': 'Nieuwe functies',
      'demand.targets': 'Formatiedoelen per jaar',
      'classification.disappear_ratio': 'Verdwijnend: vraag aan het eind ten hoogste dit deel van nu',
      'classification.change_share': 'Veranderend: ten minste dit deel van het werk geautomatiseerd',
      'classification.shift': 'Veranderend: verschuiving van taken of vaardigheden ten minste',
      'classification.volume': 'Groeiend of krimpend: vraag verandert ten minste',
      'reskilling.similarity': 'Bestand met gelijkenis tussen functies',
      'reskilling.closed_destinations.families': 'Geen routes naar de families',
      'reskilling.closed_destinations.functions': 'Geen routes naar de functies',
      'reskilling.safe_only': 'Alleen routes naar functies die niet kwetsbaar zijn',
      'plan.objective': 'Doel van het actieplan',
      'plan.hiring': 'Regels voor werving',
      'plan.redundancy': 'Regels voor plaatsing buiten de organisatie',
      'plan.reduced_hours': 'Regels voor minder uren',
      'plan.pathways': 'Routes die het scenario zelf noemt',
      'plan.computed_pathways': 'Routes die spp zelf berekent',
      'plan.min_flow_fte': 'Kleinste stroom over een route in een jaar',
      'plan.overstaffing.max_total_fte': 'Overbezetting in de hele organisatie ten hoogste',
      'privacy.min_group': 'Kleinste groep die de uitkomsten tonen',
      task_profile: 'Taakprofielen',
      labels: 'Eigen namen van taken en vaardigheden',
    },
    ruleSettings: {
      'plan.hiring.max_per_year': 'Werving per functie per jaar ten hoogste',
      'plan.hiring.first_year_attrition': 'Nieuwe medewerkers die in hun eerste jaar vertrekken',
      'plan.redundancy.max_per_year': 'Plaatsing buiten per functie per jaar ten hoogste',
      'plan.reduced_hours.max_persons': 'Minder uren: personen per functie per jaar ten hoogste',
      'plan.reduced_hours.fte_per_person': 'Minder uren: fte per persoon',
    },
    pathwaySetting: (from, to, setting) => `Route ${from} → ${to}: ${setting}`,
    pathwaySettings: { max_per_year: 'ten hoogste per jaar', retention: 'blijft het eerste jaar', max_share_of_destination: 'ten hoogste dit deel van de bestemming' },
    target: (fn, year) => `Formatiedoel ${fn} in ${year}`,
    newFunctionPart: (fn, part) => `Nieuwe functie ${fn}: ${part}`,
    newFunctionParts: { name: 'naam', family: 'familie', level: 'schaal', pay: 'salaris per jaar' },
    newFunctionLists: { tasks: 'taken', skills: 'vaardigheden' },
    newFunctionTask: (category) => `aandeel ${category}`,
    newFunctionSkill: (category) => `vaardigheid ${category}`,
    newFunctionDemand: (year) => `vraag in ${year}`,
    taskProfile: (category, part) => `Taakprofiel ${category}: ${part === 'predictability' ? 'voorspelbaarheid' : 'complexiteit'}`,
    taskProfileOf: (category) => `Taakprofiel ${category}`,
    profileParts: { predictability: 'voorspelbaarheid', complexity: 'complexiteit' },
    labelOf: (category, lang) => `Naam van ${category} (${lang})`,
    labelsOf: (category) => `Eigen namen van ${category}`,
    none: 'geen',
    yes: 'ja',
    no: 'nee',
    fte: (n) => `${n} fte`,
    persons: (n) => `${n} ${n === '1' ? 'persoon' : 'personen'}`,
    hours: (n) => `${n} uur`,
    pay: 'het salaris van de functie',
    noShortagePrice: 'geen prijs: eerst zo min mogelijk onvervulde vraag',
    objectives: { cost: 'de laagste kosten', redundancy: 'zo min mogelijk plaatsing buiten de organisatie, dan de laagste kosten' },
    skillLevel: (n) => `niveau ${n}`,
    scale: (n) => `schaal ${n}`,
  },
  en: {
    retirementAge: 'State pension (AOW) age',
    attrition: 'Attrition',
    renewal: 'Renewal of temporary contracts',
    transition: (from, to) => `Transition ${from} → ${to}`,
    automation: (category) => `Automation: ${category}`,
    reinvested: 'Freed time kept in the function',
    growth: 'Demand growth per year',
    change: 'Change of demand',
    emerging: (fn) => `Demand for new function ${fn}`,
    hiringCost: 'Hiring cost',
    redundancyCost: 'Cost of placement outside the organisation',
    reducedHoursCost: 'Cost of reduced hours per person',
    pathwayCost: (from, to) => `Cost of the pathway ${from} → ${to} per FTE`,
    overstaffingCost: 'Cost of overstaffing per FTE-year',
    shortageCost: 'Cost of unmet demand per FTE-year',
    discountRate: 'Discount rate',
    defaultHireCost: 'Hiring cost (default)',
    trainingHour: 'Training cost per hour',
    surplusCost: 'Cost of placement outside (default)',
    all: 'all functions',
    family: (name) => name,
    years: (n) => `${n} ${n === '1' ? 'year' : 'years'}`,
    fteIn: (fte, year) => `${fte} FTE in ${year}`,
    parts: { start: 'start', end: 'end', curve: 'curve', discontinue: 'discontinued' },
    transitionsFrom: (from) => `Transitions from ${from}`,
    newFunction: (fn) => `New function ${fn}`,
    skillShift: (skill, families) => `Skill shift: ${skill} (${families})`,
    allFamilies: 'all families',
    budget: 'Reskilling budget a year',
    capacity: 'Reskilling capacity a year',
    hoursPerLevel: 'Training hours per skill level',
    horizon: { start: 'Start of the horizon', end: 'End of the horizon' },
    retirementFrom: (year) => `State pension (AOW) age from ${year}`,
    likely: (range, likely) => `${range} (likely ${likely})`,
    curves: { linear: 'linear', 's-curve': 'S-curve', step: 'all at once' },
    discontinued: (year) => `discontinued from ${year}`,
    levels: (delta) => `${delta} ${delta === '1' || delta === '+1' || delta === '−1' ? 'level' : 'levels'}`,
    until: (year) => `by ${year}`,
    stepIn: (year) => `all at once in ${year}`,
    towards: (fn) => `to ${fn}`,
    ruleBlock: { hiring: 'Hiring', redundancy: 'Placement outside the organisation', reduced_hours: 'Reduced hours' },
    pathway: (from, to) => `Pathway ${from} → ${to}`,
    targetsOf: (fn) => `Formation targets by year: ${fn}`,
    rulePart: {
      cost: (euro) => `cost ${euro} per FTE`,
      maxPerYear: (fte) => `at most ${fte} FTE per function a year`,
      maxPerYearOnPathway: (fte) => `at most ${fte} FTE a year`,
      noHiring: 'no hiring (hiring freeze)',
      noRedundancy: 'no placement outside the organisation',
      firstYearAttrition: (pct) => `${pct} leave in their first year`,
      maxPersons: (persons) => `at most ${persons} per function a year`,
      ftePerPerson: (fte) => `${fte} FTE less per person`,
      costPerPerson: (euro) => `cost ${euro} per person`,
      retention: (pct) => `${pct} stay their first year`,
      maxShare: (pct) => `at most ${pct} of the destination`,
    },
    planBlock: 'Settings of the action plan',
    pathwayRule: { min_pay_ratio: 'Pathway: pay at least this share of the current', min_similarity: 'Pathway: similarity at least', max_level_step: 'Pathway: level step at most' },
    settings: {
      id: 'Scenario id',
      title: 'Title',
      description: 'Description',
      extends: 'Builds on',
      organisation: 'Organisation',
      'data.functions': 'Functions file',
      'data.headcount': 'Headcount file',
      'data.columns': 'Column map',
      'data.preset': 'Export format',
      'workforce.attrition': 'Attrition',
      'workforce.transitions': 'Transitions between functions',
      'workforce.temporary.default_years': 'Length of a temporary contract without an end date',
      'workforce.fulltime_hours': 'Hours of a full-time job a week',
      'digitalisation.automation': 'Automation',
      'digitalisation.skill_shift': 'Skill shifts',
      'demand.growth': 'Demand growth per year',
      'demand.overrides': 'Change of demand',
      'demand.emerging': 'New functions',
      'demand.targets': 'Formation targets by year',
      'classification.disappear_ratio': 'Disappearing: demand at the end at most this share of today',
      'classification.change_share': 'Changing: at least this share of the work automated',
      'classification.shift': 'Changing: shift of tasks or skills at least',
      'classification.volume': 'Growing or shrinking: demand changes by at least',
      'reskilling.similarity': 'File of similarity between functions',
      'reskilling.closed_destinations.families': 'No pathways into the families',
      'reskilling.closed_destinations.functions': 'No pathways into the functions',
      'reskilling.safe_only': 'Pathways only into functions that are not vulnerable',
      'plan.objective': 'Aim of the action plan',
      'plan.hiring': 'Hiring rules',
      'plan.redundancy': 'Rules for placement outside the organisation',
      'plan.reduced_hours': 'Rules for reduced hours',
      'plan.pathways': 'Pathways the scenario names itself',
      'plan.computed_pathways': 'Pathways spp computes itself',
      'plan.min_flow_fte': 'Smallest flow over a pathway in a year',
      'plan.overstaffing.max_total_fte': 'Overstaffing in the whole organisation at most',
      'privacy.min_group': 'Smallest group the outputs show',
      task_profile: 'Task profiles',
      labels: 'Own names of tasks and skills',
    },
    ruleSettings: {
      'plan.hiring.max_per_year': 'Hiring per function a year at most',
      'plan.hiring.first_year_attrition': 'New hires who leave in their first year',
      'plan.redundancy.max_per_year': 'Placement outside per function a year at most',
      'plan.reduced_hours.max_persons': 'Reduced hours: persons per function a year at most',
      'plan.reduced_hours.fte_per_person': 'Reduced hours: FTE per person',
    },
    pathwaySetting: (from, to, setting) => `Pathway ${from} → ${to}: ${setting}`,
    pathwaySettings: { max_per_year: 'at most a year', retention: 'stay their first year', max_share_of_destination: 'at most this share of the destination' },
    target: (fn, year) => `Formation target ${fn} in ${year}`,
    newFunctionPart: (fn, part) => `New function ${fn}: ${part}`,
    newFunctionParts: { name: 'name', family: 'family', level: 'level', pay: 'pay a year' },
    newFunctionLists: { tasks: 'tasks', skills: 'skills' },
    newFunctionTask: (category) => `share of ${category}`,
    newFunctionSkill: (category) => `skill ${category}`,
    newFunctionDemand: (year) => `demand in ${year}`,
    taskProfile: (category, part) => `Task profile ${category}: ${part}`,
    taskProfileOf: (category) => `Task profile ${category}`,
    profileParts: { predictability: 'predictability', complexity: 'complexity' },
    labelOf: (category, lang) => `Name of ${category} (${lang})`,
    labelsOf: (category) => `Own names of ${category}`,
    none: 'none',
    yes: 'yes',
    no: 'no',
    fte: (n) => `${n} FTE`,
    persons: (n) => `${n} ${n === '1' ? 'person' : 'persons'}`,
    hours: (n) => `${n} hours`,
    pay: "the function's pay",
    noShortagePrice: 'no price: least unmet demand first',
    objectives: { cost: 'the least cost', redundancy: 'the least placement outside the organisation, then the least cost' },
    skillLevel: (n) => `level ${n}`,
    scale: (n) => `scale ${n}`,
  },
};

/** One step of a path: a key, or a list item named by its identity (`[ages=<35]`, `[N001]`). */
type Step = { key: string } | { item: string };

/**
 * The steps of a sensitivity path, or null when it does not read as one (then the path is its own label).
 * A key is a function code where the scenario keys a map by them (`workforce.transitions.HR.21.3.FIN 9`,
 * `demand.targets.HR.21.3.2030`): a code with a dot in it is one step when `ids` knows it (the longest
 * known code the rest of the path starts with), not three.
 */
function steps(path: string, ids: ReadonlySet<string> = new Set()): Step[] | null {
  const out: Step[] = [];
  let i = 0;
  while (i < path.length) {
    if (path[i] === '[') {
      // An item runs to the `]` that ends the path or comes before `.`, `#` or `[`: names may hold brackets.
      let end = -1;
      for (let j = i + 1; j < path.length; j++) if (path[j] === ']' && (j + 1 === path.length || '.#['.includes(path[j + 1]!))) {
        end = j;
        break;
      }
      if (end === -1) return null;
      out.push({ item: path.slice(i + 1, end) });
      i = end + 1;
      if (path[i] === '#') while (i < path.length && path[i] !== '.' && path[i] !== '[') i++;
      if (path[i] === '.') i++;
      continue;
    }
    let j = i;
    while (j < path.length && path[j] !== '.' && path[j] !== '[') j++;
    if (path[j] === '.') j = knownIdEnd(path, i, j, ids);
    out.push({ key: path.slice(i, j) });
    i = path[j] === '.' ? j + 1 : j;
  }
  return out;
}

/** Where a key starting at `start` ends: at `end` (the next `.`), or past the longest known code with dots that runs to a `.` or the path's end. */
function knownIdEnd(path: string, start: number, end: number, ids: ReadonlySet<string>): number {
  let best = end;
  for (let k = path.indexOf('.', end + 1); ; k = path.indexOf('.', k + 1)) {
    const stop = k === -1 ? path.length : k;
    if (ids.has(path.slice(start, stop))) best = stop;
    if (k === -1) return best;
  }
}

/** An item's identity as key → value (`family=Sociaal domein,ages=<35`); an id alone under `id`. */
function identity(item: string): Map<string, string> {
  const keys = [...item.matchAll(/(?:^|,)([A-Za-z_][A-Za-z0-9_]*)=/g)];
  if (keys.length === 0) return new Map([['id', item]]);
  return new Map(keys.map((m, k) => [m[1]!, item.slice(m.index! + m[0].length, k + 1 < keys.length ? keys[k + 1]!.index : item.length)]));
}

/** A function by its id and name ("F001 Medewerker KCC"), or its id alone when the report has no name for it. */
function named(names: ReadonlyMap<string, string>): (id: string) => string {
  return (id) => {
    const name = names.get(id);
    return name === undefined ? id : `${id} ${name}`;
  };
}

/**
 * Formatters for settings and their values (the Markdown of `spp sensitivity` and `spp compare`, and
 * the report's own, which adds its privacy marks to the person counts): numbers, percentages and euros
 * as the report writes them. A setting has no person count, so `persons` and `personsFte` here only
 * write the number.
 */
export function settingFormatters(lang: ReportLang, label: (id: string) => string): Formatters {
  return {
    fte: (v) => formatNumber(v, 1, lang),
    int: (v) => formatNumber(v, 0, lang),
    dec: (v, d) => formatNumber(v, d, lang),
    pct: (share) => `${formatNumber(share * 100, 0, lang)}%`,
    // A no-break space keeps € with its amount at a line end.
    euro: (v) => (lang === 'nl' ? `€\u00a0${formatNumber(v, 0, lang)}` : `€${formatNumber(v, 0, lang)}`),
    persons: (p) => formatNumber(p.persons, 0, lang),
    personsFte: (_p, v) => formatNumber(v, 1, lang),
    // Task categories and skills are identifiers like customer_contact; readers get their label.
    category: label,
  };
}

/** The labeller of one report: its language, its function names and its category labels. */
export function assumptionLabeller(lang: ReportLang, f: Formatters, names: ReadonlyMap<string, string>): (path: string) => string {
  const w = WORDS[lang];
  const fn = named(names);
  const scope = (item: string): string =>
    [...identity(item)]
      .map(([key, value]) => {
        // The band in the words spp explain uses (report/age-words.ts): "55 jaar of ouder", "jonger dan 35".
        if (key === 'ages') return ageBandWords(value, lang);
        if (key === 'function' || key === 'id') return fn(value);
        if (key === 'family') return value === 'all' ? w.all : w.family(value);
        return `${key} ${value}`;
      })
      .join(', ');
  // A rule with no scope of its own (`- { rate: 0.05 }`) is named by its index in the list: it covers everyone.
  const scoped = (base: string, item: string): string => `${base}: ${/^\d+$/.test(item) ? w.all : scope(item)}`;
  const ids = new Set([...names.keys()].filter((id) => id.includes('.')));
  const labelOf = (path: string): string => {
    const s = steps(path, ids);
    if (s === null) return path;
    const key = (i: number): string | undefined => {
      const step = s[i];
      return step !== undefined && 'key' in step ? step.key : undefined;
    };
    const item = (i: number): string | undefined => {
      const step = s[i];
      return step !== undefined && 'item' in step ? step.item : undefined;
    };
    const [a, b, c, d] = [key(0), key(1), key(2), key(3)];
    const at = s.length;
    if (a === 'workforce') {
      if (b === 'retirement_age' && at === 2) return w.retirementAge;
      if (b === 'attrition' && item(2) !== undefined && key(3) === 'rate' && at === 4) return scoped(w.attrition, item(2)!);
      if (b === 'temporary' && c === 'renewal_rate' && at === 3) return w.renewal;
      if (b === 'transitions' && c !== undefined && d !== undefined && at === 4) return w.transition(fn(c), fn(d));
    }
    if (a === 'digitalisation') {
      if (b === 'automation' && c !== undefined && d === 'target' && at === 4) return w.automation(f.category(c));
      if (b === 'reinvested' && at === 2) return w.reinvested;
    }
    if (a === 'demand' && item(2) !== undefined && at === 4) {
      if (b === 'growth' && key(3) === 'rate') return scoped(w.growth, item(2)!);
      if (b === 'overrides' && key(3) === 'change') return scoped(w.change, item(2)!);
      if (b === 'emerging' && key(3) === 'demand') return w.emerging(scope(item(2)!));
    }
    if (a === 'reskilling' && at === 2) {
      if (b === 'hire_cost') return w.defaultHireCost;
      if (b === 'cost_per_hour') return w.trainingHour;
      if (b === 'surplus_cost_per_fte') return w.surplusCost;
    }
    if (a === 'plan') {
      if (b === 'discount_rate' && at === 2) return w.discountRate;
      if (b === 'shortage_cost_per_fte_year' && at === 2) return w.shortageCost;
      if (b === 'overstaffing' && c === 'cost_per_fte_year' && at === 3) return w.overstaffingCost;
      const listed = item(2);
      if (listed !== undefined && at === 4) {
        if (b === 'hiring' && key(3) === 'cost') return scoped(w.hiringCost, listed);
        if (b === 'redundancy' && key(3) === 'cost') return scoped(w.redundancyCost, listed);
        if (b === 'reduced_hours' && key(3) === 'cost_per_person') return scoped(w.reducedHoursCost, listed);
        const ends = identity(listed);
        if (b === 'pathways' && key(3) === 'cost_per_fte' && ends.has('from') && ends.has('to')) return w.pathwayCost(fn(ends.get('from')!), fn(ends.get('to')!));
      }
    }
    // Settings a comparison of scenarios shows (whole entries, and the keys beside the assumptions).
    const part = (k: string | undefined): string | undefined => (k === 'start' || k === 'end' || k === 'curve' || k === 'discontinue' ? w.parts[k] : undefined);
    if (a === 'horizon' && (b === 'start' || b === 'end') && at === 2) return w.horizon[b];
    if (a === 'plan' && at === 1) return w.planBlock;
    if (a === 'workforce') {
      if (b === 'retirement_age' && c !== undefined && /^\d{4}$/.test(c) && at === 3) return w.retirementFrom(c);
      if (b === 'attrition' && item(2) !== undefined && at === 3) return scoped(w.attrition, item(2)!);
      if (b === 'transitions' && c !== undefined && at === 3) return w.transitionsFrom(fn(c));
    }
    if (a === 'digitalisation') {
      if (b === 'automation' && c !== undefined && at === 3) return w.automation(f.category(c));
      if (b === 'automation' && c !== undefined && part(d) !== undefined && at === 4) return `${w.automation(f.category(c))}, ${part(d)}`;
      const shifted = item(2);
      if (b === 'skill_shift' && shifted !== undefined && at === 3) {
        const id = identity(shifted);
        const families = id.get('families');
        const functions = id.get('functions');
        // A shift for listed functions names them; else its families (all when it names none).
        const scope = functions !== undefined && families === undefined ? functions.split('+').map(fn).join(', ') : families === undefined || families === 'all' ? w.allFamilies : families.split('+').join(', ');
        return w.skillShift(f.category(id.get('skill') ?? shifted), scope);
      }
    }
    if (a === 'demand' && item(2) !== undefined) {
      if (b === 'growth' && at === 3) return scoped(w.growth, item(2)!);
      if (b === 'overrides' && at === 3) return scoped(w.change, item(2)!);
      if (b === 'overrides' && part(key(3)) !== undefined && at === 4) return `${scoped(w.change, item(2)!)}, ${part(key(3))}`;
      if (b === 'emerging' && at === 3) return w.newFunction(scope(item(2)!));
    }
    if (a === 'reskilling' && at === 2) {
      if (b === 'budget_per_year') return w.budget;
      if (b === 'capacity_per_year') return w.capacity;
      if (b === 'hours_per_level') return w.hoursPerLevel;
      if (b === 'min_pay_ratio' || b === 'min_similarity' || b === 'max_level_step') return w.pathwayRule[b];
    }
    // The rest of the scenario file's keys (the report's appendix lists every setting).
    // Own keys only: a path is built from the scenario's keys, which include ids users chose.
    const dotted = s.every((step) => 'key' in step) ? s.map((step) => (step as { key: string }).key).join('.') : '';
    if (Object.hasOwn(w.settings, dotted)) return w.settings[dotted]!;
    const listed = item(2);
    if (a === 'plan' && listed !== undefined && at === 4) {
      const setting = key(3) ?? '';
      const rule = `plan.${b ?? ''}.${setting}`;
      if (Object.hasOwn(w.ruleSettings, rule)) return scoped(w.ruleSettings[rule]!, listed);
      const ends = identity(listed);
      if (b === 'pathways' && Object.hasOwn(w.pathwaySettings, setting) && ends.has('from') && ends.has('to')) return w.pathwaySetting(fn(ends.get('from')!), fn(ends.get('to')!), w.pathwaySettings[setting]!);
    }
    if (a === 'demand' && b === 'targets' && c !== undefined && d !== undefined && at === 4) return w.target(fn(c), d);
    if (a === 'demand' && b === 'targets' && c !== undefined && at === 3) return w.targetsOf(fn(c));
    // A whole rule or pathway that one scenario has (a hiring freeze for a family): named, not its path alone.
    if (a === 'plan' && listed !== undefined && at === 3) {
      if (b === 'hiring' || b === 'redundancy' || b === 'reduced_hours') return scoped(w.ruleBlock[b], listed);
      const ends = identity(listed);
      if (b === 'pathways' && ends.has('from') && ends.has('to')) return w.pathway(fn(ends.get('from')!), fn(ends.get('to')!));
    }
    if (a === 'demand' && b === 'emerging' && listed !== undefined) {
      const id = identity(listed).get('id') ?? listed;
      const sub = key(3);
      const inner = key(4);
      if ((sub === 'name' || sub === 'family' || sub === 'level' || sub === 'pay') && at === 4) return w.newFunctionPart(fn(id), w.newFunctionParts[sub]);
      if ((sub === 'tasks' || sub === 'skills') && at === 4) return w.newFunctionPart(fn(id), w.newFunctionLists[sub]);
      if (sub === 'tasks' && inner !== undefined && at === 5) return w.newFunctionPart(fn(id), w.newFunctionTask(f.category(inner)));
      if (sub === 'skills' && inner !== undefined && at === 5) return w.newFunctionPart(fn(id), w.newFunctionSkill(f.category(inner)));
      if (sub === 'demand' && inner !== undefined && at === 5) return w.newFunctionPart(fn(id), w.newFunctionDemand(inner));
    }
    if (a === 'digitalisation' && b === 'skill_shift' && listed !== undefined && at === 4) {
      const shift = labelOf(`digitalisation.skill_shift[${listed}]`);
      const part = key(3);
      return part === 'start' || part === 'end' ? `${shift}, ${w.parts[part]}` : shift;
    }
    if (a === 'task_profile' && b !== undefined && (c === 'predictability' || c === 'complexity') && at === 3) return w.taskProfile(f.category(b), c);
    if (a === 'task_profile' && b !== undefined && at === 2) return w.taskProfileOf(f.category(b));
    if (a === 'labels' && b !== undefined && c !== undefined && at === 3) return w.labelOf(f.category(b), c);
    if (a === 'labels' && b !== undefined && at === 2) return w.labelsOf(f.category(b));
    return path;
  };
  return labelOf;
}

/** A share as a percentage: two decimals under 10 %, else one, trailing zeros dropped ("2,8%", "8,67%", "24%"). */
function percent(v: number, lang: ReportLang): string {
  return `${formatCompact(v * 100, v !== 0 && Math.abs(v) < 0.1 ? 2 : 1, lang)}%`;
}

/**
 * A moved (or base) value in the report's words: a rate or share as a percentage ("2,8%"), a
 * growth or change with its sign, an age in years or, for an AOW-age table, its shift against the
 * base ("−2 jaar"); emerging demand as its last point; a cost in euros. A [low, likely, high]
 * counts with its mean, as the run does.
 */
export function assumptionValue(a: SensitivityAssumption, value: unknown, f: Formatters, lang: ReportLang): string {
  const w = WORDS[lang];
  if (Array.isArray(value) && value.every((v) => typeof v === 'number')) return assumptionValue(a, value.reduce((s: number, v: number) => s + v, 0) / value.length, f, lang);
  if (typeof value === 'number') {
    if (a.kind === 'cost') return f.euro(value);
    if (a.kind === 'age') return yearsAndMonths(value, lang);
    if (a.kind === 'fte') return `${f.fte(value)}`;
    return a.kind === 'growth' || a.kind === 'change' ? signed(percent(value, lang), value) : percent(value, lang);
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const moved = Object.entries(value as Record<string, unknown>).filter((e): e is [string, number] => typeof e[1] === 'number');
    const base = a.base_value !== null && typeof a.base_value === 'object' ? Object.values(a.base_value as Record<string, unknown>) : [];
    if (a.kind === 'age' && moved.length > 0 && typeof base[0] === 'number') {
      const shift = moved[0]![1] - base[0];
      return shift === 0 ? w.years('±0') : signed(w.years(formatCompact(shift, 2, lang)), shift);
    }
    const last = moved[moved.length - 1];
    if (a.kind === 'fte' && last !== undefined) return w.fteIn(f.fte(last[1]), last[0]);
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Keys whose number is a share or rate (shown as a percentage). */
const SHARE_KEYS = new Set(['rate', 'renewal_rate', 'reinvested', 'target', 'first_year_attrition', 'retention', 'max_share_of_destination', 'min_similarity', 'discount_rate', 'min_pay_ratio', 'disappear_ratio', 'change_share', 'volume']);
/** Keys whose number is a change (a percentage with its sign). */
const CHANGE_KEYS = new Set(['change']);
/** Keys whose number is euros. */
const EURO_KEYS = new Set(['cost', 'cost_per_fte', 'cost_per_person', 'cost_per_fte_year', 'hire_cost', 'cost_per_hour', 'surplus_cost_per_fte', 'budget_per_year', 'shortage_cost_per_fte_year', 'pay']);
/** Keys whose number is a year. */
const YEAR_KEYS = new Set(['start', 'end', 'discontinue']);
/** Keys whose number is FTE (a plan rule's `max_per_year` too, but not a pathway rule's level step). */
const FTE_KEYS = new Set(['max_total_fte', 'capacity_per_year', 'min_flow_fte', 'fte_per_person']);
/** Keys whose number counts persons. */
const PERSON_KEYS = new Set(['max_persons', 'min_group']);

/** Settings that cap something: left out, there is no cap. */
const LIMIT_KEYS = new Set(['max_per_year', 'max_total_fte', 'max_persons', 'max_share_of_destination', 'budget_per_year', 'capacity_per_year']);

/**
 * What a setting a scenario leaves out means, for a reader comparing scenarios: a limit left out is
 * no limit ("geen grens", where a bare dash read as "unknown"); anything else is not set (null: the
 * caller's dash).
 */
export function unsetText(path: string, lang: ReportLang): string | null {
  const key = path.slice(path.lastIndexOf('.') + 1);
  return LIMIT_KEYS.has(key) ? (lang === 'nl' ? 'geen grens' : 'no limit') : null;
}

/**
 * A scenario setting's value in the report's words (the compare chapter's "what differs"): shares
 * as percentages, a [low, likely, high] as its range and likely value, euros, years as written, a
 * curve by name, an override or a skill shift as a phrase, an emerging function by its name and
 * last demand point; anything else as `key: value` pairs with the same rules.
 */
export function settingText(path: string, value: unknown, lang: ReportLang, f: Formatters, names: ReadonlyMap<string, string> = new Map()): string {
  const w = WORDS[lang];
  const fn = named(names);
  const s = steps(path, new Set([...names.keys()].filter((id) => id.includes('.')))) ?? [];
  const keys = s.map((step) => ('key' in step ? step.key : '[]'));
  const area = `${keys[0] ?? ''}.${keys[1] ?? ''}`;
  const last = [...keys].reverse().find((k) => k !== '[]') ?? '';
  const pct = (v: number): string => percent(v, lang);
  const signedPct = (v: number): string => signed(pct(v), v);
  const number = (v: number, key: string): string => {
    if (area === 'demand.targets' || (area === 'demand.emerging' && /^\d{4}$/.test(key))) return w.fte(formatCompact(v, 3, lang));
    // A new function's task shares, required skill levels and pay scale.
    if (area === 'demand.emerging' && keys.includes('tasks')) return pct(v);
    if (area === 'demand.emerging' && keys.includes('skills')) return w.skillLevel(formatCompact(v, 2, lang));
    if (area === 'demand.emerging' && key === 'level') return w.scale(formatCompact(v, 0, lang));
    if (YEAR_KEYS.has(key)) return String(v);
    if (area === 'workforce.retirement_age') return yearsAndMonths(v, lang);
    if (FTE_KEYS.has(key) || (area.startsWith('plan.') && key === 'max_per_year')) return w.fte(formatCompact(v, 3, lang));
    if (PERSON_KEYS.has(key)) return w.persons(formatCompact(v, 0, lang));
    if (key === 'default_years') return w.years(formatCompact(v, 0, lang));
    if (key === 'fulltime_hours' || key === 'hours_per_level') return w.hours(formatCompact(v, 2, lang));
    if (area === 'workforce.transitions') return pct(v);
    if (area === 'demand.growth' && key === 'rate') return signedPct(v);
    if (CHANGE_KEYS.has(key)) return signedPct(v);
    if (SHARE_KEYS.has(key)) return pct(v);
    if (EURO_KEYS.has(key)) return f.euro(v);
    if (key === 'delta') return w.levels(signed(formatCompact(v, 2, lang), v));
    return formatCompact(v, 3, lang);
  };
  const format = (v: unknown, key: string): string => {
    if (typeof v === 'number') return number(v, key);
    if (typeof v === 'boolean') return v ? w.yes : w.no;
    if (v === null) return key === 'shortage_cost_per_fte_year' ? w.noShortagePrice : '—';
    if (typeof v === 'string') {
      if (key === 'curve') return w.curves[v] ?? v;
      if (key === 'cost_per_fte_year' && v === 'pay') return w.pay;
      if (key === 'objective') return Object.hasOwn(w.objectives, v) ? w.objectives[v]! : v;
      // A listed function (closed destinations) by its name too.
      return key === 'functions' ? fn(v) : v;
    }
    if (Array.isArray(v) && v.length === 0) return w.none;
    if (v !== null && typeof v === 'object' && Object.keys(v).length === 0) return w.none;
    if (Array.isArray(v)) {
      if (v.length === 3 && v.every((x) => typeof x === 'number') && (SHARE_KEYS.has(key) || CHANGE_KEYS.has(key) || area === 'workforce.transitions')) {
        const [low, likely, high] = v as [number, number, number];
        return w.likely(`${number(low, key).replace(/%$/, '')}–${number(high, key)}`, number(likely, key));
      }
      return v.map((x) => format(x, key)).join(', ');
    }
    if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (area === 'demand.overrides' && typeof o['discontinue'] === 'number') return w.discontinued(String(o['discontinue']));
      const span = typeof o['end'] === 'number' ? (typeof o['start'] === 'number' ? `${String(o['start'])}–${String(o['end'])}` : w.until(String(o['end']))) : null;
      if (area === 'demand.overrides' && typeof o['change'] === 'number') return [signedPct(o['change']), span].filter((x) => x !== null).join(', ');
      if (area === 'digitalisation.skill_shift' && typeof o['delta'] === 'number') return [number(o['delta'], 'delta'), span].filter((x) => x !== null).join(', ');
      // A step comes whole in its end year: "30%, 2027–2029, in één keer" read as if it came in 2027.
      if (area === 'digitalisation.automation' && o['target'] !== undefined && o['curve'] === 'step' && typeof o['end'] === 'number') return [format(o['target'], 'target'), w.stepIn(String(o['end']))].join(', ');
      if (area === 'digitalisation.automation' && o['target'] !== undefined) return [format(o['target'], 'target'), span, typeof o['curve'] === 'string' ? format(o['curve'], 'curve') : null].filter((x) => x !== null).join(', ');
      if (area === 'demand.emerging' && typeof o['name'] === 'string') {
        const points = Object.entries((o['demand'] ?? {}) as Record<string, unknown>).filter((e): e is [string, number] => typeof e[1] === 'number');
        const end = points[points.length - 1];
        return end === undefined ? o['name'] : `${o['name']}, ${w.fteIn(f.fte(end[1]), end[0])}`;
      }
      // A new function's tasks and skills by their names, its demand as FTE by year.
      if (area === 'demand.emerging' && (last === 'tasks' || last === 'skills')) return Object.entries(o).map(([k, x]) => `${f.category(k)} ${format(x, k)}`).join(', ');
      if (area === 'demand.emerging' && last === 'demand') return Object.entries(o).map(([year, x]) => `${format(x, year)} in ${year}`).join(', ');
      // Formation targets: per function its FTE by year ("BV09 Managementassistent: 25 fte in 2028, 20 fte in
      // 2031"); the function was lost when one function's targets were shown as its one entry.
      const byYear = (points: Record<string, unknown>): string =>
        Object.entries(points)
          .filter((e): e is [string, number] => typeof e[1] === 'number')
          .map(([year, x]) => `${w.fte(formatCompact(x, 3, lang))} in ${year}`)
          .join(', ');
      // In the codes' text order, as the transitions (JavaScript would put `12` before `0123`).
      if (area === 'demand.targets' && keys.length === 2) return mapKeys(o, true).map((id) => `${fn(id)}: ${o[id] !== null && typeof o[id] === 'object' ? byYear(o[id] as Record<string, unknown>) : format(o[id], id)}`).join('; ');
      if (area === 'demand.targets' && keys.length === 3) return byYear(o);
      // A whole plan rule or listed pathway: each setting in words, a hiring freeze as one ("0 fte" said nothing).
      if ((area === 'plan.hiring' || area === 'plan.redundancy' || area === 'plan.reduced_hours' || area === 'plan.pathways') && keys.length === 3) {
        const parts: string[] = [];
        for (const [k, x] of Object.entries(o)) {
          if (typeof x !== 'number') continue;
          if (k === 'max_per_year' && x === 0 && area === 'plan.hiring') parts.push(w.rulePart.noHiring);
          else if (k === 'max_per_year' && x === 0 && area === 'plan.redundancy') parts.push(w.rulePart.noRedundancy);
          else if (k === 'max_per_year') parts.push((area === 'plan.pathways' ? w.rulePart.maxPerYearOnPathway : w.rulePart.maxPerYear)(formatCompact(x, 3, lang)));
          else if (k === 'cost' || k === 'cost_per_fte') parts.push(w.rulePart.cost(f.euro(x)));
          else if (k === 'first_year_attrition') parts.push(w.rulePart.firstYearAttrition(pct(x)));
          else if (k === 'max_persons') parts.push(w.rulePart.maxPersons(w.persons(formatCompact(x, 0, lang))));
          else if (k === 'fte_per_person') parts.push(w.rulePart.ftePerPerson(formatCompact(x, 3, lang)));
          else if (k === 'cost_per_person') parts.push(w.rulePart.costPerPerson(f.euro(x)));
          else if (k === 'retention') parts.push(w.rulePart.retention(pct(x)));
          else if (k === 'max_share_of_destination') parts.push(w.rulePart.maxShare(pct(x)));
          else parts.push(`${k}: ${format(x, k)}`);
        }
        if (parts.length > 0) return parts.join(', ');
      }
      // A task category's profile: its two numbers by name.
      if (keys[0] === 'task_profile') return Object.entries(o).map(([k, x]) => `${k === 'predictability' || k === 'complexity' ? w.profileParts[k] : k} ${format(x, k)}`).join(', ');
      // A function's transitions: the share a year towards each other function.
      // In the codes' text order (JavaScript would put a digits-only code such as `12` before `0123`).
      if (area === 'workforce.transitions') return mapKeys(o, true).map((to) => `${w.towards(fn(to))}: ${format(o[to], 'rate')}`).join('; ');
      const entries = Object.entries(o).filter(([, x]) => x !== undefined);
      // A rule of one value (a growth rule's rate beside its scope): that value. Not the own names of one
      // category (`labels: { administrative: { nl, en } }`): without its key the names name nothing.
      if (entries.length === 1 && keys[0] !== 'labels') return format(entries[0]![1], entries[0]![0]);
      // A whole block (a plan: block one scenario has): as written, since flattening its lists loses their shape;
      // as spp compare writes it (codes quoted where YAML would read a number, decimal commas in Dutch).
      if (entries.some(([, x]) => x !== null && typeof x === 'object')) return yamlFlowValue(o, path, lang === 'nl');
      return entries.map(([k, x]) => `${k}: ${format(x, k)}`).join('; ');
    }
    return String(v);
  };
  return format(value, last);
}
