import { fteMean, leftFte, PLAN_COST_KINDS, planUnmetFteYears, publishedPlan, reducedHoursFte, reducedHoursWholePersons, routeKey, type PlanResult, type PlanYear } from '../domain/plan.js';
import { formatMoney, formatNumber } from '../domain/round.js';
import { renderCsv, type CsvDialect } from './csv.js';
import { renderJson } from './render-projection.js';
import { fitTable, painter, terminalSafe, wrapText } from './table.js';
import { escapeMarkdown } from './markdown.js';
import type { Lang } from './labels.js';
import { bindingSentence, planNote, shortfallCause } from './plan-sentences.js';
import { functionLabel, isWithheldLabel, planFunctionName, shownFunctionId } from './result-notes.js';
import { PLAN_WORDS, type PlanWords } from './plan-words.js';
import { yearRuns } from './words.js';
import { reducedHoursPersonsText } from './reduced-hours-words.js';

export type PlanFormat = 'table' | 'json' | 'csv' | 'md';
export interface PlanRenderOptions {
  color: boolean;
  dialect: CsvDialect;
  /** Language of table and md (default nl). */
  lang?: Lang;
  /** Terminal width in columns (default 80). */
  width?: number;
}

const euro = (v: number, lang: Lang): string => formatMoney(v, lang);
const fte = (v: number, lang: Lang): string => (Math.abs(v) < 0.05 ? '–' : formatNumber(v, 1, lang));


/**
 * The cost per year by the year it is paid (SPEC §3.3, as `costs.by_year`): a decision in the year it
 * is made, the year before the 1 January it takes effect; overstaffing, reduced hours and unmet demand
 * in their own year. Not the year table's rows (the state on 1 January): a budget filled from those
 * would shift every hire a year (found by a consultant probe). Columns: the kinds with any cost (the
 * terminal, where width counts), or the memo's kinds (`memoCostKinds`), then the total; the last row
 * is the plan's total.
 */
function planCostYearTable(result: PlanResult, lang: Lang, memo = false): { header: string[]; rows: string[][] } {
  const w = PLAN_WORDS[lang];
  const kinds = memo ? memoCostKinds(result) : PLAN_COST_KINDS.filter((kind) => Math.abs(result.costs.by_kind[kind]) >= 0.5);
  return {
    header: [w.paidIn, ...kinds.map((kind) => w.kindsShort[kind]), w.planTotal],
    rows: [
      ...result.costs.by_year.map((y) => [String(y.year), ...kinds.map((kind) => euro(y[kind], lang)), euro(y.total, lang)]),
      [w.planTotal, ...kinds.map((kind) => euro(result.costs.by_kind[kind], lang)), euro(result.costs.total, lang)],
    ],
  };
}

/**
 * The cost kinds of the Markdown memo: the four levers every plan weighs (hiring, pathways, placement
 * outside, overstaffing) always, a € 0 among them being an answer ("no one placed outside"); reduced
 * hours and unmet demand only when they cost anything, as the terminal's business case says them. A
 * column "Min.uren € 0" in every year of a scenario without a plan.reduced_hours rule named a lever it
 * does not have (the workbook and the report leave it out too).
 */
function memoCostKinds(result: PlanResult): (typeof PLAN_COST_KINDS)[number][] {
  return PLAN_COST_KINDS.filter((kind) => (kind !== 'reduced_hours' && kind !== 'shortage') || Math.abs(result.costs.by_kind[kind]) >= 0.5);
}

/**
 * Whether the whole euros of the cost tables fail to add up to a total they show (each amount is
 * rounded on its own): the kinds to the plan's total, the years to it, a year's kinds to the year.
 * A controller adding up "€ 3.000.359 + € 3.006 + € 4.543 + € 1.540" got € 3.009.448 beside a
 * total of € 3.009.447 (consultant probe): then a line says why.
 */
function costsRoundApart(result: PlanResult): boolean {
  const r = (v: number): number => Math.round(v);
  const sum = (values: readonly number[]): number => values.reduce((a, v) => a + r(v), 0);
  const costs = result.costs;
  if (sum(PLAN_COST_KINDS.map((k) => costs.by_kind[k])) !== r(costs.total)) return true;
  if (sum(costs.by_year.map((y) => y.total)) !== r(costs.total)) return true;
  return costs.by_year.some((y) => sum(PLAN_COST_KINDS.map((k) => y[k])) !== r(y.total)) || PLAN_COST_KINDS.some((k) => sum(costs.by_year.map((y) => y[k])) !== r(costs.by_kind[k]));
}

