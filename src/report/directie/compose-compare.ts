import { PLAN_DEFAULTS_NOTE, readsOtherData, type CompareResult } from '../../domain/compare.js';
import type { SensitivityAssumption, SensitivityResult } from '../../domain/sensitivity.js';
import { assumptionLabeller, assumptionValue, settingText, unsetText } from './assumption-label.js';
import { renderLines, renderTornado } from './compare-charts.js';
import { signed, type Block, type Formatters, type Section } from './compose-report.js';
import type { Texts } from './texts/texts.js';

/**
 * The report's two optional chapters: the scenarios side by side (`spp report -s A -s B`, the data of
 * `spp compare`) and the tornado (`spp report --sensitivity`, the data of `spp sensitivity`).
 * Both show FTE and euros only, never persons; what they share with the rest of the report, its own
 * plan's total cost and unmet demand, is hidden where chapter 5 hides it.
 */

/** Rows the tornado draws at most, so it fits one page; the table lists every assumption. */
const TORNADO_MAX = 12;

/** Whether the highest and lowest gap are both shortages, both surpluses, or one of each (the caption's words). */
function gapKind(highest: number, lowest: number): 'shortage' | 'surplus' | 'mixed' {
  return highest < 0 ? 'shortage' : lowest > 0 ? 'surplus' : 'mixed';
}

/** The title of a scenario, or its id. */
function scenarioName(s: CompareResult['scenario_info'][number]): string {
  return s.title ?? s.id;
}

/**
 * The comparison chapter. `ownCostMark`, `ownUnmetMark`: the report's own plan total cost and unmet
 * demand as chapter 5 shows them where it hides them (`•`: one small function hires alone, so its cost
 * would follow from the kinds shown), so the first scenario's are hidden the same way here; the other
 * scenarios show only totals.
 */
