import { formatCompact, formatNumber, roundMoney } from '../../domain/round.js';
import type { Status } from '../../domain/workforce.js';
import { renderColumns, renderFlow, renderGap, renderHorizontalBars, renderSmallMultiples, renderStackedBars } from './charts.js';
import { WITHHELD_ROUTE_END, type FunctionChange, type PersonCount, type PlanData, type ReportData } from './report-data.js';
import type { Hidden } from '../../domain/suppress.js';
import { backtestParagraph } from '../render-backtest.js';
import { organiseBlocks } from './organise-section.js';
import { comparisonSection, sensitivitySection } from './compose-compare.js';
import { assumptionLabeller, settingFormatters, settingText } from './assumption-label.js';
import { en } from './texts/en.js';
import { nl } from './texts/nl.js';
import type { ReportLang, Texts } from './texts/texts.js';
import { labeller } from '../labels.js';
import { yearRuns, yearSpan } from '../words.js';
import { modelNote, translateNote } from '../notes.js';
import { planNote } from '../plan-sentences.js';
import { reducedHoursPersonsText } from '../reduced-hours-words.js';
import { compareText } from '../../domain/compare-text.js';
import { PLAN_COST_KINDS } from '../../domain/plan.js';

/**
 * The report as a document of blocks, in one language, with every number formatted: the Markdown
 * and HTML renderers both render this, so they carry the same content. Charts are SVG plus their
 * text alternative (a sentence and a table); Markdown shows only the alternative.
 */

export interface TableBlock {
  kind: 'table';
  title?: string;
  head: string[];
  /** 'r' for numeric columns. */
  align: ('l' | 'r')[];
  rows: string[][];
  /** A bold last row (totals). */
  foot?: string[];
  /** A row after the totals (e.g. a reference line such as demand). */
  extra?: string[];
  /**
   * Columns shown as code (keys and values of the scenario file); 'digest': a hash (SHA-256), in HTML
   * in small type that may break anywhere, so 64 characters without a break fit the page.
   */
  code?: (boolean | 'digest')[];
  /** Per row, a key of the scenario file shown with the first cell, in small code (what a label stands for); '' for none. */
  keys?: string[];
  /** Column widths in percent of the page (HTML only), when the automatic layout would squeeze a column. */
  widths?: number[];
  note?: string;
}

export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'list'; items: string[] }
  | TableBlock
  | { kind: 'chart'; title: string; svg: string; caption: string; table: TableBlock; showTable?: boolean };

export interface Section {
  id: string;
  title: string;
  lead: string;
  blocks: Block[];
}

export interface ReportDocument {
  lang: ReportLang;
  texts: Texts;
  title: string;
  subtitle: string;
  /** The organisation (`organisation:` in the scenario), shown on the title page. */
  organisation: string | null;
  /** The scenario's story (its description) and the assumptions that drive it, in plain words. */
  story: { text: string | null; drivers: string[] };
  notice: string | null;
  summary: string[];
  sections: Section[];
}

const TEXTS: Record<ReportLang, Texts> = { nl, en };

/** The texts of a language. */
function textsFor(lang: ReportLang): Texts {
  return TEXTS[lang];
}

/** Chapter 1 opening with the note on the steps' Dutch names (English only). */
function withStepsNote(section: Section, t: Texts): Section {
  return t.stepsNote === null ? section : { ...section, blocks: [{ kind: 'paragraph', text: t.stepsNote }, ...section.blocks] };
}

/** Builds the report document from the report data in one language. */
export function composeReport(data: ReportData, lang: ReportLang): ReportDocument {
  const t = textsFor(lang);
  const f = formatters(lang, t, data.minGroup, labeller(lang, data.labels));
  const name = data.scenario.title ? `${data.scenario.title} (${data.scenario.id})` : data.scenario.id;
  return {
    lang,
    texts: t,
    title: t.title,
    subtitle: t.subtitle(name, data.scenario.start, data.scenario.end),
    organisation: data.scenario.organisation,
    story: { text: data.scenario.description, drivers: drivers(data, t, f) },
    notice: data.usedExample ? t.exampleNotice : null,
    summary: summarise(data, t, f),
    sections: [
      withStepsNote(doorlichten(data, t, f), t), doorbreken(data, t, f), doorselecteren(data, t, f), doorontwikkelen(data, t, f), doorverbinden(data, t, f),
      ...(data.comparison !== null ? [comparisonSection(data.comparison, t, f, functionNames(data), hiddenPlanCost(data.plan, f), hiddenUnmet(data.plan, f))] : []),
      ...(data.sensitivity !== null ? [sensitivitySection(data.sensitivity, t, f, functionNames(data), hiddenPlanCost(data.plan, f), data.comparison !== null)] : []),
      appendix(data, t, f),
    ],
  };
}

/** Function names by id (every function the report knows, emerging ones too): for the assumptions' words. */
function functionNames(data: ReportData): ReadonlyMap<string, string> {
  return new Map(data.changes.map((c) => [c.id, c.name]));
}

export interface Formatters {
  fte: (v: number) => string;
  int: (v: number) => string;
  dec: (v: number, d: number) => string;
  pct: (share: number) => string;
  euro: (v: number) => string;
  persons: (p: PersonCount) => string;
  /** The FTE of a group of people: hidden with its person count (an FTE of 0.8 says one person works there). */
  personsFte: (p: PersonCount, v: number) => string;
  category: (id: string) => string;
}