/**
 * The FTE people work less on reduced hours, per decision year with any: what the year table has no
 * column for (it is as wide as 80 columns allow), so that Fte − Boven + Onvervuld = Vraag + this adds
 * up. From the totals' balance (the JSON's keys are SPEC §4's: persons, not FTE). Then the persons,
 * whole and rounded up ("ongeveer 6 personen"): the plan's count is continuous. Null when none.
 */
function reducedHoursLine(result: PlanResult, lang: Lang): string | null {
  const years = result.totals.years.slice(1).map((y) => ({ year: y.year, fte: reducedHoursFte(y) }));
  const shown = years.filter((y) => y.fte >= 0.05);
  // The persons of the years whose FTE is shown: a solver's 0,01 person would read "1 persoon" beside no FTE.
  const persons = reducedHoursPersonsText(reducedHoursWholePersons(result.functions).filter((y) => shown.some((s) => s.year === y.year)), lang);
  if (shown.length === 0 || persons === null) return null;
  return PLAN_WORDS[lang].reducedHours(shown.map((y) => `${y.year} ${formatNumber(y.fte, 1, lang)}`).join('; '), persons);
}

/** The year-by-year summary rows (totals over functions); the start year is the snapshot. */
function yearRows(result: PlanResult, lang: Lang): string[][] {
  return result.totals.years.map((y, k) => {
    return [
      String(y.year),
      formatNumber(y.fte, 1, lang),
      formatNumber(y.demand_fte, 1, lang),
      k === 0 ? '' : fte(y.hired_fte, lang),
      // Organisation-wide, pathway moves and the scenario's transitions cancel out, and what movers lose
      // in their first year is newcomer loss: Fte = last year's Fte + Werven − Vertrek − Buiten.
      k === 0 ? '' : fte(leftFte(y), lang),
      k === 0 ? '' : fte(y.moved_in_fte, lang),
      k === 0 ? '' : fte(y.redundant_fte, lang),
      // The snapshot has no decisions, but its gap is shown: overstaffing and shortage as they are today.
      fte(y.overstaffing_fte, lang),
      fte(y.shortage_fte, lang),
    ];
  });
}

function yearColumns(w: PlanWords): { header: string; width: number; align?: 'right' }[] {
  return [
    { header: w.year, width: 4 },
    { header: w.fte, width: 7, align: 'right' },
    { header: w.demand, width: 7, align: 'right' },
    { header: w.hire, width: 6, align: 'right' },
    { header: w.left, width: 7, align: 'right' },
    { header: w.moves, width: 7, align: 'right' },
    { header: w.outside, width: 7, align: 'right' },
    { header: w.over, width: 5, align: 'right' },
    { header: w.short, width: 6, align: 'right' },
  ];
}

/** Pathway flows summed over the years: from, to, total FTE, first year, cost. */
function pathwaySummary(result: PlanResult): { from: string; to: string; fte: number; years: number[]; cost: number; hours: number }[] {
  const map = new Map<string, { from: string; to: string; fte: number; years: number[]; cost: number; hours: number }>();
  for (const p of result.pathways) {
    // A training and a redeployment between the same ends (the withheld functions together) stay apart.
    const key = routeKey(p);
    const row = map.get(key) ?? { from: p.from, to: p.to, fte: 0, years: [], cost: 0, hours: p.hours_per_person };
    row.hours = fteMean(row.hours, row.fte, p.hours_per_person, p.fte);
    row.fte += p.fte;
    row.cost += p.cost;
    row.years.push(p.year);
    map.set(key, row);
  }
  return [...map.values()];
}

/** Per function: the decisions over the decision years, the start year's snapshot left out (only functions with any). */
function functionRows(result: PlanResult): { id: string; name: string; hired: number; in: number; out: number; outside: number; over: number; short: number }[] {
  const sum = (ys: PlanYear[], key: keyof PlanYear) => ys.slice(1).reduce((s, y) => s + y[key], 0);
  return result.functions
    .map((f) => ({
      id: f.id,
      name: f.name,
      hired: sum(f.years, 'hired_fte'),
      in: sum(f.years, 'moved_in_fte'),
      out: sum(f.years, 'moved_out_fte'),
      outside: sum(f.years, 'redundant_fte'),
      over: sum(f.years, 'overstaffing_fte'),
      short: sum(f.years, 'shortage_fte'),
    }))
    .filter((r) => r.hired + r.in + r.out + r.outside + r.over + r.short >= 0.05);
}

