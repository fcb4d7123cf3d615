import { routeKey } from '../domain/plan.js';
import type { PathwaysResult, ReskillResult } from '../domain/results.js';
import { renderCsv, type CsvDialect } from './csv.js';
import { renderJson } from './render-projection.js';
import { formatMoney, formatNumber } from '../domain/round.js';
import { compareText } from '../domain/compare-text.js';
import { fitTable, painter, renderTable, terminalLabel, terminalSafe, wrapText } from './table.js';
import { escapeMarkdown, markdownTable, type MarkdownCell } from './markdown.js';
import type { Lang } from './labels.js';
import { planNote } from './plan-sentences.js';
import { WORDS, yearRuns, yearSpan } from './words.js';
import { functionLabel, isWithheldLabel, shownFunctionId } from './result-notes.js';
import { unmetCaveatFte, unmetSentence } from './render-plan.js';
import { PLAN_WORDS } from './plan-words.js';

/** The years the plan hires in, for a title: "2027–2032", or "2027" when that is one year (a horizon of two years). */
function hiringPeriod(result: ReskillResult): string {
  const end = result.scenario.horizon.end;
  return yearSpan(result.per_year[0]?.year ?? end, end);
}

export type ReskillFormat = 'table' | 'json' | 'csv' | 'md';
export interface ReskillRenderOptions {
  color: boolean;
  dialect: CsvDialect;
  /** Function names by id, for tables. */
  names: ReadonlyMap<string, string>;
  lang?: Lang;
  /** Terminal width in columns (default 80). */
  width?: number;
  label?: (id: string) => string;
}

const euroIn = (lang: Lang) => (v: number): string => formatMoney(v, lang);

function leftovers(record: Record<string, number>, names: ReadonlyMap<string, string>, lang: Lang): string[][] {
  return Object.entries(record)
    .sort(([a], [b]) => compareText(a, b))
    .map(([id, v]) => [functionLabel(id, names.get(id), lang), formatNumber(v, 1, lang)]);
}

/**
 * A route's years as the report names them (words.ts yearRuns: "2027, 2029–2034"), from its moves;
 * its first–last span when it has none listed. Within `max` characters (the terminal's table, whose
 * names need the room): a longer run list is said as its span and number of years, "2027–2034 (4 jr)"
 * — the table of moves below it gives each year.
 */
export function routeYears(result: ReskillResult, p: { from: string; to: string; hours_per_person: number; first_year: number; last_year: number }, lang: Lang, max = Infinity): string {
  const years = [...new Set(result.moves.filter((m) => routeKey(m) === routeKey(p) && m.fte > 0).map((m) => m.year))];
  if (years.length === 0) return yearSpan(p.first_year, p.last_year);
  const runs = yearRuns(years);
  if (runs.length <= max) return runs;
  const span = yearSpan(Math.min(...years), Math.max(...years));
  const counted = `${span} (${years.length} ${lang === 'nl' ? 'jr' : 'yrs'})`;
  return counted.length <= max ? counted : span;
}
/** The widest years cell of the terminal's route table: 16 from 80 columns, else a span's 9. */
const routeYearsWidth = (width: number): number => (width >= 80 ? 16 : 9);

/** The plan's pathways as table rows: from, to (with names), FTE, hours per person, cost, years. */
function pathwayRows(result: ReskillResult, names: ReadonlyMap<string, string>, lang: Lang, yearsWidth = Infinity): string[][] {
  const euro = euroIn(lang);
  return result.pathways.map((p) => [
    functionLabel(p.from, names.get(p.from), lang),
    functionLabel(p.to, names.get(p.to), lang),
    formatNumber(p.fte, 1, lang),
    formatNumber(p.hours_per_person, 0, lang),
    euro(p.cost),
    routeYears(result, p, lang, yearsWidth),
  ]);
}

/** The moves per year: year, from, to, FTE, cost (the plan's pathway flows). */
function moveRows(result: ReskillResult, names: ReadonlyMap<string, string>, lang: Lang): string[][] {
  const euro = euroIn(lang);
  return [...result.moves]
    .filter((m) => m.fte > 0)
    .sort((a, b) => a.year - b.year || compareText(a.from, b.from) || compareText(a.to, b.to))
    .map((m) => [String(m.year), functionLabel(m.from, names.get(m.from), lang), functionLabel(m.to, names.get(m.to), lang), formatNumber(m.fte, 1, lang), euro(m.cost)]);
}

