import { PLAN_WORDS } from '../plan-words.js';
import type { ProjectResult, ReskillResult, Stamp } from '../../domain/results.js';
import type { PlanNoteFact } from '../../domain/plan.js';
import { planNote } from '../plan-sentences.js';
import { shownFunctionId } from '../result-notes.js';
import type { YearRow } from '../../domain/projection.js';
import type { AssumptionRow } from '../directie/report-data.js';
import type { Lang } from '../labels.js';
import { modelNote, translateNote, translateRule } from '../notes.js';
import { WORDS, type Words } from '../words.js';
import { reskillCaveat, reskillUnmetLine, routeYears, savingLines } from '../render-reskill.js';
import { renderWorkbook, type Sheet, type SheetColumn, type XlsxCell } from './workbook.js';
import { compareText } from '../../domain/compare-text.js';
import { yamlFlowValue } from '../../domain/yaml-text.js';
import type { Withheld } from '../../domain/suppress.js';
import { shownValue, withheldNote } from '../privacy-marks.js';
import { groupWorkNote } from '../render-projection.js';

/** What every workbook carries besides its views: the scenario's settings and the stamp. */
export interface WorkbookContext {
  lang: Lang;
  /** Every setting of the scenario with its source (the report's appendix list). */
  assumptions: readonly AssumptionRow[];
  /** The model's own assumptions (`spp project`) or the result's notes (a plan's, a comparison's): English lines, translated here. */
  notes: readonly string[];
  /** Whether `notes` are the model's assumptions (labelled so on the sheet) rather than notes on a result. */
  notesAreAssumptions?: boolean;
  stamp: Stamp;
  /** Task-category and skill labels, for the notes. */
  label: (id: string) => string;
  /** The scenario's plan.discount_rate (a plan's workbook); absent or 0: costs are not discounted. */
  discountRate?: number;
}

/**
 * The total of a column of reskilling costs (per pathway or per year, undiscounted, each rounded to the
 * euro): undiscounted, the plan's own reskilling cost — the same figures summed before rounding, the
 * total every other output shows (README: each amount rounded on its own, the total the plan's); with a
 * discount rate that total is discounted and these amounts are not, so the column's own sum.
 */
export function reskillCostTotal(amounts: readonly number[], planTotal: number, discountRate = 0): number {
  return discountRate === 0 ? planTotal : amounts.reduce((s, v) => s + v, 0);
}

/** The assumptions and reproducibility stamp, on their own sheet. */
/**
 * Why a column of the plan and reskill workbooks may not add up to its total by a tenth or a euro: each
 * cell holds its number as shown, and a total is rounded from the unrounded figures (README, xlsx).
 * Said in the workbook itself, for the reader who sums a column in Excel.
 */
export function roundingNote(lang: Lang): string {
  return lang === 'nl'
    ? 'Elk getal staat er zoals het getoond wordt (fte op één decimaal, euro’s heel); een totaal is berekend uit de onafgeronde cijfers en dan afgerond, dus de som van een kolom kan 0,1 fte of € 1 van het totaal afwijken (afrondingsverschil).'
    : 'Each number is held as shown (FTE to one decimal, whole euros); a total is computed from the unrounded figures and then rounded, so the sum of a column may differ from its total by 0.1 FTE or €1 (a rounding difference).';
}

/**
 * `say`: a note of `context.notes` in the reader's language — by default a plan's note, with `facts`
 * (PlanResult.noteFacts) for the ones that name functions; a comparison passes its own (compareNote).
 */