/** Shortfalls per function: the years, the range of FTE short, and the cause of the largest. */
function shortfallGroups(result: PlanResult, lang: Lang): { id: string; years: string; range: string; cause: string }[] {
  const by = new Map<string, PlanResult['shortfalls']>();
  // A shortfall that rounds to 0,0 FTE says nothing to a reader (the JSON keeps it).
  for (const s of result.shortfalls) if (s.shortage_fte >= 0.05) by.set(s.function, [...(by.get(s.function) ?? []), s]);
  const n1 = (v: number): string => formatNumber(v, 1, lang);
  return [...by.entries()].map(([id, list]) => {
    const lo = Math.min(...list.map((s) => s.shortage_fte));
    const hi = Math.max(...list.map((s) => s.shortage_fte));
    const worst = list.reduce((a, b) => (b.shortage_fte > a.shortage_fte ? b : a));
    return {
      id,
      years: yearRuns(list.map((s) => s.year)),
      range: n1(lo) === n1(hi) ? n1(hi) : `${n1(lo)}–${n1(hi)}`,
      cause: shortfallCause(worst, lang),
    };
  });
}

/**
 * The demand the plan and each alternative leave unmet (FTE-years after the start), when any does:
 * "Geen plan" hires without limits and meets all of it, so a plan under a hiring freeze can be cheaper
 * than no plan only because it leaves work undone (found by an HR-adviser review of krimp-vacaturestop:
 * "plan bespaart € 2.558.140" beside 440 FTE-years unmet). The report's cost comparison says the same;
 * the plan workbook's Kosten sheet has it under its note.
 */
export function unmetLine(result: PlanResult, lang: Lang): string | null {
  return unmetSentence(planUnmetFteYears(result), result.alternatives, result.costs.by_kind.shortage === 0, lang);
}

/**
 * unmetLine's sentence from its parts: the plan's unmet demand (FTE-years after the start), its two
 * alternatives, and whether unmet demand is free in the comparison. Also spp reskill's, whose result
 * carries the same alternatives, so both commands say it in the same words.
 */
export function unmetSentence(planUnmet: number, alternatives: PlanResult['alternatives'], free: boolean, lang: Lang): string | null {
  const w = PLAN_WORDS[lang];
  const a = alternatives;
  if (Math.max(planUnmet, a.no_pathways?.shortage_fte_years ?? 0, a.no_plan.shortage_fte_years) < 0.05) return null;
  const fte = (v: number): string => formatNumber(v, 1, lang);
  return w.unmet(fte(planUnmet), a.no_pathways === null ? null : fte(a.no_pathways.shortage_fte_years), fte(a.no_plan.shortage_fte_years), free);
}

/**
 * The caveat beside a saving against an alternative that meets more of the demand: "maar laat 91,6
 * fte-jaar meer vraag onvervuld" (nl) / "but leaves 91.6 FTE-years more demand unmet". Null when the
 * plan costs more than the alternative or leaves no more unmet (by 0,05 FTE-years). "Geen plan" hires
 * without limits and meets all demand, so under a hiring freeze "plan bespaart € 819.380" was said
 * beside 91,6 FTE-years the plan leaves undone (a consultant probe; the report already said it).
 */
export function unmetCaveatFte(planUnmet: number, alternative: { saving: number; shortage_fte_years: number } | null): number | null {
  if (alternative === null || alternative.saving < 0) return null;
  const more = planUnmet - alternative.shortage_fte_years;
  return more >= 0.05 ? more : null;
}

/** What the plan saves against an alternative ("plan bespaart € 819.380"), or costs more, with the unmet-demand caveat: table and Markdown alike. */
function savingText(result: PlanResult, alt: { saving: number; shortage_fte_years: number }, lang: Lang): string {
  const w = PLAN_WORDS[lang];
  const more = unmetCaveatFte(planUnmetFteYears(result), alt);
  // The saving is a difference of whole-euro totals: 0 is the same cost, not "plan bespaart € 0".
  return (Math.round(alt.saving) === 0 ? w.sameCost : alt.saving < 0 ? w.costsMore(euro(-alt.saving, lang)) : w.saves(euro(alt.saving, lang))) + (more === null ? '' : `, ${w.unmetCaveat(formatNumber(more, 1, lang))}`);
}

