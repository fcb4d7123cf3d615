import { dutchResultText } from './result-notes.js';
import { PLAN_DEFAULTS_NOTE, publishedCompare, readsOtherData, type CompareDelta, type CompareNoteFact, type CompareFigures, type CompareFunctionCell, type CompareResult } from '../domain/compare.js';
import { formatNumber } from '../domain/round.js';
import type { Band } from '../domain/uncertainty.js';
import type { Status } from '../domain/workforce.js';
import type { Lang } from './labels.js';
import { WORDS } from './words.js';
import { renderCsv, type CsvCell, type CsvDialect } from './csv.js';
import { isCodeKeyedPath } from '../domain/scenario-paths.js';
import { yamlFlowKey, yamlFlowValue } from '../domain/yaml-text.js';
import { renderJson } from './render-projection.js';
import { fitTable, painter, terminalSafe, wrapText, wrapWhole, type Column } from './table.js';
import { escapeMarkdown, labelWithPath, markdownCode } from './markdown.js';
import { assumptionLabeller, settingFormatters, settingText, unsetText } from './directie/assumption-label.js';
import { labeller } from './labels.js';

export type CompareFormat = 'table' | 'json' | 'csv' | 'md';
export interface CompareRenderOptions {
  color: boolean;
  dialect: CsvDialect;
  /** table/md: also the functions and families that are the same in every scenario. */
  all?: boolean;
  /** Language of the table, Markdown and excel-nl CSV (default nl); JSON and rfc CSV keep their keys. */
  lang?: Lang;
  /** Terminal width in columns (default 80). */
  width?: number;
  /** Task-category labels, for the Markdown's setting labels (default: spp's own). */
  label?: (id: string) => string;
  /** Function names by id, for the Markdown's setting labels. */
  names?: ReadonlyMap<string, string>;
}


