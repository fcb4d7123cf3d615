import type { CompareDelta, CompareResult } from '../domain/compare.js';
import { formatNumber } from '../domain/round.js';
import { renderCsv, type CsvCell, type CsvDialect } from './csv.js';
import { inline } from './directie/report-data.js';
import { renderJson } from './render-projection.js';
import { painter, renderTable, wrapText } from './table.js';
import { escapeMarkdown, markdownCode } from './markdown.js';

export type CompareFormat = 'table' | 'json' | 'csv' | 'md';
export interface CompareRenderOptions {
  color: boolean;
  dialect: CsvDialect;
  /** table/md: also the functions and families that are the same in every scenario. */
  all?: boolean;
}

const n1 = (v: number): string => formatNumber(v, 1);
/** A change with its sign (one decimal, ASCII minus like every number spp prints); zero without one; `–` when there is none. */
export function signedDelta(v: number | null): string {
  return v === null ? '–' : Math.abs(v) < 0.05 ? '0.0' : `${v > 0 ? '+' : '-'}${n1(Math.abs(v))}`;
}
const signed = signedDelta;
const letter = (i: number): string => String.fromCharCode(65 + i);
/** An assumption's value for people; `–` where the scenario does not set it. */
const shown = (v: unknown): string => (v === null || v === undefined ? '–' : inline(v));
/** In the narrow table, a map of one key without its braces: `rate: -0.03`. */
const shownShort = (v: unknown): string => {
  // A [low, likely, high] without spaces, so a triple of two-decimal shares fits its column.
  if (Array.isArray(v) && v.length === 3 && v.every((x) => typeof x === 'number')) return `[${v.join(',')}]`;
  if (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 1) {
    const [k, x] = Object.entries(v)[0]!;
    return `${k}: ${inline(x)}`;
  }
  return shown(v);
};

/** Differences that matter in a table: a status, or a figure by 0.05 FTE or more. */
function differs(row: { by_scenario: Record<string, { status?: string; supply_fte: number; demand_fte: number; gap_fte: number } | null>; delta: Record<string, CompareDelta> }, ids: readonly string[]): boolean {
  const statuses = ids.map((id) => row.by_scenario[id]?.status ?? null);
  if (statuses.some((s) => s !== statuses[0])) return true;
  if (ids.some((id) => row.by_scenario[id] === null)) return true;
  return Object.values(row.delta).some((d) => Math.abs(d.supply_fte) >= 0.05 || Math.abs(d.demand_fte) >= 0.05 || Math.abs(d.gap_fte) >= 0.05);
}

function cut(text: string, width: number): string {
  return [...text].length <= width ? text : `${[...text].slice(0, width - 1).join('')}…`;
}