/** The plan with each function's name as the reader should see it (the merged privacy row in their language). */
export function withLocalNames(result: PlanResult, lang: Lang): PlanResult {
  return { ...result, functions: result.functions.map((f) => ({ ...f, name: planFunctionName(f, lang) })) };
}

/** Terminal view: year by year, pathways, decisions per function, costs, business case, binding limits. */
export function renderPlanTable(plan: PlanResult, options: PlanRenderOptions): string {
  const lang = options.lang ?? 'nl';
  const result = terminalSafe(withLocalNames(plan, lang));
  const w = PLAN_WORDS[lang];
  const c = painter(options.color);
  const width = Math.max(40, options.width ?? 80);
  const fit = { color: options.color, width, codes: new Set(result.functions.map((f) => f.id)) };
  const names = new Map(result.functions.map((f) => [f.id, f.name]));
  const label = (id: string) => functionLabel(id, names.get(id), lang);
  const out: string[] = [
    c.bold(wrapText(w.title(result.scenario.title ?? result.scenario.id, result.scenario.id, result.years[0]!, result.years.at(-1)!), width, '')),
    wrapText(`${w.objectiveLabel}: ${w.objective[result.objective]}. ${w.intro}`, width, ''),
    '',
    fitTable(yearColumns(w), yearRows(result, lang), fit).trimEnd(),
  ];
  const reduced = reducedHoursLine(result, lang);
  if (reduced !== null) out.push(c.dim(wrapText(reduced, width, '')));
  const paths = pathwaySummary(result);
  out.push('', c.bold(wrapText(w.pathwaysTitle, width, '')));
  if (paths.length === 0) out.push(wrapText(w.noPathway, width, ''));
  else {
    out.push(
      fitTable(
        [
          { header: w.from, width: 23, flex: true, min: 12, wrap: isWithheldLabel },
          { header: w.to, width: 23, flex: true, min: 12, wrap: isWithheldLabel },
          { header: w.fte, width: 5, align: 'right' },
          { header: w.years, width: 9 },
          { header: w.cost, width: 10, align: 'right' },
        ],
        paths.map((p) => [label(p.from), label(p.to), formatNumber(p.fte, 1, lang), yearRuns(p.years), euro(p.cost, lang)]),
        fit,
      ).trimEnd(),
    );
  }
  const rows = functionRows(result);
  if (rows.length > 0) {
    out.push('', c.bold(wrapText(w.decisionsTitle(result.years[1] ?? result.years[0]!, result.years.at(-1)!), width, '')));
    out.push(
      fitTable(
        [
          { header: w.function, width: 28, flex: true, min: 12, wrap: isWithheldLabel },
          { header: w.hire, width: 6, align: 'right' },
          { header: w.movedIn, width: 5, align: 'right' },
          { header: w.movedOut, width: 5, align: 'right' },
          { header: w.outside, width: 7, align: 'right' },
          { header: w.over, width: 5, align: 'right' },
          { header: w.short, width: 6, align: 'right' },
        ],
        rows.map((r) => [label(r.id), fte(r.hired, lang), fte(r.in, lang), fte(r.out, lang), fte(r.outside, lang), fte(r.over, lang), fte(r.short, lang)]),
        fit,
      ).trimEnd(),
    );
  }
  const k = result.costs.by_kind;
  const a = result.alternatives;
  // A negative saving is said as such: the alternative is cheaper (it ignores the plan's limits or rules).
  const saving = (alt: { saving: number; shortage_fte_years: number }): string => savingText(result, alt, lang);
  const line = (name: string, value: number | null, after = ''): string => {
    // No amount (no plan without pathways meets the limits): a dash in the column, the words beside it.
    const amount = `  ${name.padEnd(20)} ${(value === null ? '—' : euro(value, lang)).padStart(14)}`;
    // What the plan saves goes on its own line when the two do not fit the terminal.
    return [...`${amount}${after}`].length <= width ? `${amount}${after}` : `${amount}\n${wrapText(`    ${after.trim()}`, width, '    ')}`;
  };
  const perYear = planCostYearTable(result, lang);
  out.push(
    '',
    c.bold(wrapText(w.costPerYearTitle, width, '')),
    fitTable(
      perYear.header.map((header, i) => (i === 0 ? { header, width: 4 } : { header, width: 8, align: 'right' as const })),
      perYear.rows,
      fit,
    ).trimEnd(),
    c.dim(wrapText(w.costPerYearNote, width, '')),
    ...(costsRoundApart(result) ? [c.dim(wrapText(w.costRoundingNote, width, ''))] : []),
  );
  out.push(
    '',
    c.bold(wrapText(w.costTitle, width, '')),
    line(w.kinds.hiring, k.hiring),
    line(w.kinds.reskilling, k.reskilling),
    line(w.kinds.redundancy, k.redundancy),
    line(w.kinds.overstaffing, k.overstaffing),
    ...(k.reduced_hours > 0 ? [line(w.kinds.reduced_hours, k.reduced_hours)] : []),
    ...(k.shortage > 0 ? [line(w.kinds.shortage, k.shortage)] : []),
    line(w.planTotal, result.costs.total),
    a.no_pathways === null ? line(w.withoutPathways, null, `  ${w.impossible}`) : line(w.withoutPathways, a.no_pathways.total, `  ${saving(a.no_pathways)}`),
    line(w.noPlan, a.no_plan.total, `  ${saving(a.no_plan)}`),
    c.dim(wrapText(`  ${w.alternativesNote}`, width, '  ')),
  );
  const unmet = unmetLine(result, lang);
  if (unmet !== null) out.push(c.dim(wrapText(`  ${unmet}`, width, '  ')));
  const groups = shortfallGroups(result, lang);
  if (groups.length > 0) {
    out.push('', c.bold(wrapText(w.shortfallTitle, width, '')));
    for (const g of groups.slice(0, 12)) out.push(wrapText(`  ${label(g.id)} ${g.years}: ${w.shortfallLine(g.range, g.cause)}`, width, '    '));
    if (groups.length > 12) out.push(`  ${w.moreFunctions(groups.length - 12)}`);
  }
  if (result.binding.length > 0) {
    out.push('', c.bold(wrapText(w.bindingTitle, width, '')));
    // Keep "€ 3.400" on one line: wrap with a placeholder for the space after the euro sign (Dutch; English has none).
    for (const b of result.binding.slice(0, 10)) out.push(wrapText(`  ${bindingSentence(b, lang, label).replaceAll('€ ', '€\u0000')}`, width, '    ').replaceAll('€\u0000', '€ '));
    if (result.binding.length > 10) out.push(`  ${w.moreBinding(result.binding.length - 10)}`);
  }
  for (const note of result.notes) out.push(c.dim(wrapText(`${w.note}: ${planNote(note, result.noteFacts, lang)}`, width, '  ')));
  return `${out.join('\n')}\n`;
}

