import type { AttritionEstimate, CalibrationResult } from '../domain/calibration.js';
import { formatNumber } from '../domain/round.js';
import { renderTable, wrapText } from './table.js';
import { escapeMarkdown } from './markdown.js';

export type CalibrationFormat = 'yaml' | 'json' | 'table' | 'md';
interface CalibrationRenderOptions {
  color: boolean;
  /** yaml: write each rate as a [low, likely, high] triple instead of the point estimate. */
  triples: boolean;
}

const pct = (v: number): string => `${formatNumber(v * 100, 1)}%`;
const num = (v: number): string => String(v);
const interval = (e: { low: number; high: number }): string => `${num(e.low)}–${num(e.high)}`;

/** The period in words: "2025 → 2026 (1 year)". */
function period(r: CalibrationResult): string {
  return `1 January ${r.from} → 1 January ${r.to} (${r.years} ${r.years === 1 ? 'year' : 'years'})`;
}

/** A YAML scalar: plain when safe in a flow mapping, else double-quoted. */
function scalar(text: string): string {
  return /^[A-Za-zÀ-ÿ0-9][A-Za-zÀ-ÿ0-9 ._/-]*$/.test(text) && !/^(true|false|null|yes|no|on|off|~)$/i.test(text) && !/\s$/.test(text) ? text : JSON.stringify(text);
}

function rateValue(e: { rate: number; low: number; high: number }, triples: boolean): string {
  return triples ? `[${num(e.low)}, ${num(e.rate)}, ${num(e.high)}]` : num(e.rate);
}

function scopeOf(e: AttritionEstimate): string {
  return e.function !== undefined ? `function ${e.function}` : e.family !== undefined ? `family ${e.family}` : 'all';
}

