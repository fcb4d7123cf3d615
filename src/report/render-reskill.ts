import type { PathwaysResult, ReskillResult } from '../domain/results.js';
import { renderCsv, type CsvDialect } from './csv.js';
import { renderJson } from './render-projection.js';
import { formatNumber } from '../domain/round.js';
import { compareText } from '../domain/compare-text.js';
import { painter, renderTable, terminalSafe, wrapText } from './table.js';
import { escapeMarkdown, markdownTable } from './markdown.js';

export type ReskillFormat = 'table' | 'json' | 'csv' | 'md';
export interface ReskillRenderOptions {
  color: boolean;
  dialect: CsvDialect;
  /** Function names by id, for tables. */
  names: ReadonlyMap<string, string>;
}

const euro = (v: number): string => `€ ${formatNumber(v, 0)}`;
const fte = (v: number): string => formatNumber(v, 1);

function leftovers(record: Record<string, number>, names: ReadonlyMap<string, string>): string[][] {
  return Object.entries(record)
    .sort(([a], [b]) => compareText(a, b))
    .map(([id, v]) => [`${id} ${names.get(id) ?? ''}`.trim(), fte(v)]);
}

/** The plan's pathways as table rows: from, to (with names), FTE, hours per person, cost, first year. */
function pathwayRows(result: ReskillResult, names: ReadonlyMap<string, string>): string[][] {
  return result.pathways.map((p) => [
    `${p.from} ${names.get(p.from) ?? ''}`,
    `${p.to} ${names.get(p.to) ?? ''}`,
    formatNumber(p.fte, 2),
    formatNumber(p.hours_per_person, 0),
    euro(p.cost),
    String(p.first_year),
  ]);
}

/** Terminal view of the reskilling plan: pathways, what is left, the business case. */
function renderReskillTable(data: ReskillResult, options: ReskillRenderOptions): string {
  const result = terminalSafe(data);
  const names = terminalSafe(options.names);
  const c = painter(options.color);
  const out: string[] = [c.bold(`Reskilling plan: ${result.scenario.title ?? result.scenario.id} (${result.scenario.id})`), ''];
  if (result.pathways.length === 0) out.push('No pathway is used: no surplus can move to a shortage over a viable, desirable and safe pathway.');
  else {
    out.push(
      renderTable(
        [
          { header: 'From', width: 21 },
          { header: 'To', width: 21 },
          { header: 'FTE', width: 6, align: 'right' },
          { header: 'Hours', width: 6, align: 'right' },
          { header: 'Cost', width: 10, align: 'right' },
          { header: 'Year', width: 4, align: 'right' },
        ],
        pathwayRows(result, names),
        options,
      ).trimEnd(),
    );
  }
  const hiring = leftovers(result.hiring_fte, names);
  const surplus = leftovers(result.surplus_fte, names);
  if (hiring.length > 0) out.push('', c.bold('Shortage left for hiring (FTE)'), renderTable([{ header: 'Function', width: 40 }, { header: 'FTE', width: 7, align: 'right' }], hiring, options).trimEnd());
  if (surplus.length > 0) out.push('', c.bold('Surplus left for mobility, van-werk-naar-werk (FTE)'), renderTable([{ header: 'Function', width: 40 }, { header: 'FTE', width: 7, align: 'right' }], surplus, options).trimEnd());
  const b = result.business_case;
  out.push(
    '',
    c.bold('Business case'),
    `  Reskilling           ${euro(b.reskill_cost).padStart(14)}`,
    `  Hiring what is left  ${euro(b.hire_cost).padStart(14)}`,
    `  Surplus left         ${euro(b.surplus_cost).padStart(14)}`,
    `  Total                ${euro(b.total_cost).padStart(14)}`,
    `  Hire all, shed all   ${euro(b.all_hire_cost).padStart(14)}   (saving ${euro(b.all_hire_cost - b.total_cost)})`,
  );
  for (const note of result.notes) out.push(c.dim(`Note: ${note}`));
  return `${out.join('\n')}\n`;
}

/** CSV of the pathways (one row per pathway). */
function renderReskillCsv(result: ReskillResult, options: ReskillRenderOptions): string {
  return renderCsv(
    ['from', 'from_name', 'to', 'to_name', 'fte', 'hours_per_person', 'cost', 'first_year'],
    result.pathways.map((p) => [p.from, options.names.get(p.from) ?? '', p.to, options.names.get(p.to) ?? '', p.fte, p.hours_per_person, p.cost, p.first_year]),
    options.dialect,
  );
}