/** The words of the table and Markdown, per language; numbers arrive formatted. */
const TEXTS = {
  nl: {
    title: (count: number, year: number) => `Vergelijking van ${count} scenario’s in ${year} (fte; verschil = bezetting − vraag, negatief: tekort)`,
    deltaLegend: 'Δ: elk scenario min A.',
    differsNone: 'Wat verschilt: niets — de aannames zijn gelijk.',
    differsNoneOtherData: 'Wat verschilt: niet de aannames, wel de gegevens — de scenario’s lezen verschillende gegevensbestanden.',
    differs: (n: number) => `Wat verschilt (${n} ${n === 1 ? 'aanname' : 'aannames'})`,
    assumption: 'Aanname',
    totalIn: (year: number) => `Totaal in ${year}`,
    supply: 'Bezetting',
    demand: 'Vraag',
    gap: 'Verschil',
    replacementShort: '  − vervangingsvraag (vertrek)',
    expansionShort: '  − uitbreidingsvraag (vraag erbij)',
    replacement: '− vervangingsvraag (vertrek sinds de start)',
    expansion: '− uitbreidingsvraag (vraag erbij sinds de start; negatief: minder)',
    shortage: 'Tekort, opgeteld over functies',
    vulnerable: 'Kwetsbare functies',
    planCostThousand: 'Kosten plan, hele horizon (duizend euro)',
    planCost: 'Kosten plan, hele horizon (euro)',
    planUnmet: 'Onvervulde vraag in het plan (fte-jaren)',
    sources: (year: number, first: number) => `Verschil ${year} = verschil ${first} − vervangingsvraag − uitbreidingsvraag.`,
    perYear: 'Totaal verschil per jaar (fte)',
    year: 'Jaar',
    perFunction: (year: number) => `Per functie in ${year}`,
    function: 'Functie',
    status: 'Status',
    chance: 'Kans',
    band: 'P10 … P90',
    none: '(geen)',
    hidden: (n: number) => `${n} ${n === 1 ? 'functie met dezelfde status en cijfers in elk scenario is' : 'functies met dezelfde status en cijfers in elk scenario zijn'} weggelaten (--all toont ze).`,
    hiddenMd: (n: number) => `${n} ${n === 1 ? 'functie met dezelfde status en cijfers in elk scenario is' : 'functies met dezelfde status en cijfers in elk scenario zijn'} weggelaten.`,
    legend: (end: number) => `Status: wat er tot ${end} met het werk gebeurt; ! = kwetsbaar. Verschil en Δ zijn berekend vóór afronding.`,
    legendMc: 'Kans: aandeel van de runs met deze status. P10 … P90: 80% van de runs valt binnen deze marge.',
    legendBand: 'P10 … P90: 80% van de runs valt binnen deze marge.',
    perFamily: (year: number) => `Per functiefamilie in ${year}`,
    family: 'Functiefamilie',
    familiesSame: 'De functiefamilies hebben in elk scenario dezelfde cijfers.',
    hiddenFamilies: (n: number) => `${n} ${n === 1 ? 'functiefamilie met dezelfde cijfers in elk scenario is' : 'functiefamilies met dezelfde cijfers in elk scenario zijn'} weggelaten (--all toont ze).`,
    note: 'Let op',
    mc: (runs: number, seed: number) => `Monte Carlo: elk scenario ${runs} keer doorgerekend met seed ${seed} (zelfde seed, zelfde uitkomst).`,
    mdTitle: 'Vergelijking',
    mdIntro: (year: number, ref: string) => `Fte in ${year}; verschil = bezetting − vraag (negatief: tekort). Δ = een scenario min ${ref}.`,
    scenario: 'Scenario',
    titleCol: 'Omschrijving',
    horizon: 'Horizon',
    differsTitle: 'Wat verschilt',
    differsNoneMd: 'Niets: de aannames zijn gelijk.',
    differsNoneOtherDataMd: 'Niet de aannames, wel de gegevens: de scenario’s lezen verschillende gegevensbestanden.',
    totalsTitle: (year: number) => `Totalen in ${year}`,
    perYearTitle: 'Totaal verschil per jaar',
    vulnerableWord: 'kwetsbaar',
    colStatus: (l: string) => `${l} status`,
    colChance: (l: string) => `${l} kans`,
    colSupply: (l: string) => `${l} bezetting`,
    colDemand: (l: string) => `${l} vraag`,
    colGap: (l: string) => `${l} verschil`,
    colBand: (l: string) => `${l} verschil P10 … P90`,
    colDelta: (l: string) => `Δ verschil ${l}`,
    bandRow: (label: string) => `${label} P10 / P50 / P90`,
    notesTitle: 'Opmerkingen',
    noFamily: '(geen familie)',
    /** excel-nl CSV: the words not already in WORDS. */
    csv: { level: 'Niveau', id: 'Code', levels: { function: 'functie', family: 'familie', total: 'totaal' }, shortage: 'Tekort (fte)', delta: (h: string) => `Δ ${h}` },
  },
  en: {
    title: (count: number, year: number) => `Comparison of ${count} scenarios in ${year} (FTE; gap = supply − demand, negative: shortage)`,
    deltaLegend: 'Δ: each scenario minus A.',
    differsNone: 'What differs: nothing — the assumptions are the same.',
    differsNoneOtherData: 'What differs: not the assumptions but the data — the scenarios read different data files.',
    differs: (n: number) => `What differs (${n} ${n === 1 ? 'assumption' : 'assumptions'})`,
    assumption: 'Assumption',
    totalIn: (year: number) => `Total in ${year}`,
    supply: 'Supply',
    demand: 'Demand',
    gap: 'Gap',
    replacementShort: '  − replacement (leavers)',
    expansionShort: '  − expansion (demand added)',
    replacement: '− replacement demand (leavers since the start)',
    expansion: '− expansion demand (demand added since the start; negative: less)',
    shortage: 'Shortage, summed over functions',
    vulnerable: 'Vulnerable functions',
    planCostThousand: 'Plan cost, whole horizon (thousand euro)',
    planCost: 'Plan cost, whole horizon (euro)',
    planUnmet: 'Demand the plan leaves unmet (FTE-years)',
    sources: (year: number, first: number) => `Gap ${year} = gap ${first} − replacement − expansion.`,
    perYear: 'Total gap per year (FTE)',
    year: 'Year',
    perFunction: (year: number) => `Per function in ${year}`,
    function: 'Function',
    status: 'Status',
    chance: 'Chance',
    band: 'P10 … P90',
    none: '(none)',
    hidden: (n: number) => `${n} ${n === 1 ? 'function with the same status and figures in every scenario is' : 'functions with the same status and figures in every scenario are'} left out (--all shows them).`,
    hiddenMd: (n: number) => `${n} ${n === 1 ? 'function with the same status and figures in every scenario is' : 'functions with the same status and figures in every scenario are'} left out.`,
    legend: (end: number) => `Status: what happens to the work by ${end}; ! = vulnerable. Gap and Δ are computed before rounding.`,
    legendMc: 'Chance: share of the runs ending in this status. P10 … P90: 80% of the runs fall in this range.',
    legendBand: 'P10 … P90: 80% of the runs fall in this range.',
    perFamily: (year: number) => `Per family in ${year}`,
    family: 'Family',
    familiesSame: 'The families have the same figures in every scenario.',
    hiddenFamilies: (n: number) => `${n} ${n === 1 ? 'family with the same figures in every scenario is' : 'families with the same figures in every scenario are'} left out (--all shows ${n === 1 ? 'it' : 'them'}).`,
    note: 'Note',
    mc: (runs: number, seed: number) => `Monte Carlo: every scenario run ${runs} times with seed ${seed} (same seed, same output).`,
    mdTitle: 'Comparison',
    mdIntro: (year: number, ref: string) => `FTE in ${year}; gap = supply − demand (negative: shortage). Δ = a scenario minus ${ref}.`,
    scenario: 'Scenario',
    titleCol: 'Title',
    horizon: 'Horizon',
    differsTitle: 'What differs',
    differsNoneMd: 'Nothing: the assumptions are the same.',
    differsNoneOtherDataMd: 'Not the assumptions but the data: the scenarios read different data files.',
    totalsTitle: (year: number) => `Totals in ${year}`,
    perYearTitle: 'Total gap per year',
    vulnerableWord: 'vulnerable',
    colStatus: (l: string) => `${l} status`,
    colChance: (l: string) => `${l} chance`,
    colSupply: (l: string) => `${l} supply`,
    colDemand: (l: string) => `${l} demand`,
    colGap: (l: string) => `${l} gap`,
    colBand: (l: string) => `${l} gap P10 … P90`,
    colDelta: (l: string) => `Δ gap ${l}`,
    bandRow: (label: string) => `${label} P10 / P50 / P90`,
    notesTitle: 'Notes',
    noFamily: '(no family)',
    /** excel-nl CSV: the words not already in WORDS. */
    csv: { level: 'Level', id: 'Id', levels: { function: 'function', family: 'family', total: 'total' }, shortage: 'Shortage (FTE)', delta: (h: string) => `Δ ${h}` },
  },
} satisfies Record<Lang, unknown>;

