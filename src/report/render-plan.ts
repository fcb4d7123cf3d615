import type { PlanResult, PlanYear } from '../domain/plan.js';
import { formatNumber } from '../domain/round.js';
import { renderCsv, type CsvDialect } from './csv.js';
import { renderJson } from './render-projection.js';
import { painter, renderTable, wrapText } from './table.js';
import { escapeMarkdown } from './markdown.js';

export type PlanFormat = 'table' | 'json' | 'csv' | 'md';
export interface PlanRenderOptions {
  color: boolean;
  dialect: CsvDialect;
}

const euro = (v: number): string => `€ ${formatNumber(v, 0)}`;
const fte = (v: number): string => (Math.abs(v) < 0.05 ? '–' : formatNumber(v, 1));

/** Cost of a year's row: its decisions (paid the year before) and its overstaffing, reduced hours and unmet demand. */
function rowCost(result: PlanResult, k: number): number {
  const before = result.costs.by_year[k - 1];
  const now = result.costs.by_year[k];
  if (k === 0 || before === undefined || now === undefined) return 0;
  return before.hiring + before.reskilling + before.redundancy + now.overstaffing + now.reduced_hours + now.shortage;
}

/** The year-by-year summary rows (totals over functions); the start year is the snapshot. */
function yearRows(result: PlanResult): string[][] {
  return result.totals.years.map((y, k) => {
    const cost = rowCost(result, k);
    return [
      String(y.year),
      formatNumber(y.fte, 1),
      formatNumber(y.demand_fte, 1),
      k === 0 ? '' : fte(y.hired_fte),
      k === 0 ? '' : fte(y.moved_in_fte),
      k === 0 ? '' : fte(y.redundant_fte),
      k === 0 ? '' : fte(y.overstaffing_fte),
      k === 0 ? '' : fte(y.shortage_fte),
      k === 0 ? '' : euro(cost),
    ];
  });
}

const YEAR_COLUMNS = [
  { header: 'Year', width: 4 },
  { header: 'FTE', width: 7, align: 'right' as const },
  { header: 'Demand', width: 7, align: 'right' as const },
  { header: 'Hire', width: 5, align: 'right' as const },
  { header: 'Reskill', width: 7, align: 'right' as const },
  { header: 'Outside', width: 7, align: 'right' as const },
  { header: 'Over', width: 5, align: 'right' as const },
  { header: 'Short', width: 5, align: 'right' as const },
  { header: 'Cost', width: 12, align: 'right' as const },
];

/** Pathway flows summed over the years: from, to, total FTE, first year, cost. */
function pathwaySummary(result: PlanResult): { from: string; to: string; fte: number; first_year: number; last_year: number; cost: number; hours: number }[] {
  const map = new Map<string, { from: string; to: string; fte: number; first_year: number; last_year: number; cost: number; hours: number }>();
  for (const p of result.pathways) {
    const key = `${p.from}\u0000${p.to}`;
    const row = map.get(key) ?? { from: p.from, to: p.to, fte: 0, first_year: p.year, last_year: p.year, cost: 0, hours: p.hours_per_person };
    row.fte += p.fte;
    row.cost += p.cost;
    row.first_year = Math.min(row.first_year, p.year);
    row.last_year = Math.max(row.last_year, p.year);
    map.set(key, row);
  }
  return [...map.values()];
}

/** Per function: the decisions over the whole horizon (only functions with any). */
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
function shortfallGroups(result: PlanResult): { id: string; years: string; range: string; cause: string }[] {
  const by = new Map<string, PlanResult['shortfalls']>();
  for (const s of result.shortfalls) by.set(s.function, [...(by.get(s.function) ?? []), s]);
  return [...by.entries()].map(([id, list]) => {
    const first = list[0]!.year;
    const last = list.at(-1)!.year;
    const lo = Math.min(...list.map((s) => s.shortage_fte));
    const hi = Math.max(...list.map((s) => s.shortage_fte));
    const worst = list.reduce((a, b) => (b.shortage_fte > a.shortage_fte ? b : a));
    return {
      id,
      years: first === last ? String(first) : `${first}–${last}`,
      range: formatNumber(lo, 1) === formatNumber(hi, 1) ? formatNumber(hi, 1) : `${formatNumber(lo, 1)}–${formatNumber(hi, 1)}`,
      cause: worst.cause,
    };
  });
}

