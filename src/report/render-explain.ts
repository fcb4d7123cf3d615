import type { ExplainResult } from '../domain/results.js';
import { formatNumber } from '../domain/round.js';
import { renderJson } from './render-projection.js';
import { formatPosition, QUADRANT_NAMES } from '../domain/organise.js';
import { painter, terminalSafe, wrapText } from './table.js';
import { escapeMarkdown } from './markdown.js';

export type ExplainFormat = 'table' | 'json' | 'md';
export interface ExplainRenderOptions {
  color: boolean;
  /** Only this year (default: every year of the horizon). */
  year?: number;
}

const f1 = (v: number): string => formatNumber(v, 2);
/** Outflows are shown with a minus even when zero, inflows with a plus. */
const minus = (v: number): string => `−${f1(Math.abs(v))}`;
const plus = (v: number): string => `+${f1(Math.abs(v))}`;
const pct = (v: number): string => `${formatNumber(v * 100, 1)}%`;

/** A label and a right-aligned figure in 80 columns; a long label wraps and the figure goes on its last line. */
function line(label: string, value: string, width = 68): string {
  const lines = wrapText(label, width, '      ').split('\n');
  const last = lines.pop() ?? '';
  const pad = Math.max(1, width - [...last].length);
  return [...lines, `${last}${' '.repeat(pad)}${value.padStart(12)}`].join('\n');
}

function explainYear(y: ExplainResult['years'][number], start: number, bold: (s: string) => string): string[] {
  const s = y.supply;
  const d = y.demand;
  const out: string[] = [bold(String(y.year))];
  out.push(line(`  Supply on 1 January ${y.year} (${f1(s.start_persons)} persons)`, f1(s.start_fte)));
  out.push(line(`    − retired (reach AOW age ${formatNumber(s.aow_age, 2)} in ${y.year})`, minus(s.retired_fte)));
  if (s.contract_ending_fte > 0) {
    out.push(line(`    − temporary contracts ended (${f1(s.contract_ending_fte)} ending, ${f1(s.renewed_fte)} renewed)`, minus(s.contract_ended_fte)));
  }
  for (const a of s.attrition) {
    out.push(line(`    − attrition, ages ${a.ages}: ${pct(a.rate)} of ${f1(a.base_fte)} (attrition[${a.rule_index}])`, minus(a.fte)));
  }
  for (const m of s.moved_out) out.push(line(`    − moved to ${m.to} (${pct(m.share)} a year)`, minus(m.fte)));
  for (const m of s.moved_in) out.push(line(`    + moved in from ${m.from}`, plus(m.fte)));
  out.push(line(`    = supply on 1 January ${y.year + 1} (${f1(s.end_persons)} persons)`, f1(s.end_fte)));
  if (d.points_fte !== null) {
    out.push(line('  Demand from the scenario\'s points (emerging function)', f1(d.demand_fte)));
  } else {
    out.push(line('  Demand at the start (formation, else occupied FTE)', f1(d.base_fte)));
    out.push(line(`    × growth: ${d.growth.rule}`, `×${formatNumber(d.growth.factor, 4)}`));
    const autos = d.automation.filter((a) => a.share > 0 && a.level > 0);
    for (const a of autos) {
      out.push(`      automation ${a.category}: share ${formatNumber(a.share, 3)} × level ${formatNumber(a.level, 3)} = ${formatNumber(a.automated, 4)}`);
    }
    out.push(line(`    × labour 1 − (1 − ${formatNumber(d.reinvested, 2)} reinvested) × ${formatNumber(d.automated_share, 4)} automated`, `×${formatNumber(d.labour_factor, 4)}`));
    for (const o of d.overrides) out.push(line(`    × override ${o.rule}`, `×${formatNumber(o.factor, 4)}`));
    if (d.target_fte !== null) {
      out.push(line('    = the model\'s demand, replaced by the formation plan (demand.targets)', f1(d.base_fte * d.growth.factor * d.labour_factor * d.override_factor)));
    }
    out.push(line(d.target_fte !== null ? '    = demand (demand.targets)' : '    = demand', f1(d.demand_fte)));
  }
  out.push(line(`  Gap = supply − demand (${y.gap_fte < 0 ? 'shortage' : y.gap_fte > 0 ? 'surplus' : 'balanced'})`, f1(y.gap_fte)));
  if (y.year > start) {
    out.push(line(`    since ${start}: replacement demand (net outflow, people who left)`, f1(y.replacement_fte)));
    out.push(line(`    since ${start}: expansion demand (change of demand, the work)`, f1(y.expansion_fte)));
  }
  return out;
}

/** Where the function's work sits in standard and custom work (SPEC §3.7), now and at the horizon. */
function positionLines(result: ExplainResult): string[] {
  const p = result.position;
  const years = result.years.map((y) => y.year);
  const start = years[0];
  const end = years[years.length - 1];
  if (p.quadrant === null || p.quadrant_end === null) return [wrapText('Work: no position (none of its task categories has a predictability/complexity profile)', 80, '    ')];
  const now = `${QUADRANT_NAMES.en[p.quadrant]} in ${start} (predictability ${formatPosition(p.predictability)}, complexity ${formatPosition(p.complexity)})`;
  const later = `${formatPosition(p.predictability_end)}, ${formatPosition(p.complexity_end)} in ${end}`;
  const text =
    p.quadrant_year === null
      ? `Work: ${now}; the same quadrant in ${end} (${later})`
      : `Work: ${now}; ${QUADRANT_NAMES.en[p.quadrant_end]} from ${p.quadrant_year} (${later})`;
  return [wrapText(text, 80, '    ')];
}