/**
 * One of the app's notes (English in JSON) in the language asked for: a note that names scenarios from
 * its data (`facts`, CompareResult.noteFacts), any other by its text; a note not known is shown as it is.
 */
export function compareNote(note: string, facts: readonly CompareNoteFact[], lang: Lang): string {
  const fact = facts.find((f) => f.text === note);
  return sentence(fact === undefined ? translatedNote(note, lang) : compareNoteOf(fact, lang));
}

/** A note said from its data: the scenario ids as given, listed with 'en' / 'and'. */
function compareNoteOf(fact: CompareNoteFact, lang: Lang): string {
  const ids = fact.scenarios;
  const list = ids.length === 1 ? ids[0]! : `${ids.slice(0, -1).join(', ')} ${lang === 'nl' ? 'en' : 'and'} ${ids.at(-1)!}`;
  return lang === 'nl'
    ? `kosten plan met de standaardwaarden van spp plan (${ids.length === 1 ? 'het scenario geeft' : 'de scenario’s geven'} geen eigen instellingen voor het actieplan): ${list}`
    : `${PLAN_DEFAULTS_NOTE}: ${list}`;
}

/** A note ends with a full stop, in either language. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function translatedNote(note: string, lang: Lang): string {
  // spp compare's own notes are in result-notes.ts with the others, so the workbook's Stempel sheet says them in Dutch too.
  if (lang === 'en') return note;
  return dutchResultText(note) ?? note;
}

/** A change with its sign (one decimal, the minus sign − like every number spp prints for people); zero without one; `–` when there is none. */
export function signedDelta(v: number | null, lang: Lang = 'en'): string {
  const zero = formatNumber(0, 1, lang);
  return v === null ? '–' : Math.abs(v) < 0.05 ? zero : v > 0 ? `+${formatNumber(v, 1, lang)}` : formatNumber(v, 1, lang);
}
const letter = (i: number): string => String.fromCharCode(65 + i);
/** A scenario value as written, for people, in `lang` (yamlFlowValue: decimal commas and semicolons in Dutch, codes quoted where YAML would read a number, code-keyed maps in text order). */
export function valueText(v: unknown, lang: Lang, path = ''): string {
  return yamlFlowValue(v, path, lang !== 'en');
}
/** An assumption's value for people; `–` where the scenario does not set it. */
const shown = (v: unknown, lang: Lang, path: string): string => (v === null || v === undefined ? '–' : valueText(v, lang, path));
/** In the narrow table, a map of one key without its braces: `rate: -0.03`. */
const shownShort = (v: unknown, lang: Lang, path: string): string => {
  // A [low, likely, high] without spaces in English, so a triple of two-decimal shares fits its column.
  if (lang === 'en' && Array.isArray(v) && v.length === 3 && v.every((x) => typeof x === 'number')) return `[${v.join(',')}]`;
  if (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 1) {
    const [k, x] = Object.entries(v)[0]!;
    return `${yamlFlowKey(k, isCodeKeyedPath(path))}: ${valueText(x, lang, `${path}.${k}`)}`;
  }
  return shown(v, lang, path);
};

/** Differences that matter in a table: a status, or a figure by 0.05 FTE or more. */
function differs(row: { by_scenario: Record<string, { status?: string; supply_fte: number; demand_fte: number; gap_fte: number } | null>; delta: Record<string, CompareDelta> }, ids: readonly string[]): boolean {
  const statuses = ids.map((id) => row.by_scenario[id]?.status ?? null);
  if (statuses.some((s) => s !== statuses[0])) return true;
  if (ids.some((id) => row.by_scenario[id] === null)) return true;
  return Object.values(row.delta).some((d) => Math.abs(d.supply_fte) >= 0.05 || Math.abs(d.demand_fte) >= 0.05 || Math.abs(d.gap_fte) >= 0.05);
}

/** Length on screen, in code points. */
function length(text: string): number {
  return [...text].length;
}

/** Text padded with spaces to `width` code points. */
function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - length(text)));
}

/** The share of runs that ended in the status shown, as a whole percentage; '' without --runs. */
function chanceOf(x: CompareFunctionCell, lang: Lang): string {
  const p = x.status_probability?.[x.status as Status];
  return p === undefined ? '' : `${formatNumber(p * 100, 0, lang)}%`;
}

/** The formatters of one language. */
function formatters(lang: Lang) {
  const n1 = (v: number): string => formatNumber(v, 1, lang);
  return {
    n1,
    signed: (v: number | null): string => signedDelta(v, lang),
    range: (b: Band | undefined): string => (b === undefined ? '–' : `${n1(b.p10)} … ${n1(b.p90)}`),
    bands: (b: Band | undefined): string => (b === undefined ? '–' : `${n1(b.p10)} / ${n1(b.p50)} / ${n1(b.p90)}`),
  };
}