/**
 * The reskilling cost per year by the year it is paid (spp plan's costs.by_year): the moves table's year
 * is the 1 January the movers arrive, and a move is paid the year before, so a budget read off that
 * table would shift every move a year (found by a consultant probe). Null without any cost.
 */
function reskillCostYearsLine(result: ReskillResult, lang: Lang): string | null {
  const paid = result.costs_by_year.filter((y) => Math.abs(y.reskilling) >= 0.5);
  if (paid.length === 0) return null;
  const euro = euroIn(lang);
  // A year and its amount stay together when the line wraps (a no-break space the wrapper keeps).
  const list = paid.map((y) => `${y.year} ${euro(y.reskilling)}`.replaceAll(' ', '\u00a0')).join('; ');
  return lang === 'nl'
    ? `Omscholingskosten per jaar (betaald in): ${list}. Een overstap wordt betaald in het jaar vóór de 1 januari waarop hij ingaat.`
    : `Reskilling cost per year (paid in): ${list}. A move is paid in the year before the 1 January it takes effect.`;
}

/** The plan per decision year: hires, reskilling, redeployment, placement outside, overstaffing, unmet demand (FTE). */
function yearRows(result: ReskillResult, lang: Lang): string[][] {
  const n = (v: number): string => (Math.abs(v) < 0.05 ? '–' : formatNumber(v, 1, lang));
  const rows = result.per_year.map((y) => [String(y.year), n(y.hired_fte), n(y.reskilled_fte), n(y.redeployed_fte), n(y.redundant_fte), n(y.overstaffing_fte), n(y.shortage_fte)]);
  const total = (key: 'hired_fte' | 'reskilled_fte' | 'redeployed_fte' | 'redundant_fte' | 'overstaffing_fte' | 'shortage_fte'): string => n(result.per_year.reduce((a, y) => a + y[key], 0));
  rows.push([lang === 'nl' ? 'Totaal' : 'Total', total('hired_fte'), total('reskilled_fte'), total('redeployed_fte'), total('redundant_fte'), total('overstaffing_fte'), total('shortage_fte')]);
  return rows;
}

/**
 * What the plan saves against each alternative, as spp plan's business case says it: the
 * alternative's `saving` (the difference of the whole-euro totals shown), a plan dearer than the
 * alternative said so ("duurder dan geen plan met"), not as a negative saving; none against the plan
 * without pathways when no such plan meets the limits. Shared by the terminal, Markdown and the xlsx.
 */
export function savingLines(result: ReskillResult, r: (typeof WORDS)['nl']['reskill']): { noPathways: [string, number] | null; noPlan: [string, number] } {
  const { no_pathways: withoutPathways, no_plan: noPlan } = result.alternatives;
  // The savings are differences of whole-euro totals: 0 is the same cost, not "cheaper by € 0".
  const line = (saving: number, cheaper: string, dearer: string, same: string): [string, number] => (Math.round(saving) === 0 ? [same, 0] : saving > 0 ? [cheaper, saving] : [dearer, -saving]);
  return {
    noPathways: withoutPathways === null ? null : line(withoutPathways.saving, r.savingNoPathways, r.dearerNoPathways, r.sameNoPathways),
    noPlan: line(noPlan.saving, r.saving, r.dearer, r.sameNoPlan),
  };
}

/** The plan's unmet demand over the horizon, FTE-years (spp plan's planUnmetFteYears, from reskill's per-year rows). */
function reskillUnmet(result: ReskillResult): number {
  return result.per_year.reduce((sum, y) => sum + y.shortage_fte, 0);
}

/**
 * The demand the plan and each alternative leave unmet, in spp plan's words (render-plan.ts
 * unmetSentence): "no plan" hires without limits and meets it all, so a plan under a hiring freeze
 * can be cheaper than no plan only because it leaves work undone. Null when no column leaves any.
 */
export function reskillUnmetLine(result: ReskillResult, lang: Lang): string | null {
  return unmetSentence(reskillUnmet(result), result.alternatives, result.business_case.shortage_cost === 0, lang);
}

/**
 * The sentence under a saving against an alternative that meets more of the demand (spp plan says it
 * beside the saving, the report in its summary): null when there is none.
 */
export function reskillCaveat(result: ReskillResult, alternative: 'noPlan' | 'noPathways', lang: Lang): string | null {
  const more = unmetCaveatFte(reskillUnmet(result), alternative === 'noPlan' ? result.alternatives.no_plan : result.alternatives.no_pathways);
  return more === null ? null : PLAN_WORDS[lang].unmetCaveatSentence(formatNumber(more, 1, lang), alternative);
}

