import type { CompareDelta, CompareFigures, CompareResult, CompareTotals } from '../../domain/compare.js';
import { assumptionLabeller, settingFormatters, unsetText } from '../directie/assumption-label.js';
import { compareNote, valueText } from '../render-compare.js';
import { planNote } from '../plan-sentences.js';
import type { Lang } from '../labels.js';
import { WORDS } from '../words.js';
import { assumptionsSheet, type WorkbookContext } from './result-workbooks.js';
import { renderWorkbook, type Sheet, type SheetColumn, type XlsxCell } from './workbook.js';

/** The words of the comparison workbook; the common ones (function, supply, …) come from WORDS. */
const COMPARE_WORDS = {
  nl: {
    sheets: { scenarios: "Scenario's", differences: 'Verschillen', functions: 'Functies', families: 'Families', totals: 'Totalen', stamp: 'Stempel' },
    scenario: 'Scenario',
    title: 'Titel',
    horizonStart: 'Startjaar',
    horizonEnd: 'Eindjaar',
    reference: 'Referentie',
    vulnerableFunctions: 'Kwetsbare functies',
    planCost: 'Kosten actieplan, hele horizon',
    planUnmet: 'Onvervulde vraag in het plan (fte-jaren)',
    assumption: 'Aanname',
    key: 'Sleutel in het scenario',
    notSet: '',
    item: 'Onderdeel',
    shortage: 'Tekort, opgeteld over functies (fte)',
    comparedYear: 'Vergeleken jaar',
    deltaNote: (reference: string) => `Δ = het scenario min ${reference} (het eerste scenario); fte.`,
  },
  en: {
    sheets: { scenarios: 'Scenarios', differences: 'Differences', functions: 'Functions', families: 'Families', totals: 'Totals', stamp: 'Stamp' },
    scenario: 'Scenario',
    title: 'Title',
    horizonStart: 'Start year',
    horizonEnd: 'End year',
    reference: 'Reference',
    vulnerableFunctions: 'Vulnerable functions',
    planCost: 'Action plan cost, whole horizon',
    planUnmet: 'Demand the plan leaves unmet (FTE-years)',
    assumption: 'Assumption',
    key: 'Key in the scenario',
    notSet: '',
    item: 'Item',
    shortage: 'Shortage, summed over functions (FTE)',
    comparedYear: 'Compared year',
    deltaNote: (reference: string) => `Δ = the scenario minus ${reference} (the first scenario); FTE.`,
  },
} as const satisfies Record<Lang, unknown>;

/**
 * A figure shown per scenario: its header and how to read it from a row's cell. The workbook's
 * sheets are built from these lists, so a new figure (e.g. a Monte Carlo band) is one entry more.
 */
interface Figure<T> {
  header: (lang: Lang) => string;
  of: (cell: T) => XlsxCell;
}

const FTE_FIGURES: readonly Figure<CompareFigures>[] = [
  { header: (l) => WORDS[l].supplyFte, of: (x) => x.supply_fte },
  { header: (l) => WORDS[l].demandFte, of: (x) => x.demand_fte },
  { header: (l) => WORDS[l].gapFte, of: (x) => x.gap_fte },
  { header: (l) => WORDS[l].replacementFte, of: (x) => x.replacement_fte },
  { header: (l) => WORDS[l].expansionFte, of: (x) => x.expansion_fte },
];
const TOTAL_FIGURES: readonly Figure<CompareTotals>[] = [...FTE_FIGURES, { header: (l) => COMPARE_WORDS[l].shortage, of: (x) => x.shortage_fte }];
const DELTA_FIGURES: readonly Figure<CompareDelta>[] = [
  { header: (l) => WORDS[l].supplyFte, of: (d) => d.supply_fte },
  { header: (l) => WORDS[l].demandFte, of: (d) => d.demand_fte },
  { header: (l) => WORDS[l].gapFte, of: (d) => d.gap_fte },
];

/** A column header of one scenario's figure: `digitaal-versneld: Gap (FTE)`. */
const of = (id: string, what: string): string => `${id}: ${what}`;

/**
 * An assumption's value: a number as a number, anything else in YAML flow notation; a limit left
 * out as 'geen grens' / 'no limit' (as in the Markdown and the report), anything else not set empty.
 */
function assumptionCell(path: string, value: unknown, lang: Lang): XlsxCell {
  if (value === null || value === undefined) return unsetText(path, lang);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  // A word or code as text, as written (a text cell needs no YAML quotes).
  if (typeof value === 'string') return value;
  // A list or map as the terminal table writes it: in Dutch with decimal commas (`[0,25; 0,4; 0,55]`).
  return valueText(value, lang, path);
}

/**
 * `spp compare --format xlsx`: the scenarios, what they assume differently (one column per
 * scenario), every function and family in the compared year side by side with the Δ against the
 * first scenario, the totals per year (years as columns), and the stamp. Each scenario's columns
 * are headed by its id.
 */