/** Markdown of the plan, for a memo. */
function renderReskillMarkdown(result: ReskillResult, options: ReskillRenderOptions): string {
  const { names } = options;
  const out = [`# Reskilling plan: ${escapeMarkdown(result.scenario.title ?? result.scenario.id)}`, ''];
  out.push(
    ...markdownTable(
      ['From', 'To', 'FTE', 'Hours per person', 'Cost', 'First year'],
      ['l', 'l', 'r', 'r', 'r', 'r'],
      pathwayRows(result, names),
    ),
  );
  const list = (title: string, rec: Record<string, number>): void => {
    const rows = leftovers(rec, names);
    out.push('', `## ${title}`, '');
    if (rows.length === 0) out.push('None.');
    else out.push(...markdownTable(['Function', 'FTE'], ['l', 'r'], rows));
  };
  list('Shortage left for hiring', result.hiring_fte);
  list('Surplus left for mobility (van-werk-naar-werk)', result.surplus_fte);
  const b = result.business_case;
  out.push('', '## Business case', '', '| | Cost |', '| --- | ---: |');
  out.push(`| Reskilling | ${euro(b.reskill_cost)} |`, `| Hiring what is left | ${euro(b.hire_cost)} |`, `| Surplus left | ${euro(b.surplus_cost)} |`, `| **Total** | **${euro(b.total_cost)}** |`, `| Hire all, shed all | ${euro(b.all_hire_cost)} |`, '');
  for (const note of result.notes) out.push(`- ${note}`);
  return `${out.join('\n')}\n`;
}

export const reskillRenderers = {
  table: renderReskillTable,
  json: (r: ReskillResult) => renderJson(r),
  csv: renderReskillCsv,
  md: renderReskillMarkdown,
} satisfies Record<ReskillFormat, (r: ReskillResult, o: ReskillRenderOptions) => string>;

const yesNo = (b: boolean): string => (b ? 'yes' : 'no');

/** Career-scan view: every destination of one function, sorted by similarity. */
function renderPathwaysTable(data: PathwaysResult, options: { color: boolean }): string {
  const result = terminalSafe(data);
  const c = painter(options.color);
  const f = result.function;
  const r = result.rules;
  const out = [
    c.bold(`Pathways from ${f.id} ${f.name}`),
    wrapText(`${f.family || 'no family'}, level ${f.level ?? '?'}, ${f.status}${f.vulnerable ? ', vulnerable' : ''}. Viable: similarity ≥ ${r.min_similarity} and |level step| ≤ ${r.max_level_step}; desirable: also pay ratio ≥ ${r.min_pay_ratio}; safe: destination not vulnerable. Hours: ${r.hours_per_level} per missing skill level.`, 80, ''),
    '',
    renderTable(
      [
        { header: 'To', width: 27 },
        { header: 'Sim.', width: 4, align: 'right' },
        { header: 'Lvl', width: 3, align: 'right' },
        { header: 'Pay', width: 4, align: 'right' },
        { header: 'Hours', width: 5, align: 'right' },
        { header: 'Viable', width: 6 },
        { header: 'Desir.', width: 6 },
        { header: 'Safe', width: 4 },
      ],
      result.pathways.map((p) => {
        const ok = p.viable && p.desirable && p.safe;
        return [
          ok ? c.green(`${p.to} ${p.name}`) : `${p.to} ${p.name}`,
          p.similarity === null ? '–' : formatNumber(p.similarity, 2),
          p.level_step === null ? '?' : p.level_step > 0 ? `+${p.level_step}` : String(p.level_step),
          p.pay_ratio === null ? '?' : formatNumber(p.pay_ratio, 2),
          formatNumber(p.hours, 0),
          yesNo(p.viable),
          yesNo(p.desirable),
          yesNo(p.safe),
        ];
      }),
      options,
    ).trimEnd(),
    ...routeNotes(result),
  ];
  return `${out.join('\n')}\n`;
}

/** Closed destinations, and — when no route is usable — why, and which setting would change it. */
function routeNotes(result: PathwaysResult): string[] {
  const out: string[] = [];
  const closed = result.pathways.filter((p) => p.closed).map((p) => p.to).sort();
  if (closed.length > 0) {
    out.push('', wrapText(`Closed destinations (filled by selection, never by a computed pathway; reskilling.closed_destinations): ${closed.join(', ')}.`, 80, ''));
  }
  const usable = result.pathways.filter((p) => p.viable && p.desirable && p.safe && !p.closed);
  if (usable.length > 0) return out;
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
      `No route: no destination is viable, desirable, safe and open. ${ranked.map(([s, n]) => `${n} fail on ${s}`).join('; ')}. Changing those settings, or an explicit plan.pathways entry, opens a route.`,
      80,
      '',
    ),
  );
  return out;
}

/** CSV of a function's pathways, with the reasons a rule failed. */
function renderPathwaysCsv(result: PathwaysResult, options: { dialect: CsvDialect }): string {
  return renderCsv(
    ['from', 'to', 'to_name', 'similarity', 'level_step', 'pay_ratio', 'hours', 'cost_per_person', 'viable', 'desirable', 'safe', 'reasons'],
    result.pathways.map((p) => [result.function.id, p.to, p.name, p.similarity, p.level_step, p.pay_ratio, p.hours, p.cost_per_person, p.viable, p.desirable, p.safe, p.reasons.join('; ')]),
    options.dialect,
  );
}

export type PathwaysFormat = 'table' | 'json' | 'csv';
export interface PathwaysRenderOptions {
  color: boolean;
  dialect: CsvDialect;
}

export const pathwaysRenderers = {
  table: renderPathwaysTable,
  json: (r: PathwaysResult) => renderJson(r),
  csv: renderPathwaysCsv,
} satisfies Record<PathwaysFormat, (r: PathwaysResult, o: PathwaysRenderOptions) => string>;