/**
 * The business case lines: the plan's costs by kind, its total, each alternative followed by what the
 * plan saves against it and, when the plan leaves more demand unmet than it, a sentence saying so (a
 * line without an amount: `null` with the sentence as its label and `caveat` set).
 */
function businessItems(result: ReskillResult, r: (typeof WORDS)['nl']['reskill'], lang: Lang): [string, number | null, boolean, boolean?][] {
  const b = result.business_case;
  const saving = savingLines(result, r);
  const caveat = (alternative: 'noPlan' | 'noPathways'): [string, number | null, boolean, boolean?][] => {
    const text = reskillCaveat(result, alternative, lang);
    return text === null ? [] : [[text, null, false, true]];
  };
  return [
    [r.reskillTotal, b.reskill_cost, false],
    [r.hireCost, b.hire_cost, false],
    [r.surplusCost, b.surplus_cost, false],
    ...(b.shortage_cost > 0 ? ([[r.shortageCost, b.shortage_cost, false]] as [string, number | null, boolean][]) : []),
    [r.totalCost, b.total_cost, true],
    [r.noPathwaysCost, b.no_pathways_cost, false],
    ...(saving.noPathways === null ? [] : ([[...saving.noPathways, false]] as [string, number | null, boolean][])),
    ...(saving.noPathways === null ? [] : caveat('noPathways')),
    [r.allHireCost, b.all_hire_cost, false],
    [...saving.noPlan, false],
    ...caveat('noPlan'),
  ];
}


/** One line on where the figures come from and how to read a year. */
function intro(result: ReskillResult, lang: Lang): string {
  // With unmet demand the plan meets as much as the limits allow, then saves: it does not "meet demand".
  const unmet = reskillUnmet(result) >= 0.05;
  const first = unmet ? (lang === 'nl' ? 'zoveel mogelijk van de vraag vervuld (niet alles kan binnen de grenzen), ' : 'as much demand met as the limits allow (not all of it), ') : '';
  const objective = first + (result.objective === 'cost'
    ? unmet ? (lang === 'nl' ? 'dan de goedkoopste combinatie' : 'then the cheapest combination') : (lang === 'nl' ? 'de goedkoopste combinatie die de vraag vervult binnen de grenzen van het scenario en de vaste regels van het plan (onder meer: niemand buiten plaatsen om later voor dezelfde functie terug te werven)' : "the cheapest combination that meets demand within the scenario's limits and the plan's fixed rules (among them: nobody placed outside only to hire for the same function again later)")
    : (lang === 'nl' ? `${unmet ? 'dan ' : ''}zo min mogelijk mensen buiten geplaatst, dan de goedkoopste combinatie` : `${unmet ? 'then ' : ''}as few people placed outside as possible, then the cheapest combination`));
  return lang === 'nl'
    ? `Uit het actieplan (spp plan): ${objective}. Een jaar is de 1 januari waarop de overstappers in hun nieuwe functie beginnen; fte telt wie overstapt, vóór uitval in het eerste jaar. Zonder opleidingsuren is het een herplaatsing.`
    : `From the action plan (spp plan): ${objective}. A year is the 1 January on which the movers start in their new function; FTE counts those who move, before first-year attrition. Without training hours it is a redeployment.`;
}

const noRoute = (lang: Lang): string =>
  lang === 'nl'
    ? 'Het plan gebruikt geen interne route: werven en buiten plaatsen is goedkoper, of er is geen haalbare, wenselijke en veilige route van een functie met overschot naar een functie met tekort (spp pathways F zegt per functie waarom).'
    : 'The plan uses no internal pathway: hiring and placing outside is cheaper, or there is no viable, desirable and safe pathway from a function with a surplus to one with a shortage (spp pathways F says why, per function).';