/** The `workforce:` block to paste into a scenario, each rate with its n and 90 % interval in a comment. */
function renderCalibrationYaml(r: CalibrationResult, options: CalibrationRenderOptions): string {
  const lines: string[] = [];
  lines.push(`# spp calibrate: measured ${period(r)}, ${r.method === 'linked' ? `${r.linked} of ${r.old_persons} persons linked by employee_id` : 'aggregate counts (no employee ids: less exact)'}.`);
  lines.push(`# Rates per year; in each comment: n at risk, how many left or moved, and the 90 % (Wilson) interval.`);
  if (options.triples) lines.push('# Each rate is [low, likely, high]: a deterministic run uses the mean (low + likely + high) / 3, Monte Carlo draws it.');
  else lines.push('# Point estimates; --triples writes [low, likely, high] for Monte Carlo.');
  lines.push(`# Age bands cover everyone; a family or function has its own rule (all ages) only with at least ${r.min_at_risk} at risk`);
  lines.push('# and a 90 % interval that excludes the broader rate. No group under privacy.min_group (' + String(r.min_group) + ') is shown.');
  for (const note of r.notes) lines.push(...wrapText(`# ${note}`, 100, '#   ').split('\n'));
  lines.push('workforce:');
  if (r.attrition.length > 0) {
    lines.push('  attrition:');
    for (const e of r.attrition) {
      const keys: string[] = [];
      if (e.ages !== null) keys.push(`ages: "${e.ages}"`);
      if (e.family !== undefined) keys.push(`family: ${scalar(e.family)}`);
      if (e.function !== undefined) keys.push(`function: ${scalar(e.function)}`);
      keys.push(`rate: ${rateValue(e, options.triples)}`);
      lines.push(`    - { ${keys.join(', ')} }   # n=${e.at_risk}, ${e.left} left, 90%: ${interval(e)}`);
    }
  }
  if (r.renewal !== null) {
    const e = r.renewal;
    lines.push(`  temporary: { renewal_rate: ${rateValue(e, options.triples)} }   # ${e.ending} contracts ended, ${e.renewed} renewed, 90%: ${interval(e)}`);
  }
  if (r.transitions.length > 0) {
    lines.push('  transitions:');
    let from = '';
    for (const t of r.transitions) {
      if (t.from !== from) {
        from = t.from;
        lines.push(`    ${scalar(t.from)}:`);
      }
      lines.push(`      ${scalar(t.to)}: ${rateValue(t, options.triples)}   # n=${t.at_risk}, ${t.moved} moved, 90%: ${interval(t)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function renderCalibrationJson(r: CalibrationResult): string {
  return `${JSON.stringify(r, null, 2)}\n`;
}

/** Counts of what happened to the old snapshot's people. */
function outcomeRows(r: CalibrationResult): [string, string][] {
  const rows: [string, string][] = [
    ['persons in the old snapshot', String(r.old_persons)],
    ['persons in the new snapshot', String(r.new_persons)],
  ];
  const add = (label: string, v: number | null): void => {
    if (v !== null) rows.push([label, String(v)]);
  };
  add('linked (found again)', r.linked);
  add('stayed in their function', r.stayed);
  add('moved to another function', r.moved);
  add('left (attrition)', r.left);
  add('retired (reached the AOW age)', r.retired);
  add('worked past the AOW age', r.worked_past_aow);
  add('temporary contract ended, not renewed', r.contract_ended);
  add('joiners (not at risk)', r.joiners);
  return rows;
}

/** Terminal table: what happened, then every estimate. */
function renderCalibrationTable(r: CalibrationResult, options: CalibrationRenderOptions): string {
  const out: string[] = [];
  out.push(`${wrapText(`Calibration ${period(r)}: ${r.method === 'linked' ? 'persons linked by employee_id' : 'aggregate counts (no ids: less exact)'}`, 80, '')}\n`);
  out.push(renderTable([{ header: 'What happened', width: 44 }, { header: 'Persons', width: 10, align: 'right' }], outcomeRows(r), options));
  out.push('');
  out.push(
    renderTable(
      [
        { header: 'Attrition (per year)', width: 28 },
        { header: 'Ages', width: 7 },
        { header: 'At risk', width: 7, align: 'right' },
        { header: 'Left', width: 5, align: 'right' },
        { header: 'Rate', width: 6, align: 'right' },
        { header: '90% interval', width: 15, align: 'right' },
      ],
      r.attrition.map((e) => [scopeOf(e), e.ages ?? 'all', String(e.at_risk), String(e.left), pct(e.rate), `${pct(e.low)}–${pct(e.high)}`]),
      options,
    ),
  );
  if (r.transitions.length > 0) {
    out.push('');
    out.push(
      renderTable(
        [
          { header: 'Transition (per year)', width: 28 },
          { header: 'At risk', width: 7, align: 'right' },
          { header: 'Moved', width: 5, align: 'right' },
          { header: 'Rate', width: 6, align: 'right' },
          { header: '90% interval', width: 15, align: 'right' },
        ],
        r.transitions.map((t) => [`${t.from} → ${t.to}`, String(t.at_risk), String(t.moved), pct(t.rate), `${pct(t.low)}–${pct(t.high)}`]),
        options,
      ),
    );
  }
  out.push('');
  out.push(wrapText(r.renewal === null ? 'Renewal of temporary contracts: not estimated.' : `Renewal of temporary contracts: ${r.renewal.renewed} of ${r.renewal.ending} ended contracts renewed, ${pct(r.renewal.rate)} (90%: ${pct(r.renewal.low)}–${pct(r.renewal.high)}).`, 80, ''));
  for (const note of r.notes) out.push(wrapText(`* ${note}`, 80, '  '));
  out.push('');
  out.push('--format yaml writes the workforce: block to paste into a scenario.');
  return `${out.join('\n')}\n`;
}

/** Markdown: the same content, for a memo to the directieteam or the OR. */
function renderCalibrationMarkdown(r: CalibrationResult, options: CalibrationRenderOptions): string {
  const out: string[] = [];
  out.push(`# Calibration ${period(r)}`, '');
  out.push(r.method === 'linked' ? `Persons linked by their pseudonymous employee_id: ${r.linked} of ${r.old_persons}. Age bands cover everyone; a family or function has its own rule only with at least ${r.min_at_risk} at risk and a 90 % interval that excludes the broader rate; no group under ${r.min_group} is shown.` : '**Aggregate counts only** (no employee ids): less exact.', '');
  out.push('| what happened | persons |', '| --- | ---: |', ...outcomeRows(r).map(([a, b]) => `| ${a} | ${b} |`), '');
  out.push('## Attrition per year', '', '| scope | ages | at risk | left | rate | 90 % interval |', '| --- | --- | ---: | ---: | ---: | ---: |');
  for (const e of r.attrition) out.push(`| ${escapeMarkdown(scopeOf(e))} | ${e.ages ?? 'all ages'} | ${e.at_risk} | ${e.left} | ${pct(e.rate)} | ${pct(e.low)}–${pct(e.high)} |`);
  out.push('');
  if (r.transitions.length > 0) {
    out.push('## Transitions per year', '', '| from | to | at risk | moved | rate | 90 % interval |', '| --- | --- | ---: | ---: | ---: | ---: |');
    for (const t of r.transitions) out.push(`| ${escapeMarkdown(t.from)} | ${escapeMarkdown(t.to)} | ${t.at_risk} | ${t.moved} | ${pct(t.rate)} | ${pct(t.low)}–${pct(t.high)} |`);
    out.push('');
  }
  out.push('## Renewal of temporary contracts', '');
  out.push(r.renewal === null ? 'Not estimated.' : `${r.renewal.renewed} of ${r.renewal.ending} ended contracts renewed: ${pct(r.renewal.rate)} (90 %: ${pct(r.renewal.low)}–${pct(r.renewal.high)}).`, '');
  if (r.notes.length > 0) out.push('## Notes', '', ...r.notes.map((n) => `* ${n}`), '');
  out.push('## For the scenario', '', '```yaml', renderCalibrationYaml(r, options).trimEnd(), '```', '');
  return out.join('\n');
}

export const calibrationRenderers = {
  yaml: renderCalibrationYaml,
  json: (r: CalibrationResult) => renderCalibrationJson(r),
  table: renderCalibrationTable,
  md: renderCalibrationMarkdown,
} satisfies Record<CalibrationFormat, (r: CalibrationResult, o: CalibrationRenderOptions) => string>;
