import { formatPosition, QUADRANT_NAMES, QUADRANTS, type OrganiseFunction, type OrganiseResult, type Quadrant } from '../domain/organise.js';
import { formatNumber } from '../domain/round.js';
import { renderCsv, type CsvCell, type CsvDialect } from './csv.js';
import { renderJson } from './render-projection.js';
import { painter, renderTable, wrapText } from './table.js';
import { compareText } from '../domain/compare-text.js';
import { escapeMarkdown, markdownTable } from './markdown.js';

export type OrganiseFormat = 'table' | 'json' | 'csv' | 'md';
export interface OrganiseRenderOptions {
  color: boolean;
  dialect: CsvDialect;
}

const NAMES = QUADRANT_NAMES.en;
/** One word per quadrant, for narrow table columns (the first word of its name). */
const SHORT: Record<Quadrant, string> = { standard: 'standard', specialist: 'specialist', flexible_service: 'flexible', custom: 'custom' };
/** The test of each quadrant, for legends. */
const TEST: Record<Quadrant, string> = {
  standard: 'P ≥ 0.5, K < 0.5',
  specialist: 'P ≥ 0.5, K ≥ 0.5',
  flexible_service: 'P < 0.5, K < 0.5',
  custom: 'P < 0.5, K ≥ 0.5',
};

const fte = (v: number): string => formatNumber(v, 1);
const dec = (v: number | null): string => formatPosition(v);
const pct = (v: number): string => `${formatNumber(v * 100, 0)}%`;
const short = (q: Quadrant | null): string => (q === null ? '–' : SHORT[q]);
const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The start and end rows of the year-by-year quadrant totals. */
function ends(result: OrganiseResult): { start: number; end: number; first: OrganiseResult['years'][number]; last: OrganiseResult['years'][number] } {
  const first = result.years[0]!;
  const last = result.years[result.years.length - 1]!;
  return { start: result.scenario.horizon.start, end: result.scenario.horizon.end, first, last };
}

/** Functions grouped by their quadrant at the horizon (display order), each group by FTE at the horizon, largest first. */
function byEndQuadrant(result: OrganiseResult): { quadrant: Quadrant | null; functions: OrganiseFunction[] }[] {
  const groups: { quadrant: Quadrant | null; functions: OrganiseFunction[] }[] = [...QUADRANTS, null].map((quadrant) => ({
    quadrant,
    functions: result.functions
      .filter((f) => f.quadrant_end === quadrant)
      .sort((a, b) => b.fte_end - a.fte_end || compareText(a.id, b.id)),
  }));
  return groups.filter((g) => g.functions.length > 0);
}

/** The year-by-year rows worth printing: the start, every year the totals change, and the horizon. */
function changingYears(result: OrganiseResult): OrganiseResult['years'] {
  return result.years.filter((y, i) => {
    if (i === 0 || i === result.years.length - 1) return true;
    const prev = result.years[i - 1]!;
    return QUADRANTS.some((q) => prev.functions[q] !== y.functions[q]);
  });
}

function rolesText(roles: string[], shares: number[]): string {
  return roles.map((r, i) => `${r} ${pct(shares[i] ?? 0)}`).join(', ');
}