/** Terminal view: the plan's pathways, the moves per year, the plan per year, hiring and placement per function, the business case. */
export function renderReskillTable(data: ReskillResult, options: ReskillRenderOptions): string {
  const result = terminalSafe(data);
  const names = terminalSafe(options.names);
  const lang = options.lang ?? 'nl';
  const nl = lang === 'nl';
  const w = WORDS[lang];
  const r = w.reskill;
  const euro = euroIn(lang);
  const width = Math.max(60, options.width ?? 80);
  const c = painter(options.color);
  // Function codes are never cut in a table (table.ts): every code the names know.
  const codes = new Set(names.keys());
  const tables = { color: options.color, codes };
  const period = `${result.cost_period.start}–${result.cost_period.end}`;
  const out: string[] = [c.bold(wrapText(`${nl ? 'Omscholing en herplaatsing' : 'Reskilling and redeployment'}: ${result.scenario.title ?? result.scenario.id} (${result.scenario.id})`, width)), wrapText(intro(result, lang), width, ''), ''];
  // Two name columns share what the others leave: a table is Σ(width + 2) − 1 wide (table.ts: its rule).
  const nameColumns = (nums: { width: number }[]): number => Math.max(10, Math.floor((width + 1 - nums.reduce((sum, col) => sum + col.width + 2, 0) - 4) / 2));
  if (result.pathways.length === 0) {
    out.push(wrapText(noRoute(lang), width, ''));
  } else {
    const nums = [
      { header: r.fte, width: Math.max(r.fte.length, ...result.pathways.map((p) => formatNumber(p.fte, 1, lang).length)), align: 'right' as const },
      { header: nl ? 'Uren' : 'Hours', width: 5, align: 'right' as const },
      { header: nl ? 'Kosten' : 'Cost', width: Math.max(6, ...result.pathways.map((p) => euro(p.cost).length)), align: 'right' as const },
      // As wide as the longest run of years ("2027, 2031–2032, 2034"), left-aligned as in the report.
      { header: r.years, width: Math.max(9, ...result.pathways.map((p) => routeYears(result, p, lang, routeYearsWidth(width)).length)) },
    ];
    const name = nameColumns(nums);
    out.push(c.bold(nl ? 'Routes (alle jaren samen)' : 'Pathways (all years together)'));
    out.push(renderTable([{ header: r.from, width: name, wrap: isWithheldLabel }, { header: r.to, width: name, wrap: isWithheldLabel }, ...nums], pathwayRows(result, names, lang, routeYearsWidth(width)), tables).trimEnd());
    const moves = moveRows(result, names, lang);
    const moveNums = [
      { header: r.fte, width: Math.max(r.fte.length, ...moves.map((m) => m[3]!.length)), align: 'right' as const },
      { header: nl ? 'Kosten' : 'Cost', width: Math.max(6, ...moves.map((m) => m[4]!.length)), align: 'right' as const },
    ];
    const moveName = nameColumns([{ width: 4 }, ...moveNums]);
    out.push('', c.bold(nl ? 'Wie stapt wanneer over' : 'Who moves when'));
    out.push(renderTable([{ header: r.year, width: 4 }, { header: r.from, width: moveName, wrap: isWithheldLabel }, { header: r.to, width: moveName, wrap: isWithheldLabel }, ...moveNums], moves, tables).trimEnd());
    const paid = reskillCostYearsLine(result, lang);
    if (paid !== null) out.push(c.dim(wrapText(paid.replaceAll('\u00a0', '\u0000'), width, '').replaceAll('\u0000', ' ')));
  }
  const yearHeads = [r.year, r.hiringFte, r.reskilledFte, r.redeployedFte, r.surplusFte, r.overstaffingFte, r.shortageFte];
  const yearTable = yearRows(result, lang);
  // Headers without "(fte)" in the narrow terminal table: the title says the unit.
  const short = yearHeads.map((h) => h.replace(/ \((fte|FTE)\)$/, ''));
  const columnsOf = (heads: string[]) => heads.map((header, i) => ({ header, width: Math.max(header.length, ...yearTable.map((row) => row[i]!.length)), align: i === 0 ? ('left' as const) : ('right' as const) }));
  // Wider than the terminal (80 columns by default): the longest headers in one word, then every
  // header short, each explained below the table.
  const fitting = (heads: string[]) => columnsOf(heads).reduce((sum, col) => sum + col.width + 2, -1) <= width;
  const medium = [...short.slice(0, 4), nl ? 'Buiten' : 'Outside', nl ? 'Boven' : 'Over', ...short.slice(6)];
  const compact = [short[0]!, ...(nl ? ['Werven', 'Omsch.', 'Herpl.', 'Buiten', 'Boven', 'Onvervuld'] : ['Hired', 'Resk.', 'Redep.', 'Outside', 'Over', 'Unmet'])];
  const heads = fitting(short) ? short : fitting(medium) ? medium : compact;
  // Even the short headers too wide (figures of millions): split into tables that each repeat the year.
  out.push('', c.bold(nl ? 'Het plan per jaar (fte)' : 'The plan per year (FTE)'), fitTable(columnsOf(heads), yearTable, { ...tables, width }).trimEnd());
  if (heads === medium) out.push(c.dim(wrapText(nl ? 'Buiten = buiten de organisatie geplaatst (van-werk-naar-werk-traject); Boven = overbezetting (boven de formatie in dienst).' : 'Outside = placed outside the organisation (van-werk-naar-werk-traject, work-to-work); Over = overstaffing (kept on above the formation).', width, '')));
  if (heads === compact) {
    const legend = nl
      ? 'Omsch. = omscholing; Herpl. = herplaatsing zonder opleiding; Buiten = buiten de organisatie geplaatst (van-werk-naar-werk-traject); Boven = overbezetting (boven de formatie in dienst); Onvervuld = onvervulde vraag.'
      : 'Resk. = reskilling; Redep. = redeployment without training; Outside = placed outside the organisation (van-werk-naar-werk-traject, work-to-work); Over = overstaffing (kept on above the formation).';
    out.push(c.dim(wrapText(legend, width, '')));
  }
  const list = (title: string, header: string, record: Record<string, number>): void => {
    const rows = leftovers(record, names, lang);
    if (rows.length === 0) return;
    out.push('', c.bold(wrapText(title, width, '')), fitTable([{ header: w.function, width: 20, flex: true, min: 20, wrap: isWithheldLabel }, { header, width: 10, align: 'right' as const }], rows, { ...tables, width }).trimEnd());
  };
  list(`${nl ? 'Werving per functie' : 'Hiring per function'}, ${hiringPeriod(result)}`, r.fte, result.hiring_fte);
  list(nl ? 'Plaatsing buiten de organisatie (van-werk-naar-werk) per functie' : 'Placement outside the organisation (van-werk-naar-werk) per function', r.fte, result.surplus_fte);
  const all = businessItems(result, r, lang);
  const business = all.filter(([, , , caveat]) => caveat !== true);
  const items = business.map(([l, v, b]) => [l, v === null ? r.impossible : euro(v), b] as const);
  const label = Math.max(...items.map(([l]) => l.length));
  // Amounts set the column; the words in place of one ("no plan within the limits") may run past it.
  const amount = Math.max(...business.map(([, v]) => (v === null ? 0 : euro(v).length)));
  const caveats = new Map(all.flatMap((item, i) => (item[3] === true ? [[all[i - 1]![0], item[0]] as const] : [])));
  out.push('', c.bold(nl ? `Kostenvergelijking, kosten ${period}` : `Business case, costs ${period}`));
  // A label and its amount on one line when they fit, else the amount right-aligned below: never cut.
  const fits = 2 + label + 2 + amount <= width - 1;
  for (const [l, v, bold] of items) {
    const line = fits && 2 + label + 2 + Math.max(amount, v.length) <= width - 1 ? `  ${l.padEnd(label)}  ${v.padStart(amount)}` : `${wrapText(`  ${l}`, width - 1, '  ')}\n${v.padStart(width - 1)}`;
    out.push(bold ? c.bold(line) : line);
    const caveat = caveats.get(l);
    if (caveat !== undefined) out.push(wrapText(`    ${caveat}`, width, '    '));
  }
  const unmet = reskillUnmetLine(result, lang);
  if (unmet !== null) out.push(c.dim(wrapText(`  ${unmet}`, width, '  ')));
  for (const note of result.notes) out.push(c.dim(wrapText(`${nl ? 'Opmerking' : 'Note'}: ${planNote(note, result.noteFacts, lang, terminalLabel(options.label))}`, width)));
  return `${out.join('\n')}\n`;
}