export function comparisonSection(cmp: CompareResult, t: Texts, f: Formatters, names: ReadonlyMap<string, string>, ownCostMark?: string, ownUnmetMark?: string): Section {
  const k = t.comparison;
  const blocks: Block[] = [];
  const ids = cmp.scenarios;
  const info = new Map(cmp.scenario_info.map((s) => [s.id, s]));
  const gapText = (v: number): string => signed(f.fte(v), v);
  blocks.push({ kind: 'paragraph', text: k.intro(ids.length, scenarioName(cmp.scenario_info[0]!), cmp.year) });
  blocks.push({
    kind: 'table',
    head: [k.scenarioCol, k.titleCol],
    align: ['l', 'l'],
    rows: cmp.scenario_info.map((s) => [s.id, s.title ?? '']),
    code: [true, false],
  });

  // The total gap per scenario over the years; with --runs, its P10–P90 ribbon and range.
  const mc = cmp.monte_carlo;
  const series = ids.map((id) => ({
    label: id,
    values: cmp.totals.years.map((y) => y.by_scenario[id]?.gap_fte ?? null),
    ...(mc !== undefined ? { bands: cmp.totals.years.map((y) => y.by_scenario[id]?.gap_fte_band ?? null) } : {}),
  }));
  const gapCell = (x: { gap_fte: number; gap_fte_band?: { p10: number; p90: number } } | null | undefined): string => {
    if (!x) return t.none;
    const b = x.gap_fte_band;
    return b === undefined ? gapText(x.gap_fte) : `${gapText(x.gap_fte)} (${gapText(b.p10)} … ${gapText(b.p90)})`;
  };
  const at = cmp.totals.at.by_scenario;
  const ranked = ids.filter((id) => at[id] !== null).sort((a, b) => at[b]!.gap_fte - at[a]!.gap_fte);
  const best = ranked[0] ?? ids[0]!;
  const worst = ranked[ranked.length - 1] ?? ids[0]!;
  blocks.push({
    kind: 'chart',
    title: k.gapTitle,
    svg: renderLines({ id: 'compare-gap', title: t.charts.compareGap }, { years: cmp.years, series }, (v) => f.dec(v, 0)),
    caption:
      k.gapCaption(cmp.year, scenarioName(info.get(best)!), gapText(at[best]?.gap_fte ?? 0), scenarioName(info.get(worst)!), gapText(at[worst]?.gap_fte ?? 0), gapKind(at[best]?.gap_fte ?? 0, at[worst]?.gap_fte ?? 0)) +
      (mc !== undefined ? ` ${k.gapBand(f.int(mc.runs), mc.seed)}` : ''),
    showTable: true,
    table: {
      kind: 'table',
      head: [t.doorlichten.year, ...ids],
      align: ['l', ...ids.map(() => 'r' as const)],
      rows: cmp.totals.years.map((y) => [String(y.year), ...ids.map((id) => gapCell(y.by_scenario[id]))]),
    },
  });

  const withPlans = cmp.scenario_info.some((s) => s.plan_cost !== null);
  const metric = (label: string, pick: (x: NonNullable<(typeof at)[string]>) => string): string[] => [label, ...ids.map((id) => (at[id] ? pick(at[id]!) : t.none))];
  blocks.push({
    kind: 'table',
    title: k.totalsTitle(cmp.year),
    head: ['', ...ids],
    align: ['l', ...ids.map(() => 'r' as const)],
    rows: [
      metric(k.supply, (x) => f.fte(x.supply_fte)),
      metric(k.demand, (x) => f.fte(x.demand_fte)),
      metric(k.gap, (x) => gapCell(x)),
      metric(k.replacement, (x) => f.fte(x.replacement_fte)),
      metric(k.expansion, (x) => signed(f.fte(x.expansion_fte), x.expansion_fte)),
      metric(k.shortage, (x) => f.fte(x.shortage_fte)),
      [k.vulnerable, ...cmp.scenario_info.map((s) => f.int(s.vulnerable_functions))],
      // What each scenario's action plan costs over its horizon (spp plan's defaults where a scenario has no plan: block).
      ...(withPlans
        ? [
            [k.planCost, ...cmp.scenario_info.map((s, i) => (s.plan_cost === null ? t.none : i === 0 && ownCostMark !== undefined ? ownCostMark : f.euro(s.plan_cost)))],
            // A plan that leaves demand unmet (a hiring freeze) is cheaper for it: said beside its cost; the
            // report's own plan's hidden where chapter 5 hides it.
            [k.planUnmet, ...cmp.scenario_info.map((s, i) => (s.plan_shortage_fte_years === null ? t.none : i === 0 && ownUnmetMark !== undefined ? ownUnmetMark : f.fte(s.plan_shortage_fte_years)))],
          ]
        : []),
    ],
    ...(withPlans
      ? { note: [k.planNote, ...(cmp.notes.some((n) => n.startsWith(PLAN_DEFAULTS_NOTE)) ? [k.planDefaults] : [])].join(' ') }
      : {}),
  });

  blocks.push({ kind: 'heading', text: k.differsTitle });
  if (cmp.assumptions.length === 0) blocks.push({ kind: 'paragraph', text: readsOtherData(cmp) ? k.differsNoneOtherData : k.differsNone });
  else {
    // Each setting in words with its key beneath (a key spp has no words for stands alone), values as a reader counts them.
    const labelOf = assumptionLabeller(t.lang, f, names);
    const labels = cmp.assumptions.map((a) => labelOf(a.path));
    blocks.push({
      kind: 'table',
      head: [k.assumptionCol, ...ids],
      align: ['l', ...ids.map(() => 'l' as const)],
      // The words take 40 %: a scenario's whole block (its plan:) would otherwise squeeze them.
      widths: [40, ...ids.map(() => 60 / ids.length)],
      rows: cmp.assumptions.map((a, i) => [labels[i]!, ...ids.map((id) => (a.values[id] === null ? (unsetText(a.path, t.lang) ?? k.notSet) : settingText(a.path, a.values[id], t.lang, f, names)))]),
      keys: cmp.assumptions.map((a, i) => (labels[i] === a.path ? '' : a.path)),
    });
  }

  blocks.push({ kind: 'heading', text: k.statusTitle(cmp.year) });
  const changed = cmp.functions.filter((fn) => {
    const statuses = ids.map((id) => fn.by_scenario[id]?.status ?? null);
    return statuses.some((s) => s !== statuses[0]);
  });
  if (changed.length === 0) blocks.push({ kind: 'paragraph', text: k.statusNone });
  else {
    blocks.push({
      kind: 'table',
      head: [t.doorbreken.functionCol, ...ids],
      align: ['l', ...ids.map(() => 'l' as const)],
      rows: changed.map((fn) => [
        `${fn.id} ${fn.name}`,
        ...ids.map((id) => {
          const x = fn.by_scenario[id];
          return x ? `${t.status[x.status]}${x.vulnerable ? ` (${t.vulnerable})` : ''}` : t.none;
        }),
      ]),
    });
  }
  return { id: 'vergelijking', ...t.chapters.comparison, blocks };
}

/**
 * `baseCostMark`: the mark to show instead of the plan's total cost, when the report hides that total
 * (a cost kind whose only contributor is a small function; the total minus the visible kinds would give it back).
 */