/** The terminal view: scenarios, what differs, the totals, the gap per year, then per function and family. Fits 80 columns up to four scenarios. */
function renderCompareTable(result: CompareResult, options: CompareRenderOptions): string {
  const c = painter(options.color);
  const ids = result.scenarios;
  const year = result.year;
  const out: string[] = [];
  out.push(c.bold(wrapText(`Comparison of ${ids.length} scenarios in ${year} (FTE; gap = supply − demand, negative: shortage)`)));
  result.scenario_info.forEach((s, i) => out.push(cut(`  ${letter(i)}  ${s.id}${s.title ? ` — ${s.title}` : ''} (${s.horizon.start}–${s.horizon.end})`, 80)));
  out.push(`Δ: each scenario minus A.`, '');

  // What differs: path, then one value per scenario (path alone on its line when it is long).
  const valueWidth = ids.length <= 2 ? 16 : ids.length === 3 ? 12 : 9;
  const pathWidth = 79 - ids.length * (valueWidth + 2);
  out.push(c.bold(result.assumptions.length === 0 ? 'What differs: nothing — the assumptions are the same.' : `What differs (${result.assumptions.length} assumptions)`));
  if (result.assumptions.length > 0) {
    const head = `${'Assumption'.padEnd(pathWidth)}${ids.map((_, i) => `  ${letter(i).padEnd(valueWidth)}`).join('')}`.trimEnd();
    out.push(c.bold(head), c.dim('─'.repeat(79)));
    for (const a of result.assumptions) {
      const values = ids.map((id) => `  ${cut(shownShort(a.values[id]), valueWidth).padEnd(valueWidth)}`).join('');
      if ([...a.path].length <= pathWidth) out.push(`${a.path.padEnd(pathWidth)}${values}`.trimEnd());
      else out.push(cut(a.path, 80), `${' '.repeat(pathWidth)}${values}`.trimEnd());
    }
  }
  out.push('');

  // The totals in the year, one column per scenario.
  const width = 9;
  const totalsColumns = [{ header: `Total in ${year}`, width: 79 - ids.length * (width + 2) }, ...ids.map((_, i) => ({ header: letter(i), width, align: 'right' as const }))];
  const at = result.totals.at.by_scenario;
  const metric = (label: string, pick: (t: NonNullable<(typeof at)[string]>) => string): string[] => [label, ...ids.map((id) => (at[id] ? pick(at[id]!) : '–'))];
  const totalRows = [
    metric('Supply', (t) => n1(t.supply_fte)),
    metric('Demand', (t) => n1(t.demand_fte)),
    metric('Gap', (t) => n1(t.gap_fte)),
    metric('  of which people who leave (replacement)', (t) => n1(t.replacement_fte)),
    metric('  of which change of the work (expansion)', (t) => n1(t.expansion_fte)),
    metric('Shortage, summed over functions', (t) => n1(t.shortage_fte)),
    ['Vulnerable functions', ...result.scenario_info.map((s) => String(s.vulnerable_functions))],
  ];
  if (result.scenario_info.some((s) => s.plan_cost !== null)) {
    // In thousands of euros, so a plan of tens of millions still fits its column (JSON and md keep euros).
    totalRows.push(['Plan cost (thousand euro)', ...result.scenario_info.map((s) => (s.plan_cost === null ? '–' : formatNumber(s.plan_cost / 1000, 0)))]);
  }
  out.push(renderTable(totalsColumns, totalRows, options).trimEnd());
  out.push(c.dim(wrapText(`Gap ${year} = gap ${result.years[0]} − replacement − expansion (SPEC §3.1).`)), '');

  // The total gap per year.
  const deltaIds = ids.slice(1);
  const w = 8;
  const yearColumns = [
    { header: 'Year', width: 6 },
    ...ids.map((_, i) => ({ header: `Gap ${letter(i)}`, width: w, align: 'right' as const })),
    ...deltaIds.map((_, i) => ({ header: `Δ ${letter(i + 1)}`, width: w, align: 'right' as const })),
  ];
  const yearRows = result.totals.years.map((y) => [
    String(y.year),
    ...ids.map((id) => (y.by_scenario[id] ? n1(y.by_scenario[id]!.gap_fte) : '–')),
    ...deltaIds.map((id) => (y.by_scenario[id] && y.by_scenario[ids[0]!] ? signed(y.delta[id]!.gap_fte) : '–')),
  ]);
  out.push(c.bold('Total gap per year'), renderTable(yearColumns, yearRows, options).trimEnd(), '');

  // Per function: one row per scenario, the function named on its first row.
  const fnRows = result.functions.filter((f) => options.all || differs(f, ids));
  const fnColumns = [
    { header: 'Function', width: 23 },
    { header: '', width: 2 },
    { header: 'Status', width: 13 },
    { header: 'Supply', width: 7, align: 'right' as const },
    { header: 'Demand', width: 7, align: 'right' as const },
    { header: 'Gap', width: 7, align: 'right' as const },
    { header: 'Δ Gap', width: 7, align: 'right' as const },
  ];
  const body: string[][] = [];
  for (const f of fnRows) {
    ids.forEach((id, i) => {
      const x = f.by_scenario[id];
      const status = x === null || x === undefined ? '(none)' : x.vulnerable ? c.bold(`${x.status}!`) : x.status;
      body.push([
        i === 0 ? `${f.id} ${f.name}` : '',
        letter(i),
        status,
        x ? n1(x.supply_fte) : '–',
        x ? n1(x.demand_fte) : '–',
        x ? n1(x.gap_fte) : '–',
        i === 0 ? '' : signed(f.delta[id]!.gap_fte),
      ]);
    });
  }
  const hidden = result.functions.length - fnRows.length;
  out.push(c.bold(`Per function in ${year} (! vulnerable)`));
  if (fnRows.length > 0) out.push(renderTable(fnColumns, body, options).trimEnd());
  if (hidden > 0) out.push(c.dim(wrapText(`${hidden} functions with the same status and figures in every scenario are left out (--all shows them).`)));
  out.push('');

  const famRows = result.families.filter((f) => options.all || differs(f, ids));
  const famColumns = [{ header: 'Family', width: 38 }, ...fnColumns.slice(1, 2), ...fnColumns.slice(3)];
  const famBody: string[][] = [];
  for (const f of famRows) {
    ids.forEach((id, i) => {
      const x = f.by_scenario[id];
      famBody.push([i === 0 ? f.id || '(no family)' : '', letter(i), x ? n1(x.supply_fte) : '–', x ? n1(x.demand_fte) : '–', x ? n1(x.gap_fte) : '–', i === 0 ? '' : signed(f.delta[id]!.gap_fte)]);
    });
  }
  out.push(c.bold(`Per family in ${year}`));
  if (famRows.length > 0) out.push(renderTable(famColumns, famBody, options).trimEnd());
  else out.push('The families have the same figures in every scenario.');
  for (const note of result.notes) out.push(c.dim(wrapText(`Note: ${note}`)));
  return `${out.join('\n').trimEnd()}\n`;
}