/** CSV of the pathways (one row per pathway); excel-nl: headers in --lang. */
export function renderReskillCsv(result: ReskillResult, options: ReskillRenderOptions): string {
  const r = WORDS[options.lang ?? 'nl'].reskill;
  const human = options.dialect === 'excel-nl';
  const id = (f: string): string => (human ? shownFunctionId(f, options.lang ?? 'nl') : f);
  const header = human
    ? [r.from, r.fromName, r.to, r.toName, r.fte, r.hoursPerPerson, r.cost, r.firstYear, r.years]
    : ['from', 'from_name', 'to', 'to_name', 'fte', 'hours_per_person', 'cost', 'first_year', 'last_year'];
  return renderCsv(
    header,
    result.pathways.map((p) => [id(p.from), options.names.get(p.from) ?? '', id(p.to), options.names.get(p.to) ?? '', p.fte, p.hours_per_person, p.cost, p.first_year, p.last_year]),
    options.dialect,
  );
}

/** Markdown of the plan's reskilling and redeployment, for a memo. */
export function renderReskillMarkdown(result: ReskillResult, options: ReskillRenderOptions): string {
  const lang = options.lang ?? 'nl';
  const nl = lang === 'nl';
  const w = WORDS[lang];
  const r = w.reskill;
  const euro = euroIn(lang);
  const { names } = options;
  const period = `${result.cost_period.start}–${result.cost_period.end}`;
  const out = [`# ${nl ? 'Omscholing en herplaatsing' : 'Reskilling and redeployment'}: ${escapeMarkdown(result.scenario.title ?? result.scenario.id)}`, '', escapeMarkdown(intro(result, lang)), ''];
  if (result.pathways.length === 0) out.push(escapeMarkdown(noRoute(lang)));
  else {
    out.push(`## ${nl ? 'Routes (alle jaren samen)' : 'Pathways (all years together)'}`, '');
    out.push(...markdownTable([r.from, r.to, r.fte, r.hoursPerPerson, r.cost, r.years], ['l', 'l', 'r', 'r', 'r', 'r'], pathwayRows(result, names, lang)));
    out.push('', `## ${nl ? 'Wie stapt wanneer over' : 'Who moves when'}`, '');
    out.push(...markdownTable([r.year, r.from, r.to, r.fte, r.cost], ['l', 'l', 'l', 'r', 'r'], moveRows(result, names, lang)));
    const paid = reskillCostYearsLine(result, lang);
    if (paid !== null) out.push('', escapeMarkdown(paid.replaceAll('\u00a0', ' ')));
  }
  out.push('', `## ${nl ? 'Het plan per jaar (fte)' : 'The plan per year (FTE)'}`, '');
  out.push(...markdownTable([r.year, r.hiringFte, r.reskilledFte, r.redeployedFte, r.surplusFte, r.overstaffingFte, r.shortageFte], ['l', 'r', 'r', 'r', 'r', 'r', 'r'], yearRows(result, lang)));
  const list = (title: string, header: string, rec: Record<string, number>): void => {
    const rows = leftovers(rec, names, lang);
    out.push('', `## ${title}`, '');
    if (rows.length === 0) out.push(nl ? 'Geen.' : 'None.');
    else out.push(...markdownTable([w.function, header], ['l', 'r'], rows));
  };
  list(nl ? 'Werving per functie' : 'Hiring per function', r.hiringFte, result.hiring_fte);
  list(nl ? 'Plaatsing buiten de organisatie (van-werk-naar-werk)' : 'Placement outside the organisation (van-werk-naar-werk)', r.surplusFte, result.surplus_fte);
  const bold = (text: string): MarkdownCell => ({ text, style: 'bold' });
  out.push('', `## ${nl ? `Kostenvergelijking, kosten ${period}` : `Business case, costs ${period}`}`, '');
  out.push(...markdownTable([r.item, r.amount], ['l', 'r'], businessItems(result, r, lang).map(([l, v, b, caveat]) => {
      const amount = caveat === true ? '' : v === null ? r.impossible : euro(v);
      return b ? [bold(l), bold(amount)] : [l, amount];
    })), '');
  const unmet = reskillUnmetLine(result, lang);
  if (unmet !== null) out.push(escapeMarkdown(unmet), '');
  for (const note of result.notes) out.push(`- ${escapeMarkdown(planNote(note, result.noteFacts, lang, options.label))}`);
  return `${out.join('\n')}\n`;
}