export function assumptionsSheet(context: WorkbookContext, extra: readonly string[] = [], facts: readonly PlanNoteFact[] = [], say: (note: string) => string = (note) => planNote(note, facts, context.lang, context.label)): Sheet {
  const w = WORDS[context.lang].assumptions;
  // A number as a number: as text, a negative rate would show the apostrophe that keeps a leading '-' from being a formula.
  // Any other value in the workbook's language, as spp compare's workbook writes it: `[-0,3; 0,1]` in a
  // Dutch one (it wrote `[-0.3, 0.1]`). A path given on the command line stays as given.
  // Text as text: a cell holds it whole, so the quotes YAML would need around a description with a colon
  // ("\"Bezuinigingen door een krimpend gemeentefonds: …\"") only stood in the reader's way.
  const valueOf = (a: AssumptionRow): XlsxCell =>
    typeof a.setting === 'number' || typeof a.setting === 'string' ? a.setting : a.given !== null ? a.value : yamlFlowValue(a.setting, a.key, context.lang === 'nl');
  const rows: XlsxCell[][] = context.assumptions.map((a) => [a.key, valueOf(a), a.given !== null ? w.commandLine(a.given) : (a.source ?? w.defaultSource)]);
  // A plan's notes (why it costs more, which limits bind) are not assumptions: only the model's own are labelled so.
  for (const note of extra) rows.push([w.note, translateNote(note, context.lang, context.label), '']);
  for (const note of context.notes) rows.push([context.notesAreAssumptions === true ? w.modelNote : w.note, say(note), '']);
  const s = context.stamp;
  // A comparison's stamp holds its scenarios' ids joined by commas (JSON): a space after each for people.
  rows.push([w.version, s.spp_version, ''], [w.scenario, s.scenario_id.split(',').join(', '), '']);
  if (s.seed !== null) rows.push([w.seed, s.seed, '']);
  for (const input of s.inputs) rows.push([`${w.input}: ${Object.hasOwn(w.roles, input.role) ? w.roles[input.role] : input.role}`, input.file, `${w.sha256} ${input.sha256}`]);
  return {
    name: WORDS[context.lang].sheets.assumptions,
    columns: [
      { header: w.setting, kind: 'text', width: 48 },
      { header: w.value, kind: 'text', width: 48 },
      { header: w.source, kind: 'text', width: 30 },
    ],
    rows,
  };
}

type YearKey = 'supply_fte' | 'demand_fte' | 'gap_fte' | 'retired_fte' | 'attrition_fte';

interface WideRow {
  id: string;
  name: string;
  family: string;
  status: string;
  vulnerable: boolean | null;
  /** Privacy: the personal figures of this row are withheld (SPEC §4). */
  suppressed?: Withheld;
  years: readonly YearRow[];
}

/**
 * `spp project --format xlsx`: one sheet per quantity (gap, supply, demand, retired, attrition),
 * wide — functions (or families/groups with --by) as rows, years as columns — with a total row;
 * a status sheet; the assumptions sheet. Ready to chart: a row or a column is one series.
 */
