import type { ProjectResult } from '../domain/results.js';
import type { YearRow } from '../domain/projection.js';
import { renderCsv, type CsvDialect, type CsvCell } from './csv.js';
import { formatNumber } from '../domain/round.js';
import { painter, renderTable, terminalSafe, wrapText } from './table.js';
import { escapeMarkdown, markdownCode, markdownTable, type MarkdownCell } from './markdown.js';

export type ProjectFormat = 'table' | 'json' | 'csv' | 'md';
export interface ProjectRenderOptions {
  color: boolean;
  /** The year whose supply/demand/gap is shown (default: the horizon end). */
  year?: number;
  /** `family`, a grouping column (the result's groups), or undefined: per function. */
  by?: string;
  dialect: CsvDialect;
}

const YEAR_KEYS = [
  'supply_fte', 'supply_persons', 'demand_fte', 'gap_fte', 'retired_fte',
  'contract_ended_fte', 'attrition_fte', 'moved_in_fte', 'moved_out_fte',
] as const satisfies readonly (keyof YearRow)[];

interface Row { id: string; label: string; status: string; vulnerable: boolean; start: YearRow; at: YearRow; years: YearRow[] }

function rowsOf(result: ProjectResult, options: ProjectRenderOptions): Row[] {
  const year = options.year ?? result.scenario.horizon.end;
  const index = result.years.indexOf(year);
  const pick = (years: YearRow[]): { start: YearRow; at: YearRow } => ({ start: years[0]!, at: years[index]! });
  if (options.by === 'family') {
    return result.families.map((f) => ({ id: f.id, label: f.id || '(no family)', status: '', vulnerable: false, years: f.years, ...pick(f.years) }));
  }
  if (options.by !== undefined) {
    return result.groups.map((g) => ({ id: g.id, label: g.id || '(empty)', status: '', vulnerable: false, years: g.years, ...pick(g.years) }));
  }
  return result.functions.map((f) => ({
    id: f.id,
    label: `${f.id} ${f.name}`,
    status: f.status,
    vulnerable: f.vulnerable,
    years: f.years,
    ...pick(f.years),
  }));
}

/** The terminal table: one row per function (or family/group), FTE at start and supply/demand/gap in the chosen year. */
export function renderProjectTable(data: ProjectResult, options: ProjectRenderOptions): string {
  const result = terminalSafe(data);
  const c = painter(options.color);
  const start = result.scenario.horizon.start;
  const year = options.year ?? result.scenario.horizon.end;
  const rows = rowsOf(result, options);
  const n = (v: number): string => formatNumber(v, 1);
  const gap = (v: number): string => {
    const s = n(v);
    return v < -0.05 ? c.red(s) : v > 0.05 ? c.yellow(s) : s;
  };
  const grouped = options.by !== undefined;
  // Widths add up to 79 columns with the two spaces between columns (fits an 80-column terminal).
  const columns = [
    { header: grouped ? (options.by === 'family' ? 'Family' : options.by!) : 'Function', width: grouped ? 40 : 28 },
    ...(grouped ? [] : [{ header: 'Status', width: 12 }]),
    { header: `FTE ${start}`, width: 8, align: 'right' as const },
    { header: 'Supply', width: 7, align: 'right' as const },
    { header: 'Demand', width: 7, align: 'right' as const },
    { header: 'Gap', width: 6, align: 'right' as const },
  ];
  const body = rows.map((r) => [
    r.label,
    ...(grouped ? [] : [r.vulnerable ? c.bold(`${r.status}!`) : r.status]),
    n(r.start.supply_fte),
    n(r.at.supply_fte),
    n(r.at.demand_fte),
    gap(r.at.gap_fte),
  ]);
  const t0 = result.totals.years[0]!;
  const tY = result.totals.years[result.years.indexOf(year)]!;
  body.push(['Total', ...(grouped ? [] : ['']), n(t0.supply_fte), n(tY.supply_fte), n(tY.demand_fte), gap(tY.gap_fte)]);
  const title = wrapText(`${result.scenario.title ?? result.scenario.id} (${result.scenario.id}), ${start}–${result.scenario.horizon.end}`);
  const subtitle = `FTE; supply, demand and gap in ${year}. Gap = supply − demand (− shortage).`;
  const v = result.vulnerable;
  const lines = [
    c.bold(title),
    subtitle,
    '',
    renderTable(columns, body, options).trimEnd(),
    '',
    wrapText(`Vulnerable functions (!): ${v.functions}, with ${formatNumber(v.persons, 0)} people (${formatNumber(v.fte, 1)} FTE) at the start.`),
    ...result.assumptions.map((a) => c.dim(wrapText(`Assumption: ${a}`))),
  ];
  return `${lines.join('\n')}\n`;
}

