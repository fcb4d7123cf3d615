import type { SensitivityAssumption, SensitivityResult } from '../domain/sensitivity.js';
import { formatNumber } from '../domain/round.js';
import { renderCsv, type CsvCell, type CsvDialect } from './csv.js';
import { inline } from './directie/report-data.js';
import { signedDelta } from './render-compare.js';
import { renderJson } from './render-projection.js';
import { painter, wrapText } from './table.js';

export type SensitivityFormat = 'table' | 'json' | 'csv' | 'md';
export interface SensitivityRenderOptions {
  color: boolean;
  dialect: CsvDialect;
}

const n1 = (v: number): string => formatNumber(v, 1);
/** A change with its sign; `–` when the variant was not run. */
const signed = signedDelta;
const pct = (delta: number): string => `${formatNumber(delta * 100, 0)}%`;

/** A moved value in a few characters: a number; the mean of a [low, likely, high] (what the run uses); a table as its shift. */
function shortValue(a: SensitivityAssumption, value: unknown): string {
  if (typeof value === 'number') return formatNumber(value, a.kind === 'age' ? 2 : 3).replace(/\.?0+$/, '');
  if (Array.isArray(value)) return shortValue(a, value.reduce((s: number, v: number) => s + v, 0) / value.length);
  if (value !== null && typeof value === 'object') {
    const base = Object.values(a.base_value as Record<string, number>);
    const moved = Object.values(value as Record<string, number>);
    if (a.kind === 'age') {
      const shift = (moved[0] ?? 0) - (base[0] ?? 0);
      return `${shift >= 0 ? '+' : '-'}${formatNumber(Math.abs(shift), 2).replace(/\.?0+$/, '')} yr`;
    }
    const ratio = base[0] !== undefined && base[0] !== 0 ? moved[0]! / base[0] : 1;
    return `×${formatNumber(ratio, 2)}`;
  }
  return String(value);
}

/** Terminal: rank, assumption, the values moved to, and the change of gap and shortage; fits 80 columns. */
function renderSensitivityTable(result: SensitivityResult, options: SensitivityRenderOptions): string {
  const c = painter(options.color);
  const { start, end } = result.scenario.horizon;
  const out: string[] = [];
  out.push(c.bold(wrapText(`Sensitivity of ${result.scenario.title ?? result.scenario.id} (${result.scenario.id}), ${start}–${end}: each assumption −${pct(result.delta)} and +${pct(result.delta)}, one at a time`)));
  out.push(wrapText(`Base: gap ${end} ${n1(result.base.gap_fte)} FTE; shortage ${n1(result.base.shortage_fte_years)} FTE-years (summed over functions, ${start + 1}–${end}).`));
  out.push(wrapText('Δ = change against the base, at −/+: a negative Δ gap is more shortage. A [low, likely, high] value shows its mean.'), '');
  const widths = { rank: 2, path: 27, values: 14, gap: 13, shortage: 15 };
  const line = (cells: string[]): string =>
    [cells[0]!.padStart(widths.rank), cells[1]!.padEnd(widths.path), cells[2]!.padStart(widths.values), cells[3]!.padStart(widths.gap), cells[4]!.padStart(widths.shortage)].join('  ').trimEnd();
  out.push(c.bold(line(['#', 'Assumption', 'moved to −/+', `Δ gap ${end}`, 'Δ shortage'])), c.dim('─'.repeat(79)));
  result.assumptions.forEach((a, i) => {
    const values = `${shortValue(a, a.low_value)} / ${shortValue(a, a.high_value)}`;
    const gap = `${signed(a.effects.gap_fte.low)} / ${signed(a.effects.gap_fte.high)}`;
    const shortage = `${signed(a.effects.shortage_fte_years.low)} / ${signed(a.effects.shortage_fte_years.high)}`;
    if ([...a.path].length <= widths.path && [...values].length <= widths.values) out.push(line([String(i + 1), a.path, values, gap, shortage]));
    else {
      out.push(line([String(i + 1), a.path.length > 75 ? `${a.path.slice(0, 74)}…` : a.path, '', '', '']));
      out.push(line(['', '', values, gap, shortage]));
    }
  });
  out.push('');
  const top = result.assumptions.slice(0, 3).map((a) => a.path);
  if (top.length > 0) out.push(wrapText(`What matters most for the gap in ${end}: ${top.join(', ')}.`));
  for (const note of result.notes) out.push(c.dim(wrapText(`Note: ${note}`)));
  for (const a of result.assumptions) for (const note of a.notes) out.push(c.dim(wrapText(`Note: ${a.path}: ${note}`)));
  return `${out.join('\n')}\n`;
}