/** The terminal view: scenarios, what differs, the totals, the gap per year, then per function and family. Fits the terminal's width (80 when unknown): names share the room, numbers and statuses are never cut, and a table too wide is split. */
function renderCompareTable(data: CompareResult, options: CompareRenderOptions): string {
  const result = terminalSafe(data);
  const lang = options.lang ?? 'nl';
  const t = TEXTS[lang];
  const w = WORDS[lang];
  const { n1, signed, range } = formatters(lang);
  const c = painter(options.color);
  const width = Math.max(40, options.width ?? 80);
  const fit = { color: options.color, width, codes: new Set(result.functions.map((f) => f.id)) };
  const ids = result.scenarios;
  const year = result.year;
  const mc = result.monte_carlo;
  const out: string[] = [];
  out.push(c.bold(wrapText(t.title(ids.length, year), width)));
  result.scenario_info.forEach((s, i) => out.push(wrapWhole(`  ${letter(i)}  ${s.id}${s.title ? ` — ${s.title}` : ''} (${s.horizon.start}–${s.horizon.end})`, width - 1, '     ')));
  out.push(wrapText(t.deltaLegend, width));
  if (mc !== undefined) out.push(wrapText(t.mc(mc.runs, mc.seed), width));
  out.push('');

  // What differs: path, then one value per scenario (path alone on its line when it is long). The
  // value columns widen to the longest value that still leaves the path its room; a row with a value
  // longer than that lists each scenario's value on its own line(s) under the path, whole (#13).
  const valueOf = (a: (typeof result.assumptions)[number], id: string): string => shownShort(a.values[id], lang, a.path);
  const lineCount = (text: string): number => text.split('\n').length;
  const stacked = (a: (typeof result.assumptions)[number]): string[] => [wrapWhole(a.path, width - 1, '  '), ...ids.map((id, i) => wrapWhole(`  ${letter(i)}  ${valueOf(a, id)}`, width - 1, '     '))];
  const pathWidthOf = (valueWidth: number): number => Math.max(8, width - 1 - ids.length * (valueWidth + 2));
  /** The lines of one row with values `valueWidth` wide: one, two with the path above, or the values stacked under it. */
  const rowLines = (a: (typeof result.assumptions)[number], valueWidth: number): number =>
    ids.some((id) => length(valueOf(a, id)) > valueWidth) ? lineCount(stacked(a).join('\n')) : length(a.path) <= pathWidthOf(valueWidth) ? 1 : 1 + lineCount(wrapWhole(a.path, width - 1, '  '));
  // The value width giving the fewest lines: from the usual 16 up to the longest value that leaves a path 20 columns; the narrowest of equals.
  const baseWidth = Math.max(6, Math.min(16, Math.floor((width - 1 - 20) / ids.length) - 2));
  const widest = Math.max(baseWidth, Math.floor((width - 1 - 20) / ids.length) - 2);
  const candidates = [...new Set([baseWidth, ...result.assumptions.flatMap((a) => ids.map((id) => length(valueOf(a, id))))])].filter((n) => n >= baseWidth && n <= widest).sort((x, y) => x - y);
  const total = (valueWidth: number): number => result.assumptions.reduce((s, a) => s + rowLines(a, valueWidth), 0);
  const valueWidth = candidates.reduce((best, n) => (total(n) < total(best) ? n : best), baseWidth);
  const pathWidth = pathWidthOf(valueWidth);
  out.push(c.bold(result.assumptions.length === 0 ? (readsOtherData(result) ? t.differsNoneOtherData : t.differsNone) : t.differs(result.assumptions.length)));
  if (result.assumptions.length > 0) {
    const head = `${pad(t.assumption, pathWidth)}${ids.map((_, i) => `  ${pad(letter(i), valueWidth)}`).join('')}`.trimEnd();
    out.push(c.bold(head), c.dim('─'.repeat(Math.min(width - 1, pathWidth + ids.length * (valueWidth + 2)))));
    for (const a of result.assumptions) {
      const cells = ids.map((id) => valueOf(a, id));
      if (cells.some((v) => length(v) > valueWidth)) {
        out.push(...stacked(a));
        continue;
      }
      const values = cells.map((v) => `  ${pad(v, valueWidth)}`).join('');
      if (length(a.path) <= pathWidth) out.push(`${pad(a.path, pathWidth)}${values}`.trimEnd());
      else out.push(wrapWhole(a.path, width - 1, '  '), `${' '.repeat(pathWidth)}${values}`.trimEnd());
    }
  }
  out.push('');

  // The totals in the year, one column per scenario (with --runs: P10, P50 and P90 under each expected value).
  const totalsColumns: Column[] = [{ header: t.totalIn(year), width: 20, flex: true, min: 20 }, ...ids.map((_, i) => ({ header: letter(i), width: 9, align: 'right' as const }))];
  const at = result.totals.at.by_scenario;
  const metric = (label: string, pick: (x: NonNullable<(typeof at)[string]>) => string): string[] => [label, ...ids.map((id) => (at[id] ? pick(at[id]!) : '–'))];
  const bandRows = (key: 'supply_fte_band' | 'demand_fte_band' | 'gap_fte_band'): string[][] =>
    mc === undefined ? [] : (['p10', 'p50', 'p90'] as const).map((p) => metric(`  ${p.toUpperCase()}`, (x) => (x[key] === undefined ? '–' : n1(x[key]![p]))));
  const totalRows = [
    metric(t.supply, (x) => n1(x.supply_fte)),
    ...bandRows('supply_fte_band'),
    metric(t.demand, (x) => n1(x.demand_fte)),
    ...bandRows('demand_fte_band'),
    metric(t.gap, (x) => n1(x.gap_fte)),
    ...bandRows('gap_fte_band'),
    metric(t.replacementShort, (x) => n1(x.replacement_fte)),
    metric(t.expansionShort, (x) => n1(x.expansion_fte)),
    metric(t.shortage, (x) => n1(x.shortage_fte)),
    [t.vulnerable, ...result.scenario_info.map((s) => String(s.vulnerable_functions))],
  ];
  if (result.scenario_info.some((s) => s.plan_cost !== null)) {
    // In thousands of euros, so a plan of tens of millions still fits its column (JSON and md keep euros).
    totalRows.push([t.planCostThousand, ...result.scenario_info.map((s) => (s.plan_cost === null ? '–' : formatNumber(s.plan_cost / 1000, 0, lang)))]);
    // A plan that leaves demand unmet (a hiring freeze) is cheaper for it: its cost needs that beside it.
    totalRows.push([t.planUnmet, ...result.scenario_info.map((s) => (s.plan_shortage_fte_years === null ? '–' : n1(s.plan_shortage_fte_years)))]);
  }
  out.push(fitTable(totalsColumns, totalRows, fit).trimEnd());
  out.push(c.dim(wrapText(t.sources(year, result.years[0]!), width)));
  out.push('');

  // The total gap per year (with --runs: each scenario's P10 … P90 beside its expected value).
  const deltaIds = ids.slice(1);
  const yearColumns: Column[] = [
    { header: t.year, width: 4 },
    ...ids.flatMap((_, i) => [
      { header: letter(i), width: 7, align: 'right' as const },
      ...(mc === undefined ? [] : [{ header: `${letter(i)} ${t.band}`, width: 13, align: 'right' as const }]),
    ]),
    ...deltaIds.map((_, i) => ({ header: `Δ ${letter(i + 1)}`, width: 7, align: 'right' as const })),
  ];
  const yearRows = result.totals.years.map((y) => [
    String(y.year),
    ...ids.flatMap((id) => [y.by_scenario[id] ? n1(y.by_scenario[id]!.gap_fte) : '–', ...(mc === undefined ? [] : [range(y.by_scenario[id]?.gap_fte_band)])]),
    ...deltaIds.map((id) => (y.by_scenario[id] && y.by_scenario[ids[0]!] ? signed(y.delta[id]!.gap_fte) : '–')),
  ]);
  out.push(c.bold(wrapText(t.perYear, width)), fitTable(yearColumns, yearRows, fit).trimEnd());
  if (mc !== undefined) out.push(c.dim(wrapText(t.legendBand, width)));
  out.push('');

  // Per function: one row per scenario, the function named on its first row. With --runs the
  // supply and demand give way to the chance of the status and the gap's P10 … P90.
  const fnRows = result.functions.filter((f) => options.all || differs(f, ids));
  const statusWidth = Math.max(t.status.length, ...Object.values(w.status).map((s) => s.length + 1));
  const num = (header: string, minimum = 7): Column => ({ header, width: Math.max(minimum, header.length), align: 'right' });
  const figureColumns: Column[] =
    mc === undefined ? [num(t.supply), num(t.demand), num(t.gap), num(`Δ ${t.gap}`)] : [num(t.chance, 4), num(t.gap), num(t.band, 13), num(`Δ ${t.gap}`)];
  const fnColumns: Column[] = [{ header: t.function, width: 12, flex: true, min: 12 }, { header: '', width: 2 }, { header: t.status, width: statusWidth }, ...figureColumns];
  const figuresOf = (x: CompareFigures & Partial<CompareFunctionCell>, delta: string): string[] =>
    mc === undefined ? [n1(x.supply_fte), n1(x.demand_fte), n1(x.gap_fte), delta] : [x.status !== undefined ? chanceOf(x as CompareFunctionCell, lang) : '', n1(x.gap_fte), range(x.gap_fte_band), delta];
  const body: string[][] = [];
  for (const f of fnRows) {
    ids.forEach((id, i) => {
      const x = f.by_scenario[id];
      const status = x === null || x === undefined ? t.none : x.vulnerable ? c.bold(`${w.status[x.status]}!`) : w.status[x.status];
      const delta = i === 0 ? '' : signed(f.delta[id]!.gap_fte);
      body.push([i === 0 ? `${f.id} ${f.name}` : '', letter(i), status, ...(x ? figuresOf(x, delta) : figureColumns.map((_, k) => (k === figureColumns.length - 1 ? delta : '–')))]);
    });
  }
  const hidden = result.functions.length - fnRows.length;
  out.push(c.bold(wrapText(t.perFunction(year), width)));
  if (fnRows.length > 0) out.push(fitTable(fnColumns, body, fit).trimEnd(), c.dim(wrapText(t.legend(result.years[result.years.length - 1]!), width)));
  if (fnRows.length > 0 && mc !== undefined) out.push(c.dim(wrapText(t.legendMc, width)));
  if (hidden > 0) out.push(c.dim(wrapText(t.hidden(hidden), width)));
  out.push('');

  const famRows = result.families.filter((f) => options.all || differs(f, ids));
  const famFigures: Column[] = mc === undefined ? figureColumns : [num(t.gap), num(t.band, 13), num(`Δ ${t.gap}`)];
  const famColumns: Column[] = [{ header: t.family, width: 12, flex: true, min: 12 }, { header: '', width: 2 }, ...famFigures];
  const famBody: string[][] = [];
  for (const f of famRows) {
    ids.forEach((id, i) => {
      const x = f.by_scenario[id];
      const delta = i === 0 ? '' : signed(f.delta[id]!.gap_fte);
      const cells = x === null || x === undefined ? famFigures.map((_, k) => (k === famFigures.length - 1 ? delta : '–')) : mc === undefined ? figuresOf(x, delta) : [n1(x.gap_fte), range(x.gap_fte_band), delta];
      famBody.push([i === 0 ? f.id || t.noFamily : '', letter(i), ...cells]);
    });
  }
  out.push(c.bold(wrapText(t.perFamily(year), width)));
  if (famRows.length > 0) out.push(fitTable(famColumns, famBody, fit).trimEnd());
  else out.push(wrapText(t.familiesSame, width));
  // A family left out for having the same figures is said, like a function: else the rows seem to miss one.
  const hiddenFamilies = result.families.length - famRows.length;
  if (famRows.length > 0 && hiddenFamilies > 0) out.push(c.dim(wrapText(t.hiddenFamilies(hiddenFamilies), width)));
  for (const note of result.notes) out.push(c.dim(wrapText(`${t.note}: ${compareNote(note, result.noteFacts, lang)}`, width)));
  return `${out.join('\n').trimEnd()}\n`;
}