export const reskillRenderers = {
  table: renderReskillTable,
  json: ({ noteFacts: _facts, ...r }: ReskillResult) => renderJson(r),
  csv: renderReskillCsv,
  md: renderReskillMarkdown,
} satisfies Record<ReskillFormat, (r: ReskillResult, o: ReskillRenderOptions) => string>;

/**
 * Career-scan view: a one-line summary (how many routes are viable, desirable and safe), then every
 * destination — usable ones (viable, desirable and safe) first — each group by similarity.
 */
export function renderPathwaysTable(data: PathwaysResult, options: { color: boolean; lang?: Lang; width?: number }): string {
  const result = terminalSafe(data);
  const lang = options.lang ?? 'nl';
  const nl = lang === 'nl';
  const w = WORDS[lang];
  const width = Math.max(60, options.width ?? 80);
  const c = painter(options.color);
  const f = result.function;
  const r = result.rules;
  // A closed destination (reskilling.closed_destinations) is filled by selection, never by a route.
  const usable = (p: PathwaysResult['pathways'][number]): boolean => p.viable && p.desirable && p.safe && !p.closed;
  // Usable first, then viable and desirable, then viable only, then the rest; by similarity within.
  const rank = (p: PathwaysResult['pathways'][number]): number => (usable(p) ? 0 : p.viable && p.desirable ? 1 : p.viable ? 2 : 3);
  const sorted = [0, 1, 2, 3].flatMap((k) => result.pathways.filter((p) => rank(p) === k));
  const count = (pred: (p: PathwaysResult['pathways'][number]) => boolean): number => result.pathways.filter(pred).length;
  const total = result.pathways.length;
  const viable = count((p) => p.viable);
  const desirable = count((p) => p.viable && p.desirable);
  const safe = count((p) => p.viable && p.desirable && p.safe);
  const open = count(usable);
  const closedNote = safe > open ? (nl ? ` (waarvan ${safe - open} gesloten)` : ` (${safe - open} of them closed)`) : '';
  const summary = nl
    ? `${total} ${total === 1 ? 'bestemming' : 'bestemmingen'}: ${viable} haalbaar, ${desirable} ook wenselijk, ${safe} ook veilig${closedNote}. ` +
      (open === 0 ? 'Geen route is bruikbaar (haalbaar, wenselijk, veilig én open).' : `${open === 1 ? 'De bruikbare route staat' : 'De bruikbare routes staan'} bovenaan.`)
    : `${total} ${total === 1 ? 'destination' : 'destinations'}: ${viable} viable, ${desirable} also desirable, ${safe} also safe${closedNote}. ` +
      (open === 0 ? 'No route is usable (viable, desirable, safe and open).' : `The usable ${open === 1 ? 'route is' : 'routes are'} listed first.`);
  const status = nl ? WORDS.nl.status[f.status as keyof typeof WORDS.nl.status] ?? f.status : f.status;
  const decimals = (v: number | null, d: number): string => (v === null ? '–' : formatNumber(v, d, lang));
  const numbers = [
    { header: nl ? 'Gel.' : 'Sim.', width: 4, align: 'right' as const },
    { header: nl ? 'Sch.' : 'Lvl', width: 4, align: 'right' as const },
    { header: nl ? 'Loon' : 'Pay', width: 4, align: 'right' as const },
    { header: nl ? 'Uren' : 'Hours', width: Math.max(5, ...result.pathways.map((p) => formatNumber(p.hours, 0, lang).length)), align: 'right' as const },
  ];
  // Open: not a closed destination (a closed one can be viable, desirable and safe and still never a route).
  const verdictHeaders = nl ? ['Haalb.', 'Wensel.', 'Veilig', 'Open'] : ['Viable', 'Desir.', 'Safe', 'Open'];
  const sum = (cols: { width: number }[]): number => cols.reduce((total, col) => total + col.width + 2, 0);
  const wide = verdictHeaders.map((header) => ({ header, width: Math.max(header.length, w.yes.length, w.no.length) }));
  // On a narrow terminal the three verdicts shrink to one letter each (legend below the table).
  const compact = width - 2 - sum([...numbers, ...wide]) < 16;
  const verdicts = compact ? verdictHeaders.map((h) => ({ header: h.charAt(0), width: 1 })) : wide;
  const nameWidth = Math.max(8, width - 2 - sum([...numbers, ...verdicts]));
  const yn = (b: boolean): string => (compact ? (b ? w.yes : w.no).charAt(0) : b ? w.yes : w.no);
  const rules = nl
    ? `${f.family || w.noFamily}, schaal ${f.level ?? '?'}, ${status}${f.vulnerable ? ', kwetsbaar' : ''}. Haalbaar: gelijkenis ≥ ${formatNumber(r.min_similarity, 2, lang)} en schaalverschil ≤ ${r.max_level_step}; wenselijk: ook salarisverhouding ≥ ${formatNumber(r.min_pay_ratio, 2, lang)}; veilig: bestemming niet kwetsbaar. Uren: ${r.hours_per_level} per ontbrekend vaardigheidsniveau.`
    : `${f.family || w.noFamily}, level ${f.level ?? '?'}, ${f.status}${f.vulnerable ? ', vulnerable' : ''}. Viable: similarity ≥ ${r.min_similarity} and |level step| ≤ ${r.max_level_step}; desirable: also pay ratio ≥ ${r.min_pay_ratio}; safe: destination not vulnerable. Hours: ${r.hours_per_level} per missing skill level.`;
  const out = [
    c.bold(wrapText(`${nl ? 'Routes vanuit' : 'Pathways from'} ${f.id} ${f.name}`, width)),
    wrapText(summary, width, ''),
    wrapText(rules, width, ''),
    '',
    renderTable(
      [{ header: nl ? 'Naar' : 'To', width: nameWidth }, ...numbers, ...verdicts],
      sorted.map((p) => [
        usable(p) ? c.green(`${p.to} ${p.name}`) : `${p.to} ${p.name}`,
        decimals(p.similarity, 2),
        p.level_step === null ? '?' : p.level_step > 0 ? `+${p.level_step}` : formatNumber(p.level_step, 0, lang),
        decimals(p.pay_ratio, 2),
        formatNumber(p.hours, 0, lang),
        yn(p.viable),
        yn(p.desirable),
        yn(p.safe),
        yn(!p.closed),
      ]),
      { color: options.color, codes: new Set(result.pathways.map((p) => p.to)) },
    ).trimEnd(),
  ];
  if (compact) {
    out.push(wrapText(nl ? `H = haalbaar, W = wenselijk, V = veilig, O = open; ${w.yes.charAt(0)} = ${w.yes}, ${w.no.charAt(0)} = ${w.no}.` : `V = viable, D = desirable, S = safe, O = open; ${w.yes.charAt(0)} = ${w.yes}, ${w.no.charAt(0)} = ${w.no}.`, width, ''));
  }
  out.push(...routeNotes(result, lang, width, usable));
  return `${out.join('\n')}\n`;
}