/** The terminal view (80 columns): quadrants now and at the horizon, year by year, the pool candidates, every function. */
function renderOrganiseTable(result: OrganiseResult, options: OrganiseRenderOptions): string {
  const c = painter(options.color);
  const { start, end, first, last } = ends(result);
  const lines: string[] = [
    c.bold(wrapText(`${result.scenario.title ?? result.scenario.id} (${result.scenario.id}), ${start}–${end}`)),
    wrapText(
      `Standard and custom work: each function placed by the predictability (P) and complexity (K) of its tasks, 0–1, now and in ${end} after automation. FTE: the work (demand).`,
    ),
    '',
  ];
  const quadrantRows = QUADRANTS.map((q) => [NAMES[q], TEST[q], String(first.functions[q]), fte(first.fte[q]), String(last.functions[q]), fte(last.fte[q])]);
  const sum = (row: Record<Quadrant, number>): number => QUADRANTS.reduce((s, q) => s + row[q], 0);
  quadrantRows.push(['Total', '', String(sum(first.functions)), fte(sum(first.fte)), String(sum(last.functions)), fte(sum(last.fte))]);
  lines.push(
    renderTable(
      [
        { header: 'Quadrant', width: 16 },
        { header: 'Test', width: 16 },
        { header: `Fns ${start}`, width: 8, align: 'right' },
        { header: `FTE ${start}`, width: 8, align: 'right' },
        { header: `Fns ${end}`, width: 8, align: 'right' },
        { header: `FTE ${end}`, width: 8, align: 'right' },
      ],
      quadrantRows,
      options,
    ).trimEnd(),
    '',
  );

  lines.push(c.bold('FTE of work per quadrant, in the years the picture changes'));
  lines.push(
    renderTable(
      [
        { header: 'Year', width: 6 },
        { header: 'Standard', width: 10, align: 'right' },
        { header: 'Specialist', width: 10, align: 'right' },
        { header: 'Flexible', width: 10, align: 'right' },
        { header: 'Custom', width: 10, align: 'right' },
        { header: 'Custom fns', width: 10, align: 'right' },
      ],
      changingYears(result).map((y) => [String(y.year), fte(y.fte.standard), fte(y.fte.specialist), fte(y.fte.flexible_service), fte(y.fte.custom), String(y.functions.custom)]),
      options,
    ).trimEnd(),
    '',
  );

  const pool = result.pool_candidates;
  lines.push(c.bold(wrapText(`Pool candidates: custom work in ${end}, ${pool.length} functions, ${fte(result.pool.fte)} FTE`)));
  if (pool.length === 0) lines.push('  none: no function is custom work at the horizon', '');
  else {
    lines.push(
      renderTable(
        [
          { header: 'Function', width: 28 },
          { header: 'Since', width: 5, align: 'right' },
          { header: `FTE ${end}`, width: 8, align: 'right' },
          { header: 'Roles (largest first)', width: 32 },
        ],
        pool.map((p) => [`${p.id} ${p.name}`, p.quadrant_year === null ? String(start) : String(p.quadrant_year), fte(p.fte), p.roles.join(', ')]),
        options,
      ).trimEnd(),
    );
    lines.push(wrapText(`Roles the pool would hold (FTE in ${end}): ${result.pool.roles.map((r) => `${r.role} ${fte(r.fte)}`).join(', ')}.`), '');
  }

  for (const group of byEndQuadrant(result)) {
    const title = group.quadrant === null ? 'No position (no task profile)' : `${capital(NAMES[group.quadrant])} in ${end} (${TEST[group.quadrant]})`;
    lines.push(c.bold(title));
    lines.push(
      renderTable(
        [
          { header: 'Function', width: 28 },
          { header: String(start), width: 10 },
          { header: 'Since', width: 5, align: 'right' },
          { header: 'P', width: 4, align: 'right' },
          { header: 'K', width: 4, align: 'right' },
          { header: `FTE ${start}`, width: 8, align: 'right' },
          { header: `FTE ${end}`, width: 8, align: 'right' },
        ],
        group.functions.map((f) => [
          `${f.id} ${f.name}`,
          f.quadrant === f.quadrant_end ? '=' : short(f.quadrant),
          f.quadrant_year === null ? '' : String(f.quadrant_year),
          dec(f.predictability_end),
          dec(f.complexity_end),
          fte(f.fte),
          fte(f.fte_end),
        ]),
        options,
      ).trimEnd(),
      '',
    );
  }
  lines.push(c.dim(wrapText(`P, K: position in ${end}. ${start}: the quadrant in ${start} ('=' the same); Since: the first year in the ${end} quadrant.`)));
  lines.push(c.dim(wrapText(`Task profiles (P/K): ${Object.entries(result.profiles).map(([cat, p]) => `${cat} ${dec(p.predictability)}/${dec(p.complexity)}${p.source === 'scenario' ? '*' : ''}`).join(', ')}${Object.values(result.profiles).some((p) => p.source === 'scenario') ? ' (* set in the scenario)' : ''}.`)));
  for (const note of result.notes) lines.push(c.dim(wrapText(`Note: ${note}`)));
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Long CSV: one row per function per year, with the FTE of work and the position. */
function renderOrganiseCsv(result: OrganiseResult, options: OrganiseRenderOptions): string {
  const pool = new Set(result.pool_candidates.map((p) => p.id));
  const rows: CsvCell[][] = [];
  for (const f of result.functions) {
    for (const y of f.years) rows.push([f.id, f.name, f.family, y.year, y.fte, y.predictability, y.complexity, y.quadrant, pool.has(f.id)]);
  }
  return renderCsv(['function_id', 'name', 'family', 'year', 'fte', 'predictability', 'complexity', 'quadrant', 'pool_candidate'], rows, options.dialect);
}


/** Markdown for a memo: the same content as the table, with every function's position now and at the horizon. */
function renderOrganiseMarkdown(result: OrganiseResult): string {
  const { start, end, first, last } = ends(result);
  const out: string[] = [];
  out.push(`# Standard and custom work: ${escapeMarkdown(result.scenario.title ?? result.scenario.id)}`, '');
  out.push(
    `Scenario \`${result.scenario.id}\`, ${start}–${end}. Each function is placed by the predictability (P) and complexity (K) of its tasks (0–1, ` +
      `weighted by the task mix, which shifts as tasks are automated). FTE is the work (demand).`,
    '',
  );
  const sum = (row: Record<Quadrant, number>): number => QUADRANTS.reduce((s, q) => s + row[q], 0);
  out.push(
    ...markdownTable(
      ['Quadrant', 'Test', `Functions ${start}`, `FTE ${start}`, `Functions ${end}`, `FTE ${end}`],
      ['l', 'l', 'r', 'r', 'r', 'r'],
      [
        ...QUADRANTS.map((q) => [NAMES[q], TEST[q], String(first.functions[q]), fte(first.fte[q]), String(last.functions[q]), fte(last.fte[q])]),
        [{ text: 'Total', style: 'bold' as const }, '', String(sum(first.functions)), fte(sum(first.fte)), String(sum(last.functions)), fte(sum(last.fte))],
      ],
    ),
    '',
  );
  out.push('## Year by year', '', 'FTE of work per quadrant, in the years the picture changes.', '');
  out.push(
    ...markdownTable(
      ['Year', 'Standard work', 'Specialist work', 'Flexible service', 'Custom work', 'Functions in custom work'],
      ['l', 'r', 'r', 'r', 'r', 'r'],
      changingYears(result).map((y) => [String(y.year), fte(y.fte.standard), fte(y.fte.specialist), fte(y.fte.flexible_service), fte(y.fte.custom), String(y.functions.custom)]),
    ),
    '',
  );
  out.push(`## Pool candidates: custom work in ${end}`, '');
  if (result.pool_candidates.length === 0) out.push('None: no function is custom work at the horizon.', '');
  else {
    out.push(
      `${result.pool_candidates.length} functions with ${fte(result.pool.fte)} FTE of work in ${end} are unpredictable and complex: work a flexible pool of roles could take on, in projects and assignments.`,
      '',
    );
    out.push(
      ...markdownTable(
        ['Function', 'Custom work since', `FTE ${start}`, `FTE ${end}`, `Roles in ${end} (largest first)`],
        ['l', 'r', 'r', 'r', 'l'],
        result.pool_candidates.map((p) => [`${p.id} ${p.name}`, p.quadrant_year === null ? String(start) : String(p.quadrant_year), fte(p.fte_start), fte(p.fte), rolesText(p.roles, p.role_shares)]),
      ),
      '',
    );
    out.push(`Roles the pool would hold (FTE in ${end}): ${result.pool.roles.map((r) => `${r.role} ${fte(r.fte)}`).join(', ')}.`, '');
  }
  out.push('## Every function', '');
  for (const group of byEndQuadrant(result)) {
    out.push(`### ${group.quadrant === null ? 'No position (no task profile)' : `${capital(NAMES[group.quadrant])} in ${end}`}`, '');
    out.push(
      ...markdownTable(
        ['Function', 'Family', `Quadrant ${start}`, `P ${start}`, `K ${start}`, `P ${end}`, `K ${end}`, 'Since', `FTE ${start}`, `FTE ${end}`],
        ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
        group.functions.map((f) => [
          `${f.id} ${f.name}`,
          f.family,
          f.quadrant === null ? '–' : NAMES[f.quadrant],
          dec(f.predictability),
          dec(f.complexity),
          dec(f.predictability_end),
          dec(f.complexity_end),
          f.quadrant_year === null ? '' : String(f.quadrant_year),
          fte(f.fte),
          fte(f.fte_end),
        ]),
      ),
      '',
    );
  }
  out.push('## Task profiles', '');
  out.push(
    ...markdownTable(
      ['Task category', 'Predictability', 'Complexity', 'Source'],
      ['l', 'r', 'r', 'l'],
      Object.entries(result.profiles).map(([cat, p]) => [cat, dec(p.predictability), dec(p.complexity), p.source === 'scenario' ? 'scenario (task_profile)' : 'spp default']),
    ),
    '',
  );
  if (result.notes.length > 0) out.push('## Notes', '', ...result.notes.map((n) => `- ${n}`), '');
  out.push(`<sub>spp ${result.stamp.spp_version} · ${result.stamp.inputs.map((i) => `${i.file} sha256:${i.sha256.slice(0, 12)}`).join(' · ')}</sub>`, '');
  return out.join('\n');
}

export const organiseRenderers = {
  table: renderOrganiseTable,
  json: (r: OrganiseResult) => renderJson(r),
  csv: renderOrganiseCsv,
  md: (r: OrganiseResult) => renderOrganiseMarkdown(r),
} satisfies Record<OrganiseFormat, (r: OrganiseResult, o: OrganiseRenderOptions) => string>;