/** Markdown for a memo: the same sections, each function's figures side by side in one row. */
function renderCompareMarkdown(result: CompareResult, options: CompareRenderOptions): string {
  const lang = options.lang ?? 'nl';
  const t = TEXTS[lang];
  const w = WORDS[lang];
  const { n1, signed, bands } = formatters(lang);
  const ids = result.scenarios;
  const year = result.year;
  const deltaIds = ids.slice(1);
  const mc = result.monte_carlo;
  const out: string[] = [];
  const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  const align = (left: number, right: number): string => row([...Array(left).fill('---'), ...Array(right).fill('---:')]);
  out.push(`# ${t.mdTitle}: ${ids.map((id) => markdownCode(id)).join(', ')}`, '');
  out.push(t.mdIntro(year, markdownCode(ids[0]!)), '');
  if (mc !== undefined) out.push(t.mc(mc.runs, mc.seed), '');
  out.push(row(['', t.scenario, t.titleCol, t.horizon]), align(4, 0));
  result.scenario_info.forEach((s, i) => out.push(row([letter(i), markdownCode(s.id), escapeMarkdown(s.title ?? ''), `${s.horizon.start}–${s.horizon.end}`])));
  out.push('', `## ${t.differsTitle}`, '');
  if (result.assumptions.length === 0) out.push(readsOtherData(result) ? t.differsNoneOtherDataMd : t.differsNoneMd, '');
  else {
    out.push(row([t.assumption, ...ids.map((id) => markdownCode(id))]), align(1 + ids.length, 0));
    // A memo's reader does not edit YAML: each setting in the report's words with its key beside it,
    // its values as the report's comparison chapter gives them ("20%", "25–55% (waarschijnlijk 40%)").
    const f = settingFormatters(lang, options.label ?? labeller(lang));
    const names = options.names ?? new Map<string, string>();
    const labelOf = assumptionLabeller(lang, f, names);
    const named = (path: string): string => labelWithPath(labelOf(path), path);
    // A whole block the words do not cover (`labels`: settingText writes it as `{ key: value }`)
    // is written out with the reader's decimal comma, as before (escaped: a `|` cannot end the cell).
    // A limit left out is no limit, in words; any other setting left out is `–`.
    const cell = (path: string, v: unknown): string => {
      if (v === null || v === undefined) return unsetText(path, lang) ?? '–';
      const words = settingText(path, v, lang, f, names);
      return escapeMarkdown(words.includes('{') ? shown(v, lang, path) : words);
    };
    for (const a of result.assumptions) out.push(row([named(a.path), ...ids.map((id) => cell(a.path, a.values[id]))]));
    out.push('');
  }
  out.push(`## ${t.totalsTitle(year)}`, '');
  const at = result.totals.at.by_scenario;
  out.push(row(['', ...ids.map((id) => markdownCode(id)), ...deltaIds.map((id) => `Δ ${markdownCode(id)}`)]), align(1, ids.length + deltaIds.length));
  const metric = (label: string, key: 'supply_fte' | 'demand_fte' | 'gap_fte' | 'replacement_fte' | 'expansion_fte' | 'shortage_fte'): string =>
    row([label, ...ids.map((id) => (at[id] ? n1(at[id]![key]) : '–')), ...deltaIds.map((id) => (at[id] && at[ids[0]!] ? signed(at[id]![key] - at[ids[0]!]![key]) : '–'))]);
  const bandRow = (label: string, key: 'supply_fte_band' | 'demand_fte_band' | 'gap_fte_band'): string[] =>
    mc === undefined ? [] : [row([t.bandRow(label), ...ids.map((id) => bands(at[id]?.[key])), ...deltaIds.map(() => '')])];
  out.push(
    metric(t.supply, 'supply_fte'),
    ...bandRow(t.supply, 'supply_fte_band'),
    metric(t.demand, 'demand_fte'),
    ...bandRow(t.demand, 'demand_fte_band'),
    metric(t.gap, 'gap_fte'),
    ...bandRow(t.gap, 'gap_fte_band'),
    metric(t.replacement, 'replacement_fte'),
    metric(t.expansion, 'expansion_fte'),
    metric(t.shortage, 'shortage_fte'),
    row([t.vulnerable, ...result.scenario_info.map((s) => String(s.vulnerable_functions)), ...deltaIds.map(() => '')]),
  );
  if (result.scenario_info.some((s) => s.plan_cost !== null)) {
    out.push(row([t.planCost, ...result.scenario_info.map((s) => (s.plan_cost === null ? '–' : formatNumber(s.plan_cost, 0, lang))), ...deltaIds.map(() => '')]));
    out.push(row([t.planUnmet, ...result.scenario_info.map((s) => (s.plan_shortage_fte_years === null ? '–' : formatNumber(s.plan_shortage_fte_years, 1, lang))), ...deltaIds.map(() => '')]));
  }
  out.push('', t.sources(year, result.years[0]!), '');
  out.push(`## ${t.perYearTitle}`, '');
  const yearBands = mc === undefined ? [] : ids;
  out.push(row([t.year, ...ids.map((id) => markdownCode(id)), ...yearBands.map((id) => `${markdownCode(id)} P10 / P50 / P90`), ...deltaIds.map((id) => `Δ ${markdownCode(id)}`)]), align(1, ids.length + yearBands.length + deltaIds.length));
  for (const y of result.totals.years) {
    out.push(
      row([
        String(y.year),
        ...ids.map((id) => (y.by_scenario[id] ? n1(y.by_scenario[id]!.gap_fte) : '–')),
        ...yearBands.map((id) => bands(y.by_scenario[id]?.gap_fte_band)),
        ...deltaIds.map((id) => (y.by_scenario[id] && y.by_scenario[ids[0]!] ? signed(y.delta[id]!.gap_fte) : '–')),
      ]),
    );
  }
  out.push('', `## ${t.perFunction(year)}`, '');
  const fnRows = result.functions.filter((f) => options.all || differs(f, ids));
  const perScenario = (l: string): string[] => [t.colStatus(l), ...(mc !== undefined ? [t.colChance(l)] : []), t.colSupply(l), t.colDemand(l), t.colGap(l), ...(mc !== undefined ? [t.colBand(l)] : [])];
  const perScenarioAlign = ['---', ...(mc !== undefined ? ['---:'] : []), '---:', '---:', '---:', ...(mc !== undefined ? ['---:'] : [])];
  out.push(row([t.function, t.family, ...ids.flatMap((_, i) => perScenario(letter(i))), ...deltaIds.map((_, i) => t.colDelta(letter(i + 1)))]), row(['---', '---', ...ids.flatMap(() => perScenarioAlign), ...deltaIds.map(() => '---:')]));
  for (const f of fnRows) {
    const cells = ids.flatMap((id) => {
      const x = f.by_scenario[id];
      if (!x) return perScenarioAlign.map(() => '–');
      return [
        `${w.status[x.status]}${x.vulnerable ? ` (${t.vulnerableWord})` : ''}`,
        ...(mc !== undefined ? [chanceOf(x, lang)] : []),
        n1(x.supply_fte),
        n1(x.demand_fte),
        n1(x.gap_fte),
        ...(mc !== undefined ? [bands(x.gap_fte_band)] : []),
      ];
    });
    out.push(row([escapeMarkdown(`${f.id} ${f.name}`), escapeMarkdown(f.family), ...cells, ...deltaIds.map((id) => signed(f.delta[id]!.gap_fte))]));
  }
  const hidden = result.functions.length - fnRows.length;
  if (hidden > 0) out.push('', t.hiddenMd(hidden));
  if (fnRows.length > 0) out.push('', t.legend(result.years[result.years.length - 1]!) + (mc !== undefined ? ` ${t.legendMc}` : ''));
  out.push('', `## ${t.perFamily(year)}`, '');
  const famPer = (l: string): string[] => [t.colSupply(l), t.colDemand(l), t.colGap(l), ...(mc !== undefined ? [t.colBand(l)] : [])];
  out.push(row([t.family, ...ids.flatMap((_, i) => famPer(letter(i))), ...deltaIds.map((_, i) => t.colDelta(letter(i + 1)))]), align(1, ids.length * (mc !== undefined ? 4 : 3) + deltaIds.length));
  for (const f of result.families) {
    const cells = ids.flatMap((id) => {
      const x = f.by_scenario[id];
      return x ? [n1(x.supply_fte), n1(x.demand_fte), n1(x.gap_fte), ...(mc !== undefined ? [bands(x.gap_fte_band)] : [])] : famPer('').map(() => '–');
    });
    out.push(row([escapeMarkdown(f.id || t.noFamily), ...cells, ...deltaIds.map((id) => signed(f.delta[id]!.gap_fte))]));
  }
  out.push('');
  if (result.notes.length > 0) out.push(`## ${t.notesTitle}`, '', ...result.notes.map((note) => `- ${compareNote(note, result.noteFacts, lang)}`), '');
  out.push(`<sub>spp ${result.stamp.spp_version} · ${result.stamp.inputs.map((i) => `${i.file} sha256:${i.sha256.slice(0, 12)}`).join(' · ')}${result.stamp.seed !== null && result.stamp.seed !== undefined ? ` · seed ${result.stamp.seed}` : ''}</sub>`, '');
  return out.join('\n');
}