/** Long CSV: one row per function (or family/group) per year with every flow. */
export function renderProjectCsv(result: ProjectResult, options: ProjectRenderOptions): string {
  const grouped = options.by !== undefined;
  const header = grouped
    ? [options.by === 'family' ? 'family' : options.by!, 'year', ...YEAR_KEYS]
    : ['function_id', 'name', 'family', 'status', 'vulnerable', 'year', ...YEAR_KEYS];
  const rows: CsvCell[][] = [];
  const years = options.year === undefined ? undefined : new Set([options.year]);
  const fnById = new Map(result.functions.map((f) => [f.id, f]));
  for (const r of rowsOf(result, options)) {
    for (const y of r.years) {
      if (years && !years.has(y.year)) continue;
      const values = YEAR_KEYS.map((k) => y[k]);
      if (grouped) rows.push([r.id, y.year, ...values]);
      else {
        const f = fnById.get(r.id)!;
        rows.push([f.id, f.name, f.family, f.status, f.vulnerable, y.year, ...values]);
      }
    }
  }
  return renderCsv(header, rows, options.dialect);
}

/** Markdown: the summary table plus each function's status and the rule behind it. */
export function renderProjectMarkdown(result: ProjectResult, options: ProjectRenderOptions): string {
  const start = result.scenario.horizon.start;
  const year = options.year ?? result.scenario.horizon.end;
  const n = (v: number): string => formatNumber(v, 1);
  const rows = rowsOf(result, options);
  const grouped = options.by !== undefined;
  const out: string[] = [];
  out.push(`# Projection: ${escapeMarkdown(result.scenario.title ?? result.scenario.id)}`, '');
  out.push(`Scenario ${markdownCode(result.scenario.id)}, ${start}–${result.scenario.horizon.end}. FTE; gap = supply − demand (negative: shortage, positive: surplus).`, '');
  const head = grouped
    ? [options.by === 'family' ? 'Family' : options.by!, `FTE ${start}`, `Supply ${year}`, `Demand ${year}`, `Gap ${year}`]
    : ['Function', 'Family', 'Status', 'Vulnerable', `FTE ${start}`, `Supply ${year}`, `Demand ${year}`, `Gap ${year}`, 'Rule'];
  const aligns: ('l' | 'r')[] = grouped ? ['l', 'r', 'r', 'r', 'r'] : ['l', 'l', 'l', 'l', 'r', 'r', 'r', 'r', 'l'];
  const fnById = new Map(result.functions.map((f) => [f.id, f]));
  const body: MarkdownCell[][] = rows.map((r) => {
    const nums = [n(r.start.supply_fte), n(r.at.supply_fte), n(r.at.demand_fte), n(r.at.gap_fte)];
    if (grouped) return [r.label, ...nums];
    const f = fnById.get(r.id)!;
    const status = f.flags.length > 0 ? `${f.status} (${f.flags.join(', ')})` : f.status;
    const since = f.status_year !== null && f.status !== 'stable' ? ` since ${f.status_year}` : '';
    return [r.label, f.family, `${status}${since}`, f.vulnerable ? 'yes' : 'no', ...nums, f.rule];
  });
  const t0 = result.totals.years[0]!;
  const tY = result.totals.years[result.years.indexOf(year)]!;
  const totalNums = [n(t0.supply_fte), n(tY.supply_fte), n(tY.demand_fte), n(tY.gap_fte)];
  const total: MarkdownCell = { text: 'Total', style: 'bold' };
  body.push(grouped ? [total, ...totalNums] : [total, '', '', '', ...totalNums, '']);
  out.push(...markdownTable(head, aligns, body));
  out.push('');
  const v = result.vulnerable;
  out.push(`Vulnerable functions: ${v.functions}, with ${formatNumber(v.persons, 0)} people (${n(v.fte)} FTE) at the start.`, '');
  if (result.assumptions.length > 0) {
    out.push('## Assumptions', '', ...result.assumptions.map((a) => `- ${a}`), '');
  }
  out.push(`<sub>spp ${result.stamp.spp_version} · ${result.stamp.inputs.map((i) => `${i.file} sha256:${i.sha256.slice(0, 12)}`).join(' · ')}</sub>`, '');
  return out.join('\n');
}

/** Canonical JSON: pretty-printed, trailing newline; byte-identical for the same input. */
export function renderJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export const projectRenderers = {
  table: renderProjectTable,
  json: (r: ProjectResult) => renderJson(r),
  csv: renderProjectCsv,
  md: renderProjectMarkdown,
} satisfies Record<ProjectFormat, (r: ProjectResult, o: ProjectRenderOptions) => string>;
