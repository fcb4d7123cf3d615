import type { SensitivityAssumption, SensitivityResult } from '../domain/sensitivity.js';
import { formatCompact, formatNumber } from '../domain/round.js';
import { renderCsv, type CsvCell, type CsvDialect } from './csv.js';
import type { Lang } from './labels.js';
import { escapeMarkdown, labelWithPath } from './markdown.js';
import { assumptionLabeller, assumptionValue, settingFormatters } from './directie/assumption-label.js';
import type { Formatters } from './directie/compose-report.js';
import { labeller } from './labels.js';
import { yearsAndMonths } from './age-words.js';
import { signedDelta } from './render-compare.js';
import { renderJson } from './render-projection.js';
import { breakCode, keepCodeLines, painter, terminalSafe, wrapText } from './table.js';
import { yearSpan } from './words.js';

export type SensitivityFormat = 'table' | 'json' | 'csv' | 'md';
export interface SensitivityRenderOptions {
  color: boolean;
  dialect: CsvDialect;
  /** Language of the table, Markdown and excel-nl CSV headers (default nl). */
  lang?: Lang;
  /** Terminal width in columns (default 80). */
  width?: number;
  /** Task-category labels, for the Markdown's assumption labels (default: spp's own). */
  label?: (id: string) => string;
  /** Function names by id, for the Markdown's assumption labels ("Verloop F001 Medewerker Klantcontactcentrum"). */
  names?: ReadonlyMap<string, string>;
}

