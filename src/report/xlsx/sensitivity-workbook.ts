import type { SensitivityAssumption, SensitivityResult } from '../../domain/sensitivity.js';
import { formatNumber } from '../../domain/round.js';
import { assumptionLabeller, assumptionValue, settingFormatters } from '../directie/assumption-label.js';
import { baseValueText, byPlanCost, deltaText, notesOf, sensitivityWorkbookWords } from '../render-sensitivity.js';
import { yearSpan } from '../words.js';
import { assumptionsSheet, type WorkbookContext } from './result-workbooks.js';
import { renderWorkbook, type Sheet, type XlsxCell } from './workbook.js';

/**
 * `spp sensitivity --out x.xlsx`: the tornado as a spreadsheet for a directieteam's memo.
 * - Gevoeligheid: every assumption in rank order, in the report's words with its key in the scenario
 *   beside it, its base value and the values moved to (in words: "3,5%", "€ 9.600", "−2 jaar"), then
 *   the change of the gap at the horizon and of the shortage (numbers, FTE and FTE-years) and the swing;
 *   with a plan also the change of the plan's cost (€);
 * - Kosten plan (with a plan): the same assumptions ranked by the swing of the plan's cost;
 * - Toelichting: the base run, how to read Δ, what matters most and the notes, one sentence a row;
 * - Aannames: the scenario's settings and the stamp.
 * The Δ figures keep full precision (as spp compare's workbook): they are differences of two runs, not
 * amounts a reader adds up.
 */
export async function renderSensitivityWorkbook(result: SensitivityResult, names: ReadonlyMap<string, string>, context: WorkbookContext): Promise<Uint8Array> {
  const { lang } = context;
  const w = sensitivityWorkbookWords(lang);
  const f = settingFormatters(lang, context.label);
  const labelOf = assumptionLabeller(lang, f, names);
  const d = deltaText(result.delta, lang);
  const { start, end } = result.scenario.horizon;
  const plan = result.base.plan_cost !== null;
  const described = (a: SensitivityAssumption): XlsxCell[] => [labelOf(a.path), a.path, baseValueText(a, f, lang), assumptionValue(a, a.low_value, f, lang), assumptionValue(a, a.high_value, f, lang)];
  // Rank, the assumption in words and its key, its base value and the values moved to: both sheets start so.
  const describedColumns: Sheet['columns'] = [
    { header: w.rank, kind: 'int', width: 6 },
    { header: w.assumption, kind: 'text', width: 44 },
    { header: w.key, kind: 'text', width: 36 },
    { header: w.base, kind: 'text', width: 16 },
    { header: w.low(d), kind: 'text', width: 16 },
    { header: w.high(d), kind: 'text', width: 16 },
  ];

  const gap: Sheet = {
    name: w.sheets.gap,
    columns: [
      ...describedColumns,
      { header: w.gapLow(end), kind: 'fte' },
      { header: w.gapHigh(end), kind: 'fte' },
      { header: w.shortageLow, kind: 'fte' },
      { header: w.shortageHigh, kind: 'fte' },
      { header: w.swingGap, kind: 'fte' },
      ...(plan ? [{ header: w.planLow, kind: 'euro' as const }, { header: w.planHigh, kind: 'euro' as const }] : []),
    ],
    rows: result.assumptions.map((a, i) => [
      i + 1,
      ...described(a),
      a.effects.gap_fte.low,
      a.effects.gap_fte.high,
      a.effects.shortage_fte_years.low,
      a.effects.shortage_fte_years.high,
      a.swing_gap_fte,
      ...(plan ? [a.effects.plan_cost.low, a.effects.plan_cost.high] : []),
    ]),
    freezeColumns: 2,
  };

  const sheets: Sheet[] = [gap];
  if (plan) {
    sheets.push({
      name: w.sheets.plan,
      columns: [
        ...describedColumns,
        { header: w.planLow, kind: 'euro' },
        { header: w.planHigh, kind: 'euro' },
        { header: w.swingPlan, kind: 'euro' },
      ],
      rows: byPlanCost(result).map((a, i) => [i + 1, ...described(a), a.effects.plan_cost.low, a.effects.plan_cost.high, a.swing_plan_cost]),
      freezeColumns: 2,
    });
  }

  // The base run and how to read the sheets, in the terminal's sentences, before the settings and the stamp.
  const n1 = (v: number): string => formatNumber(v, 1, lang);
  const lines = [
    `${w.baseLine(end, n1(result.base.gap_fte), n1(result.base.shortage_fte_years), start < end ? yearSpan(start + 1, end) : null)}${plan ? ` ${w.basePlan(formatNumber(result.base.plan_cost!, 0, lang))}` : ''}`,
    w.legend,
  ];
  const top = result.assumptions.filter((a) => a.swing_gap_fte > 0).slice(0, 3).map((a) => labelOf(a.path));
  if (top.length > 0) lines.push(w.top(end, top.join(', ')));
  const topPlan = plan ? byPlanCost(result).filter((a) => (a.swing_plan_cost ?? 0) > 0).slice(0, 3).map((a) => labelOf(a.path)) : [];
  if (topPlan.length > 0) lines.push(w.topPlan(topPlan.join(', ')));
  const notes = notesOf(result, lang, labelOf);
  // The terminal writes them after "Let op:"; on their own in a cell they start with a capital.
  const sentence = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
  lines.push(...notes.general.map(sentence), ...notes.perAssumption.map((n) => `${labelOf(n.path)}: ${n.text}`));
  sheets.push({ name: w.sheets.notes, columns: [{ header: w.sheets.notes, kind: 'text', width: 120 }], rows: lines.map((line) => [line]) });
  sheets.push(assumptionsSheet({ ...context, notes: [] }));
  return renderWorkbook(sheets, { lang });
}