/** Markdown for a memo: the same sections, each function's figures side by side in one row. */
function renderCompareMarkdown(result: CompareResult, options: CompareRenderOptions): string {
  const ids = result.scenarios;
  const year = result.year;
  const deltaIds = ids.slice(1);
  const out: string[] = [];
  const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  const align = (left: number, right: number): string => row([...Array(left).fill('---'), ...Array(right).fill('---:')]);
  out.push(`# Comparison: ${ids.map((id) => `\`${id}\``).join(', ')}`, '');
  out.push(`FTE in ${year}; gap = supply − demand (negative: shortage). Δ = a scenario minus \`${ids[0]}\`.`, '');
  out.push(row(['', 'Scenario', 'Title', 'Horizon']), align(4, 0));
  result.scenario_info.forEach((s, i) => out.push(row([letter(i), markdownCode(s.id), escapeMarkdown(s.title ?? ''), `${s.horizon.start}–${s.horizon.end}`])));
  out.push('', '## What differs', '');
  if (result.assumptions.length === 0) out.push('Nothing: the assumptions are the same.', '');
  else {
    out.push(row(['Assumption', ...ids.map((id) => `\`${id}\``)]), align(1 + ids.length, 0));
    for (const a of result.assumptions) out.push(row([markdownCode(a.path), ...ids.map((id) => (a.values[id] === null ? '–' : markdownCode(shown(a.values[id]))))]));
    out.push('');
  }
  out.push(`## Totals in ${year}`, '');
  const at = result.totals.at.by_scenario;
  out.push(row(['', ...ids.map((id) => `\`${id}\``), ...deltaIds.map((id) => `Δ \`${id}\``)]), align(1, ids.length + deltaIds.length));
  const metric = (label: string, key: 'supply_fte' | 'demand_fte' | 'gap_fte' | 'replacement_fte' | 'expansion_fte' | 'shortage_fte'): string =>
    row([label, ...ids.map((id) => (at[id] ? n1(at[id]![key]) : '–')), ...deltaIds.map((id) => (at[id] && at[ids[0]!] ? signed(at[id]![key] - at[ids[0]!]![key]) : '–'))]);
  out.push(
    metric('Supply', 'supply_fte'),
    metric('Demand', 'demand_fte'),
    metric('Gap', 'gap_fte'),
    metric('of which people who leave (replacement demand)', 'replacement_fte'),
    metric('of which change of the work (expansion demand)', 'expansion_fte'),
    metric('Shortage, summed over functions', 'shortage_fte'),
    row(['Vulnerable functions', ...result.scenario_info.map((s) => String(s.vulnerable_functions)), ...deltaIds.map(() => '')]),
  );
  if (result.scenario_info.some((s) => s.plan_cost !== null)) {
    out.push(row(['Plan cost (euro)', ...result.scenario_info.map((s) => (s.plan_cost === null ? '–' : formatNumber(s.plan_cost, 0))), ...deltaIds.map(() => '')]));
  }
  out.push('', `Gap ${year} = gap ${result.years[0]} − replacement − expansion.`, '');
  out.push('## Total gap per year', '');
  out.push(row(['Year', ...ids.map((id) => `\`${id}\``), ...deltaIds.map((id) => `Δ \`${id}\``)]), align(1, ids.length + deltaIds.length));
  for (const y of result.totals.years) {
    out.push(row([String(y.year), ...ids.map((id) => (y.by_scenario[id] ? n1(y.by_scenario[id]!.gap_fte) : '–')), ...deltaIds.map((id) => (y.by_scenario[id] && y.by_scenario[ids[0]!] ? signed(y.delta[id]!.gap_fte) : '–'))]));
  }
  out.push('', `## Per function in ${year}`, '');
  const fnRows = result.functions.filter((f) => options.all || differs(f, ids));
  const head = ['Function', 'Family', ...ids.flatMap((_, i) => [`${letter(i)} status`, `${letter(i)} supply`, `${letter(i)} demand`, `${letter(i)} gap`]), ...deltaIds.map((_, i) => `Δ gap ${letter(i + 1)}`)];
  out.push(row(head), row(['---', '---', ...ids.flatMap(() => ['---', '---:', '---:', '---:']), ...deltaIds.map(() => '---:')]));
  for (const f of fnRows) {
    const cells = ids.flatMap((id) => {
      const x = f.by_scenario[id];
      return x ? [`${x.status}${x.vulnerable ? ' (vulnerable)' : ''}`, n1(x.supply_fte), n1(x.demand_fte), n1(x.gap_fte)] : ['–', '–', '–', '–'];
    });
    out.push(row([escapeMarkdown(`${f.id} ${f.name}`), escapeMarkdown(f.family), ...cells, ...deltaIds.map((id) => signed(f.delta[id]!.gap_fte))]));
  }
  const hidden = result.functions.length - fnRows.length;
  if (hidden > 0) out.push('', `${hidden} functions with the same status and figures in every scenario are left out.`);
  out.push('', `## Per family in ${year}`, '');
  out.push(row(['Family', ...ids.flatMap((_, i) => [`${letter(i)} supply`, `${letter(i)} demand`, `${letter(i)} gap`]), ...deltaIds.map((_, i) => `Δ gap ${letter(i + 1)}`)]), align(1, ids.length * 3 + deltaIds.length));
  for (const f of result.families) {
    const cells = ids.flatMap((id) => {
      const x = f.by_scenario[id];
      return x ? [n1(x.supply_fte), n1(x.demand_fte), n1(x.gap_fte)] : ['–', '–', '–'];
    });
    out.push(row([escapeMarkdown(f.id || '(no family)'), ...cells, ...deltaIds.map((id) => signed(f.delta[id]!.gap_fte))]));
  }
  out.push('');
  if (result.notes.length > 0) out.push('## Notes', '', ...result.notes.map((note) => `- ${note}`), '');
  out.push(`<sub>spp ${result.stamp.spp_version} · ${result.stamp.inputs.map((i) => `${i.file} sha256:${i.sha256.slice(0, 12)}`).join(' · ')}</sub>`, '');
  return out.join('\n');
}