export async function renderCompareWorkbook(result: CompareResult, context: Omit<WorkbookContext, 'assumptions'>): Promise<Uint8Array> {
  const { lang } = context;
  const w = WORDS[lang];
  const c = COMPARE_WORDS[lang];
  const ids = result.scenarios;
  const others = ids.slice(1);
  const labelOf = assumptionLabeller(lang, settingFormatters(lang, context.label), new Map(result.functions.map((f) => [f.id, f.name])));

  const scenarios: Sheet = {
    name: c.sheets.scenarios,
    columns: [
      { header: '', kind: 'text', width: 4 },
      { header: c.scenario, kind: 'code' },
      { header: c.title, kind: 'text' },
      { header: c.horizonStart, kind: 'year' },
      { header: c.horizonEnd, kind: 'year' },
      { header: c.vulnerableFunctions, kind: 'int' },
      { header: c.planCost, kind: 'euro' },
      { header: c.planUnmet, kind: 'fte' },
    ],
    rows: result.scenario_info.map((s, i): XlsxCell[] => [String.fromCharCode(65 + i), s.id, s.title ?? '', s.horizon.start, s.horizon.end, s.vulnerable_functions, s.plan_cost, s.plan_shortage_fte_years]),
    freezeColumns: 2,
  };

  const differences: Sheet = {
    name: c.sheets.differences,
    // Each setting in the report's words first (a directieteam reads "Werving: Bedrijfsvoering", not
    // plan.hiring[family=Bedrijfsvoering]), its key beside it; the values as in the scenario files.
    columns: [{ header: c.assumption, kind: 'text', width: 48 }, { header: c.key, kind: 'text', width: 40 }, ...ids.map((id): SheetColumn => ({ header: id, kind: 'text', width: 24 }))],
    rows: result.assumptions.map((a): XlsxCell[] => [labelOf(a.path), a.path, ...ids.map((id) => assumptionCell(a.path, a.values[id], lang))]),
    freezeColumns: 2,
  };

  /** Per scenario its figures, then per other scenario its Δ against the first: the columns, and a row's cells. */
  const sideColumns = (figures: readonly Figure<never>[]): SheetColumn[] => [
    ...ids.flatMap((id) => figures.map((f): SheetColumn => ({ header: of(id, f.header(lang)), kind: 'fte', width: 12 }))),
    ...others.flatMap((id) => DELTA_FIGURES.map((f): SheetColumn => ({ header: of(id, `Δ ${f.header(lang)}`), kind: 'fte', width: 12 }))),
  ];
  const sideCells = <T>(figures: readonly Figure<T>[], cellOf: (id: string) => T | null | undefined, deltaOf: (id: string) => CompareDelta | undefined): XlsxCell[] => [
    ...ids.flatMap((id) => {
      const x = cellOf(id);
      return figures.map((f) => (x === null || x === undefined ? null : f.of(x)));
    }),
    ...others.flatMap((id) => {
      const d = deltaOf(id);
      // No Δ where either scenario lacks the function.
      const both = cellOf(id) && cellOf(ids[0]!);
      return DELTA_FIGURES.map((f) => (d === undefined || !both ? null : f.of(d)));
    }),
  ];

  const functions: Sheet = {
    name: c.sheets.functions,
    columns: [
      { header: w.functionId, kind: 'code' },
      { header: w.name, kind: 'text' },
      { header: w.family, kind: 'text' },
      ...ids.flatMap((id): SheetColumn[] => [
        { header: of(id, w.statusCol), kind: 'text' },
        { header: of(id, w.vulnerable), kind: 'text' },
      ]),
      ...sideColumns(FTE_FIGURES),
    ],
    rows: result.functions.map((f): XlsxCell[] => [
      f.id,
      f.name,
      f.family,
      ...ids.flatMap((id) => {
        const x = f.by_scenario[id];
        return x ? [w.status[x.status], x.vulnerable ? w.yes : w.no] : [null, null];
      }),
      ...sideCells(FTE_FIGURES, (id) => f.by_scenario[id], (id) => f.delta[id]),
    ]),
    freezeColumns: 2,
  };

  const families: Sheet = {
    name: c.sheets.families,
    columns: [{ header: w.family, kind: 'text' }, ...sideColumns(FTE_FIGURES)],
    rows: result.families.map((f): XlsxCell[] => [f.id || w.noFamily, ...sideCells(FTE_FIGURES, (id) => f.by_scenario[id], (id) => f.delta[id])]),
    freezeColumns: 1,
  };

  // Years as columns: per scenario one row per figure, then per other scenario its Δ rows.
  const years = result.totals.years;
  const totals: Sheet = {
    name: c.sheets.totals,
    columns: [
      { header: c.scenario, kind: 'code' },
      { header: c.item, kind: 'text', width: 36 },
      ...years.map((y): SheetColumn => ({ header: String(y.year), kind: 'fte', width: 9 })),
    ],
    rows: [
      ...ids.flatMap((id) => TOTAL_FIGURES.map((f): XlsxCell[] => [id, f.header(lang), ...years.map((y) => (y.by_scenario[id] ? f.of(y.by_scenario[id]!) : null))])),
      ...others.flatMap((id) =>
        DELTA_FIGURES.map((f): XlsxCell[] => [id, `Δ ${f.header(lang)}`, ...years.map((y) => (y.by_scenario[id] && y.by_scenario[ids[0]!] ? f.of(y.delta[id]!) : null))]),
      ),
    ],
    freezeColumns: 2,
  };

  // A note that names scenarios is said from its data; the others as the plan's sheet says them.
  const stamp = assumptionsSheet({ ...context, assumptions: [] }, [], [], (note) =>
    result.noteFacts.some((f) => f.text === note) ? compareNote(note, result.noteFacts, context.lang) : planNote(note, [], context.lang, context.label),
  );
  const sheets: Sheet[] = [
    scenarios,
    differences,
    functions,
    families,
    totals,
    { ...stamp, name: c.sheets.stamp, rows: [[c.comparedYear, result.year, ''], [c.deltaNote(ids[0]!), '', ''], ...stamp.rows] },
  ];
  return renderWorkbook(sheets, { lang });
}
