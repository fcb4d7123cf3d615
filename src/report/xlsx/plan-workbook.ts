import { leftFte, PLAN_COST_KINDS, reducedHoursFte, reducedHoursWholePersons, type PlanBinding, type PlanResult } from '../../domain/plan.js';
import { bindingSentence, shortfallCause } from '../plan-sentences.js';
import { PLAN_WORDS } from '../plan-words.js';
import { unmetLine, withLocalNames } from '../render-plan.js';
import { functionLabel, shownFunctionId } from '../result-notes.js';
import { WORDS } from '../words.js';
import { formatCompact } from '../../domain/round.js';
import { assumptionsSheet, reskillCostTotal, roundingNote, type WorkbookContext } from './result-workbooks.js';
import { renderWorkbook, type Sheet, type SheetColumn, type XlsxCell } from './workbook.js';

type Decision = 'hired_fte' | 'moved_in_fte' | 'moved_out_fte' | 'redundant_fte' | 'overstaffing_fte' | 'shortage_fte';
/** Quantities that are a state on 1 January, shown from the start year (the snapshot) on. */
const STATES: ReadonlySet<string> = new Set(['overstaffing_fte', 'shortage_fte']);

/** A plan's workbook context: `reducedHoursAllowed`, whether the scenario has a plan.reduced_hours rule (SPEC §3.3). */
export interface PlanWorkbookContext extends WorkbookContext {
  reducedHoursAllowed: boolean;
}

/**
 * `spp plan --format xlsx`: the plan as an analyst lays it out.
 * - Plan per jaar: the totals over functions, one row per quantity, one column per year (Vertrek
 *   right after Werven, as the table; Minder uren only when the scenario has a plan.reduced_hours rule);
 * - one wide sheet per decision (hire, pathways in/out, placed outside, overstaffing, shortage):
 *   functions as rows, years as columns, a total row;
 * - Routes: every pathway flow per year with its FTE, hours and cost;
 * - Kosten: per year paid (as costs.by_year) and kind (Minder uren as Plan per jaar), the plan total and the two alternatives with what the plan saves;
 * - Onvervulde vraag and Knelpunten: where demand falls short and why, the limits that bind;
 * - Aannames: the scenario's settings, the plan's notes and the stamp.
 * A year's column is the state on 1 January and the decisions that took effect that day, as in the
 * table; the start year is the snapshot (no decisions), so decision sheets start one year later. Its
 * overstaffing and unmet demand are states, not decisions: they are there from the start year, as
 * in the table, Markdown and CSV.
 */
