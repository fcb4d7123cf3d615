import type { ProjectResult } from '../domain/results.js';
import type { YearRow } from '../domain/projection.js';
import { renderCsv, type CsvDialect, type CsvCell } from './csv.js';
import { formatNumber } from '../domain/round.js';
import { painter, renderTable, wrapText } from './table.js';
import type { Lang } from './labels.js';
import { translateNote, translateRule } from './notes.js';
import { WORDS } from './words.js';

export type ProjectFormat = 'table' | 'json' | 'csv' | 'md';
export interface ProjectRenderOptions {
  color: boolean;
  /** The year whose supply/demand/gap is shown (default: the horizon end). */
  year?: number;
  /** `family`, a grouping column (the result's groups), or undefined: per function. */
  by?: string;
  dialect: CsvDialect;
  /** Language of the table, Markdown and excel-nl CSV headers (default nl). */
  lang?: Lang;
  /** Terminal width in columns (default 80). */
  width?: number;
  /** Display names of task categories (for the model's notes). */
  label?: (id: string) => string;
}

const YEAR_KEYS = [
  'supply_fte', 'supply_persons', 'demand_fte', 'gap_fte', 'retired_fte',
  'contract_ended_fte', 'attrition_fte', 'moved_in_fte', 'moved_out_fte',
] as const satisfies readonly (keyof YearRow)[];

interface Row { id: string; label: string; status: string; vulnerable: boolean; start: YearRow; at: YearRow; years: YearRow[] }

function rowsOf(result: ProjectResult, options: ProjectRenderOptions): Row[] {
  const w = WORDS[options.lang ?? 'nl'];
  const year = options.year ?? result.scenario.horizon.end;
  const index = result.years.indexOf(year);
  const pick = (years: YearRow[]): { start: YearRow; at: YearRow } => ({ start: years[0]!, at: years[index]! });
  if (options.by === 'family') {
    return result.families.map((f) => ({ id: f.id, label: f.id || w.noFamily, status: '', vulnerable: false, years: f.years, ...pick(f.years) }));
  }
  if (options.by !== undefined) {
    return result.groups.map((g) => ({ id: g.id, label: g.id || '(empty)', status: '', vulnerable: false, years: g.years, ...pick(g.years) }));
  }
  return result.functions.map((f) => ({
    id: f.id,
    label: `${f.id} ${f.name}`,
    status: w.status[f.status],
    vulnerable: f.vulnerable,
    years: f.years,
    ...pick(f.years),
  }));
}