/** Long CSV: per function and family in the year, and the total in every year; one row per scenario. */
function renderCompareCsv(result: CompareResult, options: CompareRenderOptions): string {
  const ids = result.scenarios;
  const header = ['level', 'id', 'name', 'family', 'scenario', 'year', 'status', 'vulnerable', 'supply_fte', 'demand_fte', 'gap_fte', 'replacement_fte', 'expansion_fte', 'shortage_fte', 'delta_supply_fte', 'delta_demand_fte', 'delta_gap_fte'];
  const rows: CsvCell[][] = [];
  const delta = (d: CompareDelta | undefined): CsvCell[] => (d ? [d.supply_fte, d.demand_fte, d.gap_fte] : [null, null, null]);
  for (const f of result.functions) {
    for (const id of ids) {
      const x = f.by_scenario[id];
      rows.push(['function', f.id, f.name, f.family, id, result.year, x?.status ?? null, x?.vulnerable ?? null, x?.supply_fte, x?.demand_fte, x?.gap_fte, x?.replacement_fte, x?.expansion_fte, null, ...delta(f.delta[id])]);
    }
  }
  for (const f of result.families) {
    for (const id of ids) {
      const x = f.by_scenario[id];
      rows.push(['family', f.id, null, f.id, id, result.year, null, null, x?.supply_fte, x?.demand_fte, x?.gap_fte, x?.replacement_fte, x?.expansion_fte, null, ...delta(f.delta[id])]);
    }
  }
  for (const y of result.totals.years) {
    for (const id of ids) {
      const x = y.by_scenario[id];
      rows.push(['total', null, null, null, id, y.year, null, null, x?.supply_fte, x?.demand_fte, x?.gap_fte, x?.replacement_fte, x?.expansion_fte, x?.shortage_fte, ...delta(y.delta[id])]);
    }
  }
  return renderCsv(header, rows, options.dialect);
}

export const compareRenderers = {
  table: renderCompareTable,
  json: (r: CompareResult) => renderJson(r),
  csv: renderCompareCsv,
  md: renderCompareMarkdown,
} satisfies Record<CompareFormat, (r: CompareResult, o: CompareRenderOptions) => string>;