export async function renderProjectWorkbook(result: ProjectResult, options: { by?: string }, context: WorkbookContext): Promise<Uint8Array> {
  const w = WORDS[context.lang];
  const grouped = options.by !== undefined;
  const rows: WideRow[] =
    options.by === 'family'
      ? result.families.map((f) => ({ id: f.id || w.noFamily, name: '', family: f.id, status: '', vulnerable: null, ...withheld(f), years: f.years }))
      : grouped
        ? result.groups.map((g) => ({ id: g.id, name: '', family: '', status: '', vulnerable: null, years: g.years }))
        : result.functions.map((f) => ({ id: f.id, name: f.name, family: f.family, status: w.status[f.status], vulnerable: f.vulnerable, ...withheld(f), years: f.years }));
  const cellsOf = (g: { suppressed?: Withheld; years: readonly YearRow[] }, key: YearKey): XlsxCell[] => g.years.map((y) => shownValue(y[key], key, g.suppressed, result.privacy));
  const lead: SheetColumn[] = grouped
    ? [{ header: options.by === 'family' ? w.family : options.by!, kind: options.by === 'family' ? 'text' : 'code' }]
    : [
        { header: w.functionId, kind: 'code' },
        { header: w.name, kind: 'text' },
        { header: w.family, kind: 'text' },
      ];
  const leadCells = (r: WideRow): XlsxCell[] => (grouped ? [r.id] : [r.id, r.name, r.family]);
  const wide = (name: string, key: YearKey, note?: string): Sheet => ({
    name,
    columns: [...lead, ...result.years.map((y): SheetColumn => ({ header: String(y), kind: 'fte', width: 9 }))],
    rows: [
      ...rows.map((r) => [...leadCells(r), ...cellsOf(r, key)]),
      [w.total, ...lead.slice(1).map(() => null), ...cellsOf(result.totals, key)],
      ...(note === undefined ? [] : [[note]]),
    ],
    freezeColumns: lead.length,
    ...(note === undefined ? { totalRows: 1 } : { boldRows: [rows.length] }),
  });
  // An outflow's year is the year it happens in, a supply's the 1 January it is counted on: said under
  // the outflow sheets (a consultant summed Pensioen 2026–2032 against Bezetting 2026 → 2032).
  const [first, next] = [result.years[0]!, result.years[0]! + 1];
  const flowNote = context.lang === 'nl'
    ? `Uitstroom in de loop van het jaar: wat onder ${first} staat, telt niet meer mee in de bezetting van 1 januari ${next} (blad ${w.sheets.supply}).`
    : `Outflow during the year: what stands under ${first} no longer counts in the supply of 1 January ${next} (sheet ${w.sheets.supply}).`;
  // A --by group shows no demand and no gap (GROUP_WITHHELD_KEYS): its demand split would give its functions' parts back.
  const byColumn = grouped && options.by !== 'family';
  const sheets: Sheet[] = [
    ...(byColumn ? [] : [wide(w.sheets.gap, 'gap_fte')]),
    wide(w.sheets.supply, 'supply_fte'),
    ...(byColumn ? [] : [wide(w.sheets.demand, 'demand_fte')]),
    wide(w.sheets.retired, 'retired_fte', flowNote),
    wide(w.sheets.attrition, 'attrition_fte', flowNote),
  ];
  // With --runs, the Monte Carlo bands: a sheet of P10, P50 and P90 of supply, demand and gap per row
  // and year, right after the first sheet (they were left out without a word: consultant probe).
  // A --by column's groups have no bands (as in the table and CSV): the total's only, and a line saying so.
  const mc = result.monte_carlo;
  if (mc !== undefined) {
    const keys = ['supply_fte', 'demand_fte', 'gap_fte'] as const;
    const names = { supply_fte: w.supplyFte, demand_fte: w.demandFte, gap_fte: w.gapFte };
    const bandCells = (g: { suppressed?: Withheld; years: readonly YearRow[] }, y: YearRow): XlsxCell[] =>
      keys.flatMap((k) => {
        const b = y[`${k}_band`];
        return [b?.p10, b?.p50, b?.p90].map((v) => (v === undefined ? null : shownValue(v, `${k}_band`, g.suppressed, result.privacy)));
      });
    const bandRows = (g: { suppressed?: Withheld; years: readonly YearRow[] }, lead: XlsxCell[]): XlsxCell[][] => g.years.map((y) => [...lead, y.year, ...bandCells(g, y)]);
    const nl = context.lang === 'nl';
    const about = mc.runs === 1
      ? nl ? `1 Monte-Carlo-run (seed ${mc.seed}): met één run is er nog geen marge (P10 = P90); geef meer runs (--runs 1000).` : `1 Monte Carlo run (seed ${mc.seed}): one run gives no range yet (P10 = P90); give more runs (--runs 1000).`
      : nl ? `80% van ${mc.runs} Monte-Carlo-runs (seed ${mc.seed}) valt tussen P10 en P90; de andere bladen geven de verwachte waarde.` : `80% of ${mc.runs} Monte Carlo runs (seed ${mc.seed}) fall between P10 and P90; the other sheets give the expected value.`;
    const groupLine = byColumn ? [[nl ? `Per ${options.by} is er geen marge (een groep heeft geen runs van haar eigen): alleen het totaal. Zonder --by of met --by family staat hij per rij.` : `Per ${options.by} there is no range (a group has no runs of its own): the total only. Without --by, or with --by family, it is given per row.`]] : [];
    const band: Sheet = {
      name: w.sheets.bands,
      columns: [...lead, { header: w.year, kind: 'year' }, ...keys.flatMap((k) => ['P10', 'P50', 'P90'].map((p): SheetColumn => ({ header: `${names[k]} ${p}`, kind: 'fte' })))],
      rows: [
        ...(byColumn ? [] : rows.flatMap((r) => bandRows(r, leadCells(r)))),
        ...bandRows(result.totals, [w.total, ...lead.slice(1).map(() => null)]),
        [about],
        ...groupLine,
      ],
      freezeColumns: lead.length + 1,
    };
    sheets.splice(1, 0, band);
  }
  if (!grouped) sheets.push(statusSheet(result, w, context.lang));
  const privacy = [...rows, result.totals].some((r) => r.suppressed !== undefined) ? [withheldNote(result.privacy, context.lang)] : [];
  sheets.push(
    assumptionsSheet(context, [w.assumptions.sheetNote, ...privacy, ...(byColumn ? [groupWorkNote(context.lang)] : [])], [], (note) =>
      modelNote(note, result.assumptionFacts ?? [], context.lang, context.label),
    ),
  );
  return renderWorkbook(sheets, { lang: context.lang });
}