function mdCode(value: unknown): string {
  return `\`${inline(value).replace(/\|/g, '\\|')}\``;
}

/** Markdown: the ranked table with every value in full. */
function renderSensitivityMarkdown(result: SensitivityResult): string {
  const { start, end } = result.scenario.horizon;
  const out: string[] = [];
  out.push(`# Sensitivity: ${result.scenario.title ?? result.scenario.id}`, '');
  out.push(`Scenario \`${result.scenario.id}\`, ${start}–${end}. Each assumption moved by −${pct(result.delta)} and +${pct(result.delta)}, one at a time. ` +
    `Base: gap ${end} ${n1(result.base.gap_fte)} FTE, shortage ${n1(result.base.shortage_fte_years)} FTE-years. Δ = change against the base (negative Δ gap: more shortage).`, '');
  out.push('| # | Assumption | Base | −' + pct(result.delta) + ' | +' + pct(result.delta) + ` | Δ gap ${end} − | Δ gap ${end} + | Δ shortage − | Δ shortage + |`);
  out.push('| ---: | --- | --- | --- | --- | ---: | ---: | ---: | ---: |');
  result.assumptions.forEach((a, i) => {
    out.push(`| ${i + 1} | \`${a.path}\` | ${mdCode(a.base_value)} | ${mdCode(a.low_value)} | ${mdCode(a.high_value)} | ${signed(a.effects.gap_fte.low)} | ${signed(a.effects.gap_fte.high)} | ${signed(a.effects.shortage_fte_years.low)} | ${signed(a.effects.shortage_fte_years.high)} |`);
  });
  out.push('');
  const top = result.assumptions.slice(0, 3).map((a) => `\`${a.path}\``);
  if (top.length > 0) out.push(`What matters most for the gap in ${end}: ${top.join(', ')}.`, '');
  out.push('## Notes', '', ...result.notes.map((n) => `- ${n}`), ...result.assumptions.flatMap((a) => a.notes.map((n) => `- \`${a.path}\`: ${n}`)), '');
  out.push(`<sub>spp ${result.stamp.spp_version} · ${result.stamp.inputs.map((i) => `${i.file} sha256:${i.sha256.slice(0, 12)}`).join(' · ')}</sub>`, '');
  return out.join('\n');
}

/** CSV: one row per assumption in rank order, values as JSON. */
function renderSensitivityCsv(result: SensitivityResult, options: SensitivityRenderOptions): string {
  const header = ['rank', 'path', 'kind', 'base_value', 'low_value', 'high_value', 'gap_fte_low', 'gap_fte_high', 'shortage_fte_years_low', 'shortage_fte_years_high', 'swing_gap_fte'];
  const rows: CsvCell[][] = result.assumptions.map((a, i) => [
    i + 1, a.path, a.kind, JSON.stringify(a.base_value), JSON.stringify(a.low_value), JSON.stringify(a.high_value),
    a.effects.gap_fte.low, a.effects.gap_fte.high, a.effects.shortage_fte_years.low, a.effects.shortage_fte_years.high, a.swing_gap_fte,
  ]);
  return renderCsv(header, rows, options.dialect);
}

export const sensitivityRenderers = {
  table: renderSensitivityTable,
  json: (r: SensitivityResult) => renderJson(r),
  csv: renderSensitivityCsv,
  md: (r: SensitivityResult) => renderSensitivityMarkdown(r),
} satisfies Record<SensitivityFormat, (r: SensitivityResult, o: SensitivityRenderOptions) => string>;