/** The words of the table and Markdown, per language; numbers arrive formatted. */
const TEXTS = {
  nl: {
    title: (name: string, id: string, years: string, d: string) => `Gevoeligheid van ${name} (${id}), ${years}: elke aanname −${d} en +${d}, één tegelijk`,
    base: (end: number, gap: string, shortage: string, after: string | null) =>
      `Basis: verschil ${end} ${gap} fte; tekort ${shortage} fte-jaren (${after === null ? 'een horizon van één jaar heeft geen jaren na de start' : `opgeteld over functies, ${after}`}).`,
    basePlan: (cost: string) => `Kosten van het plan: € ${cost}.`,
    legend: 'Δ = verandering ten opzichte van de basis, bij −/+: een negatieve Δ verschil is meer tekort. Een waarde [laag, waarschijnlijk, hoog] toont haar gemiddelde.',
    rank: '#',
    assumption: 'Aanname',
    movedTo: 'gezet op −/+',
    gap: (end: number) => `Δ verschil ${end}`,
    shortage: 'Δ tekort',
    planTitle: 'Kosten van het plan (euro), gerangschikt naar de grootste uitslag',
    planCost: 'Δ kosten plan −/+',
    top: (end: number, list: string) => `Het meest bepalend voor het verschil in ${end}: ${list}.`,
    topPlan: (list: string) => `Het meest bepalend voor de kosten van het plan: ${list}.`,
    note: 'Let op',
    notes: (d: string, ageYears: string, plan: boolean) => [
      `elke aanname is −${d} en +${d} van haar waarde gezet, één tegelijk, binnen het geldige bereik; de AOW-leeftijd ±${ageYears} jaar`,
      'effecten zijn de verandering ten opzichte van de basis: het verschil aan het eind van de horizon (fte, negatief: meer tekort) en het tekort opgeteld over functies en de jaren na de start (fte-jaren)',
      plan
        ? 'met het plan: elke variant lost het plan (spp plan) opnieuw op; kosten van het plan = de totale kosten in euro; de kostenparameters van het plan zijn ook verschoven en veranderen alleen de kosten'
        : 'zonder plan (het scenario geeft geen instellingen voor het actieplan, of --no-plan): de kosten van het plan en de kostenparameters tellen niet mee',
    ],
    notRun: (value: string) => `bij ${value} zijn verloop en doorstroom samen meer dan 1 voor een functie en leeftijd: niet doorgerekend`,
    withheld: (paths: string) => `weggelaten om privacyredenen: ${paths} (een regel voor een functie of familie met minder dan privacy.min_group personen, of die daarmee is afgeschermd; het effect zou tonen wat die paar mensen doen)`,
    planNotSolved: (value: string) => `bij ${value} kon het plan niet worden opgelost: de kosten zijn onbekend`,
    overridden: (list: string) => `niet gebruikt, dus niet gevarieerd: ${list}`,
    overriddenBy: (path: string, by: string) => `${path} wordt overal overschreven door ${by}`,
    unmoved: (list: string, d: string) => `niet gevarieerd: ${list}; −${d} en +${d} van die waarde laten haar gelijk`,
    mdTitle: (name: string) => `# Gevoeligheid: ${name}`,
    mdIntro: (id: string, years: string, end: number, d: string, gap: string, shortage: string) =>
      `Scenario \`${id}\`, ${years}. Elke aanname −${d} en +${d} verschoven, één tegelijk. Basis: verschil ${end} ${gap} fte, tekort ${shortage} fte-jaren. Δ = verandering ten opzichte van de basis (negatieve Δ verschil: meer tekort).`,
    baseCol: 'Basis',
    gapCol: (end: number, side: string) => `Δ verschil ${end} ${side}`,
    shortageCol: (side: string) => `Δ tekort-fte-jaren ${side}`,
    planCol: (side: string) => `Δ kosten plan ${side}`,
    notesTitle: '## Opmerkingen',
    csv: ['Rang', 'Aanname', 'Soort', 'Basiswaarde', 'Waarde laag', 'Waarde hoog', 'Δ verschil (fte) laag', 'Δ verschil (fte) hoog', 'Δ tekort (fte-jaren) laag', 'Δ tekort (fte-jaren) hoog', 'Uitslag verschil (fte)', 'Δ kosten plan (euro) laag', 'Δ kosten plan (euro) hoog', 'Uitslag kosten plan (euro)'],
    kinds: { rate: 'kans', share: 'aandeel', growth: 'groei', change: 'verandering', age: 'leeftijd', fte: 'fte', cost: 'kosten' },
  },
  en: {
    title: (name: string, id: string, years: string, d: string) => `Sensitivity of ${name} (${id}), ${years}: each assumption −${d} and +${d}, one at a time`,
    base: (end: number, gap: string, shortage: string, after: string | null) =>
      `Base: gap ${end} ${gap} FTE; shortage ${shortage} FTE-years (${after === null ? 'a one-year horizon has no years after the start' : `summed over functions, ${after}`}).`,
    basePlan: (cost: string) => `Plan cost: €${cost}.`,
    legend: 'Δ = change against the base, at −/+: a negative Δ gap is more shortage. A [low, likely, high] value shows its mean.',
    rank: '#',
    assumption: 'Assumption',
    movedTo: 'moved to −/+',
    gap: (end: number) => `Δ gap ${end}`,
    shortage: 'Δ shortage',
    planTitle: 'Plan cost (euro), ranked by the largest swing',
    planCost: 'Δ plan cost −/+',
    top: (end: number, list: string) => `What matters most for the gap in ${end}: ${list}.`,
    topPlan: (list: string) => `What matters most for the plan cost: ${list}.`,
    note: 'Note',
    notes: (d: string, ageYears: string, plan: boolean) => [
      `each assumption moved by −${d} and +${d} of its value, one at a time, within its valid range; the retirement age by ±${ageYears} years`,
      'effects are the change against the base run: gap at the horizon (FTE, negative: more shortage) and shortage summed over functions and the years after the start (FTE-years)',
      plan
        ? "with the plan: every variant re-solves the plan (spp plan); plan cost is the plan's total cost in euros, its cost parameters are moved too and change only the plan cost"
        : 'without a plan (the scenario gives no settings for the action plan, or --no-plan): the plan cost and its cost parameters are not part of this run',
    ],
    notRun: (value: string) => `at ${value} attrition + transitions exceed 1 for some function and age: not run`,
    withheld: (paths: string) => `left out for privacy: ${paths} (a rule of a function or family with fewer than privacy.min_group persons, or withheld with one; its effect would show what those few people do)`,
    planNotSolved: (value: string) => `at ${value} the plan could not be solved: its cost is not known`,
    overridden: (list: string) => `not used, so not varied: ${list}`,
    overriddenBy: (path: string, by: string) => `${path} is overridden everywhere by ${by}`,
    unmoved: (list: string, d: string) => `not varied: ${list}; −${d} and +${d} of that value leave it as it is`,
    mdTitle: (name: string) => `# Sensitivity: ${name}`,
    mdIntro: (id: string, years: string, end: number, d: string, gap: string, shortage: string) =>
      `Scenario \`${id}\`, ${years}. Each assumption moved by −${d} and +${d}, one at a time. Base: gap ${end} ${gap} FTE, shortage ${shortage} FTE-years. Δ = change against the base (negative Δ gap: more shortage).`,
    baseCol: 'Base',
    gapCol: (end: number, side: string) => `Δ gap ${end} ${side}`,
    shortageCol: (side: string) => `Δ shortage ${side}`,
    planCol: (side: string) => `Δ plan cost ${side}`,
    notesTitle: '## Notes',
    csv: ['Rank', 'Assumption', 'Kind', 'Base value', 'Low value', 'High value', 'Δ gap (FTE) low', 'Δ gap (FTE) high', 'Δ shortage (FTE-years) low', 'Δ shortage (FTE-years) high', 'Swing gap (FTE)', 'Δ plan cost (euro) low', 'Δ plan cost (euro) high', 'Swing plan cost (euro)'],
    kinds: { rate: 'rate', share: 'share', growth: 'growth', change: 'change', age: 'age', fte: 'FTE', cost: 'cost' },
  },
} satisfies Record<Lang, unknown>;