function formatters(lang: ReportLang, t: Texts, minGroup: number, label: (id: string) => string): Formatters {
  return {
    // Numbers, percentages, euros and category labels as for a setting; person counts with their privacy marks.
    ...settingFormatters(lang, label),
    persons: (p) => (p.hidden === 'small' ? t.suppressedSmall(minGroup) : p.hidden === 'complement' ? t.suppressedComplement : formatNumber(p.persons, 0, lang)),
    personsFte: (p, v) => (p.hidden === 'small' ? t.suppressedSmall(minGroup) : p.hidden === 'complement' ? t.suppressedComplement : formatNumber(v, 1, lang)),
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** The scenario's levers in plain words: automation targets (largest first), then the other levers. */
function drivers(data: ReportData, t: Texts, f: Formatters): string[] {
  const s = t.story;
  const d = data.drivers;
  const { end } = data.scenario;
  // A step, or a span of no years, changes nothing before `end` and everything in it (model/automation.ts,
  // model/ramp.ts): said as one step in `end`, not "vanaf 2027 in één keer" of a step that comes in 2029.
  const out = d.automation.map((a) => {
    const pace = a.curve === 'step' || a.end <= a.start ? null : { start: a.start, curve: s.curve[a.curve] };
    return s.automation(f.category(a.category), f.pct(a.target), a.range ? [f.pct(a.range[0]), f.pct(a.range[1]), f.pct(a.range[2])] : null, a.end, pace);
  });
  if (d.automation.length > 0 && d.reinvested > 0) out.push(s.reinvested(f.pct(d.reinvested)));
  // A rate of 0 stays in the list (it overrides a parent scenario's growth: krimp-vacaturestop's
  // Sociaal domein no longer grows as in the baseline), said as such rather than "groeit 0,0% per jaar".
  for (const g of d.growth) out.push(Math.abs(g.rate) < 0.0005 ? s.noGrowth(g.scope || t.total) : s.growth(g.scope || t.total, `${f.dec(Math.abs(g.rate) * 100, 1)}%`, g.rate < 0));
  for (const o of d.overrides) {
    const fn = `${o.function} ${o.name}`;
    if (o.discontinue !== null) out.push(s.discontinue(fn, o.discontinue));
    // A change ramps linearly from its start to its end (model/demand.ts overrideFactor), at once when the span is empty.
    else if (o.change !== null) out.push(s.change(fn, `${o.change >= 0 ? '+' : '−'}${f.pct(Math.abs(o.change))}`, o.end, o.end <= o.start ? null : o.start));
  }
  if (d.emerging.length > 0) out.push(s.emerging(d.emerging.map((e) => e.name), f.fte(sum(d.emerging.map((e) => e.demandEnd))), end));
  if (d.plan !== null) {
    // Limits as written in the scenario ("15 fte", not "15,0 fte").
    const limit = (v: number): string => formatCompact(v, 2, t.lang);
    // The freezes in one line (krimp-vacaturestop's two families), the other limits one each.
    const frozen = d.plan.hiring.filter((h) => h.max === 0).map((h) => h.scope || s.allFunctions);
    if (frozen.length > 0) out.push(s.hiringFreeze(frozen));
    for (const h of d.plan.hiring) if (h.max > 0) out.push(s.hiringLimit(h.scope || s.allFunctions, limit(h.max)));
    if (d.plan.overstaffingMax !== null) out.push(s.overstaffingCap(limit(d.plan.overstaffingMax)));
  }
  return out;
}

function summarise(data: ReportData, t: Texts, f: Formatters): string[] {
  const { start, end } = data.scenario;
  const totalEnd = data.supply.total[data.supply.total.length - 1] ?? 0;
  const demandEnd = data.supply.demand[data.supply.demand.length - 1] ?? 0;
  const gap = totalEnd - demandEnd;
  // The years before `end`: the summary's other figures are the state on 1 January of `end` (a year
  // row holds the supply on 1 January of t and the flows during t), so its retirements are those of
  // start … end − 1, the replacement demand's years; the retirements during `end` are said apart.
  const retired = sum(data.retirement.slice(0, -1).map((r) => r.fte));
  const retiredInEnd = data.retirement.at(-1)?.fte ?? 0;
  // An existing function's first change and the first new function, apart: "de eerste verschuiving
  // in 2027" was a new function appearing, which shifts no existing one.
  const changeYears = data.changes
    .filter((c) => c.status === 'disappearing' || c.status === 'changing')
    .map((c) => c.statusYear)
    .filter((y): y is number => y !== null);
  const emerged = data.changes
    .filter((c): c is typeof c & { statusYear: number } => c.status === 'emerging' && c.statusYear !== null)
    .sort((a, z) => a.statusYear - z.statusYear || compareText(a.id, z.id))[0];
  const firstYear = { changed: changeYears.length > 0 ? Math.min(...changeYears) : null, emerged: emerged === undefined ? null : { year: emerged.statusYear, name: emerged.name } };
  const u = data.uncertainty;
  const lines = [
    t.summary.workforce(f.persons(data.families.totalPersons), f.personsFte(data.families.totalPersons, data.workforce.fte), f.int(data.workforce.functions), f.int(data.workforce.families), data.workforce.meanAge === null ? t.none : f.dec(data.workforce.meanAge, 1)),
    // A one-year horizon (start = end) projects nothing: no 'falls to', no sources since the start, no retirements between.
    start === end
      ? t.summary.gapOneYear(end, f.fte(totalEnd), f.fte(demandEnd), f.fte(Math.abs(gap)), gap < 0)
      : t.summary.gap(end, f.fte(totalEnd), f.fte(demandEnd), f.fte(Math.abs(gap)), Math.abs(gap) < 0.05 ? null : gap < 0, gapSourcesClause(data, t, f)),
    ...(u !== null ? [t.summary.gapBand(end, f.int(u.runs), signed(f.fte(u.gap.at(-1)!.p10), u.gap.at(-1)!.p10), signed(f.fte(u.gap.at(-1)!.p90), u.gap.at(-1)!.p90))] : []),
    ...(start === end ? [] : [t.summary.retirement(f.fte(retired), data.workforce.fte > 0 ? f.pct(retired / data.workforce.fte) : t.none, yearSpan(start, end - 1), end, retiredInEnd >= 0.05 ? f.fte(retiredInEnd) : null)]),
    // No cause named for all: F005 disappears because the scenario discontinues it, new functions come from its new tasks.
    t.summary.metamorphosis(data.statusCounts, firstYear, data.changes.filter((c) => c.status === 'disappearing' && c.discontinued !== null).length),
    t.summary.vulnerable(data.vulnerable.functions, f.persons(data.vulnerable.persons), f.personsFte(data.vulnerable.persons, data.vulnerable.fte)),
    ...planSummary(data.plan, t, f),
  ];
  return lines;
}

/** Period "2027–2035" (or one year). */
function period(start: number, end: number): string {
  return start === end ? String(start) : `${start}–${end}`;
}

/** The plan's totals the summary and the chapters share, so their figures are the same numbers. */
function planTotals(p: PlanData) {
  return {
    hired: sum(p.perYear.hired),
    reskilled: sum(p.perYear.reskilled),
    redeployed: sum(p.perYear.redeployed),
    moved: sum(p.perYear.reskilled) + sum(p.perYear.redeployed),
    outside: sum(p.perYear.outside),
    overstaffing: sum(p.perYear.overstaffing),
    shortage: sum(p.perYear.shortage),
  };
}

/**
 * How the plan's hiring takes the FTE from the start to the horizon — the sentence a directieteam needs
 * when the plan hires more than the replacement demand of the table above. Said only when the hiring
 * and placement-outside totals are shown (a hidden one would follow from the others).
 */
function hiringBalance(data: ReportData, n: ReturnType<typeof planTotals>, t: Texts, f: Formatters): string | null {
  const p = data.plan;
  if (p.perYearHidden.hired.total !== null || p.perYearHidden.outside.total !== null || p.years.length === 0) return null;
  const { start, end, outflow, newcomerLoss } = p.balance;
  const round = (x: number): number => Math.round(x * 10);
  const outside = n.outside >= 0.05 ? n.outside : 0;
  const loss = newcomerLoss >= 0.05 ? newcomerLoss : 0;
  const off = round(start) + round(n.hired) - round(outflow) - round(loss) - round(outside) - round(end);
  const replacement = data.gapSources.replacement.at(-1) ?? 0;
  const startYear = data.scenario.start;
  return t.doorverbinden.hiringBalance({
    start: f.fte(start),
    startYear,
    hired: f.fte(n.hired),
    outflow: f.fte(outflow),
    leavePeriod: period(startYear, data.scenario.end - 1),
    loss: loss === 0 ? null : f.fte(loss),
    movers: n.moved >= 0.05,
    outside: outside === 0 ? null : f.fte(outside),
    end: f.fte(end),
    endYear: data.scenario.end,
    replacement: outflow - replacement >= 0.05 ? f.fte(replacement) : null,
    off: off === 0 ? null : f.fte(Math.abs(off) / 10),
  });
}

/** A plan total in FTE, or its privacy mark when the per-function table hides it. */
function shownTotal(value: number, hidden: Hidden, f: Formatters): string {
  return hidden === null ? fteTotal(value, f) : f.persons({ persons: 0, hidden });
}

/** A total in FTE for a sentence: "< 0,1" rather than "0,0" for a little (a plan that hires 0.03 FTE does hire). */
function fteTotal(value: number, f: Formatters): string {
  return value > 0 && value < 0.05 ? `< ${f.fte(0.1)}` : f.fte(value);
}

/**
 * The plan's costs with the same privacy as its FTE: a kind's cost over the horizon is its FTE times
 * a cost per FTE, so when the plan's total of that kind is hidden (a small function's figure), that
 * cost is hidden in every column (the alternatives hire and place outside the same small function),
 * and so are the totals and the savings, which minus the visible kinds would give it back.
 */
function planCosts(
  p: PlanData,
  f: Formatters,
  impossible = '',
): {
  kind: (k: CostKind, column: keyof PlanData['costs']) => string;
  total: (column: keyof PlanData['costs']) => string;
  saving: (x: number) => string;
  hidden: boolean;
  isHidden: (k: CostKind) => boolean;
} {
  const h = p.perYearHidden;
  const hiddenKind: Partial<Record<CostKind, Hidden>> = { hiring: h.hired.total, redundancy: h.outside.total, shortage: h.shortage.total, overstaffing: h.overstaffing.total, reduced_hours: h.reducedHours.total };
  const hidden = Object.values(hiddenKind).some((h) => h !== null);
  const mark = f.persons({ persons: 0, hidden: 'complement' });
  return {
    // A column without a plan (none without pathways stays within the limits): `impossible` once, in its total.
    kind: (k, column) => {
      const costs = p.costs[column];
      return costs === null ? '' : (hiddenKind[k] ?? null) === null ? f.euro(costs[k]) : mark;
    },
    total: (column) => {
      const costs = p.costs[column];
      return costs === null ? impossible : hidden ? mark : f.euro(costs.total);
    },
    // Positive: the plan is cheaper by that much; a minus says the alternative is cheaper.
    saving: (x) => (hidden ? mark : x < 0 ? `−${f.euro(-x)}` : f.euro(x)),
    hidden,
    isHidden: (k) => (hiddenKind[k] ?? null) !== null,
  };
}

/** The mark shown for the plan's total cost where the report hides it, else undefined. */
function hiddenPlanCost(p: PlanData, f: Formatters): string | undefined {
  const costs = planCosts(p, f);
  return costs.hidden ? costs.total('plan') : undefined;
}

/** The mark shown for the plan's unmet demand (its shortage total) where the report hides it, else undefined. */
function hiddenUnmet(p: PlanData, f: Formatters): string | undefined {
  const hidden = p.perYearHidden.shortage.total;
  return hidden === null ? undefined : f.persons({ persons: 0, hidden });
}

type CostKind = (typeof PLAN_COST_KINDS)[number];

/** The plan's notes on why it costs more than an alternative (app/plan.ts dearerNotes); the first against no plan. */
const DEARER = /^the plan costs €[\d,]+ more than /;
const DEARER_THAN_NO_PLAN = /^the plan costs €[\d,]+ more than no plan[:,]/;

/** Why the plan costs more than no plan, in the reader's language (its note); null without one or where the costs are hidden. */
function dearerThanNoPlan(p: PlanData, t: Texts, f: Formatters, hidden: boolean): string | null {
  const note = hidden ? undefined : p.notes.find((n) => DEARER_THAN_NO_PLAN.test(n));
  return note === undefined ? null : translateNote(note, t.lang, f.category);
}

/** The summary's two sentences on the action plan: what it does, and what it costs against the alternatives. */
function planSummary(p: PlanData, t: Texts, f: Formatters): string[] {
  // Decisions are taken in the years after the start: a one-year horizon has none.
  if (p.years.length === 0) return [t.summary.planNoYears];
  const n = planTotals(p);
  const decisions = period(p.years[0] ?? 0, p.years.at(-1) ?? 0);
  const saving = p.costs.noPlan.total - p.costs.plan.total;
  const c = planCosts(p, f);
  return [
    t.summary.plan({
      period: decisions,
      hired: shownTotal(n.hired, p.perYearHidden.hired.total, f),
      moved: f.fte(n.moved),
      pathways: p.routes,
      reskilled: n.reskilled >= 0.05 ? f.fte(n.reskilled) : null,
      redeployed: n.redeployed >= 0.05 ? f.fte(n.redeployed) : null,
      outside: n.outside < 0.05 ? null : shownTotal(n.outside, p.perYearHidden.outside.total, f),
      shortage: n.shortage >= 0.05 ? shownTotal(n.shortage, p.perYearHidden.shortage.total, f) : null,
    }),
    t.summary.businessCase({
      period: period(p.costPeriod.start, p.costPeriod.end),
      total: c.total('plan'),
      // Every kind that costs something (or is hidden), so the parts add up to the total: the summary
      // named hiring and reskilling only, and krimp-vacaturestop's € 1.3 million of overstaffing was
      // missing from "waarvan".
      parts: PLAN_COST_KINDS.filter((k) => c.isHidden(k) || Math.round(p.costs.plan[k]) !== 0).map((kind) => ({ kind, amount: c.kind(kind, 'plan') })),
      noPathways: p.costs.noPathways === null ? null : c.total('noPathways'),
      noPlan: c.total('noPlan'),
      saving: c.saving(Math.abs(saving)),
      cheaper: saving >= 0,
      why: dearerThanNoPlan(p, t, f, c.hidden),
      // No plan hires every shortage: a cheaper plan that leaves demand unmet is cheaper partly for that.
      unmet: saving >= 0 && p.unmet.plan - p.unmet.noPlan >= 0.05 ? shownTotal(n.shortage, p.perYearHidden.shortage.total, f) : null,
    }),
  ];
}

/** The summary's clause on where the gap at the horizon comes from: people who leave, or the work that changes. */
function gapSourcesClause(data: ReportData, t: Texts, f: Formatters): string {
  const { start, end } = data.scenario;
  const leave = data.gapSources.replacement[data.gapSources.replacement.length - 1] ?? 0;
  const work = data.gapSources.expansion[data.gapSources.expansion.length - 1] ?? 0;
  const grows = Math.abs(work) < 0.05 ? null : work > 0;
  const last = data.years.length - 1;
  const shortage = (data.supply.total[last] ?? 0) - (data.supply.demand[last] ?? 0) < -0.05;
  // Both widen a shortage when positive; the larger one is the main cause, when there is a shortage
  // at the horizon and it grew since the start.
  const cause = !shortage || leave + work <= 0.05 ? null : leave >= work ? 'leavers' : 'work';
  // The gap at the horizon is the gap at the start minus the leavers and the growth of the work: a
  // gap already open at the start is named, or the clause's figures do not add up (a reviewer:
  // "een tekort van 671,8 fte … vertrekt 676,5 fte … krimpt met 60,4 fte", 55,8 fte unexplained).
  const startGap = (data.supply.total[0] ?? 0) - (data.supply.demand[0] ?? 0);
  const atStart = Math.abs(startGap) < 0.05 ? null : { year: start, gap: f.fte(Math.abs(startGap)), supply: f.fte(data.supply.total[0] ?? 0), demand: f.fte(data.supply.demand[0] ?? 0), shortage: startGap < 0 };
  // Replacement demand in `end` is the outflow during start … end − 1 (model/gap-sources.ts): those years are named.
  return t.summary.gapSources(yearSpan(start, end - 1), f.fte(leave), f.fte(Math.abs(work)), grows, cause, atStart);
}

function doorlichten(data: ReportData, t: Texts, f: Formatters): Section {
  const d = t.doorlichten;
  const { start, end } = data.scenario;
  const blocks: Block[] = [];
  const partTime = data.workforce.persons > 0 ? data.workforce.fte / data.workforce.persons : 0;
  const total = data.families.totalPersons;
  blocks.push({ kind: 'paragraph', text: d.familiesText(f.persons(total), f.personsFte(total, data.workforce.fte), total.hidden === null ? f.dec(partTime, 2) : f.persons(total)) });
  blocks.push({
    kind: 'table',
    title: d.familiesTitle,
    head: [d.family, d.persons, d.fte],
    align: ['l', 'r', 'r'],
    rows: data.families.rows.map((r) => [r.id || t.noFamily, f.persons(r.persons), f.personsFte(r.persons, r.fte)]),
    foot: [t.total, f.persons(total), f.personsFte(total, data.families.totalFte)],
    ...(hasHidden(data.families.rows.map((r) => r.persons)) ? { note: t.suppressionNote(data.minGroup) } : {}),
  });

  const lastIndex = data.years.length - 1;
  const familyLabel = (s: { id: string; merged?: number }): string => (s.merged !== undefined ? d.withheldFamilies(s.merged) : s.id || t.noFamily);
  const mergedFamilies = data.supply.families.some((s) => s.merged !== undefined);
  blocks.push({
    kind: 'chart',
    title: d.supplyTitle,
    svg: renderStackedBars(
      { id: 'supply', title: t.charts.supplyByFamily(start, end) },
      { years: data.years, series: data.supply.families.map((s) => ({ label: familyLabel(s), values: s.fte })), line: { label: d.demandLabel, values: data.supply.demand } },
      (v) => f.dec(v, 0),
    ),
    caption: d.supplyCaption(start, end, f.fte(data.supply.total[0] ?? 0), f.fte(data.supply.total[lastIndex] ?? 0), f.fte(data.supply.demand[lastIndex] ?? 0)),
    table: {
      kind: 'table',
      head: [d.family, ...data.years.map(String)],
      align: ['l', ...data.years.map(() => 'r' as const)],
      rows: data.supply.families.map((s) => [familyLabel(s), ...s.fte.map(f.fte)]),
      foot: [t.total, ...data.supply.total.map(f.fte)],
      extra: [d.demandLabel, ...data.supply.demand.map(f.fte)],
      ...(mergedFamilies ? { note: d.withheldFamiliesNote(data.minGroup) } : {}),
    },
  });

  const bands = data.ageBands.bands;
  const bandLabel = (from: number): string => `${from}–${from + 4}`;
  const over60 = data.ageBands.over60;
  const under35 = data.ageBands.under35;
  const share = (p: PersonCount): string =>
    p.hidden !== null ? f.persons(p) : data.workforce.persons > 0 ? f.pct(p.persons / data.workforce.persons) : t.none;
  blocks.push({
    kind: 'chart',
    title: d.pyramidTitle,
    svg: renderHorizontalBars(
      { id: 'age', title: t.charts.agePyramid },
      // Oldest band on top, as in a population pyramid.
      [...bands].reverse().map((b) => ({ label: bandLabel(b.from), value: b.persons.persons, shown: b.persons.hidden === null ? null : f.persons(b.persons) })),
      (v) => f.int(v),
    ),
    caption: d.pyramidCaption(data.workforce.meanAge === null ? t.none : f.dec(data.workforce.meanAge, 1), share(over60), share(under35)),
    table: {
      kind: 'table',
      head: [d.ageBand, d.persons],
      align: ['l', 'r'],
      rows: bands.map((b) => [bandLabel(b.from), f.persons(b.persons)]),
      foot: [t.total, f.persons(data.ageBands.total)],
      // The summary's mean age, so every figure of the summary is in a table.
      ...(data.workforce.meanAge === null ? {} : { extra: [d.meanAge, f.dec(data.workforce.meanAge, 1)] }),
      ...(hasHidden(bands.map((b) => b.persons)) ? { note: t.suppressionNote(data.minGroup) } : {}),
    },
  });

  const retiring = data.retirement;
  const peak = retiring.reduce((best, r) => (r.fte > best.fte ? r : best), retiring[0] ?? { year: start, fte: 0 });
  let cumulative = 0;
  blocks.push({
    kind: 'chart',
    title: d.retirementTitle,
    svg: renderColumns({ id: 'retire', title: t.charts.retirementWave }, retiring.map((r) => ({ label: String(r.year), value: r.fte })), f.fte, (v) => f.dec(v, 0)),
    // The years it counts, and how much of it comes before the last year's 1 January (the summary's figure).
    caption: d.retirementCaption(f.fte(sum(retiring.map((r) => r.fte))), peak.year, f.fte(peak.fte), retiring.length, yearSpan(start, end), f.fte(sum(retiring.slice(0, -1).map((r) => r.fte))), yearSpan(start, end - 1)),
    table: {
      kind: 'table',
      head: [d.year, d.retiringFte, d.cumulative],
      align: ['l', 'r', 'r'],
      rows: retiring.map((r) => {
        cumulative += r.fte;
        return [String(r.year), f.fte(r.fte), f.fte(cumulative)];
      }),
    },
  });
  return { id: 'doorlichten', ...t.chapters.doorlichten, blocks };
}

function why(c: FunctionChange, data: ReportData, t: Texts, f: Formatters): string {
  const b = t.doorbreken;
  const { start, end } = data.scenario;
  const parts: string[] = [];
  const statuses: Status[] = [c.status, ...c.flags];
  if (c.status === 'emerging') parts.push(b.emergingDemand(f.fte(c.demandEnd), end));
  if (c.discontinued !== null) parts.push(b.discontinued(String(c.discontinued)));
  else if (c.demandRatio !== null && (statuses.includes('disappearing') || statuses.includes('growing') || statuses.includes('shrinking'))) {
    parts.push(statuses.includes('disappearing') ? b.demandRatio(f.pct(c.demandRatio), start, end) : b.volume(`${c.demandRatio >= 1 ? '+' : '−'}${f.pct(Math.abs(c.demandRatio - 1))}`));
  }
  if (c.status !== 'emerging' && c.automatedShare >= 0.005) parts.push(b.automated(f.pct(c.automatedShare)));
  if (c.status !== 'emerging' && c.shift >= 0.005 && statuses.includes('changing')) parts.push(b.taskShift(f.pct(c.shift)));
  return parts.join('; ');
}

function shifts(c: FunctionChange, f: Formatters, t: Texts): string {
  if (c.taskShifts.length === 0) return t.none;
  return c.taskShifts.map((s) => `${f.category(s.category)} ${f.pct(s.start)} → ${f.pct(s.end)}`).join('; ');
}

function statusLabel(c: FunctionChange, t: Texts): string {
  return [c.status, ...c.flags].map((s) => t.status[s]).join(', ');
}

function doorbreken(data: ReportData, t: Texts, f: Formatters): Section {
  const b = t.doorbreken;
  const blocks: Block[] = [];
  const order: Status[] = ['disappearing', 'changing', 'emerging', 'growing', 'shrinking', 'stable'];
  const replacing = (s: Status): number => data.replacement.filter((r) => r.status === s).length;
  blocks.push({
    kind: 'table',
    title: b.overviewTitle,
    head: [b.statusCol, b.count, b.replacementCol],
    align: ['l', 'r', 'r'],
    rows: order.map((s) => [t.status[s], f.int(data.statusCounts[s]), s === 'emerging' || s === 'disappearing' ? t.none : f.int(replacing(s))]),
    foot: [t.total, f.int(data.changes.length), f.int(data.replacement.length)],
    // The replacement list leaves the withheld functions out (their supply year by year would show when
    // someone leaves), so its column is smaller than the statuses suggest: said, not left to be guessed.
    ...(data.withheldFunctions > 0 ? { note: b.overviewPrivacy(data.withheldFunctions, data.minGroup) } : {}),
  });
  const kinds: { status: Status[]; title: string; withShift: boolean }[] = [
    { status: ['disappearing'], title: b.disappearingTitle, withShift: true },
    { status: ['changing'], title: b.changingTitle, withShift: true },
    { status: ['emerging'], title: b.emergingTitle, withShift: false },
    { status: ['growing', 'shrinking'], title: b.otherTitle, withShift: false },
  ];
  for (const kind of kinds) {
    const list = data.changes
      .filter((c) => kind.status.includes(c.status))
      .sort((a, z) => (a.statusYear ?? 9999) - (z.statusYear ?? 9999) || compareText(a.id, z.id));
    blocks.push({ kind: 'heading', text: kind.title });
    if (list.length === 0) {
      blocks.push({ kind: 'paragraph', text: b.noneOfKind });
      continue;
    }
    // A big city has 70 changing functions (five pages): the LIST_MAX with the most work (demand at
    // the start, the work and not its people) are listed, in the usual order; spp project has them all.
    const listed = list.length > LIST_MAX ? list.filter((c) => [...list].sort((a, z) => z.demandStart - a.demandStart || compareText(a.id, z.id)).slice(0, LIST_MAX).includes(c)) : list;
    blocks.push({
      kind: 'table',
      // No family column: five columns fit an A4 page; the family is in chapter 1.
      head: [b.functionCol, b.statusCol, b.yearCol, b.whyCol, ...(kind.withShift ? [b.taskShiftCol] : [])],
      align: ['l', 'l', 'r', 'l', ...(kind.withShift ? (['l'] as const) : [])],
      ...(listed.length < list.length ? { note: b.changesTop(listed.length, list.length) } : {}),
      rows: listed.map((c) => [`${c.id} ${c.name}`, statusLabel(c, t), c.statusYear === null ? t.none : String(c.statusYear), why(c, data, t, f), ...(kind.withShift ? [shifts(c, f, t)] : [])]),
    });
  }
  if (data.replacement.length > 0) {
    const { start, end } = data.scenario;
    blocks.push({ kind: 'heading', text: b.replacementTitle });
    // The list holds every function whose work does not shrink by the volume threshold: growing ones
    // too (groei-sociaal-ruimte's F053 +56%), so the text names the statuses the list shows.
    const statuses = order.filter((s) => data.replacement.some((r) => r.status === s || r.flags.includes(s))).map((s) => t.status[s]);
    blocks.push({ kind: 'paragraph', text: b.replacementText(data.replacement.length, end, f.pct(data.volumeThreshold), statuses) });
    blocks.push({
      kind: 'table',
      // Every function here needs replacement (the section's title and text say so): no column repeats it.
      head: [b.functionCol, b.statusCol, b.supplyStart(start), b.supplyEnd(end), b.demandEnd(end), b.remaining],
      align: ['l', 'l', 'r', 'r', 'r', 'r'],
      // Most urgent first (the least of today's people left); beyond LIST_MAX the rest is in spp project.
      rows: data.replacement.slice(0, LIST_MAX).map((r) => [`${r.id} ${r.name}`, [r.status, ...r.flags].map((s) => t.status[s]).join(', '), f.fte(r.supplyStart), f.fte(r.supplyEnd), f.fte(r.demandEnd), f.pct(r.supplyEnd / r.supplyStart)]),
      ...(data.withheldFunctions > 0 || data.replacement.length > LIST_MAX
        ? {
            note: [
              ...(data.replacement.length > LIST_MAX ? [b.replacementTop(LIST_MAX, data.replacement.length)] : []),
              ...(data.withheldFunctions > 0 ? [b.replacementPrivacy(data.minGroup)] : []),
            ].join(' '),
          }
        : {}),
    });
  }
  blocks.push({ kind: 'heading', text: b.taskMixTitle });
  // A one-year horizon has one mix: its share, without a second column of the same year.
  const oneYear = data.scenario.start === data.scenario.end;
  blocks.push({ kind: 'paragraph', text: oneYear ? b.taskMixOneYear(data.scenario.start) : b.taskMixText });
  blocks.push(
    oneYear
      ? { kind: 'table', head: [b.category, b.shareStart(data.scenario.start)], align: ['l', 'r'], rows: data.taskMix.map((m) => [f.category(m.category), f.pct(m.start)]) }
      : {
          kind: 'table',
          head: [b.category, b.shareStart(data.scenario.start), b.shareEnd(data.scenario.end), b.change],
          align: ['l', 'r', 'r', 'r'],
          rows: data.taskMix.map((m) => [f.category(m.category), f.pct(m.start), f.pct(m.end), signed(f.dec((m.end - m.start) * 100, 1), m.end - m.start)]),
        },
  );
  if (data.organise !== null) blocks.push(...organiseBlocks(data.organise, t, f, t.lang));
  return { id: 'doorbreken', ...t.chapters.doorbreken, blocks };
}

export function signed(text: string, value: number): string {
  if (Math.abs(value) < 0.0005) return text.replace(/^[-−]/, '');
  return value > 0 ? `+${text}` : text.replace(/^-/, '−');
}

function doorselecteren(data: ReportData, t: Texts, f: Formatters): Section {
  const s = t.doorselecteren;
  const { start, end } = data.scenario;
  const blocks: Block[] = [];
  const v = data.vulnerable;
  blocks.push({ kind: 'paragraph', text: s.definition(f.pct(data.volumeThreshold), f.pct(data.changeThreshold)) });
  if (v.rows.length === 0) {
    blocks.push({ kind: 'paragraph', text: s.noneText });
  } else {
    blocks.push({ kind: 'paragraph', text: s.text(v.functions, f.persons(v.persons), f.personsFte(v.persons, v.fte)) });
    // A big city has 70 vulnerable functions (three pages): the LIST_MAX with the most FTE at the start
    // whose figures are shown are listed, in the usual order, the rest summed in one row that keeps the
    // total (withheld ones with them, as topList does); spp project marks them all.
    const { listed, rest } = capped(v.rows, (r) => r.fteStart, (r) => r.persons.hidden !== null);
    // The rest's people are the total minus the rows listed (all shown): hidden only when the total is.
    const restPersons = { persons: sum(rest.map((r) => r.persons.persons)), hidden: v.persons.hidden };
    // The rest row's mark is the total's: the cells shown are those listed and the total.
    const anyHidden = hasHidden([...listed.map((r) => r.persons), v.persons]);
    blocks.push({
      kind: 'table',
      title: s.tableTitle,
      head: [t.doorbreken.functionCol, t.doorbreken.statusCol, s.personsStart(start), s.fteStart(start), s.demandEnd(end), s.automatedCol],
      align: ['l', 'l', 'r', 'r', 'r', 'r'],
      rows: [
        ...listed.map((r) => [`${r.id} ${r.name}`, t.status[r.status], f.persons(r.persons), f.personsFte(r.persons, r.fteStart), f.fte(r.demandEnd), f.pct(r.automatedShare)]),
        ...(rest.length > 0
          ? [[t.otherFunctions(f.int(rest.length)), '', f.persons(restPersons), f.personsFte(restPersons, sum(rest.map((r) => r.fteStart))), f.fte(sum(rest.map((r) => r.demandEnd))), '']]
          : []),
      ],
      foot: [t.total, '', f.persons(v.persons), f.personsFte(v.persons, v.fte), f.fte(sum(v.rows.map((r) => r.demandEnd))), ''],
      ...(rest.length > 0 || anyHidden
        ? {
            note: [
              ...(rest.length > 0 ? [s.vulnerableTop(f.int(listed.length), f.int(v.rows.length), f.int(rest.length), rest.filter((r) => r.persons.hidden !== null).length)] : []),
              ...(anyHidden ? [t.suppressionNote(data.minGroup)] : []),
            ].join(' '),
          }
        : {}),
    });
    // "Vulnerable" and "largest hiring need" side by side need the explanation.
    // A function whose work disappears within the horizon is no "smaller formation": its hires only bridge.
    const hiringVulnerable = data.plan.hiring.filter((h) => h.vulnerable);
    const gone = hiringVulnerable.filter((h) => v.rows.find((r) => r.id === h.id)?.status === 'disappearing').length;
    if (hiringVulnerable.length > 0) blocks.push({ kind: 'paragraph', text: s.vulnerableHiring(hiringVulnerable.length, gone) });
  }
  return { id: 'doorselecteren', ...t.chapters.doorselecteren, blocks };
}

function doorontwikkelen(data: ReportData, t: Texts, f: Formatters): Section {
  const o = t.doorontwikkelen;
  const p = data.plan;
  const blocks: Block[] = [];
  const n = planTotals(p);
  blocks.push({
    kind: 'paragraph',
    text: o.rules(f.pct(p.rules.min_similarity), f.int(p.rules.max_level_step), f.pct(p.rules.min_pay_ratio), f.int(p.rules.hours_per_level), f.euro(p.rules.cost_per_hour)),
  });
  if (p.pathways.length === 0) {
    blocks.push({ kind: 'paragraph', text: o.noneText });
  } else {
    const trained = p.pathways.filter((r) => r.hoursPerPerson > 0);
    // Routes the scenario gives (plan.pathways) break the rules above and are priced per FTE: said so.
    const given = p.pathways.filter((r) => r.explicit && r.hidden === null);
    blocks.push({
      kind: 'paragraph',
      text: o.text({
        moved: f.fte(n.moved),
        pathways: p.routes,
        first: Math.min(...p.pathways.map((r) => r.firstYear)),
        last: Math.max(...p.pathways.map((r) => r.lastYear)),
        reskilled: n.reskilled >= 0.05 ? f.fte(n.reskilled) : null,
        hours: f.int(sum(trained.map((r) => r.fte * r.hoursPerPerson))),
        cost: f.euro(p.costs.plan.reskilling),
        redeployed: n.redeployed >= 0.05 ? f.fte(n.redeployed) : null,
        given: given.some((r) => r.costPerFte !== null && r.cost >= 0.5) ? f.euro(sum(given.filter((r) => r.costPerFte !== null).map((r) => r.cost))) : null,
      }),
    });
    // A move into a lower scale is a step back for the people who make it (a works council asks):
    // said with the routes, and that the plan's costs leave the pay difference out.
    const down = p.pathways.filter((r) => r.hidden === null && r.levelStep !== null && r.levelStep < 0);
    if (down.length > 0) blocks.push({ kind: 'paragraph', text: o.stepDown(f.fte(sum(down.map((r) => r.fte))), down.map((r) => `${r.from} → ${r.to}`).join(', ')) });
    if (given.length > 0) {
      const routes = given.map((r) => `${r.from} → ${r.to}${r.costPerFte === null ? '' : ` (${f.euro(r.costPerFte)} ${t.lang === 'nl' ? 'per fte' : 'per FTE'})`}`).join(', ');
      blocks.push({ kind: 'paragraph', text: o.givenNote(routes, given.length, f.euro(p.rules.cost_per_hour), given.every((r) => r.costPerFte !== null)) });
    }
    // The functions spp project withholds stand together at a route's end, unnamed (report-data.ts).
    const end = (id: string): string => (id === WITHHELD_ROUTE_END ? t.withheldRouteEnd(data.withheldFunctions) : id);
    const label = (id: string, nm: string): string => (id === WITHHELD_ROUTE_END ? end(id) : `${id} ${nm}`);
    const shown = (v: string, hidden: Hidden): string => (hidden === null ? v : f.persons({ persons: 0, hidden }));
    const visible = p.pathways.filter((r) => r.hidden === null);
    // The years shown in the table by year below (flows under 0,05 fte round away there); a route of only such slivers keeps its span.
    const routeYears = (r: (typeof p.pathways)[number]): string => {
      const years = p.years.filter((_, k) => (r.byYear[k] ?? 0) >= 0.05);
      return years.length > 0 ? yearRuns(years) : period(r.firstYear, r.lastYear);
    };
    // The chart must fit one A4 page: it draws the largest visible pathways; the table lists them all.
    const drawn = [...visible].sort((a, b) => b.fte - a.fte || compareText(a.from, b.from) || compareText(a.to, b.to)).slice(0, FLOW_MAX);
    const hidden = p.pathways.length - visible.length;
    // A big city's plan has a hundred routes (five pages, and as many rows again by year): beyond
    // ROUTES_LISTED the largest are listed and the rest summed in one row, withheld ones with them
    // (as topList does); spp reskill lists them all.
    const many = visible.length > ROUTES_LISTED;
    const listed = many ? [...drawn, ...[...visible].sort((a, b) => b.fte - a.fte || compareText(a.from, b.from) || compareText(a.to, b.to)).slice(FLOW_MAX, ROUTES_LISTED)] : p.pathways;
    const rest = many ? p.pathways.filter((r) => !listed.includes(r)) : [];
    const restRow = (cells: string[]): string[][] => (rest.length > 0 ? [cells] : []);
    const table: TableBlock = {
      kind: 'table',
      head: [o.from, o.to, o.fte, o.levelStep, o.hoursPerPerson, o.cost, o.years],
      // Two names, three numbers and the years a route is used ("2027, 2031–2032, 2034"): the names
      // wrap, the numbers never do, the years only between their runs (a text column, not a number).
      align: ['l', 'l', 'r', 'r', 'r', 'r', 'l'],
      widths: [22, 22, 7, 9, 10, 16, 14],
      rows: [
        ...listed.map((r) => [
          label(r.from, r.fromName),
          r.explicit && r.hidden === null ? `${label(r.to, r.toName)} (${o.given})` : label(r.to, r.toName),
          shown(f.fte(r.fte), r.hidden),
          r.levelStep === null || r.hidden !== null ? '—' : r.levelStep === 0 ? '0' : `${r.levelStep > 0 ? '+' : '−'}${Math.abs(r.levelStep)}`,
          f.int(r.hoursPerPerson),
          shown(f.euro(r.cost), r.hidden),
          // The years it moves people (a hidden route's years would say when its few people move).
          r.hidden === null ? routeYears(r) : f.persons({ persons: 0, hidden: r.hidden }),
        ]),
        ...restRow([o.otherRoutes(f.int(rest.length)), '', f.fte(sum(rest.map((r) => r.fte))), '', '', f.euro(sum(rest.map((r) => r.cost))), '']),
      ],
      foot: [t.total, '', f.fte(n.moved), '', '', f.euro(p.costs.plan.reskilling), ''],
      note:
        o.pathwaysNote +
        // "via 11 routes" above a table of 7 rows: the rows of the withheld functions hold several.
        (p.routes > p.pathways.length ? ` ${o.routesInRows(f.int(p.routes), f.int(p.pathways.length))}` : '') +
        (rest.length > 0 ? ` ${o.routesTop(f.int(listed.length), f.int(rest.length))}` : '') +
        (hidden > 0 ? ` ${t.suppressionNote(data.minGroup)}` : ''),
    };
    blocks.push({
      kind: 'chart',
      title: o.flowTitle,
      // A node says all of its function's moves (spp plan's "Uit 7,9"), not only the largest routes
      // drawn (F002's 7,4 in digitaal-versneld): summed over the visible routes, so a hidden route's
      // flow does not follow from a node's figure minus its visible routes.
      svg: renderFlow({ id: 'flow', title: t.charts.flow }, drawn.map((r) => ({ from: label(r.from, r.fromName), to: label(r.to, r.toName), fte: r.fte })), f.fte, {
        from: totalsBy(visible, (r) => label(r.from, r.fromName)),
        to: totalsBy(visible, (r) => label(r.to, r.toName)),
      }),
      caption:
        o.flowCaption(f.fte(n.moved), p.routes) +
        (drawn.length < visible.length ? ` ${o.flowTop(f.int(drawn.length), rest.length > 0 ? f.int(listed.length) : null)}` : '') +
        (hidden > 0 ? ` ${o.flowHidden(hidden, data.minGroup)}` : ''),
      table: { ...table, title: o.pathwaysTitle },
      showTable: true,
    });
    // Who moves in which year: one row per pathway, the decision years as columns.
    const active = p.years.map((_, k) => p.pathways.some((r) => (r.byYear[k] ?? 0) >= 0.05));
    const first = p.years.findIndex((_, k) => active[k]);
    const last = p.years.length - 1 - [...active].reverse().findIndex((a) => a);
    if (first >= 0) {
      const years = p.years.slice(first, last + 1);
      blocks.push({
        kind: 'table',
        title: o.movesTitle(years[0]!, years.at(-1)!),
        head: [o.pathwayCol, ...years.map(String)],
        align: ['l', ...years.map(() => 'r' as const)],
        rows: [
          ...listed.map((r) => [
            `${end(r.from)} → ${end(r.to)}`,
            ...r.byYear.slice(first, last + 1).map((v) => (v < 0.05 ? '' : shown(f.fte(v), r.hidden))),
          ]),
          ...restRow([
            o.otherRoutes(f.int(rest.length)),
            ...years.map((_, k) => {
              const v = sum(rest.map((r) => r.byYear[first + k] ?? 0));
              return v < 0.05 ? '' : f.fte(v);
            }),
          ]),
        ],
        foot: [t.total, ...years.map((_, k) => f.fte((p.perYear.reskilled[first + k] ?? 0) + (p.perYear.redeployed[first + k] ?? 0)))],
        ...(hidden > 0 ? { note: t.suppressionNote(data.minGroup) } : {}),
      });
    }
  }
  // Why the plan costs more than an alternative is said in the business case (not twice), and not at all
  // where the report hides the plan's costs: the note's amount is their difference.
  const costsHidden = planCosts(p, f).hidden;
  const notes = p.notes.filter((note) => !DEARER_THAN_NO_PLAN.test(note) && !(costsHidden && DEARER.test(note)));
  if (notes.length > 0) {
    blocks.push({ kind: 'heading', text: o.notesTitle });
    blocks.push({ kind: 'list', items: notes.map((note) => planNote(note, p.noteFacts, t.lang, f.category)) });
  }
  return { id: 'doorontwikkelen', ...t.chapters.doorontwikkelen, blocks };
}

function doorverbinden(data: ReportData, t: Texts, f: Formatters): Section {
  const v = t.doorverbinden;
  const { end } = data.scenario;
  const blocks: Block[] = [];
  const last = data.years.length - 1;
  const gapEnd = (data.supply.total[last] ?? 0) - (data.supply.demand[last] ?? 0);
  const u = data.uncertainty;
  blocks.push({
    kind: 'chart',
    title: v.gapTitle,
    svg: renderGap(
      { id: 'gap', title: t.charts.gap },
      {
        years: data.years,
        supply: data.supply.total,
        demand: data.supply.demand,
        supplyLabel: v.supplyLabel,
        demandLabel: v.demandLabel,
        ...(u !== null ? { bands: { supply: u.supply, demand: u.demand } } : {}),
      },
      (x) => f.dec(x, 0),
    ),
    caption: v.gapCaption(end, f.fte(Math.abs(gapEnd)), gapEnd < 0) + (u !== null ? ` ${v.bandCaption(f.int(u.runs), u.seed)}` : ''),
    showTable: true,
    table: {
      kind: 'table',
      // The replacement and expansion demand since the start: the summary's gap sources, year by year.
      head: [t.doorlichten.year, v.supplyCol, v.demandCol, v.gapLabel, v.replacementCol(data.scenario.start), v.expansionCol(data.scenario.start), ...(u !== null ? [v.bandCol] : [])],
      align: ['l', 'r', 'r', 'r', 'r', 'r', ...(u !== null ? (['r'] as const) : [])],
      rows: data.years.map((y, i) => {
        const g = (data.supply.total[i] ?? 0) - (data.supply.demand[i] ?? 0);
        const band = u?.gap[i];
        const expansion = data.gapSources.expansion[i] ?? 0;
        return [
          String(y),
          f.fte(data.supply.total[i] ?? 0),
          f.fte(data.supply.demand[i] ?? 0),
          signed(f.fte(g), g),
          f.fte(data.gapSources.replacement[i] ?? 0),
          Math.abs(expansion) < 0.05 ? f.fte(0) : f.fte(expansion),
          ...(band !== undefined ? [`${signed(f.fte(band.p10), band.p10)} … ${signed(f.fte(band.p90), band.p90)}`] : []),
        ];
      }),
    },
  });
  blocks.push(...planBlocks(data, t, f));
  return { id: 'doorverbinden', ...t.chapters.doorverbinden, blocks };
}

/** The action plan year by year (table and chart), hiring and placement outside per function, shortfalls, the business case. */
function planBlocks(data: ReportData, t: Texts, f: Formatters): Block[] {
  const v = t.doorverbinden;
  const p = data.plan;
  const n = planTotals(p);
  const blocks: Block[] = [];
  if (p.years.length === 0) return blocks;
  const decisions = period(p.years[0]!, p.years.at(-1)!);
  const a = v.action;
  const h = p.perYearHidden;
  const reducedHoursRow = p.reducedHoursAllowed || p.perYear.reducedHours.some((x) => x >= 0.05);
  const rows: { label: string; values: number[]; hidden?: PlanData['perYearHidden']['hired'] }[] = [
    { label: a.hired, values: p.perYear.hired, hidden: h.hired },
    { label: a.reskilled, values: p.perYear.reskilled },
    { label: a.redeployed, values: p.perYear.redeployed },
    { label: a.outside, values: p.perYear.outside, hidden: h.outside },
    // The FTE given up, as every other row: the plan's persons are continuous ("6,6 personen"); the note says them whole.
    // Only when the scenario allows reduced hours (plan.reduced_hours): otherwise a row of zeros for a lever it does not have.
    ...(reducedHoursRow ? [{ label: a.reducedHours, values: p.perYear.reducedHours, hidden: h.reducedHours }] : []),
    { label: a.overstaffing, values: p.perYear.overstaffing, hidden: h.overstaffing },
    ...(n.shortage >= 0.05 ? [{ label: a.shortage, values: p.perYear.shortage, hidden: h.shortage }] : []),
  ];
  const cell = (x: number, hidden: Hidden = null): string => (hidden !== null ? f.persons({ persons: 0, hidden }) : f.fte(x));
  const anyHidden = rows.some((r) => r.hidden !== undefined && (r.hidden.total !== null || r.hidden.years.some((x) => x !== null)));
  // The chart draws only what the table may show: a hidden year is drawn as 0 (the table says •).
  const drawn = (r: (typeof rows)[number]): number[] => r.values.map((x, i) => (r.hidden?.years[i] ?? null) !== null ? 0 : x);
  blocks.push({ kind: 'heading', text: v.planTitle(p.years[0]!, p.years.at(-1)!) });
  blocks.push({ kind: 'paragraph', text: v.planText(p.objective, n.shortage >= 0.05, roundMoney(p.costs.noPlan.total) < roundMoney(p.costs.plan.total), p.perYear.reducedHours.some((x) => x >= 0.05), reducedHoursRow) });
  blocks.push({
    kind: 'chart',
    title: v.planChartTitle,
    svg: renderSmallMultiples({ id: 'plan', title: t.charts.plan }, { years: p.years, series: rows.map((r) => ({ label: r.label, values: drawn(r) })) }, f.fte),
    caption: v.planCaption({ period: decisions, hired: h.hired.total === null ? fteTotal(n.hired, f) : cell(n.hired, h.hired.total), moved: n.moved < 0.05 ? null : f.fte(n.moved), outside: n.outside < 0.05 ? null : cell(n.outside, h.outside.total), overstaffing: cell(n.overstaffing, h.overstaffing.total) }),
    showTable: true,
    table: {
      kind: 'table',
      head: [v.actionCol, ...p.years.map(String), t.total],
      align: ['l', ...p.years.map(() => 'r' as const), 'r'],
      rows: rows.map((r) => [r.label, ...r.values.map((x, i) => cell(x, r.hidden?.years[i] ?? null)), cell(sum(r.values), r.hidden?.total ?? null)]),
      note: [v.totalsNote(n.shortage >= 0.05, reducedHoursPersonsText(p.reducedHoursPersons.filter((_, i) => (p.perYear.reducedHours[i] ?? 0) >= 0.05 && h.reducedHours.years[i] === null), t.lang), reducedHoursRow), ...(anyHidden ? [t.suppressionNote(data.minGroup)] : [])].join(' '),
    },
  });
  blocks.push({ kind: 'heading', text: v.hiringTitle(decisions) });
  if (p.hiring.length === 0) blocks.push({ kind: 'paragraph', text: v.noHiring });
  else {
    blocks.push({ kind: 'paragraph', text: v.hiringText(shownTotal(n.hired, p.perYearHidden.hired.total, f), p.hiring.length, decisions) });
    const shown = topList(p.hiring).listed;
    const anyVulnerable = shown.some((h) => h.vulnerable);
    // The vulnerable column only when a function shown is vulnerable: an empty column says nothing.
    const hiringTotal = p.hiringTotal === null ? f.fte(n.hired) : f.persons({ persons: 0, hidden: p.hiringTotal });
    blocks.push({
      kind: 'table',
      head: anyVulnerable ? [t.doorbreken.functionCol, v.vulnerableCol, v.hiringFte] : [t.doorbreken.functionCol, v.hiringFte],
      align: anyVulnerable ? ['l', 'l', 'r'] : ['l', 'r'],
      rows: anyVulnerable ? topRows(p.hiring, t, f).map((row, i) => [row[0]!, i < shown.length && shown[i]!.vulnerable ? t.yes : '', row[1]!]) : topRows(p.hiring, t, f),
      foot: anyVulnerable ? [t.total, '', hiringTotal] : [t.total, hiringTotal],
      ...(anyVulnerable || hasHiddenRow(shown) ? { note: [anyVulnerable ? v.vulnerableHiringNote : '', hasHiddenRow(shown) ? t.suppressionNote(data.minGroup) : ''].filter((x) => x).join(' ') } : {}),
    });
    // After the table: before it, the paragraph pushed the table (kept whole) to the next page.
    const balance = hiringBalance(data, n, t, f);
    if (balance !== null) blocks.push({ kind: 'paragraph', text: balance });
  }
  blocks.push({ kind: 'heading', text: v.outsideTitle(decisions) });
  if (p.outside.length === 0) blocks.push({ kind: 'paragraph', text: v.noOutside });
  else {
    blocks.push({ kind: 'paragraph', text: v.outsideText(shownTotal(n.outside, p.perYearHidden.outside.total, f), p.outside.length, p.objective) });
    blocks.push({
      kind: 'table',
      head: [t.doorbreken.functionCol, v.outsideFte],
      align: ['l', 'r'],
      rows: topRows(p.outside, t, f),
      foot: [t.total, p.outsideTotal === null ? f.fte(n.outside) : f.persons({ persons: 0, hidden: p.outsideTotal })],
      ...(hasHiddenRow(topList(p.outside).listed) ? { note: t.suppressionNote(data.minGroup) } : {}),
    });
  }
  if (p.shortfalls.length > 0) {
    blocks.push({ kind: 'heading', text: v.shortfallTitle });
    const total = p.shortfallTotal === null ? f.fte(n.shortage) : f.persons({ persons: 0, hidden: p.shortfallTotal });
    // The rows with their figures, and apart those privacy withholds (F027 "< 5", F031 "•"): spp plan
    // merges the latter into one line of the withheld functions, so "In 24 functies" matched nothing there.
    const withheld = p.shortfalls.filter((s) => s.hidden !== null).length;
    blocks.push({ kind: 'paragraph', text: v.shortfallText(total, p.shortfalls.length - withheld, withheld) });
    // A big city under a hiring freeze leaves demand unmet in 75 functions (three pages before the
    // business case): the LIST_MAX largest are listed, the rest summed in one row; spp plan lists them all.
    const { listed, rest } = capped(p.shortfalls, (s) => s.fte, (s) => s.hidden !== null);
    // The rest is the total minus the rows listed (all shown): hidden only when the total is.
    const restCell = p.shortfallTotal === null ? f.fte(sum(rest.map((s) => s.fte))) : f.persons({ persons: 0, hidden: p.shortfallTotal });
    blocks.push({
      kind: 'table',
      head: [t.doorbreken.functionCol, v.yearsCol, v.shortfallCol],
      align: ['l', 'r', 'r'],
      // A withheld function's years of unmet demand are withheld with its amount: its demand is shown, so
      // the years its people no longer cover it would tell when they leave. The years column says so in a
      // word: the amount's mark "< 5" there read as "fewer than five years".
      rows: [
        ...listed.map((s) => {
          if (s.hidden === null) return [`${s.id} ${s.name}`, yearRuns(s.years), f.fte(s.fte)];
          return [`${s.id} ${s.name}`, v.yearsWithheld, f.persons({ persons: 0, hidden: s.hidden })];
        }),
        ...(rest.length > 0 ? [[t.otherFunctions(f.int(rest.length)), '', restCell]] : []),
      ],
      foot: [t.total, '', total],
      ...(rest.length > 0 || hasHiddenRow(listed) || p.shortfallTotal !== null
        ? {
            note: [
              ...(rest.length > 0 ? [v.shortfallTop(f.int(listed.length), f.int(rest.length), rest.filter((s) => s.hidden !== null).length)] : []),
              ...(hasHiddenRow(listed) || p.shortfallTotal !== null ? [t.suppressionNote(data.minGroup)] : []),
            ].join(' '),
          }
        : {}),
    });
  }
  const costs = period(p.costPeriod.start, p.costPeriod.end);
  const kinds = PLAN_COST_KINDS.filter(
    (k) => k === 'hiring' || k === 'reskilling' || p.costs.plan[k] > 0 || (p.costs.noPathways?.[k] ?? 0) > 0 || p.costs.noPlan[k] > 0,
  );
  const c = planCosts(p, f, v.impossible);
  // When a column leaves demand unmet its costs buy less work (krimp-vacaturestop: the plan 440 FTE-years,
  // without pathways 467, no plan 0): said under the table, unless the plan's unmet demand is withheld.
  const u = p.unmet;
  const unmetNote = p.shortfallTotal === null && Math.max(u.plan, u.noPathways ?? 0, u.noPlan) >= 0.05 ? v.unmetNote(f.fte(u.plan), u.noPathways === null ? null : f.fte(u.noPathways), f.fte(u.noPlan)) : null;
  const versus = (alternative: number): string => {
    const x = roundMoney(alternative) - roundMoney(p.costs.plan.total);
    // "Het actieplan is € 0 goedkoper" (spp init's digitaal: no route, so no plan without them) says the same cost.
    return c.hidden ? c.saving(x) : x === 0 ? v.sameCost : x < 0 ? v.dearerBy(f.euro(-x)) : v.cheaperBy(f.euro(x));
  };
  blocks.push({
    kind: 'table',
    title: v.businessTitle(costs),
    head: [v.kindCol, v.planCol, v.noPathwaysCol, v.noPlanCol],
    align: ['l', 'r', 'r', 'r'],
    rows: kinds.map((k) => [v.kind[k], c.kind(k, 'plan'), c.kind(k, 'noPathways'), c.kind(k, 'noPlan')]),
    foot: [t.total, c.total('plan'), c.total('noPathways'), c.total('noPlan')],
    // Per alternative, how much cheaper or dearer the plan is, of the totals as shown (whole euros):
    // "goedkoper met −€ 2.331.619" was a double negative.
    extra: [v.savingRow, '', p.costs.noPathways === null ? '' : versus(p.costs.noPathways.total), versus(p.costs.noPlan.total)],
    ...(c.hidden || unmetNote !== null ? { note: [unmetNote ?? '', c.hidden ? t.suppressionNote(data.minGroup) : ''].filter((x) => x).join(' ') } : {}),
  });
  blocks.push({
    kind: 'paragraph',
    text: v.businessText({
      period: costs,
      total: c.total('plan'),
      noPathways: p.costs.noPathways === null ? null : c.total('noPathways'),
      noPlan: c.total('noPlan'),
      cheaper: p.costs.noPlan.total >= p.costs.plan.total,
      why: dearerThanNoPlan(p, t, f, c.hidden),
      discounted: p.discounted,
      // The plan leaves demand unmet that no plan meets: said first, before any amount is compared.
      unmet: p.shortfallTotal === null && u.plan >= 0.05 && u.plan - u.noPlan >= 0.05 ? f.fte(u.plan) : null,
    }),
  });
  return blocks;
}

function appendix(data: ReportData, t: Texts, f: Formatters): Section {
  const a = t.appendix;
  const blocks: Block[] = [];
  blocks.push({ kind: 'heading', text: a.assumptionsTitle });
  blocks.push({ kind: 'paragraph', text: data.assumptions.some((r) => r.given !== null) ? `${a.inheritedNote} ${a.givenNote}` : a.inheritedNote });
  // Each setting in words with its key beneath (a key spp has no words for stands alone), its value as a reader counts it.
  const names = functionNames(data);
  const labelOf = assumptionLabeller(t.lang, f, names);
  const labels = data.assumptions.map((r) => labelOf(r.key));
  blocks.push({
    kind: 'table',
    head: [a.key, a.value, a.source],
    align: ['l', 'l', 'l'],
    rows: data.assumptions.map((r, i) => [labels[i]!, settingText(r.key, r.setting, t.lang, f, names), r.given !== null ? a.commandLine(r.given) : (r.source ?? a.defaultSource)]),
    keys: data.assumptions.map((r, i) => (labels[i] === r.key ? '' : r.key)),
    widths: [46, 26, 28],
  });
  if (data.modelNotes.length > 0) {
    blocks.push({ kind: 'heading', text: a.modelNotesTitle });
    blocks.push({ kind: 'paragraph', text: a.modelNotesNote });
    blocks.push({ kind: 'list', items: data.modelNotes.map((n) => modelNote(n, data.modelNoteFacts, t.lang, f.category)) });
  }
  if (data.backtest !== null) blocks.push(...backtestBlocks(data, t, f));
  blocks.push({ kind: 'heading', text: a.privacyTitle });
  blocks.push({ kind: 'paragraph', text: a.privacyText(data.minGroup) });
  blocks.push({ kind: 'heading', text: a.stampTitle });
  const s = data.stamp;
  blocks.push({
    kind: 'list',
    items: [`${a.version}: ${s.spp_version}`, `${a.scenarioId}: ${s.scenario_id}`, ...(s.seed !== null ? [`${a.seed}: ${s.seed}`] : [])],
  });
  blocks.push({
    kind: 'table',
    head: [a.inputRole, a.inputFile, a.sha256],
    align: ['l', 'l', 'l'],
    rows: s.inputs.map((i) => [a.roles[i.role] ?? i.role, i.file, i.sha256]),
    code: [false, false, 'digest'],
  });
  return { id: 'bijlage', ...t.chapters.appendix, blocks };
}

/** With --actual: the backtest paragraph (as `spp backtest --format md` writes it) and its totals. */
function backtestBlocks(data: ReportData, t: Texts, f: Formatters): Block[] {
  const b = data.backtest!;
  const a = t.appendix.backtestTable;
  const x = b.totals;
  const pct = (share: number): string => `${f.dec(share * 100, 1)}%`;
  return [
    { kind: 'heading', text: t.appendix.backtestTitle },
    { kind: 'paragraph', text: backtestParagraph(b, t.lang) },
    {
      kind: 'table',
      head: [`${a.item}, ${a.onDate(b.to)}`, a.projected, a.actual, a.error, a.wape],
      align: ['l', 'r', 'r', 'r', 'r'],
      rows: [
        [a.fte, f.fte(x.projected_fte), f.fte(x.actual_fte), signed(f.fte(x.error_fte), x.error_fte), pct(b.wape_fte)],
        [a.persons, f.int(x.projected_persons), f.int(x.actual_persons), signed(f.int(x.error_persons), x.error_persons), pct(b.wape_persons)],
      ],
    },
  ];
}

/** Pathways drawn in the flow chart at most (so it fits a page). */
const FLOW_MAX = 12;
/** Functions listed in chapter 2's lists of changes and of replacement at most (a big city has 70 of each). */
const LIST_MAX = 25;
/** Pathways listed one by one in the report's two route tables at most; the rest is one row. */
const ROUTES_LISTED = 25;

/**
 * The rows of a long list a report shows one by one: all of them up to LIST_MAX; beyond, the LIST_MAX
 * largest whose figures are shown, in the list's own order, and the rest (the others and every
 * withheld one) for one row. A withheld row listed by its size would tell what it hides; only a
 * withheld row that would be the rest's one member is listed, with its mark.
 */
function capped<R extends { id: string }>(rows: readonly R[], size: (r: R) => number, withheld: (r: R) => boolean): { listed: R[]; rest: R[] } {
  if (rows.length <= LIST_MAX) return { listed: [...rows], rest: [] };
  const largest = rows
    .filter((r) => !withheld(r))
    .sort((a, z) => size(z) - size(a) || compareText(a.id, z.id))
    .slice(0, LIST_MAX);
  const rest = rows.filter((r) => !largest.includes(r));
  if (rest.length === 1 && withheld(rest[0]!)) return { listed: [...rows], rest: [] };
  return { listed: rows.filter((r) => largest.includes(r)), rest };
}

/** Functions with an amount of FTE: the largest ones, and the rest in one row, so the list stays readable. */
const TOP = 15;
/**
 * What a top list shows row by row — the TOP largest rows whose figure is shown — and the rest,
 * summed in one row "Overige functies": the other shown rows and every withheld one. A withheld row
 * listed in its place by size would tell what it hides, and one listed apart while its complement
 * sat in the sum would follow from the total. Only a withheld row that would be the sum's one member
 * is listed, with its mark. The lists arrive sorted by FTE (largest first), then id.
 */
function topList<T extends { fte: number; hidden?: Hidden }>(list: readonly T[]): { listed: T[]; rest: T[] } {
  const shown = list.filter((h) => h.hidden == null);
  const listed = shown.slice(0, TOP);
  const rest = [...shown.slice(TOP), ...list.filter((h) => h.hidden != null)];
  return rest.length === 1 && rest[0]!.hidden != null ? { listed: [...listed, rest[0]!], rest: [] } : { listed, rest };
}

function topRows(list: readonly { id: string; name: string; fte: number; hidden?: Hidden }[], t: Texts, f: Formatters): string[][] {
  const { listed, rest } = topList(list);
  const rows = listed.map((h) => [`${h.id} ${h.name}`, h.hidden == null ? f.fte(h.fte) : f.persons({ persons: 0, hidden: h.hidden })]);
  if (rest.length > 0) rows.push([t.otherFunctions(f.int(rest.length)), f.fte(sum(rest.map((h) => h.fte)))]);
  return rows;
}

/** FTE per key (a route's end) summed over the routes. */
function totalsBy<R extends { fte: number }>(routes: readonly R[], key: (r: R) => string): Map<string, number> {
  const totals = new Map<string, number>();
  for (const r of routes) totals.set(key(r), (totals.get(key(r)) ?? 0) + r.fte);
  return totals;
}

function hasHiddenRow(rows: readonly { hidden: Hidden }[]): boolean {
  return rows.some((r) => r.hidden !== null);
}

function hasHidden(counts: readonly PersonCount[]): boolean {
  return counts.some((c) => c.hidden !== null);
}