/**
 * CSV: one row per function and year with every decision. rfc (for scripts): the keys of spp.plan/1.
 * excel-nl (for people in Excel): headers, the merged privacy row's id and name in --lang.
 */
export function renderPlanCsv(plan: PlanResult, options: PlanRenderOptions): string {
  const lang = options.lang ?? 'nl';
  const human = options.dialect === 'excel-nl';
  const result = human ? withLocalNames(plan, lang) : plan;
  const keys = [
    'fte',
    'demand_fte',
    'hired_fte',
    'moved_in_fte',
    'moved_out_fte',
    'redundant_fte',
    'reduced_hours_persons',
    'overstaffing_fte',
    'shortage_fte',
    'newcomer_loss_fte',
    'natural_outflow_fte',
    'natural_moved_in_fte',
    'natural_moved_out_fte',
  ] as const;
  const rows = result.functions.flatMap((f) => f.years.map((y) => [human ? shownFunctionId(f.id, lang) : f.id, f.name, y.year, ...keys.map((key) => y[key])]));
  const header = (['function', 'name', 'year', ...keys] as const).map((key) => (human ? PLAN_WORDS[lang].csv[key] : key));
  return renderCsv(header, rows, options.dialect);
}

/** Markdown, for a memo to the directieteam. */
function renderPlanMarkdown(plan: PlanResult, lang: Lang): string {
  const result = withLocalNames(plan, lang);
  const w = PLAN_WORDS[lang];
  const names = new Map(result.functions.map((f) => [f.id, f.name]));
  // Names come from the data: escaped, so a name can never become markup (report/markdown.ts).
  const label = (id: string) => escapeMarkdown(functionLabel(id, names.get(id), lang));
  const columns = yearColumns(w);
  const out = [`# ${escapeMarkdown(w.title(result.scenario.title ?? result.scenario.id, result.scenario.id, result.years[0]!, result.years.at(-1)!))}`, '', `${w.objectiveLabel}: ${w.objective[result.objective]}.`, '', escapeMarkdown(w.intro), ''];
  out.push(`| ${columns.map((c) => c.header).join(' | ')} |`, `| --- | ${columns.slice(1).map(() => '---:').join(' | ')} |`);
  for (const r of yearRows(result, lang)) out.push(`| ${r.join(' | ')} |`);
  const reduced = reducedHoursLine(result, lang);
  if (reduced !== null) out.push('', escapeMarkdown(reduced));
  out.push('', `## ${w.pathwaysTitle}`, '');
  const paths = pathwaySummary(result);
  if (paths.length === 0) out.push(w.noPathwayShort);
  else {
    out.push(`| ${w.from} | ${w.to} | ${w.fte} | ${w.years} | ${w.cost} |`, '| --- | --- | ---: | --- | ---: |');
    for (const p of paths) out.push(`| ${label(p.from)} | ${label(p.to)} | ${formatNumber(p.fte, 1, lang)} | ${yearRuns(p.years)} | ${euro(p.cost, lang)} |`);
  }
  const perYear = planCostYearTable(result, lang, true);
  out.push('', `## ${w.costPerYearTitle}`, '', `| ${perYear.header.join(' | ')} |`, `| --- | ${perYear.header.slice(1).map(() => '---:').join(' | ')} |`);
  for (const r of perYear.rows) out.push(`| ${r.join(' | ')} |`);
  out.push('', escapeMarkdown(w.costPerYearNote));
  if (costsRoundApart(result)) out.push('', escapeMarkdown(w.costRoundingNote));
  const k = result.costs.by_kind;
  const a = result.alternatives;
  // What the plan saves against each alternative, as the terminal says it (with the unmet-demand caveat).
  const saving = (alt: { saving: number; shortage_fte_years: number }): string => savingText(result, alt, lang);
  out.push('', `## ${w.costTitle}`, '', `| | ${w.cost} | |`, '| --- | ---: | --- |');
  out.push(
    ...memoCostKinds(result).map((kind) => `| ${w.kinds[kind]} | ${euro(k[kind], lang)} | |`),
    `| **${w.planTotal}** | **${euro(result.costs.total, lang)}** | |`,
    `| ${w.withoutPathways} | ${a.no_pathways === null ? w.impossible : euro(a.no_pathways.total, lang)} | ${a.no_pathways === null ? '' : saving(a.no_pathways)} |`,
    `| ${w.noPlan} | ${euro(a.no_plan.total, lang)} | ${saving(a.no_plan)} |`,
  );
  const unmet = unmetLine(result, lang);
  if (unmet !== null) out.push('', escapeMarkdown(unmet));
  // A memo: one line per function (its years, the range of FTE short, the cause of the largest) and the
  // ten limits that bind most, as the terminal gives them; every year and limit is in --format json.
  const groups = shortfallGroups(result, lang);
  if (groups.length > 0) {
    out.push('', `## ${escapeMarkdown(w.shortfallTitle.replace(/ \(.*$/, ''))}`, '');
    for (const g of groups) out.push(`- ${label(g.id)} ${g.years}: ${escapeMarkdown(w.shortfallLine(g.range, g.cause))}`);
  }
  if (result.binding.length > 0) {
    out.push('', `## ${w.bindingTitle}`, '');
    for (const b of result.binding.slice(0, 10)) out.push(`- ${escapeMarkdown(bindingSentence(b, lang, (id) => functionLabel(id, names.get(id), lang)))}`);
    if (result.binding.length > 10) out.push(`- ${escapeMarkdown(w.moreBinding(result.binding.length - 10))}`);
  }
  if (result.notes.length > 0) {
    out.push('', `## ${w.notesTitle}`, '');
    for (const note of result.notes) out.push(`- ${escapeMarkdown(planNote(note, result.noteFacts, lang))}`);
  }
  return `${out.join('\n')}\n`;
}

export const planRenderers = {
  table: renderPlanTable,
  json: (r: PlanResult) => renderJson(publishedPlan(r)),
  csv: renderPlanCsv,
  md: (r: PlanResult, o: PlanRenderOptions) => renderPlanMarkdown(r, o.lang ?? 'nl'),
} satisfies Record<PlanFormat, (r: PlanResult, o: PlanRenderOptions) => string>;