const pct = (delta: number, lang: Lang): string => `${formatNumber(delta * 100, 0, lang)}%`;


/** A change in euros with its sign; `–` when the variant was not run. */
function signedEuro(v: number | null, lang: Lang): string {
  if (v === null) return '–';
  if (Math.abs(v) < 0.5) return '0';
  return v > 0 ? `+${formatNumber(v, 0, lang)}` : formatNumber(v, 0, lang);
}

/** The assumptions ranked by the swing of the plan cost (those with one), largest first; ties in result order. */
export function byPlanCost(result: SensitivityResult): SensitivityAssumption[] {
  return result.assumptions.filter((a) => a.swing_plan_cost !== null && a.swing_plan_cost !== undefined).sort((x, y) => (y.swing_plan_cost ?? 0) - (x.swing_plan_cost ?? 0));
}

/** The notes of the result in the language asked for (the JSON keeps them in English). */
export function notesOf(result: SensitivityResult, lang: Lang, path: (p: string) => string = (p) => p): { general: string[]; perAssumption: { path: string; text: string }[] } {
  const t = TEXTS[lang];
  const general = t.notes(pct(result.delta, lang), formatCompact(result.delta * 10, 2, lang), result.base.plan_cost !== null);
  if (result.withheld !== undefined && result.withheld.length > 0) general.push(t.withheld(result.withheld.map(path).join(', ')));
  const notVaried = result.not_varied ?? [];
  const overridden = notVaried.filter((n) => n.reason === 'overridden');
  if (overridden.length > 0) general.push(t.overridden(overridden.map((n) => t.overriddenBy(path(n.path), n.by ?? '')).join('; ')));
  const unmoved = notVaried.filter((n) => n.reason === 'unmoved');
  const shown = (v: unknown): string => (typeof v === 'number' ? formatCompact(v, 3, lang) : JSON.stringify(v));
  if (unmoved.length > 0) general.push(t.unmoved(unmoved.map((n) => `${path(n.path)} = ${shown(n.base_value)}`).join(', '), pct(result.delta, lang)));
  const perAssumption = result.assumptions.flatMap((a) =>
    [a.low_value, a.high_value].flatMap((value, i) => {
      const side = i === 0 ? 'low' : 'high';
      if (a.effects.gap_fte[side] === null) return [{ path: a.path, text: t.notRun(JSON.stringify(value)) }];
      if (a.effects.plan_cost[side] === null && result.base.plan_cost !== null) return [{ path: a.path, text: t.planNotSolved(JSON.stringify(value)) }];
      return [];
    }),
  );
  // Every note a sentence: ended with a full stop (the last "Let op" line had none: consultant probe).
  const stop = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);
  return { general: general.map(stop), perAssumption: perAssumption.map((n) => ({ ...n, text: stop(n.text) })) };
}