/** Long CSV: per function and family in the year, and the total in every year; one row per scenario. With --runs: P10/P50/P90 and the status's chance after the fixed columns. */
function renderCompareCsv(result: CompareResult, options: CompareRenderOptions): string {
  const ids = result.scenarios;
  const mc = result.monte_carlo !== undefined;
  const bandKeys = ['supply_fte', 'demand_fte', 'gap_fte'] as const;
  // rfc is for scripts (canonical keys and values); excel-nl is for people in Excel: headers, levels,
  // status and yes/no in --lang, as spp project, plan and sensitivity do.
  const human = options.dialect === 'excel-nl';
  const lang = options.lang ?? 'nl';
  const w = WORDS[lang];
  const c = TEXTS[lang].csv;
  const named = { supply_fte: w.supplyFte, demand_fte: w.demandFte, gap_fte: w.gapFte } as const;
  const header = human
    ? [
        c.level, c.id, w.name, w.family, TEXTS[lang].scenario, w.year, w.statusCol, w.vulnerable, w.supplyFte, w.demandFte, w.gapFte, w.replacementFte, w.expansionFte, c.shortage, ...bandKeys.map((k) => c.delta(named[k])),
        ...(mc ? [...bandKeys.flatMap((k) => ['P10', 'P50', 'P90'].map((p) => `${named[k]} ${p}`)), w.statusProbability] : []),
      ]
    : [
        'level', 'id', 'name', 'family', 'scenario', 'year', 'status', 'vulnerable', 'supply_fte', 'demand_fte', 'gap_fte', 'replacement_fte', 'expansion_fte', 'shortage_fte', 'delta_supply_fte', 'delta_demand_fte', 'delta_gap_fte',
        ...(mc ? [...bandKeys.flatMap((k) => [`${k}_p10`, `${k}_p50`, `${k}_p90`]), 'status_probability'] : []),
      ];
  const level = (l: 'function' | 'family' | 'total'): string => (human ? c.levels[l] : l);
  const status = (x: Status | undefined): CsvCell => (x === undefined ? null : human ? w.status[x] : x);
  const vulnerable = (x: boolean | undefined): CsvCell => (x === undefined ? null : human ? (x ? w.yes : w.no) : x);
  const rows: CsvCell[][] = [];
  const delta = (d: CompareDelta | undefined): CsvCell[] => (d ? [d.supply_fte, d.demand_fte, d.gap_fte] : [null, null, null]);
  const bandCells = (x: (CompareFigures & Partial<CompareFunctionCell>) | null | undefined): CsvCell[] => {
    if (!mc) return [];
    const chance = x?.status !== undefined ? (x.status_probability?.[x.status] ?? 0) : null;
    return [...bandKeys.flatMap((k) => {
      const b = x?.[`${k}_band`];
      return b === undefined ? [null, null, null] : [b.p10, b.p50, b.p90];
    }), chance];
  };
  for (const f of result.functions) {
    for (const id of ids) {
      const x = f.by_scenario[id];
      rows.push([level('function'), f.id, f.name, f.family, id, result.year, status(x?.status), vulnerable(x?.vulnerable), x?.supply_fte, x?.demand_fte, x?.gap_fte, x?.replacement_fte, x?.expansion_fte, null, ...delta(f.delta[id]), ...bandCells(x)]);
    }
  }
  for (const f of result.families) {
    for (const id of ids) {
      const x = f.by_scenario[id];
      rows.push([level('family'), f.id, null, f.id, id, result.year, null, null, x?.supply_fte, x?.demand_fte, x?.gap_fte, x?.replacement_fte, x?.expansion_fte, null, ...delta(f.delta[id]), ...bandCells(x)]);
    }
  }
  for (const y of result.totals.years) {
    for (const id of ids) {
      const x = y.by_scenario[id];
      rows.push([level('total'), null, null, null, id, y.year, null, null, x?.supply_fte, x?.demand_fte, x?.gap_fte, x?.replacement_fte, x?.expansion_fte, x?.shortage_fte, ...delta(y.delta[id]), ...bandCells(x)]);
    }
  }
  return renderCsv(header, rows, options.dialect);
}

export const compareRenderers = {
  table: renderCompareTable,
  json: (r: CompareResult) => renderJson(publishedCompare(r)),
  csv: renderCompareCsv,
  md: renderCompareMarkdown,
} satisfies Record<CompareFormat, (r: CompareResult, o: CompareRenderOptions) => string>;