export function sensitivitySection(sens: SensitivityResult, t: Texts, f: Formatters, names: ReadonlyMap<string, string>, baseCostMark?: string, compared = false): Section {
  const s = t.sensitivity;
  const end = sens.scenario.horizon.end;
  const d = f.pct(sens.delta);
  const label = assumptionLabeller(t.lang, f, names);
  const value = (a: SensitivityAssumption, v: unknown): string => assumptionValue(a, v, f, t.lang);
  const delta = (v: number | null): string => (v === null ? s.notRun : signed(f.fte(v), v));
  const drawn = sens.assumptions.slice(0, TORNADO_MAX);
  const top = sens.assumptions.filter((a) => a.swing_gap_fte > 0).slice(0, 3).map((a) => label(a.path));
  const blocks: Block[] = [
    // Beside a comparison of scenarios the tornado needs its scenario named: it is the first one's.
    { kind: 'paragraph', text: s.intro(d, end, signed(f.fte(sens.base.gap_fte), sens.base.gap_fte), f.fte(sens.base.shortage_fte_years), compared ? `${sens.scenario.title ?? sens.scenario.id} (${sens.scenario.id})` : null) },
    {
      kind: 'chart',
      title: s.tornadoTitle,
      svg: renderTornado(
        { id: 'tornado', title: t.charts.tornado(end) },
        drawn.map((a) => ({ label: label(a.path), low: a.effects.gap_fte.low, high: a.effects.gap_fte.high })),
        { low: s.low(d), high: s.high(d) },
        (v) => f.dec(v, 0),
        t.charts.tornadoAxis(end),
      ),
      caption: s.tornadoCaption(end, top),
      showTable: true,
      table: {
        kind: 'table',
        head: [s.assumptionCol, s.valuesLow(d), s.valuesHigh(d), s.gapLow(d), s.gapHigh(d), s.shortageLow(d), s.shortageHigh(d)],
        align: ['l', 'r', 'r', 'r', 'r', 'r', 'r'],
        widths: [23, 11, 11, 14, 14, 13.5, 13.5],
        rows: sens.assumptions.map((a) => [
          label(a.path),
          value(a, a.low_value),
          value(a, a.high_value),
          delta(a.effects.gap_fte.low),
          delta(a.effects.gap_fte.high),
          delta(a.effects.shortage_fte_years.low),
          delta(a.effects.shortage_fte_years.high),
        ]),
        keys: sens.assumptions.map((a) => a.path),
        note: s.note,
      },
    },
  ];
  if (sens.base.plan_cost !== null) blocks.push(...planCostBlocks(sens, t, f, label, value, baseCostMark));
  return { id: 'gevoeligheid', ...t.chapters.sensitivity, blocks };
}

/** With a plan: the plan cost's own tornado, ranked by its swing (cost parameters move it without moving the gap). */
function planCostBlocks(
  sens: SensitivityResult,
  t: Texts,
  f: Formatters,
  label: (path: string) => string,
  value: (a: SensitivityAssumption, v: unknown) => string,
  baseCostMark: string | undefined,
): Block[] {
  const s = t.sensitivity;
  const d = f.pct(sens.delta);
  const euro = (v: number | null): string => (v === null ? s.notRun : signed(f.int(v), v));
  const ranked = sens.assumptions.filter((a) => a.swing_plan_cost !== null).sort((a, b) => (b.swing_plan_cost ?? 0) - (a.swing_plan_cost ?? 0));
  const top = ranked.filter((a) => (a.swing_plan_cost ?? 0) > 0).slice(0, 3).map((a) => label(a.path));
  return [
    { kind: 'paragraph', text: s.planIntro(baseCostMark ?? f.euro(sens.base.plan_cost ?? 0)) },
    {
      kind: 'chart',
      title: s.planTornadoTitle,
      svg: renderTornado(
        { id: 'tornado-plan', title: t.charts.planTornado },
        ranked.slice(0, TORNADO_MAX).map((a) => ({ label: label(a.path), low: a.effects.plan_cost.low, high: a.effects.plan_cost.high })),
        { low: s.low(d), high: s.high(d) },
        (v) => f.dec(v, 0),
        t.charts.planTornadoAxis,
      ),
      caption: s.planTornadoCaption(top),
      showTable: true,
      table: {
        kind: 'table',
        head: [s.assumptionCol, s.valuesLow(d), s.valuesHigh(d), s.planLow(d), s.planHigh(d)],
        align: ['l', 'r', 'r', 'r', 'r'],
        widths: [36, 14, 14, 18, 18],
        rows: ranked.map((a) => [label(a.path), value(a, a.low_value), value(a, a.high_value), euro(a.effects.plan_cost.low), euro(a.effects.plan_cost.high)]),
        keys: ranked.map((a) => a.path),
      },
    },
  ];
}