function withheld(group: { suppressed?: Withheld }): { suppressed?: Withheld } {
  return group.suppressed === undefined ? {} : { suppressed: group.suppressed };
}

function statusSheet(result: ProjectResult, w: Words, lang: Lang): Sheet {
  return {
    name: w.sheets.status,
    columns: [
      { header: w.functionId, kind: 'code' },
      { header: w.name, kind: 'text' },
      { header: w.family, kind: 'text' },
      { header: w.statusCol, kind: 'text' },
      { header: w.vulnerable, kind: 'text' },
      { header: w.statusYear, kind: 'year' },
      { header: w.demandRatio, kind: 'ratio' },
      { header: w.automatedShare, kind: 'share' },
      { header: w.shift, kind: 'share' },
      { header: w.rule, kind: 'text', width: 60 },
    ],
    rows: result.functions.map((f): XlsxCell[] => [
      f.id,
      f.name,
      f.family,
      [f.status, ...f.flags].map((s) => w.status[s]).join(', '),
      f.vulnerable ? w.yes : w.no,
      f.status_year,
      f.demand_ratio,
      f.automated_share,
      f.shift,
      translateRule(f.rule, lang),
    ]),
    freezeColumns: 2,
  };
}

/**
 * `spp reskill --format xlsx`: the plan's pathways, the plan per year, hiring and placement outside
 * per function, the cost comparison against the plan's alternatives, and the assumptions sheet.
 */