function shortNote(fteYears: number): string {
  return fteYears >= 0.05 ? ` (${formatNumber(fteYears, 0)} FTE-yr short)` : '';
}

function objectiveText(result: PlanResult): string {
  return result.objective === 'cost' ? 'least unmet demand, then least cost' : 'least unmet demand, then fewest placed outside, then least cost';
}

/** Terminal view: year by year, pathways, decisions per function, costs, business case, binding limits. */
export function renderPlanTable(result: PlanResult, options: PlanRenderOptions): string {
  const c = painter(options.color);
  const names = new Map(result.functions.map((f) => [f.id, f.name]));
  const label = (id: string) => `${id} ${names.get(id) ?? ''}`.trim();
  const out: string[] = [
    c.bold(`Action plan: ${result.scenario.title ?? result.scenario.id} (${result.scenario.id}), ${result.years[0]}–${result.years.at(-1)}`),
    wrapText(`Objective: ${objectiveText(result)}. A year's row is the state on 1 January and the decisions that took effect that day (made the year before); Reskill = FTE moved over pathways, Outside = placed outside (van-werk-naar-werk), Over = overstaffing, Short = unmet demand; Cost = that row's decisions and carrying costs.`, 80, ''),
    '',
    renderTable(YEAR_COLUMNS, yearRows(result), options).trimEnd(),
  ];
  const paths = pathwaySummary(result);
  out.push('', c.bold('Reskilling and redeployment (pathways)'));
  if (paths.length === 0) out.push('No pathway is used: hiring and placement are cheaper, or no viable, desirable and safe pathway exists (spp pathways F shows why).');
  else {
    out.push(
      renderTable(
        [
          { header: 'From', width: 23 },
          { header: 'To', width: 23 },
          { header: 'FTE', width: 5, align: 'right' },
          { header: 'Years', width: 9 },
          { header: 'Cost', width: 10, align: 'right' },
        ],
        paths.map((p) => [label(p.from), label(p.to), formatNumber(p.fte, 1), p.first_year === p.last_year ? String(p.first_year) : `${p.first_year}–${p.last_year}`, euro(p.cost)]),
        options,
      ).trimEnd(),
    );
  }
  const rows = functionRows(result);
  if (rows.length > 0) {
    out.push('', c.bold('Decisions per function, whole horizon (FTE; Over/Short: FTE-years)'));
    out.push(
      renderTable(
        [
          { header: 'Function', width: 28 },
          { header: 'Hire', width: 5, align: 'right' },
          { header: 'In', width: 5, align: 'right' },
          { header: 'Out', width: 5, align: 'right' },
          { header: 'Outside', width: 7, align: 'right' },
          { header: 'Over', width: 5, align: 'right' },
          { header: 'Short', width: 5, align: 'right' },
        ],
        rows.map((r) => [label(r.id), fte(r.hired), fte(r.in), fte(r.out), fte(r.outside), fte(r.over), fte(r.short)]),
        options,
      ).trimEnd(),
    );
  }
  const k = result.costs.by_kind;
  const a = result.alternatives;
  out.push(
    '',
    c.bold('Cost and business case'),
    `  Hiring               ${euro(k.hiring).padStart(14)}`,
    `  Reskilling           ${euro(k.reskilling).padStart(14)}`,
    `  Placement outside    ${euro(k.redundancy).padStart(14)}`,
    `  Overstaffing         ${euro(k.overstaffing).padStart(14)}`,
    ...(k.reduced_hours > 0 ? [`  Reduced hours        ${euro(k.reduced_hours).padStart(14)}`] : []),
    ...(k.shortage > 0 ? [`  Unmet demand         ${euro(k.shortage).padStart(14)}`] : []),
    `  Plan total           ${euro(result.costs.total).padStart(14)}`,
    `  Without pathways     ${euro(a.no_pathways.total).padStart(14)}  plan saves ${euro(a.no_pathways.saving)}${shortNote(a.no_pathways.shortage_fte_years)}`,
    `  No plan              ${euro(a.no_plan.total).padStart(14)}  plan saves ${euro(a.no_plan.saving)}`,
    c.dim(wrapText('  No plan: each year, every shortage hired and every surplus placed outside, limits ignored. Without pathways: the same plan with no reskilling or redeployment.', 80, '  ')),
  );
  const groups = shortfallGroups(result);
  if (groups.length > 0) {
    out.push('', c.bold('Demand that cannot be met (FTE short per year; --format json has every year)'));
    for (const g of groups.slice(0, 12)) out.push(wrapText(`  ${label(g.id)} ${g.years}: ${g.range} FTE; ${g.cause}`, 80, '    '));
    if (groups.length > 12) out.push(`  … and ${groups.length - 12} more functions`);
  }
  if (result.binding.length > 0) {
    out.push('', c.bold('What constrains the plan'));
    // Keep "€ 3,400" on one line: wrap with a placeholder for the space after the euro sign.
    for (const b of result.binding.slice(0, 10)) out.push(wrapText(`  ${b.text.replaceAll('€ ', '€\u0000')}`, 80, '    ').replaceAll('€\u0000', '€ '));
    if (result.binding.length > 10) out.push(`  … and ${result.binding.length - 10} more (see --format json)`);
  }
  for (const note of result.notes) out.push(c.dim(wrapText(`Note: ${note}`, 80, '  ')));
  return `${out.join('\n')}\n`;
}