/** Closed destinations, and — when no route is usable — why, and which setting would change it. */
function routeNotes(result: PathwaysResult, lang: Lang, width: number, usable: (p: PathwaysResult['pathways'][number]) => boolean): string[] {
  const nl = lang === 'nl';
  const out: string[] = [];
  const closed = result.pathways.filter((p) => p.closed).map((p) => p.to).sort();
  if (closed.length > 0) {
    out.push(
      '',
      wrapText(
        nl
          ? `Gesloten bestemmingen (ingevuld door selectie, nooit door een berekende route; reskilling.closed_destinations): ${closed.join(', ')}.`
          : `Closed destinations (filled by selection, never by a computed pathway; reskilling.closed_destinations): ${closed.join(', ')}.`,
        width,
        '',
      ),
    );
  }
  if (result.pathways.some(usable)) return out;
  const bySetting = new Map<string, number>();
  for (const p of result.pathways) {
    for (const reason of p.reasons) {
      const setting = /\((reskilling\.[a-z_.]+)/.exec(reason)?.[1] ?? /(reskilling\.[a-z_.]+)/.exec(reason)?.[1];
      if (setting !== undefined) bySetting.set(setting, (bySetting.get(setting) ?? 0) + 1);
    }
  }
  const ranked = [...bySetting].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  out.push(
    '',
    wrapText(
      nl
        ? `Geen route: geen bestemming is haalbaar, wenselijk, veilig en open. ${ranked.map(([s, n]) => `${n} ${n === 1 ? 'valt' : 'vallen'} af op ${s}`).join('; ')}. Andere waarden voor die instellingen, of een route in plan.pathways, openen een route.`
        : `No route: no destination is viable, desirable, safe and open. ${ranked.map(([s, n]) => `${n} fail on ${s}`).join('; ')}. Changing those settings, or an explicit plan.pathways entry, opens a route.`,
      width,
      '',
    ),
  );
  return out;
}

/** CSV of a function's pathways, with the reasons a rule failed. */
function renderPathwaysCsv(result: PathwaysResult, options: { dialect: CsvDialect }): string {
  return renderCsv(
    ['from', 'to', 'to_name', 'similarity', 'level_step', 'pay_ratio', 'hours', 'cost_per_person', 'viable', 'desirable', 'safe', 'closed', 'reasons'],
    result.pathways.map((p) => [result.function.id, p.to, p.name, p.similarity, p.level_step, p.pay_ratio, p.hours, p.cost_per_person, p.viable, p.desirable, p.safe, p.closed, p.reasons.join('; ')]),
    options.dialect,
  );
}

export type PathwaysFormat = 'table' | 'json' | 'csv';
export interface PathwaysRenderOptions {
  color: boolean;
  dialect: CsvDialect;
  lang?: Lang;
  /** Terminal width in columns (default 80). */
  width?: number;
}

export const pathwaysRenderers = {
  table: renderPathwaysTable,
  json: (r: PathwaysResult) => renderJson(r),
  csv: renderPathwaysCsv,
} satisfies Record<PathwaysFormat, (r: PathwaysResult, o: PathwaysRenderOptions) => string>;
