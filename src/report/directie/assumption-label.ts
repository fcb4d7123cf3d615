import type { SensitivityAssumption } from '../../domain/sensitivity.js';
import { formatCompact } from '../../domain/round.js';
import { parseAgeBand } from '../../domain/age-band.js';
import { signed, type Formatters } from './compose-report.js';
import { inline } from './report-data.js';
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
  ages: { below: (n: string) => string; from: (n: string) => string; range: (a: string, b: string) => string };
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
  towards: (fn: string) => string;
  planBlock: string;
  pathwayRule: Record<'min_pay_ratio' | 'min_similarity' | 'max_level_step', string>;
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
    overstaffingCost: 'Kosten van boventalligheid per fte-jaar',
    shortageCost: 'Kosten van onvervulde vraag per fte-jaar',
    discountRate: 'Disconteringsvoet',
    defaultHireCost: 'Wervingskosten (standaard)',
    trainingHour: 'Opleidingskosten per uur',
    surplusCost: 'Kosten van plaatsing buiten (standaard)',
    all: 'alle functies',
    family: (name) => name,
    ages: { below: (n) => `jonger dan ${n}`, from: (n) => `${n} jaar en ouder`, range: (a, b) => `${a}–${b} jaar` },
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
    towards: (fn) => `naar ${fn}`,
    planBlock: 'Actieplan (het plan:-blok)',
    pathwayRule: { min_pay_ratio: 'Route: salaris ten minste dit deel van het huidige', min_similarity: 'Route: gelijkenis ten minste', max_level_step: 'Route: schaalverschil ten hoogste' },
  },
  en: {
    retirementAge: 'State pension (AOW) age',
    attrition: 'Attrition',
    renewal: 'Renewal of temporary contracts',
    transition: (from, to) => `Transition ${from} → ${to}`,
    automation: (category) => `Automation: ${category}`,
    reinvested: 'Freed time kept in the function',
    growth: 'Growth of demand a year',
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
    ages: { below: (n) => `under ${n}`, from: (n) => `${n} and over`, range: (a, b) => `${a}–${b} years` },
    years: (n) => `${n} years`,
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
    towards: (fn) => `to ${fn}`,
    planBlock: 'Action plan (the plan: block)',
    pathwayRule: { min_pay_ratio: 'Pathway: pay at least this share of the current', min_similarity: 'Pathway: similarity at least', max_level_step: 'Pathway: level step at most' },
  },
};

/** One step of a path: a key, or a list item named by its identity (`[ages=<35]`, `[N001]`). */
type Step = { key: string } | { item: string };

/** The steps of a sensitivity path, or null when it does not read as one (then the path is its own label). */
function steps(path: string): Step[] | null {
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
    out.push({ key: path.slice(i, j) });
    i = path[j] === '.' ? j + 1 : j;
  }
  return out;
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