export async function renderPlanWorkbook(plan: PlanResult, context: PlanWorkbookContext): Promise<Uint8Array> {
  const { lang } = context;
  const result = withLocalNames(plan, lang);
  const w = WORDS[lang];
  const p = PLAN_WORDS[lang];
  const names = new Map(result.functions.map((f) => [f.id, f.name]));
  const name = (id: string): string => names.get(id) ?? '';
  const yearColumns = (years: readonly number[]): SheetColumn[] => years.map((y) => ({ header: String(y), kind: 'fte', width: 9 }));
  const lead: SheetColumn[] = [
    { header: w.functionId, kind: 'code' },
    { header: w.name, kind: 'text' },
    { header: w.family, kind: 'text' },
  ];
  const sum = (values: readonly number[]): number => values.reduce((s, v) => s + v, 0);

  const totals = result.totals.years;
  const wholePersons = reducedHoursWholePersons(result.functions);
  // Reduced hours only where the scenario has the lever (a plan.reduced_hours rule), as the report's
  // plan table: without one, rows and a cost column of zeros name a lever that does not exist. With a
  // rule they stay, zero or not, so that a reader sees the plan did not use it.
  const withReducedHours = context.reducedHoursAllowed || totals.some((y) => y.reduced_hours_persons > 0);
  const kinds = PLAN_COST_KINDS.filter((kind) => withReducedHours || kind !== 'reduced_hours');
  const decisionRow = (label: string, key: Decision): XlsxCell[] => [label, ...totals.map((y, k) => (k === 0 && !STATES.has(key) ? null : y[key]))];
  const perYearRows: XlsxCell[][] = [
    [p.supplyFte, ...totals.map((y) => y.fte)],
    [p.demandFte, ...totals.map((y) => y.demand_fte)],
    decisionRow(p.sheets.hire, 'hired_fte'),
    // Who left without a decision and newcomers who did not stay, right after Werven as in the table and
    // Markdown: Bezetting = the year before's + Werven − Vertrek − Buiten geplaatst.
    [p.leftFte, ...totals.map((y, k) => (k === 0 ? null : leftFte(y)))],
    decisionRow(p.sheets.movedIn, 'moved_in_fte'),
    decisionRow(p.sheets.outside, 'redundant_fte'),
    decisionRow(p.sheets.over, 'overstaffing_fte'),
    decisionRow(p.sheets.short, 'shortage_fte'),
  ];
  const rowKinds = new Map<number, 'int' | 'euro'>();
  if (withReducedHours) {
    // Reduced hours as the FTE given up, as the other rows, and the persons whole (rounded up per
    // function): the plan's count is continuous, and "6,6" persons in a sheet for people reads wrong.
    perYearRows.push([p.reducedHoursFte, ...totals.map((y, k) => (k === 0 ? null : reducedHoursFte(y)))]);
    rowKinds.set(perYearRows.length, 'int');
    perYearRows.push([p.reducedHoursPersons, ...wholePersons.map((y, k) => (k === 0 ? null : y.persons))]);
  }
  // By the year paid (SPEC §3.3, as the JSON and the Kosten sheet), not the column's decisions: labelled so.
  // The costs row is euros in a sheet of FTE columns: its own format (it showed 765.982,0 as if FTE).
  rowKinds.set(perYearRows.length, 'euro');
  perYearRows.push([p.costsRow, ...result.years.map((year) => result.costs.by_year.find((y) => y.year === year)?.total ?? null)]);
  const perYear: Sheet = {
    name: p.sheets.perYear,
    columns: [{ header: p.quantity, kind: 'text', width: 30 }, ...yearColumns(result.years)],
    rows: perYearRows,
    rowKinds,
    freezeColumns: 1,
  };

  const decision = (title: string, key: Decision): Sheet => {
    const from = STATES.has(key) ? 0 : 1;
    return {
      name: title,
      columns: [...lead, ...yearColumns(result.years.slice(from))],
      rows: [
        ...result.functions.map((f): XlsxCell[] => [shownFunctionId(f.id, lang), f.name, f.family, ...f.years.slice(from).map((y) => y[key])]),
        [w.total, null, null, ...totals.slice(from).map((y) => y[key])],
      ],
      freezeColumns: 3,
      totalRows: 1,
    };
  };

  const routes: Sheet = {
    name: p.sheets.routes,
    columns: [
      { header: WORDS[lang].reskill.from, kind: 'code' },
      { header: WORDS[lang].reskill.fromName, kind: 'text' },
      { header: WORDS[lang].reskill.to, kind: 'code' },
      { header: WORDS[lang].reskill.toName, kind: 'text' },
      { header: w.year, kind: 'year' },
      { header: p.fte, kind: 'fte' },
      { header: p.hoursPerPerson, kind: 'hours' },
      { header: p.retention, kind: 'share' },
      { header: p.explicit, kind: 'text' },
      { header: WORDS[lang].reskill.cost, kind: 'euro' },
    ],
    rows: [
      ...result.pathways.map((r): XlsxCell[] => [shownFunctionId(r.from, lang), name(r.from), shownFunctionId(r.to, lang), name(r.to), r.year, r.fte, r.hours_per_person, r.retention, r.explicit ? w.yes : w.no, r.cost]),
      [w.total, null, null, null, null, sum(result.pathways.map((r) => r.fte)), null, null, null, reskillCostTotal(result.pathways.map((r) => r.cost), result.costs.by_kind.reskilling, context.discountRate)],
    ],
    freezeColumns: 4,
    totalRows: 1,
  };

  const { no_pathways: withoutPathways, no_plan: noPlan } = result.alternatives;
  const unmet = unmetLine(result, lang);
  const costs: Sheet = {
    name: p.sheets.costs,
    columns: [{ header: p.paidIn, kind: 'year', width: 22 }, ...kinds.map((kind): SheetColumn => ({ header: p.kinds[kind], kind: 'euro' })), { header: w.total, kind: 'euro' }, { header: p.savingVsPlan, kind: 'euro' }],
    rows: [
    // By the year paid, as costs.by_year (SPEC §3.3): a decision in the year it is made.
      ...result.costs.by_year.map((y): XlsxCell[] => [y.year, ...kinds.map((kind) => y[kind]), y.total, null]),
      [p.planTotal, ...kinds.map((kind) => result.costs.by_kind[kind]), result.costs.total, null],
      // No plan without pathways meets the limits: said in the row, no amounts.
      withoutPathways === null ? [p.withoutPathways, p.impossible] : [p.withoutPathways, ...kinds.map((kind) => withoutPathways.by_kind[kind]), withoutPathways.total, withoutPathways.saving],
      [p.noPlan, ...kinds.map((kind) => noPlan.by_kind[kind]), noPlan.total, noPlan.saving],
      // Discounted only when the scenario sets a rate: with 0 (the default) nothing is.
      [p.costSheetNote((context.discountRate ?? 0) > 0 ? { rate: `${formatCompact((context.discountRate ?? 0) * 100, 4, lang)}%`, year: result.years[0]! } : null)],
      // The demand each column leaves unmet (as under spp plan's business case): no plan meets it all.
      ...(unmet === null ? [] : [[unmet]]),
    ],
    freezeColumns: 1,
    boldRows: [result.costs.by_year.length],
  };

  // The budget's shadow prices are per euro: shown per € 1,000, as the sentence says.
  const perUnit = (b: PlanBinding): number => (b.constraint === 'reskilling.budget_per_year' ? 1000 : 1);
  // As the terminal and the report: a shortfall that rounds to 0,0 fte says nothing (the JSON keeps it).
  const shown = result.shortfalls.filter((s) => s.shortage_fte >= 0.05);
  const shortfalls: Sheet = {
    name: p.sheets.shortfalls,
    columns: [
      { header: w.functionId, kind: 'code' },
      { header: w.name, kind: 'text' },
      { header: w.year, kind: 'year' },
      { header: p.shortFte, kind: 'fte' },
      { header: p.cause, kind: 'text', width: 60 },
    ],
    rows: shown.length === 0 ? [[p.noShortfall]] : shown.map((s): XlsxCell[] => [shownFunctionId(s.function, lang), name(s.function), s.year, s.shortage_fte, shortfallCause(s, lang)]),
    freezeColumns: 2,
  };
  const binding: Sheet = {
    name: p.sheets.binding,
    columns: [
      { header: p.limit, kind: 'text' },
      { header: w.year, kind: 'year' },
      { header: w.functionId, kind: 'code' },
      { header: p.perUnitShortage, kind: 'ratio' },
      { header: p.perUnitSaving, kind: 'euro' },
      { header: p.description, kind: 'text', width: 60 },
    ],
    rows: result.binding.length === 0 ? [[p.noBinding]] : result.binding.map((b): XlsxCell[] => [b.constraint, b.year, b.function === null ? '' : shownFunctionId(b.function, lang), b.shortage_reduction * perUnit(b), b.shadow_price * perUnit(b), bindingSentence(b, lang, (id) => functionLabel(id, names.get(id), lang))]),
    freezeColumns: 1,
  };

  const sheets: Sheet[] = [
    perYear,
    decision(p.sheets.hire, 'hired_fte'),
    decision(p.sheets.movedIn, 'moved_in_fte'),
    decision(p.sheets.movedOut, 'moved_out_fte'),
    decision(p.sheets.outside, 'redundant_fte'),
    decision(p.sheets.over, 'overstaffing_fte'),
    decision(p.sheets.short, 'shortage_fte'),
    routes,
    costs,
    shortfalls,
    binding,
    assumptionsSheet(context, [`${p.objectiveLabel}: ${p.objective[result.objective]}`, roundingNote(lang)], result.noteFacts),
  ];
  return renderWorkbook(sheets, { lang, asShown: true });
}