export async function renderReskillWorkbook(result: ReskillResult, names: ReadonlyMap<string, string>, context: WorkbookContext): Promise<Uint8Array> {
  const w = WORDS[context.lang];
  const r = w.reskill;
  const name = (id: string): string => names.get(id) ?? '';
  const leftover = (title: string, header: string, record: Record<string, number>): Sheet => {
    const entries = Object.entries(record)
      .filter(([, v]) => v > 0)
      .sort(([a, x], [b, y]) => y - x || compareText(a, b));
    return {
      name: title,
      columns: [
        { header: w.functionId, kind: 'code' },
        { header: w.name, kind: 'text' },
        { header, kind: 'fte' },
      ],
      rows: [...entries.map(([id, v]) => [shownFunctionId(id, context.lang), name(id), v]), [w.total, null, entries.reduce((s, [, v]) => s + v, 0)]],
      freezeColumns: 2,
      totalRows: 1,
    };
  };
  const b = result.business_case;
  const saving = savingLines(result, r);
  const unmet = reskillUnmetLine(result, context.lang);
  // Under a saving against an alternative that meets more of the demand, a sentence saying so.
  const caveat = (alternative: 'noPlan' | 'noPathways'): XlsxCell[][] => {
    const text = reskillCaveat(result, alternative, context.lang);
    return text === null ? [] : [[text]];
  };
  const businessRows: XlsxCell[][] = [
    [`${r.reskillTotal}, ${result.cost_period.start}–${result.cost_period.end}`, b.reskill_cost],
    [r.hireCost, b.hire_cost],
    [r.surplusCost, b.surplus_cost],
    ...(b.shortage_cost > 0 ? [[r.shortageCost, b.shortage_cost]] : []),
    [r.totalCost, b.total_cost],
    [r.noPathwaysCost, b.no_pathways_cost ?? r.impossible],
    ...(saving.noPathways === null ? [] : [saving.noPathways]),
    ...(saving.noPathways === null ? [] : caveat('noPathways')),
    [r.allHireCost, b.all_hire_cost],
    saving.noPlan,
    ...caveat('noPlan'),
    // The demand each column leaves unmet (as under spp plan's business case): no plan meets it all.
    ...(unmet === null ? [] : [[unmet]]),
  ];
  const perYearRows = [
    [r.hiringFte, 'hired_fte'],
    [r.reskilledFte, 'reskilled_fte'],
    [r.redeployedFte, 'redeployed_fte'],
    [r.surplusFte, 'redundant_fte'],
    [r.overstaffingFte, 'overstaffing_fte'],
    [r.shortageFte, 'shortage_fte'],
  ] as const;
  const sheets: Sheet[] = [
    {
      name: w.sheets.pathways,
      columns: [
        { header: r.from, kind: 'code' },
        { header: r.fromName, kind: 'text' },
        { header: r.to, kind: 'code' },
        { header: r.toName, kind: 'text' },
        { header: r.fte, kind: 'fte' },
        { header: r.hoursPerPerson, kind: 'hours' },
        { header: r.cost, kind: 'euro' },
        { header: r.firstYear, kind: 'year' },
        { header: r.years, kind: 'text' },
      ],
      rows: [
        ...result.pathways.map((p) => [shownFunctionId(p.from, context.lang), name(p.from), shownFunctionId(p.to, context.lang), name(p.to), p.fte, p.hours_per_person, p.cost, p.first_year, routeYears(result, p, context.lang)]),
        [w.total, null, null, null, result.pathways.reduce((s, p) => s + p.fte, 0), null, reskillCostTotal(result.pathways.map((p) => p.cost), b.reskill_cost, context.discountRate), null, null],
      ],
      freezeColumns: 1,
      totalRows: 1,
    },
    // Quantities as rows and years as columns with a total, as the report's table of the plan per year
    // and spp plan's workbook lay it out (it had the years as rows, the only sheet of a plan that did).
    {
      name: w.sheets.perYear,
      columns: [{ header: PLAN_WORDS[context.lang].quantity, kind: 'text', width: 24 }, ...result.per_year.map((y): SheetColumn => ({ header: String(y.year), kind: 'fte', width: 9 })), { header: w.total, kind: 'fte', width: 9 }],
      rows: [
        ...perYearRows.map(([header, key]) => [header, ...result.per_year.map((y) => y[key]), result.per_year.reduce((s, y) => s + y[key], 0)]),
        [r.perYearNote],
      ],
      freezeColumns: 1,
    },
    leftover(w.sheets.hiring, r.hiringFte, result.hiring_fte),
    leftover(w.sheets.surplus, r.surplusFte, result.surplus_fte),
    {
      name: w.sheets.businessCase,
      columns: [
        { header: r.item, kind: 'text', width: 52 },
        { header: r.amount, kind: 'euro' },
      ],
      rows: businessRows,
      // The saving against no plan stays the bold line it was, the unmet-demand sentence under it.
      boldRows: [businessRows.indexOf(saving.noPlan)],
    },
    // Costs by the year paid (as spp plan's costs.by_year), not by the year the movers arrive: a
    // sheet of its own, since the rows above are the 1 January a decision takes effect.
    {
      name: r.costSheet,
      columns: [
        { header: PLAN_WORDS[context.lang].paidIn, kind: 'year', width: 22 },
        { header: PLAN_WORDS[context.lang].kinds.reskilling, kind: 'euro' },
        { header: PLAN_WORDS[context.lang].planTotal, kind: 'euro' },
      ],
      rows: [
        ...result.costs_by_year.map((y) => [y.year, y.reskilling, y.total]),
        [w.total, b.reskill_cost, b.total_cost],
        [PLAN_WORDS[context.lang].costPerYearNote],
      ],
      boldRows: [result.costs_by_year.length],
    },
    assumptionsSheet(context, [roundingNote(context.lang)], result.noteFacts),
  ];
  return renderWorkbook(sheets, { lang: context.lang, asShown: true });
}