/** The action plan's decisions for the function (spp plan), when the scenario has a plan: block. */
function explainPlanLines(result: ExplainResult, bold: (s: string) => string): string[] {
  const plan = result.plan;
  if (plan === undefined) return [];
  const out = [bold('Action plan (spp plan): decisions that take effect on 1 January of each year')];
  out.push('  Year      FTE  Demand   Hire  In  Out  Outside  Over  Short');
  for (const y of plan.years.slice(1)) {
    const n = (v: number, w: number) => (Math.abs(v) < 0.005 ? '–' : formatNumber(v, 1)).padStart(w);
    out.push(`  ${y.year} ${n(y.fte, 8)} ${n(y.demand_fte, 7)} ${n(y.hired_fte, 6)} ${n(y.moved_in_fte, 3)} ${n(y.moved_out_fte, 4)} ${n(y.redundant_fte, 8)} ${n(y.overstaffing_fte, 5)} ${n(y.shortage_fte, 6)}`);
  }
  for (const p of plan.pathways) {
    const dir = p.from === result.id ? `to ${p.to}` : `from ${p.from}`;
    out.push(`  ${p.year}: ${formatNumber(p.fte, 2)} FTE ${dir} (pathway, € ${formatNumber(p.cost, 0)})`);
  }
  for (const s of plan.shortfalls) out.push(wrapText(`  ${s.year}: ${formatNumber(s.shortage_fte, 1)} FTE short: ${s.cause}`, 80, '    '));
  out.push('');
  return out;
}

/** The chain in words and figures a consultant can check by hand. */
function renderExplainText(data: ExplainResult, options: { color: boolean; year?: number }): string {
  const result = terminalSafe(data);
  const c = painter(options.color);
  const st = result.status;
  const t = st.thresholds;
  const head = [
    c.bold(`${result.id} ${result.name}`) + ` (${result.family || 'no family'}), scenario ${result.scenario.id}`,
    `Status: ${st.status}${st.flags.length ? ` (also ${st.flags.join(', ')})` : ''}${st.status_year !== null ? ` since ${st.status_year}` : ''}${st.vulnerable ? ', VULNERABLE' : ''}`,
    wrapText(`  because ${st.rule}`, 80, '    '),
    wrapText(
      `  numbers: demand ratio ${st.demand_ratio === null ? '–' : formatNumber(st.demand_ratio, 3)}, automated share ${formatNumber(st.automated_share, 3)}, ` +
        `shift ${formatNumber(st.shift, 3)} (task mix ${formatNumber(st.task_shift, 3)}, skills ${formatNumber(st.skill_shift, 3)})`,
      80,
      '    ',
    ),
    wrapText(`  thresholds: disappear ≤ ${t.disappear_ratio}, change ≥ ${t.change_share} automated or shift ≥ ${t.shift}, volume ±${t.volume}`, 80, '    '),
    ...positionLines(result),
    '',
  ];
  const rules = new Map<number, string>();
  for (const y of result.years) for (const a of y.supply.attrition) rules.set(a.rule_index, a.rule);
  if (rules.size > 0) {
    head.push('Attrition rules applied (the most specific matching rule wins):');
    for (const [, rule] of [...rules].sort(([a], [b]) => a - b)) head.push(`  ${rule}`);
    head.push('');
  }
  const years = options.year === undefined ? result.years : result.years.filter((y) => y.year === options.year);
  const start = result.years[0]?.year ?? 0;
  const body = years.flatMap((y) => [...explainYear(y, start, (s) => c.bold(s)), '']);
  const tail = result.assumptions.map((a) => c.dim(wrapText(`Assumption: ${a}`)));
  return `${[...head, ...body, ...explainPlanLines(result, (s) => c.bold(s)), ...tail].join('\n').trimEnd()}\n`;
}

/** Markdown: the same chain in a fenced block, for a memo. */
function renderExplainMarkdown(result: ExplainResult, options: { year?: number }): string {
  const text = renderExplainText(result, { color: false, ...options });
  // A fence longer than any backtick run in the text, so a name cannot close it.
  const fence = '`'.repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  return `# Explain ${escapeMarkdown(`${result.id} ${result.name}`)}\n\n${fence}text\n${text}${fence}\n`;
}

export const explainRenderers = {
  table: renderExplainText,
  json: (r: ExplainResult) => renderJson(r),
  md: (r: ExplainResult, o: ExplainRenderOptions) => renderExplainMarkdown(r, o.year !== undefined ? { year: o.year } : {}),
} satisfies Record<ExplainFormat, (r: ExplainResult, o: ExplainRenderOptions) => string>;