/** The labeller of one report: its language, its function names and its category labels. */
export function assumptionLabeller(lang: ReportLang, f: Formatters, names: ReadonlyMap<string, string>): (path: string) => string {
  const w = WORDS[lang];
  const fn = named(names);
  // The band as the projection reads it (domain/age-band.ts): `<35` is 0–34, `>=55` 55 and up.
  const ages = (text: string): string => {
    const band = parseAgeBand(text);
    if (band === undefined) return text;
    if (band.max === Infinity) return w.ages.from(String(band.min));
    if (band.min === 0) return w.ages.below(String(band.max + 1));
    return band.min === band.max ? w.years(String(band.min)) : w.ages.range(String(band.min), String(band.max));
  };
  const scope = (item: string): string =>
    [...identity(item)]
      .map(([key, value]) => {
        if (key === 'ages') return ages(value);
        if (key === 'function' || key === 'id') return fn(value);
        if (key === 'family') return value === 'all' ? w.all : w.family(value);
        return `${key} ${value}`;
      })
      .join(', ');
  // A rule with no scope of its own (`- { rate: 0.05 }`) is named by its index in the list: it covers everyone.
  const scoped = (base: string, item: string): string => `${base}: ${/^\d+$/.test(item) ? w.all : scope(item)}`;
  return (path) => {
    const s = steps(path);
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
        return w.skillShift(f.category(id.get('skill') ?? shifted), families === undefined || families === 'all' ? w.allFamilies : families.split('+').join(', '));
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
    return path;
  };
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
    if (a.kind === 'age') return w.years(formatCompact(value, 2, lang));
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
const SHARE_KEYS = new Set(['rate', 'renewal_rate', 'reinvested', 'target', 'first_year_attrition', 'retention', 'max_share_of_destination', 'min_similarity', 'discount_rate', 'min_pay_ratio']);
/** Keys whose number is a change (a percentage with its sign). */
const CHANGE_KEYS = new Set(['change']);
/** Keys whose number is euros. */
const EURO_KEYS = new Set(['cost', 'cost_per_fte', 'cost_per_person', 'cost_per_fte_year', 'hire_cost', 'cost_per_hour', 'surplus_cost_per_fte', 'budget_per_year', 'shortage_cost_per_fte_year']);
/** Keys whose number is a year. */
const YEAR_KEYS = new Set(['start', 'end', 'discontinue']);

/**
 * A scenario setting's value in the report's words (the compare chapter's "what differs"): shares
 * as percentages, a [low, likely, high] as its range and likely value, euros, years as written, a
 * curve by name, an override or a skill shift as a phrase, an emerging function by its name and
 * last demand point; anything else as `key: value` pairs with the same rules.
 */
export function settingText(path: string, value: unknown, lang: ReportLang, f: Formatters, names: ReadonlyMap<string, string> = new Map()): string {
  const w = WORDS[lang];
  const fn = named(names);
  const s = steps(path) ?? [];
  const keys = s.map((step) => ('key' in step ? step.key : '[]'));
  const area = `${keys[0] ?? ''}.${keys[1] ?? ''}`;
  const last = [...keys].reverse().find((k) => k !== '[]') ?? '';
  const pct = (v: number): string => percent(v, lang);
  const signedPct = (v: number): string => signed(pct(v), v);
  const number = (v: number, key: string): string => {
    if (YEAR_KEYS.has(key)) return String(v);
    if (area === 'workforce.retirement_age') return w.years(formatCompact(v, 2, lang));
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
    if (typeof v === 'string') return key === 'curve' ? (w.curves[v] ?? v) : v;
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
      if (area === 'digitalisation.automation' && o['target'] !== undefined) return [format(o['target'], 'target'), span, typeof o['curve'] === 'string' ? format(o['curve'], 'curve') : null].filter((x) => x !== null).join(', ');
      if (area === 'demand.emerging' && typeof o['name'] === 'string') {
        const points = Object.entries((o['demand'] ?? {}) as Record<string, unknown>).filter((e): e is [string, number] => typeof e[1] === 'number');
        const end = points[points.length - 1];
        return end === undefined ? o['name'] : `${o['name']}, ${w.fteIn(f.fte(end[1]), end[0])}`;
      }
      // A function's transitions: the share a year towards each other function.
      if (area === 'workforce.transitions') return Object.entries(o).map(([to, x]) => `${w.towards(fn(to))}: ${format(x, 'rate')}`).join('; ');
      const entries = Object.entries(o).filter(([, x]) => x !== undefined);
      // A rule of one value (a growth rule's rate beside its scope): that value.
      if (entries.length === 1) return format(entries[0]![1], entries[0]![0]);
      // A whole block (a plan: block one scenario has): as written, since flattening its lists loses their shape.
      if (entries.some(([, x]) => x !== null && typeof x === 'object')) return inline(o);
      return entries.map(([k, x]) => `${k}: ${format(x, k)}`).join('; ');
    }
    return String(v);
  };
  return format(value, last);
}