/** The terminal table: one row per function (or family/group), FTE at start and supply/demand/gap in the chosen year. */
export function renderProjectTable(result: ProjectResult, options: ProjectRenderOptions): string {
  const lang = options.lang ?? 'nl';
  const w = WORDS[lang];
  const c = painter(options.color);
  const start = result.scenario.horizon.start;
  const year = options.year ?? result.scenario.horizon.end;
  const width = Math.max(60, options.width ?? 80);
  const rows = rowsOf(result, options);
  const n = (v: number): string => formatNumber(v, 1, lang);
  const gap = (v: number): string => {
    const s = n(v);
    return v < -0.05 ? c.red(s) : v > 0.05 ? c.yellow(s) : s;
  };
  const grouped = options.by !== undefined;
  // The status column is as wide as its longest label plus the ! mark, so no status is ever cut;
  // the numbers take what their largest value needs; the name takes the rest of the terminal.
  const statusWidth = grouped ? 0 : Math.max(w.statusCol.length, ...Object.values(w.status).map((s) => s.length + 1));
  const t0 = result.totals.years[0]!;
  const tY = result.totals.years[result.years.indexOf(year)]!;
  const numberWidth = (header: string, values: number[]): number => Math.max(header.length, ...values.map((v) => n(v).length));
  const numeric = [
    { header: w.fteAt(start), values: [...rows.map((r) => r.start.supply_fte), t0.supply_fte] },
    { header: w.supply, values: [...rows.map((r) => r.at.supply_fte), tY.supply_fte] },
    { header: w.demand, values: [...rows.map((r) => r.at.demand_fte), tY.demand_fte] },
    { header: w.gap, values: [...rows.map((r) => r.at.gap_fte), tY.gap_fte] },
  ].map((col) => ({ header: col.header, width: numberWidth(col.header, col.values), align: 'right' as const }));
  // Two spaces between columns; one column to spare at the right edge. On a narrow terminal the
  // start-year column goes first, so the name keeps at least 14 columns (numbers are never cut).
  const usedBy = (cols: typeof numeric): number => cols.reduce((sum, col) => sum + col.width + 2, 0) + (grouped ? 0 : statusWidth + 2);
  const narrow = width - 2 - usedBy(numeric) < 14;
  const shown = narrow ? numeric.slice(1) : numeric;
  const nameWidth = Math.max(8, width - 2 - usedBy(shown));
  const columns = [
    { header: grouped ? (options.by === 'family' ? w.family : options.by!) : w.function, width: nameWidth },
    ...(grouped ? [] : [{ header: w.statusCol, width: statusWidth }]),
    ...shown,
  ];
  const startCell = (v: number): string[] => (narrow ? [] : [n(v)]);
  const body = rows.map((r) => [
    r.label,
    ...(grouped ? [] : [r.vulnerable ? c.bold(`${r.status}!`) : r.status]),
    ...startCell(r.start.supply_fte),
    n(r.at.supply_fte),
    n(r.at.demand_fte),
    gap(r.at.gap_fte),
  ]);
  body.push([w.total, ...(grouped ? [] : ['']), ...startCell(t0.supply_fte), n(tY.supply_fte), n(tY.demand_fte), gap(tY.gap_fte)]);
  const title = wrapText(`${result.scenario.title ?? result.scenario.id} (${result.scenario.id}), ${start}–${result.scenario.horizon.end}`, width);
  const subtitle = wrapText(
    lang === 'nl'
      ? `Fte in ${year}. Verschil = bezetting − vraag (negatief: tekort).`
      : `FTE in ${year}. Gap = supply − demand (negative: shortage).`,
    width,
  );
  const legend =
    lang === 'nl'
      ? `Status: wat er tot ${result.scenario.horizon.end} met het werk gebeurt; ! = kwetsbaar.`
      : `Status: what happens to the work by ${result.scenario.horizon.end}; ! = vulnerable.`;
  const v = result.vulnerable;
  const vulnerableLine =
    lang === 'nl'
      ? `Kwetsbare functies (!): ${v.functions}, met ${formatNumber(v.persons, 0, lang)} ${v.persons === 1 ? 'persoon' : 'personen'} (${formatNumber(v.fte, 1, lang)} fte) bij de start.`
      : `Vulnerable functions (!): ${v.functions}, with ${formatNumber(v.persons, 0, lang)} ${v.persons === 1 ? 'person' : 'people'} (${formatNumber(v.fte, 1, lang)} FTE) at the start.`;
  const assumption = lang === 'nl' ? 'Aanname' : 'Assumption';
  const lines = [
    c.bold(title),
    subtitle,
    '',
    renderTable(columns, body, options).trimEnd(),
    '',
    ...(grouped ? [] : [c.dim(wrapText(legend, width))]),
    wrapText(vulnerableLine, width),
    ...result.assumptions.map((a) => c.dim(wrapText(`${assumption}: ${translateNote(a, lang, options.label ?? ((id) => id))}`, width))),
  ];
  return `${lines.join('\n')}\n`;
}

/** Long CSV: one row per function (or family/group) per year with every flow. */
export function renderProjectCsv(result: ProjectResult, options: ProjectRenderOptions): string {
  const grouped = options.by !== undefined;
  // The rfc dialect is for scripts: canonical keys and values. excel-nl is for people in Dutch
  // Excel: headers and labels in --lang.
  const human = options.dialect === 'excel-nl';
  const w = WORDS[options.lang ?? 'nl'];
  const yearHeaders = human ? [w.supplyFte, w.supplyPersons, w.demandFte, w.gapFte, w.retiredFte, w.contractEndedFte, w.attritionFte, w.movedInFte, w.movedOutFte] : YEAR_KEYS;
  const header = grouped
    ? [options.by === 'family' ? (human ? w.family : 'family') : options.by!, human ? w.year : 'year', ...yearHeaders]
    : human
      ? [w.functionId, w.name, w.family, w.statusCol, w.vulnerable, w.year, ...yearHeaders]
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
        rows.push(human ? [f.id, f.name, f.family, w.status[f.status], f.vulnerable ? w.yes : w.no, y.year, ...values] : [f.id, f.name, f.family, f.status, f.vulnerable, y.year, ...values]);
      }
    }
  }
  return renderCsv(header, rows, options.dialect);
}

function mdCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** Markdown: the summary table plus each function's status and the rule behind it. */
export function renderProjectMarkdown(result: ProjectResult, options: ProjectRenderOptions): string {
  const lang = options.lang ?? 'nl';
  const w = WORDS[lang];
  const nl = lang === 'nl';
  const start = result.scenario.horizon.start;
  const year = options.year ?? result.scenario.horizon.end;
  const n = (v: number): string => formatNumber(v, 1, lang);
  const rows = rowsOf(result, options);
  const grouped = options.by !== undefined;
  const out: string[] = [];
  out.push(`# ${nl ? 'Projectie' : 'Projection'}: ${mdCell(result.scenario.title ?? result.scenario.id)}`, '');
  out.push(
    nl
      ? `Scenario \`${result.scenario.id}\`, ${start}–${result.scenario.horizon.end}. Fte; verschil = bezetting − vraag (negatief: tekort, positief: overschot).`
      : `Scenario \`${result.scenario.id}\`, ${start}–${result.scenario.horizon.end}. FTE; gap = supply − demand (negative: shortage, positive: surplus).`,
    '',
  );
  const head = grouped
    ? [options.by === 'family' ? w.family : options.by!, w.fteAt(start), `${w.supply} ${year}`, `${w.demand} ${year}`, `${w.gap} ${year}`]
    : [w.function, w.family, w.statusCol, w.vulnerable, w.fteAt(start), `${w.supply} ${year}`, `${w.demand} ${year}`, `${w.gap} ${year}`, w.rule];
  const aligns = grouped ? ['---', '---:', '---:', '---:', '---:'] : ['---', '---', '---', '---', '---:', '---:', '---:', '---:', '---'];
  out.push(`| ${head.join(' | ')} |`, `| ${aligns.join(' | ')} |`);
  const fnById = new Map(result.functions.map((f) => [f.id, f]));
  for (const r of rows) {
    const nums = [n(r.start.supply_fte), n(r.at.supply_fte), n(r.at.demand_fte), n(r.at.gap_fte)];
    if (grouped) out.push(`| ${mdCell(r.label)} | ${nums.join(' | ')} |`);
    else {
      const f = fnById.get(r.id)!;
      const status = f.flags.length > 0 ? `${w.status[f.status]} (${f.flags.map((s) => w.status[s]).join(', ')})` : w.status[f.status];
      const since = f.status_year !== null && f.status !== 'stable' ? ` ${nl ? 'vanaf' : 'since'} ${f.status_year}` : '';
      out.push(`| ${mdCell(r.label)} | ${mdCell(f.family)} | ${status}${since} | ${f.vulnerable ? w.yes : w.no} | ${nums.join(' | ')} | ${mdCell(translateRule(f.rule, lang))} |`);
    }
  }
  const t0 = result.totals.years[0]!;
  const tY = result.totals.years[result.years.indexOf(year)]!;
  const totalNums = [n(t0.supply_fte), n(tY.supply_fte), n(tY.demand_fte), n(tY.gap_fte)];
  out.push(grouped ? `| **${w.total}** | ${totalNums.join(' | ')} |` : `| **${w.total}** | | | | ${totalNums.join(' | ')} | |`);
  out.push('');
  const v = result.vulnerable;
  out.push(
    nl
      ? `Kwetsbare functies: ${v.functions}, met ${formatNumber(v.persons, 0, lang)} personen (${n(v.fte)} fte) bij de start.`
      : `Vulnerable functions: ${v.functions}, with ${formatNumber(v.persons, 0, lang)} people (${n(v.fte)} FTE) at the start.`,
    '',
  );
  if (result.assumptions.length > 0) {
    out.push(`## ${nl ? 'Aannames' : 'Assumptions'}`, '', ...result.assumptions.map((a) => `- ${translateNote(a, lang, options.label ?? ((id) => id))}`), '');
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