/** CSV: one row per function and year with every decision (the keys of spp.plan/1). */
export function renderPlanCsv(result: PlanResult, options: PlanRenderOptions): string {
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
  const rows = result.functions.flatMap((f) => f.years.map((y) => [f.id, f.name, y.year, ...keys.map((key) => y[key])]));
  return renderCsv(['function', 'name', 'year', ...keys], rows, options.dialect);
}

/** Markdown, for a memo to the directieteam. */
function renderPlanMarkdown(result: PlanResult): string {
  const names = new Map(result.functions.map((f) => [f.id, f.name]));
  // Names come from the data: escaped, so a name can never become markup (report/markdown.ts).
  const label = (id: string) => escapeMarkdown(`${id} ${names.get(id) ?? ''}`.trim());
  const out = [`# Action plan: ${escapeMarkdown(result.scenario.title ?? result.scenario.id)}`, '', `Objective: ${objectiveText(result)}.`, ''];
  out.push(`| ${YEAR_COLUMNS.map((c) => c.header).join(' | ')} |`, `| --- | ${YEAR_COLUMNS.slice(1).map(() => '---:').join(' | ')} |`);
  for (const r of yearRows(result)) out.push(`| ${r.join(' | ')} |`);
  out.push('', '## Pathways', '');
  const paths = pathwaySummary(result);
  if (paths.length === 0) out.push('No pathway is used.');
  else {
    out.push('| From | To | FTE | Years | Cost |', '| --- | --- | ---: | --- | ---: |');
    for (const p of paths) out.push(`| ${label(p.from)} | ${label(p.to)} | ${formatNumber(p.fte, 1)} | ${p.first_year === p.last_year ? p.first_year : `${p.first_year}–${p.last_year}`} | ${euro(p.cost)} |`);
  }
  const k = result.costs.by_kind;
  const a = result.alternatives;
  out.push('', '## Cost and business case', '', '| | Cost |', '| --- | ---: |');
  out.push(
    `| Hiring | ${euro(k.hiring)} |`,
    `| Reskilling | ${euro(k.reskilling)} |`,
    `| Placement outside | ${euro(k.redundancy)} |`,
    `| Overstaffing | ${euro(k.overstaffing)} |`,
    `| Reduced hours | ${euro(k.reduced_hours)} |`,
    `| Unmet demand | ${euro(k.shortage)} |`,
    `| **Plan total** | **${euro(result.costs.total)}** |`,
    `| Without pathways | ${euro(a.no_pathways.total)} |`,
    `| No plan | ${euro(a.no_plan.total)} |`,
  );
  if (result.shortfalls.length > 0) {
    out.push('', '## Demand that cannot be met', '');
    for (const s of result.shortfalls) out.push(`- ${label(s.function)} ${s.year}: ${formatNumber(s.shortage_fte, 1)} FTE short; ${s.cause}`);
  }
  if (result.binding.length > 0) {
    out.push('', '## What constrains the plan', '');
    for (const b of result.binding) out.push(`- ${b.text}`);
  }
  out.push('');
  for (const note of result.notes) out.push(`- ${note}`);
  return `${out.join('\n')}\n`;
}

export const planRenderers = {
  table: renderPlanTable,
  json: (r: PlanResult) => renderJson(r),
  csv: renderPlanCsv,
  md: (r: PlanResult) => renderPlanMarkdown(r),
} satisfies Record<PlanFormat, (r: PlanResult, o: PlanRenderOptions) => string>;