/**
 * The second line of a long row: the values right-aligned in their columns, the first one free to
 * take the empty path column to its left (a moved cost such as 100.000 / 150.000 is wider than its column).
 * Figures too wide for one line together (changes of millions of FTE or trillions of euros): the
 * first on a line of its own, or else every one, right-aligned in the columns' order — never past the
 * terminal's edge.
 */
function wide(cells: string[], widths: number[], width: number): string {
  const rest = cells.slice(1).map((cell, i) => `  ${cell.padStart(widths[i + 1]!)}`).join('');
  const free = width - 1 - [...rest].length;
  if ([...cells[0]!].length <= free) return `${cells[0]!.padStart(free)}${rest}`.trimEnd();
  // The first figure on a line of its own, the others in their columns below it.
  if (free >= 0) return `${cells[0]!.padStart(width - 1)}\n${' '.repeat(free)}${rest}`.trimEnd();
  return cells.map((cell) => cell.padStart(width - 1)).join('\n');
}

/**
 * Terminal: rank, assumption, the values moved to, and the change of gap and shortage (and of the plan
 * cost). Fits the terminal's width (80 when unknown): the assumption column takes what the figures leave;
 * a path longer than that gets its own line, the figures below it (on a narrow terminal: every path).
 */
function renderSensitivityTable(data: SensitivityResult, options: SensitivityRenderOptions): string {
  const result = terminalSafe(data);
  const lang = options.lang ?? 'nl';
  const t = TEXTS[lang];
  const c = painter(options.color);
  const n1 = (v: number): string => formatNumber(v, 1, lang);
  const signed = (v: number | null): string => signedDelta(v, lang);
  const { start, end } = result.scenario.horizon;
  const d = pct(result.delta, lang);
  const width = Math.max(50, options.width ?? 80);
  const out: string[] = [];
  out.push(c.bold(wrapText(t.title(result.scenario.title ?? result.scenario.id, result.scenario.id, yearSpan(start, end), d), width)));
  const planCost = result.base.plan_cost;
  out.push(wrapText(`${t.base(end, n1(result.base.gap_fte), n1(result.base.shortage_fte_years), start < end ? yearSpan(start + 1, end) : null)}${planCost !== null ? ` ${t.basePlan(formatNumber(planCost, 0, lang))}` : ''}`, width));
  out.push(wrapText(t.legend, width), '');
  // Each assumption in the report's words and its values as the report gives them, as in md ("AOW-leeftijd",
  // "−2 jaar", "2,8%"; found by a consultant probe: the table showed raw YAML paths and "0,028", "-2 jr"),
  // the scenario key beside the words or, when they do not fit together, on a line of its own.
  const f = settingFormatters(lang, options.label ?? labeller(lang));
  const labelOf = assumptionLabeller(lang, f, options.names ?? new Map());
  const words = (path: string): string => terminalSafe(labelOf(path));
  const movedTo = (a: SensitivityAssumption): string => `${terminalSafe(assumptionValue(a, a.low_value, f, lang))} / ${terminalSafe(assumptionValue(a, a.high_value, f, lang))}`;
  const rows = result.assumptions.map((a) => ({
    values: movedTo(a),
    gap: `${signed(a.effects.gap_fte.low)} / ${signed(a.effects.gap_fte.high)}`,
    shortage: `${signed(a.effects.shortage_fte_years.low)} / ${signed(a.effects.shortage_fte_years.high)}`,
  }));
  const longest = (cells: string[], least: number): number => Math.max(least, ...cells.map((x) => [...x].length));
  // The figures' columns as wide as their longest figure (at least 14, 15 and 15); the path column
  // takes what they leave (with 2 for the rank, the gaps between and one to spare: width − 55 at the least).
  const gapWidth = longest(rows.map((r) => r.gap), 15);
  const shortageWidth = longest(rows.map((r) => r.shortage), 15);
  // The values column as wide as its longest ("−2 jaar / +2 jaar") when that leaves the words 30 columns.
  const valuesWidth = (others: number): number => Math.max(14, Math.min(longest(rows.map((r) => r.values), 14), width - 11 - others - 30));
  const figures = { values: valuesWidth(gapWidth + shortageWidth), gap: gapWidth, shortage: shortageWidth };
  const widths = { rank: 2, path: Math.max(0, width - 11 - figures.values - figures.gap - figures.shortage), ...figures };
  const line = (cells: string[]): string =>
    [cells[0]!.padStart(widths.rank), cells[1]!.padEnd(widths.path), cells[2]!.padStart(widths.values), cells[3]!.padStart(widths.gap), cells[4]!.padStart(widths.shortage)].join('  ').trimEnd();
  // A label longer than the line is cut with "…" after its last function code, never inside one: where
  // the cut would fall in a code ("Doorstroom GEMEENTE-VOORBEELD-FIN-ADV-0001 Senior advi…" hid where the
  // people go) it goes on over the next lines, under itself (table.ts: keepCodeLines).
  const codes = new Set(options.names?.keys() ?? []);
  const labelLines = (label: string): string[] => {
    const lines = keepCodeLines(label, width - 5, codes);
    return lines.length === 1 && [...label].length > width - 5 ? [`${[...label].slice(0, width - 6).join('')}…`] : lines;
  };
  // Too narrow for a useful path column: the header in two lines too, like the rows.
  const narrow = widths.path < 12;
  const head = (cells: string[], figureWidths: number[]): string[] => (narrow ? [`${cells[0]!.padStart(widths.rank)}  ${cells[1]!}`, wide(cells.slice(2), figureWidths, width)] : [line(cells)]);
  const rule = c.dim('─'.repeat(width - 1));
  out.push(...head([t.rank, t.assumption, t.movedTo, t.gap(end), t.shortage], [widths.values, widths.gap, widths.shortage]).map((h) => c.bold(h)), rule);
  const len = (text: string): number => [...text].length;
  /** One assumption's lines: words (and key) with the figures when they fit, else each on a line of its own. */
  const rowLines = (rank: string, a: SensitivityAssumption, values: string, figures: string[], pathWidth: number, valuesWidth: number, figureWidths: number[], tooNarrow: boolean, lineOf: (cells: string[]) => string): string[] => {
    const label = words(a.path);
    const both = label === a.path ? a.path : `${label} (${a.path})`;
    // The key is never cut (it holds function codes: `workforce.transitions.F001.F002`): longer than the
    // line (indent and one column to spare), it goes on over the next, broken after a `.`, `-` or `_`.
    const indent = ' '.repeat(widths.rank + 2);
    const key = label === a.path ? [] : breakCode(`(${a.path})`, width - widths.rank - 3).map((l) => c.dim(`${indent}${l}`));
    if (!tooNarrow && len(values) <= valuesWidth && len(both) <= pathWidth) return [lineOf([rank, both, values, ...figures])];
    if (!tooNarrow && len(values) <= valuesWidth && len(label) <= pathWidth) return [lineOf([rank, label, values, ...figures]), ...key];
    const [first, ...more] = labelLines(label);
    return [`${rank.padStart(widths.rank)}  ${first!}`, ...more.map((l) => `${' '.repeat(widths.rank + 2)}${l}`), ...key, wide([values, ...figures], [valuesWidth, ...figureWidths], width)];
  };
  result.assumptions.forEach((a, i) => {
    const { values, gap, shortage } = rows[i]!;
    out.push(...rowLines(String(i + 1), a, values, [gap, shortage], widths.path, widths.values, [widths.gap, widths.shortage], narrow, line));
  });
  out.push('');
  const named = (path: string): string => (words(path) === path ? path : `${words(path)} (${path})`);
  // The top lines name the assumptions in words only: their keys stand in the table above, and a long key in
  // brackets is one word wider than a narrow terminal.
  const top = result.assumptions.filter((a) => a.swing_gap_fte > 0).slice(0, 3).map((a) => words(a.path));
  if (top.length > 0) out.push(wrapText(t.top(end, top.join(', ')), width));
  if (planCost !== null) {
    // The plan cost ranked on its own: cost parameters move it without moving the gap.
    const ranked = byPlanCost(result);
    const costs = ranked.map((a) => `${signedEuro(a.effects.plan_cost.low, lang)} / ${signedEuro(a.effects.plan_cost.high, lang)}`);
    const cost = longest(costs, 32);
    const planValues = valuesWidth(cost - 2);
    const planWidths = { rank: 2, path: Math.max(0, width - 9 - planValues - cost), values: planValues, cost };
    const planLine = (cells: string[]): string =>
      [cells[0]!.padStart(planWidths.rank), cells[1]!.padEnd(planWidths.path), cells[2]!.padStart(planWidths.values), cells[3]!.padStart(planWidths.cost)].join('  ').trimEnd();
    if (out[out.length - 1] !== '') out.push('');
    const planNarrow = planWidths.path < 12;
    const planHead = planNarrow ? [`${t.rank.padStart(planWidths.rank)}  ${t.assumption}`, wide([t.movedTo, t.planCost], [planWidths.values, planWidths.cost], width)] : [planLine([t.rank, t.assumption, t.movedTo, t.planCost])];
    out.push(c.bold(wrapText(t.planTitle, width)), ...planHead.map((h) => c.bold(h)), rule);
    ranked.forEach((a, i) => {
      out.push(...rowLines(String(i + 1), a, movedTo(a), [costs[i]!], planWidths.path, planWidths.values, [planWidths.cost], planNarrow, planLine));
    });
    const topPlan = ranked.filter((a) => (a.swing_plan_cost ?? 0) > 0).slice(0, 3).map((a) => words(a.path));
    if (topPlan.length > 0) out.push('', wrapText(t.topPlan(topPlan.join(', ')), width));
  }
  const notes = notesOf(result, lang, named);
  for (const note of notes.general) out.push(c.dim(wrapText(`${t.note}: ${note}`, width)));
  for (const note of notes.perAssumption) out.push(c.dim(wrapText(`${t.note}: ${named(note.path)}: ${note.text}`, width)));
  return `${out.join('\n')}\n`;
}

