import type { ProjectResult } from '../domain/results.js';
import type { SourcedYearRow, YearRow } from '../domain/projection.js';
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
  'contract_ended_fte', 'attrition_fte', 'moved_in_fte', 'moved_out_fte', 'replacement_fte', 'expansion_fte',
] as const satisfies readonly (keyof SourcedYearRow)[];

const BAND_KEYS = ['supply_fte', 'demand_fte', 'gap_fte'] as const;

interface Row { id: string; label: string; status: string; vulnerable: boolean; start: SourcedYearRow; at: SourcedYearRow; years: SourcedYearRow[] }

/**
 * Where a gap comes from, in one sentence (SPEC §3.1): from today's gap to the gap in `year`, the
 * people who leave (replacement demand) and the change of the work (expansion demand), FTE.
 */
function gapSourcesSentence(start: SourcedYearRow, at: SourcedYearRow): string {
  const n = (v: number): string => formatNumber(v, 1);
  const e = at.expansion_fte;
  const work = Math.abs(e) < 0.05 ? 'demand stays the same' : `demand ${e > 0 ? 'grows' : 'shrinks'} by ${n(Math.abs(e))} FTE`;
  return (
    `Gap ${n(start.gap_fte)} in ${start.year} → ${n(at.gap_fte)} in ${at.year}: ${n(at.replacement_fte)} FTE leave ` +
    `(replacement demand) and ${work} (expansion demand).`
  );
}

function rowsOf(result: ProjectResult, options: ProjectRenderOptions): Row[] {
  const year = options.year ?? result.scenario.horizon.end;
  const index = result.years.indexOf(year);
  const pick = (years: SourcedYearRow[]): { start: SourcedYearRow; at: SourcedYearRow } => ({ start: years[0]!, at: years[index]! });
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
function renderProjectTable(data: ProjectResult, options: ProjectRenderOptions): string {
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
  // With Monte Carlo bands (and grouping by a column, which has none) the band takes the place of
  // the start FTE column, so the table still fits 80 columns.
  const bands = result.monte_carlo !== undefined && (!grouped || options.by === 'family');
  const band = (row: YearRow): string => {
    const b = row.gap_fte_band;
    return b === undefined ? '' : `${n(b.p10)} … ${n(b.p90)}`;
  };
  // Widths add up to 79 columns with the two spaces between columns (fits an 80-column terminal).
  const columns = [
    { header: grouped ? (options.by === 'family' ? 'Family' : options.by!) : 'Function', width: grouped ? 40 - (bands ? 7 : 0) : bands ? 20 : 28 },
    ...(grouped ? [] : [{ header: 'Status', width: bands ? 13 : 12 }]),
    ...(bands ? [] : [{ header: `FTE ${start}`, width: 8, align: 'right' as const }]),
    { header: 'Supply', width: 7, align: 'right' as const },
    { header: 'Demand', width: 7, align: 'right' as const },
    { header: 'Gap', width: 6, align: 'right' as const },
    ...(bands ? [{ header: 'Gap P10 … P90', width: 15, align: 'right' as const }] : []),
  ];
  const body = rows.map((r) => [
    r.label,
    ...(grouped ? [] : [r.vulnerable ? c.bold(`${r.status}!`) : r.status]),
    ...(bands ? [] : [n(r.start.supply_fte)]),
    n(r.at.supply_fte),
    n(r.at.demand_fte),
    gap(r.at.gap_fte),
    ...(bands ? [band(r.at)] : []),
  ]);
  const t0 = result.totals.years[0]!;
  const tY = result.totals.years[result.years.indexOf(year)]!;
  body.push([
    'Total',
    ...(grouped ? [] : ['']),
    ...(bands ? [] : [n(t0.supply_fte)]),
    n(tY.supply_fte),
    n(tY.demand_fte),
    gap(tY.gap_fte),
    ...(bands ? [band(tY)] : []),
  ]);
  const title = wrapText(`${result.scenario.title ?? result.scenario.id} (${result.scenario.id}), ${start}–${result.scenario.horizon.end}`);
  const mc = result.monte_carlo;
  const subtitle =
    `FTE; supply, demand and gap in ${year}. Gap = supply − demand (− shortage).` +
    (mc !== undefined ? `\n${wrapText(`Gap P10 … P90: 80 % of ${mc.runs} Monte Carlo runs (seed ${mc.seed}) fall in this range.`)}` : '');
  const v = result.vulnerable;
  const lines = [
    c.bold(title),
    subtitle,
    '',
    renderTable(columns, body, options).trimEnd(),
    '',
    wrapText(gapSourcesSentence(t0, tY)),
    wrapText(`Vulnerable functions (!): ${v.functions}, with ${formatNumber(v.persons, 0)} people (${formatNumber(v.fte, 1)} FTE) at the start.`),
    ...result.assumptions.map((a) => c.dim(wrapText(`Assumption: ${a}`))),
  ];
  return `${lines.join('\n')}\n`;
}

/** Long CSV: one row per function (or family/group) per year with every flow. */
function renderProjectCsv(result: ProjectResult, options: ProjectRenderOptions): string {
  const grouped = options.by !== undefined;
  // With Monte Carlo bands: P10/P50/P90 of supply, demand and gap after the flows, and per function
  // the share of runs that ended in the status shown.
  const bands = result.monte_carlo !== undefined && (!grouped || options.by === 'family');
  const bandHeader = bands ? BAND_KEYS.flatMap((k) => [`${k}_p10`, `${k}_p50`, `${k}_p90`]) : [];
  const bandValues = (y: YearRow): CsvCell[] =>
    bands ? BAND_KEYS.flatMap((k) => { const b = y[`${k}_band`]; return [b?.p10, b?.p50, b?.p90]; }) : [];
  const header = grouped
    ? [options.by === 'family' ? 'family' : options.by!, 'year', ...YEAR_KEYS, ...bandHeader]
    : ['function_id', 'name', 'family', 'status', ...(bands ? ['status_probability'] : []), 'vulnerable', 'year', ...YEAR_KEYS, ...bandHeader];
  const rows: CsvCell[][] = [];
  const years = options.year === undefined ? undefined : new Set([options.year]);
  const fnById = new Map(result.functions.map((f) => [f.id, f]));
  for (const r of rowsOf(result, options)) {
    for (const y of r.years) {
      if (years && !years.has(y.year)) continue;
      const values = YEAR_KEYS.map((k) => y[k]);
      if (grouped) rows.push([r.id, y.year, ...values, ...bandValues(y)]);
      else {
        const f = fnById.get(r.id)!;
        const probability = bands ? [f.status_probability?.[f.status] ?? 0] : [];
        rows.push([f.id, f.name, f.family, f.status, ...probability, f.vulnerable, y.year, ...values, ...bandValues(y)]);
      }
    }
  }
  return renderCsv(header, rows, options.dialect);
}

/** Markdown: the summary table plus each function's status and the rule behind it. */
function renderProjectMarkdown(result: ProjectResult, options: ProjectRenderOptions): string {
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
  out.push('', gapSourcesSentence(t0, tY), '');
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