/** An assumption's base value in the report's words; the AOW ages moved as a table give their ages ("67 jaar – 67 jaar en 6 maanden"), the moved columns their shift ("−2 jaar"). */
export function baseValueText(a: SensitivityAssumption, f: Formatters, lang: Lang): string {
  const ages = a.kind === 'age' && a.base_value !== null && typeof a.base_value === 'object' ? Object.values(a.base_value).filter((v): v is number => typeof v === 'number') : [];
  if (ages.length === 0) return assumptionValue(a, a.base_value, f, lang);
  const [first, last] = [yearsAndMonths(Math.min(...ages), lang), yearsAndMonths(Math.max(...ages), lang)];
  return first === last ? first : `${first} – ${last}`;
}

/** The words of the workbook (spp sensitivity --out x.xlsx): its sheets, headers and top lines. */
export function sensitivityWorkbookWords(lang: Lang): {
  sheets: { gap: string; plan: string; notes: string };
  rank: string;
  assumption: string;
  key: string;
  base: string;
  low: (d: string) => string;
  high: (d: string) => string;
  gapLow: (end: number) => string;
  gapHigh: (end: number) => string;
  shortageLow: string;
  shortageHigh: string;
  swingGap: string;
  planLow: string;
  planHigh: string;
  swingPlan: string;
  baseLine: (end: number, gap: string, shortage: string, after: string | null) => string;
  basePlan: (cost: string) => string;
  legend: string;
  top: (end: number, list: string) => string;
  topPlan: (list: string) => string;
} {
  const t = TEXTS[lang];
  return lang === 'nl'
    ? {
        sheets: { gap: 'Gevoeligheid', plan: 'Kosten plan', notes: 'Toelichting' },
        rank: 'Rang',
        assumption: 'Aanname',
        key: 'Sleutel in het scenario',
        base: 'Basiswaarde',
        low: (d) => `Waarde bij −${d}`,
        high: (d) => `Waarde bij +${d}`,
        gapLow: (end) => `Δ verschil ${end} (fte) bij −`,
        gapHigh: (end) => `Δ verschil ${end} (fte) bij +`,
        shortageLow: 'Δ tekort (fte-jaren) bij −',
        shortageHigh: 'Δ tekort (fte-jaren) bij +',
        swingGap: 'Uitslag verschil (fte)',
        planLow: 'Δ kosten plan (€) bij −',
        planHigh: 'Δ kosten plan (€) bij +',
        swingPlan: 'Uitslag kosten plan (€)',
        baseLine: t.base,
        basePlan: t.basePlan,
        legend: t.legend,
        top: t.top,
        topPlan: t.topPlan,
      }
    : {
        sheets: { gap: 'Sensitivity', plan: 'Plan cost', notes: 'Notes' },
        rank: 'Rank',
        assumption: 'Assumption',
        key: 'Key in the scenario',
        base: 'Base value',
        low: (d) => `Value at −${d}`,
        high: (d) => `Value at +${d}`,
        gapLow: (end) => `Δ gap ${end} (FTE) at −`,
        gapHigh: (end) => `Δ gap ${end} (FTE) at +`,
        shortageLow: 'Δ shortage (FTE-years) at −',
        shortageHigh: 'Δ shortage (FTE-years) at +',
        swingGap: 'Swing of the gap (FTE)',
        planLow: 'Δ plan cost (€) at −',
        planHigh: 'Δ plan cost (€) at +',
        swingPlan: 'Swing of the plan cost (€)',
        baseLine: t.base,
        basePlan: t.basePlan,
        legend: t.legend,
        top: t.top,
        topPlan: t.topPlan,
      };
}

/** The relative move as a percentage ("20%"), as every view of a sensitivity run says it. */
export function deltaText(delta: number, lang: Lang): string {
  return pct(delta, lang);
}

/**
 * Markdown, for a memo: the ranked table (and the plan cost, with a plan), each assumption in the
 * report's words with its scenario key beside it ("Verloop: 45–54 jaar (`workforce.attrition[…].rate`)")
 * and its values as the report gives them ("3,5%"; the AOW ages "67 jaar – 67 jaar en 6 maanden", moved
 * "−2 jaar"), not as YAML.
 */
function renderSensitivityMarkdown(result: SensitivityResult, options: SensitivityRenderOptions): string {
  const lang = options.lang ?? 'nl';
  const t = TEXTS[lang];
  const f = settingFormatters(lang, options.label ?? labeller(lang));
  const labelOf = assumptionLabeller(lang, f, options.names ?? new Map());
  const named = (path: string): string => labelWithPath(labelOf(path), path);
  const value = (a: SensitivityAssumption, v: unknown): string => escapeMarkdown(assumptionValue(a, v, f, lang));
  const base = (a: SensitivityAssumption): string => escapeMarkdown(baseValueText(a, f, lang));
  const n1 = (v: number): string => formatNumber(v, 1, lang);
  const signed = (v: number | null): string => signedDelta(v, lang);
  const { start, end } = result.scenario.horizon;
  const d = pct(result.delta, lang);
  const plan = result.base.plan_cost !== null;
  const out: string[] = [];
  out.push(t.mdTitle(result.scenario.title ?? result.scenario.id), '');
  out.push(`${t.mdIntro(result.scenario.id, yearSpan(start, end), end, d, n1(result.base.gap_fte), n1(result.base.shortage_fte_years))}${plan ? ` ${t.basePlan(formatNumber(result.base.plan_cost!, 0, lang))}` : ''}`, '');
  const head = ['#', t.assumption, t.baseCol, `−${d}`, `+${d}`, t.gapCol(end, '−'), t.gapCol(end, '+'), t.shortageCol('−'), t.shortageCol('+'), ...(plan ? [t.planCol('−'), t.planCol('+')] : [])];
  out.push(`| ${head.join(' | ')} |`);
  out.push(`| ---: | --- | --- | --- | --- | ---: | ---: | ---: | ---:${plan ? ' | ---: | ---:' : ''} |`);
  result.assumptions.forEach((a, i) => {
    const cells = [
      String(i + 1), named(a.path), base(a), value(a, a.low_value), value(a, a.high_value),
      signed(a.effects.gap_fte.low), signed(a.effects.gap_fte.high), signed(a.effects.shortage_fte_years.low), signed(a.effects.shortage_fte_years.high),
      ...(plan ? [signedEuro(a.effects.plan_cost.low, lang), signedEuro(a.effects.plan_cost.high, lang)] : []),
    ];
    out.push(`| ${cells.join(' | ')} |`);
  });
  out.push('');
  const top = result.assumptions.filter((a) => a.swing_gap_fte > 0).slice(0, 3).map((a) => named(a.path));
  if (top.length > 0) out.push(t.top(end, top.join(', ')), '');
  const topPlan = plan ? byPlanCost(result).filter((a) => (a.swing_plan_cost ?? 0) > 0).slice(0, 3).map((a) => named(a.path)) : [];
  if (topPlan.length > 0) out.push(t.topPlan(topPlan.join(', ')), '');
  const notes = notesOf(result, lang, named);
  out.push(t.notesTitle, '', ...notes.general.map((n) => `- ${n}`), ...notes.perAssumption.map((n) => `- ${named(n.path)}: ${n.text}`), '');
  out.push(`<sub>spp ${result.stamp.spp_version} · ${result.stamp.inputs.map((i) => `${i.file} sha256:${i.sha256.slice(0, 12)}`).join(' · ')}</sub>`, '');
  return out.join('\n');
}

/**
 * CSV: one row per assumption in rank order. rfc (for scripts): canonical keys, values as JSON.
 * excel-nl (for people in Excel): headers and kinds in --lang, a plain number as a number (decimal comma).
 */
function renderSensitivityCsv(result: SensitivityResult, options: SensitivityRenderOptions): string {
  const human = options.dialect === 'excel-nl';
  const t = TEXTS[options.lang ?? 'nl'];
  const header = human
    ? t.csv
    : ['rank', 'path', 'kind', 'base_value', 'low_value', 'high_value', 'gap_fte_low', 'gap_fte_high', 'shortage_fte_years_low', 'shortage_fte_years_high', 'swing_gap_fte', 'plan_cost_low', 'plan_cost_high', 'swing_plan_cost'];
  const value = (v: unknown): CsvCell => (human && typeof v === 'number' ? v : JSON.stringify(v));
  const rows: CsvCell[][] = result.assumptions.map((a, i) => [
    i + 1, a.path, human ? t.kinds[a.kind] : a.kind, value(a.base_value), value(a.low_value), value(a.high_value),
    a.effects.gap_fte.low, a.effects.gap_fte.high, a.effects.shortage_fte_years.low, a.effects.shortage_fte_years.high, a.swing_gap_fte,
    a.effects.plan_cost.low, a.effects.plan_cost.high, a.swing_plan_cost,
  ]);
  return renderCsv(header, rows, options.dialect);
}

export const sensitivityRenderers = {
  table: renderSensitivityTable,
  json: (r: SensitivityResult) => renderJson(r),
  csv: renderSensitivityCsv,
  md: renderSensitivityMarkdown,
} satisfies Record<SensitivityFormat, (r: SensitivityResult, o: SensitivityRenderOptions) => string>;
