import type { ProjectResult } from '../domain/results.js';
import type { SourcedYearRow, YearRow } from '../domain/projection.js';
import { renderCsv, type CsvDialect, type CsvCell } from './csv.js';
import { formatNumber } from '../domain/round.js';
import { painter, renderTable, terminalLabel, terminalSafe, wrapText } from './table.js';
import { escapeMarkdown, markdownCode, markdownTable, type MarkdownCell } from './markdown.js';
import type { Lang } from './labels.js';
import { modelNote, translateRule } from './notes.js';
import { WORDS } from './words.js';
import { GROUP_WITHHELD_KEYS, publishedRow, type Withheld } from '../domain/suppress.js';
import { shownValue, withheldMark, withheldNote } from './privacy-marks.js';

export type ProjectFormat = 'table' | 'json' | 'csv' | 'md';
export interface ProjectRenderOptions {
  color: boolean;
  /** The year whose supply/demand/gap is shown (default: the horizon end). */
  year?: number;
  /** `family`, a grouping column (the result's groups), or undefined: per function. */
  by?: string;
  dialect: CsvDialect;
  /** Language of the table, Markdown and excel-nl CSV headers (default nl). */
  lang?: Lang;
  /** Terminal width in columns (default 80). */
  width?: number;
  /** Display names of task categories (for the model's notes). */
  label?: (id: string) => string;
}

const YEAR_KEYS = [
  'supply_fte', 'supply_persons', 'demand_fte', 'gap_fte', 'retired_fte',
  'contract_ended_fte', 'attrition_fte', 'moved_in_fte', 'moved_out_fte', 'replacement_fte', 'expansion_fte',
] as const satisfies readonly (keyof SourcedYearRow)[];

const BAND_KEYS = ['supply_fte', 'demand_fte', 'gap_fte'] as const;

/** A --by group's demand and gap in a table: never shown (GROUP_WITHHELD_KEYS). */
const WORK_WITHHELD = '–';

/** Grouped by a column of the headcount (--by COLUMN), not by family. */
function byColumn(options: { by?: string }): boolean {
  return options.by !== undefined && options.by !== 'family';
}

/** Why a --by group shows no demand and gap. */
export function groupWorkNote(lang: Lang): string {
  return lang === 'nl'
    ? 'Per groep staan vraag en verschil er niet (–): de vraag van een groep is die van haar functies, verdeeld naar de fte van haar mensen bij de start, en die verdeling zou uit de cijfers per jaar terug te rekenen zijn, met het deel van een afgeschermde functie (privacy). Het totaal en de functies tonen ze wel.'
    : "Per group, demand and gap are not shown (–): a group's demand is its functions' demand split by its people's FTE at the start, and that split could be worked back from the figures per year, with the part of a withheld function (privacy). The total and the functions show them.";
}

function isGroupWithheld(key: string): boolean {
  return (GROUP_WITHHELD_KEYS as readonly string[]).includes(key);
}

/** `workWithheld`: a --by group, whose demand and gap are never shown (GROUP_WITHHELD_KEYS). */
interface Row { id: string; label: string; status: string; vulnerable: boolean; suppressed?: Withheld; workWithheld?: true; start: SourcedYearRow; at: SourcedYearRow; years: SourcedYearRow[] }

/**
 * Where a gap comes from, in one sentence (SPEC §3.1): from today's gap to the gap in `year`, the
 * people who leave (replacement demand) and the change of the work (expansion demand), FTE.
 */
function gapSourcesSentence(start: SourcedYearRow, at: SourcedYearRow, lang: Lang): string {
  const n = (v: number): string => formatNumber(v, 1, lang);
  const e = at.expansion_fte;
  const same = Math.abs(e) < 0.05;
  if (lang === 'nl') {
    const work = same ? 'de vraag blijft gelijk' : `de vraag ${e > 0 ? 'groeit' : 'krimpt'} met ${n(Math.abs(e))} fte`;
    return (
      `Verschil ${n(start.gap_fte)} in ${start.year} → ${n(at.gap_fte)} in ${at.year}: ${n(at.replacement_fte)} fte vertrekt ` +
      `(vervangingsvraag) en ${work} (uitbreidingsvraag).`
    );
  }
  const work = same ? 'demand stays the same' : `demand ${e > 0 ? 'grows' : 'shrinks'} by ${n(Math.abs(e))} FTE`;
  return (
    `Gap ${n(start.gap_fte)} in ${start.year} → ${n(at.gap_fte)} in ${at.year}: ${n(at.replacement_fte)} FTE leave ` +
    `(replacement demand) and ${work} (expansion demand).`
  );
}

function rowsOf(result: ProjectResult, options: ProjectRenderOptions): Row[] {
  const w = WORDS[options.lang ?? 'nl'];
  const year = options.year ?? result.scenario.horizon.end;
  const index = result.years.indexOf(year);
  const pick = (years: SourcedYearRow[]): { start: SourcedYearRow; at: SourcedYearRow } => ({ start: years[0]!, at: years[index]! });
  if (options.by === 'family') {
    return result.families.map((f) => ({ id: f.id, label: f.id || w.noFamily, status: '', vulnerable: false, ...suppressedOf(f), years: f.years, ...pick(f.years) }));
  }
  if (options.by !== undefined) {
    return result.groups.map((g) => ({ id: g.id, label: g.id || '(empty)', status: '', vulnerable: false, workWithheld: true as const, years: g.years, ...pick(g.years) }));
  }
  return result.functions.map((f) => ({
    id: f.id,
    label: `${f.id} ${f.name}`,
    status: w.status[f.status],
    vulnerable: f.vulnerable,
    ...suppressedOf(f),
    years: f.years,
    ...pick(f.years),
  }));
}

function suppressedOf(group: { suppressed?: Withheld }): { suppressed?: Withheld } {
  return group.suppressed === undefined ? {} : { suppressed: group.suppressed };
}

/**
 * True when the output shows a privacy mark: in one of the rows it shows (functions, families or
 * groups), the total, or the vulnerable sentence. The note explaining "< 5" and "•" stood under
 * `--by family` tables that hid nothing, because a function was withheld (probe).
 */
function showsWithheld(result: ProjectResult, rows: readonly { suppressed?: Withheld }[]): boolean {
  return result.totals.suppressed !== undefined || result.vulnerable.suppressed !== undefined || rows.some((r) => r.suppressed !== undefined);
}

/** The terminal table: one row per function (or family/group), FTE at start and supply/demand/gap in the chosen year. */
export function renderProjectTable(data: ProjectResult, options: ProjectRenderOptions): string {
  const result = terminalSafe(data);
  const lang = options.lang ?? 'nl';
  const w = WORDS[lang];
  const c = painter(options.color);
  const start = result.scenario.horizon.start;
  const year = options.year ?? result.scenario.horizon.end;
  const width = Math.max(60, options.width ?? 80);
  const rows = rowsOf(result, options);
  const n = (v: number): string => formatNumber(v, 1, lang);
  const gap = (v: number): string => {
    const s = n(v);
    return v < -0.05 ? c.red(s) : v > 0.05 ? c.yellow(s) : s;
  };
  const minGroup = result.privacy.min_group;
  /** A personal figure of a row: the number, or the privacy mark. */
  const own = (r: { suppressed?: Withheld }, v: number, show: (v: number) => string = n): string =>
    r.suppressed === undefined ? show(v) : withheldMark(r.suppressed, minGroup);
  /** A row's demand and gap: a --by group shows neither (GROUP_WITHHELD_KEYS). */
  const demandCell = (r: { suppressed?: Withheld; workWithheld?: true; at: SourcedYearRow }): string => (r.workWithheld ? WORK_WITHHELD : n(r.at.demand_fte));
  const gapCell = (r: { suppressed?: Withheld; workWithheld?: true; at: SourcedYearRow }, show: (v: number) => string = n): string => (r.workWithheld ? WORK_WITHHELD : own(r, r.at.gap_fte, show));
  const grouped = options.by !== undefined;
  // With Monte Carlo bands (and grouping by a column, which has none) the band takes the place of
  // the start FTE column.
  const bands = result.monte_carlo !== undefined && (!grouped || options.by === 'family');
  const band = (row: YearRow, suppressed?: Withheld): string => {
    const b = row.gap_fte_band;
    return b === undefined ? '' : suppressed !== undefined ? withheldMark(suppressed, minGroup) : `${n(b.p10)} … ${n(b.p90)}`;
  };
  const bandHeader = `${w.gap} P10 … P90`;
  // The status column is as wide as its longest label plus the ! mark, so no status is ever cut;
  // the numbers take what their largest value needs; the name takes the rest of the terminal.
  const statusWidth = grouped ? 0 : Math.max(w.statusCol.length, ...Object.values(w.status).map((s) => s.length + 1));
  const t0 = result.totals.years[0]!;
  const tY = result.totals.years[result.years.indexOf(year)]!;
  const totalRow = { ...suppressedOf(result.totals), start: t0, at: tY };
  const numberWidth = (header: string, values: string[]): number => Math.max(header.length, ...values.map((v) => v.length));
  const all = [...rows, totalRow];
  const numeric = [
    ...(bands ? [] : [{ header: w.fteAt(start), values: all.map((r) => own(r, r.start.supply_fte)) }]),
    { header: w.supply, values: all.map((r) => own(r, r.at.supply_fte)) },
    { header: w.demand, values: all.map((r) => demandCell(r)) },
    { header: w.gap, values: all.map((r) => gapCell(r)) },
  ].map((col) => ({ header: col.header, width: numberWidth(col.header, col.values), align: 'right' as const }));
  const bandColumn = bands
    ? [{ header: bandHeader, width: Math.max(bandHeader.length, ...all.map((r) => band(r.at, r.suppressed).length)), align: 'right' as const }]
    : [];
  // Two spaces between columns; one column to spare at the right edge. On a narrow terminal the
  // start-year column goes first, so the name keeps at least 14 columns (numbers are never cut).
  const usedBy = (cols: typeof numeric): number => [...cols, ...bandColumn].reduce((sum, col) => sum + col.width + 2, 0) + (grouped ? 0 : statusWidth + 2);
  const narrow = !bands && width - 2 - usedBy(numeric) < 14;
  const shown = narrow ? numeric.slice(1) : numeric;
  const nameWidth = Math.max(8, width - 2 - usedBy(shown));
  const columns = [
    { header: grouped ? (options.by === 'family' ? w.family : options.by!) : w.function, width: nameWidth },
    ...(grouped ? [] : [{ header: w.statusCol, width: statusWidth }]),
    ...shown,
    ...bandColumn,
  ];
  const numbers = (r: (typeof all)[number]): string[] => [
    ...(narrow || bands ? [] : [own(r, r.start.supply_fte)]),
    own(r, r.at.supply_fte),
    demandCell(r),
    gapCell(r, gap),
    ...(bands ? [band(r.at, r.suppressed)] : []),
  ];
  const body = rows.map((r) => [r.label, ...(grouped ? [] : [r.vulnerable ? c.bold(`${r.status}!`) : r.status]), ...numbers(r)]);
  body.push([w.total, ...(grouped ? [] : ['']), ...numbers(totalRow)]);
  const title = wrapText(`${result.scenario.title ?? result.scenario.id} (${result.scenario.id}), ${start}–${result.scenario.horizon.end}`, width);
  const subtitle = wrapText(
    lang === 'nl'
      ? `Fte in ${year}. Verschil = bezetting − vraag, berekend vóór afronding (negatief: tekort).`
      : `FTE in ${year}. Gap = supply − demand, computed before rounding (negative: shortage).`,
    width,
  );
  const mc = result.monte_carlo;
  // Grouped by a column there is no band column (a group has no runs of its own): the line said
  // "Verschil P10 … P90: 80% …" above a table without one (consultant probe). It says so, with the total's band.
  const totalBand = tY.gap_fte_band;
  const mcLine =
    mc === undefined
      ? []
      : !bands
        ? [
            wrapText(
              lang === 'nl'
                ? `${mc.runs} Monte-Carlo-runs (seed ${mc.seed}): per ${options.by} geen marge, want een groep heeft geen runs van haar eigen${totalBand === undefined ? '' : `; het verschil in ${year} in totaal: P10 … P90 = ${n(totalBand.p10)} … ${n(totalBand.p90)}`}. Zonder --by of met --by family staat de marge per rij.`
                : `${mc.runs} Monte Carlo runs (seed ${mc.seed}): no range per ${options.by}, since a group has no runs of its own${totalBand === undefined ? '' : `; the total gap in ${year}: P10 … P90 = ${n(totalBand.p10)} … ${n(totalBand.p90)}`}. Without --by, or with --by family, the range is given per row.`,
              width,
            ),
          ]
        : [
          wrapText(
            // One run is its own P10 and P90: no range to speak of, and no plural.
            mc.runs === 1
              ? lang === 'nl'
                ? `${bandHeader}: 1 Monte-Carlo-run (seed ${mc.seed}); met één run is er nog geen marge (P10 = P90), geef meer runs (--runs 1000).`
                : `${bandHeader}: 1 Monte Carlo run (seed ${mc.seed}); one run gives no range yet (P10 = P90): give more runs (--runs 1000).`
              : lang === 'nl'
                ? `${bandHeader}: 80% van ${mc.runs} Monte-Carlo-runs (seed ${mc.seed}) valt binnen deze marge.`
                : `${bandHeader}: 80% of ${mc.runs} Monte Carlo runs (seed ${mc.seed}) fall in this range.`,
            width,
          ),
          ];
  const legend =
    lang === 'nl'
      ? `Status: wat er tot ${result.scenario.horizon.end} met het werk gebeurt; ! = kwetsbaar.`
      : `Status: what happens to the work by ${result.scenario.horizon.end}; ! = vulnerable.`;
  const vulnerableLine = vulnerableSentence(result, lang, '(!)');
  const assumption = lang === 'nl' ? 'Aanname' : 'Assumption';
  const lines = [
    c.bold(title),
    subtitle,
    ...mcLine,
    '',
    renderTable(columns, body, { ...options, codes: new Set(result.functions.map((f) => f.id)) }).trimEnd(),
    '',
    ...(grouped ? [] : [c.dim(wrapText(legend, width))]),
    ...(showsWithheld(result, rows) ? [c.dim(wrapText(withheldNote(result.privacy, lang), width))] : []),
    ...(byColumn(options) ? [c.dim(wrapText(groupWorkNote(lang), width))] : []),
    ...(result.totals.suppressed === undefined ? [wrapText(gapSourcesSentence(t0, tY, lang), width)] : []),
    wrapText(vulnerableLine, width),
    ...result.assumptions.map((a) => c.dim(wrapText(`${assumption}: ${modelNote(a, result.assumptionFacts ?? [], lang, terminalLabel(options.label))}`, width))),
  ];
  return `${lines.join('\n')}\n`;
}

/** Long CSV: one row per function (or family/group) per year with every flow. */
export function renderProjectCsv(result: ProjectResult, options: ProjectRenderOptions): string {
  const grouped = options.by !== undefined;
  // The rfc dialect is for scripts: canonical keys and values. excel-nl is for people in Dutch
  // Excel: headers and labels in --lang.
  const human = options.dialect === 'excel-nl';
  const w = WORDS[options.lang ?? 'nl'];
  const yearHeaders = human
    ? [w.supplyFte, w.supplyPersons, w.demandFte, w.gapFte, w.retiredFte, w.contractEndedFte, w.attritionFte, w.movedInFte, w.movedOutFte, w.replacementFte, w.expansionFte]
    : YEAR_KEYS;
  // With Monte Carlo bands: P10/P50/P90 of supply, demand and gap after the flows, and per function
  // the share of runs that ended in the status shown.
  const bands = result.monte_carlo !== undefined && (!grouped || options.by === 'family');
  const bandNames = { supply_fte: w.supplyFte, demand_fte: w.demandFte, gap_fte: w.gapFte };
  const bandHeader = bands ? BAND_KEYS.flatMap((k) => ['p10', 'p50', 'p90'].map((p) => (human ? `${bandNames[k]} ${p.toUpperCase()}` : `${k}_${p}`))) : [];
  const bandValues = (y: YearRow, suppressed?: Withheld): CsvCell[] =>
    bands
      ? BAND_KEYS.flatMap((k) => {
          const b = y[`${k}_band`];
          return [b?.p10, b?.p50, b?.p90].map((v) => shownValue(v, `${k}_band`, suppressed, result.privacy));
        })
      : [];
  const probabilityHeader = bands ? [human ? w.statusProbability : 'status_probability'] : [];
  const header = grouped
    ? [options.by === 'family' ? (human ? w.family : 'family') : options.by!, human ? w.year : 'year', ...yearHeaders, ...bandHeader]
    : human
      ? [w.functionId, w.name, w.family, w.statusCol, ...probabilityHeader, w.vulnerable, w.year, ...yearHeaders, ...bandHeader]
      : ['function_id', 'name', 'family', 'status', ...probabilityHeader, 'vulnerable', 'year', ...YEAR_KEYS, ...bandHeader];
  const rows: CsvCell[][] = [];
  const years = options.year === undefined ? undefined : new Set([options.year]);
  const fnById = new Map(result.functions.map((f) => [f.id, f]));
  for (const r of rowsOf(result, options)) {
    for (const y of r.years) {
      if (years && !years.has(y.year)) continue;
      const values = YEAR_KEYS.map((k) => (r.workWithheld && isGroupWithheld(k) ? null : shownValue(y[k], k, r.suppressed, result.privacy)));
      if (grouped) rows.push([r.id, y.year, ...values, ...bandValues(y, r.suppressed)]);
      else {
        const f = fnById.get(r.id)!;
        const probability = bands ? [f.status_probability?.[f.status] ?? 0] : [];
        rows.push(
          human
            ? [f.id, f.name, f.family, w.status[f.status], ...probability, f.vulnerable ? w.yes : w.no, y.year, ...values, ...bandValues(y, r.suppressed)]
            : [f.id, f.name, f.family, f.status, ...probability, f.vulnerable, y.year, ...values, ...bandValues(y, r.suppressed)],
        );
      }
    }
  }
  return renderCsv(header, rows, options.dialect);
}

/** Markdown: the summary table plus each function's status and the rule behind it. */
export function renderProjectMarkdown(result: ProjectResult, options: ProjectRenderOptions): string {
  const lang = options.lang ?? 'nl';
  const w = WORDS[lang];
  const nl = lang === 'nl';
  const start = result.scenario.horizon.start;
  const year = options.year ?? result.scenario.horizon.end;
  const n = (v: number): string => formatNumber(v, 1, lang);
  const rows = rowsOf(result, options);
  const grouped = options.by !== undefined;
  const out: string[] = [];
  out.push(`# ${nl ? 'Projectie' : 'Projection'}: ${escapeMarkdown(result.scenario.title ?? result.scenario.id)}`, '');
  out.push(
    nl
      ? `Scenario ${markdownCode(result.scenario.id)}, ${start}–${result.scenario.horizon.end}. Fte; verschil = bezetting − vraag, berekend vóór afronding (negatief: tekort, positief: overschot).`
      : `Scenario ${markdownCode(result.scenario.id)}, ${start}–${result.scenario.horizon.end}. FTE; gap = supply − demand, computed before rounding (negative: shortage, positive: surplus).`,
    '',
  );
  const head = grouped
    ? [options.by === 'family' ? w.family : options.by!, w.fteAt(start), `${w.supply} ${year}`, `${w.demand} ${year}`, `${w.gap} ${year}`]
    : [w.function, w.family, w.statusCol, w.vulnerable, w.fteAt(start), `${w.supply} ${year}`, `${w.demand} ${year}`, `${w.gap} ${year}`, w.rule];
  const aligns: ('l' | 'r')[] = grouped ? ['l', 'r', 'r', 'r', 'r'] : ['l', 'l', 'l', 'l', 'r', 'r', 'r', 'r', 'l'];
  const fnById = new Map(result.functions.map((f) => [f.id, f]));
  const minGroup = result.privacy.min_group;
  const numbers = (r: { suppressed?: Withheld; workWithheld?: true; start: SourcedYearRow; at: SourcedYearRow }): string[] => {
    const own = (v: number): string => (r.suppressed === undefined ? n(v) : withheldMark(r.suppressed, minGroup));
    if (r.workWithheld) return [own(r.start.supply_fte), own(r.at.supply_fte), WORK_WITHHELD, WORK_WITHHELD];
    return [own(r.start.supply_fte), own(r.at.supply_fte), n(r.at.demand_fte), own(r.at.gap_fte)];
  };
  const body: MarkdownCell[][] = rows.map((r) => {
    const nums = numbers(r);
    if (grouped) return [r.label, ...nums];
    const f = fnById.get(r.id)!;
    const status = f.flags.length > 0 ? `${w.status[f.status]} (${f.flags.map((s) => w.status[s]).join(', ')})` : w.status[f.status];
    const since = f.status_year !== null && f.status !== 'stable' ? ` ${nl ? 'vanaf' : 'since'} ${f.status_year}` : '';
    return [r.label, f.family, `${status}${since}`, f.vulnerable ? w.yes : w.no, ...nums, translateRule(f.rule, lang)];
  });
  const t0 = result.totals.years[0]!;
  const tY = result.totals.years[result.years.indexOf(year)]!;
  const totalNums = numbers({ ...suppressedOf(result.totals), start: t0, at: tY });
  const total: MarkdownCell = { text: w.total, style: 'bold' };
  body.push(grouped ? [total, ...totalNums] : [total, '', '', '', ...totalNums, '']);
  out.push(...markdownTable(head, aligns, body));
  out.push('');
  if (showsWithheld(result, rows)) out.push(escapeMarkdown(withheldNote(result.privacy, lang)), '');
  if (byColumn(options)) out.push(groupWorkNote(lang), '');
  if (result.totals.suppressed === undefined) out.push(gapSourcesSentence(t0, tY, lang), '');
  out.push(escapeMarkdown(vulnerableSentence(result, lang, '')), '');
  if (result.assumptions.length > 0) {
    out.push(`## ${nl ? 'Aannames' : 'Assumptions'}`, '', ...result.assumptions.map((a) => `- ${modelNote(a, result.assumptionFacts ?? [], lang, options.label ?? ((id) => id))}`), '');
  }
  out.push(`<sub>spp ${result.stamp.spp_version} · ${result.stamp.inputs.map((i) => `${i.file} sha256:${i.sha256.slice(0, 12)}`).join(' · ')}</sub>`, '');
  return out.join('\n');
}

/** The vulnerable functions and the people in them at the start, with the privacy mark when withheld. */
function vulnerableSentence(result: ProjectResult, lang: Lang, mark: string): string {
  const v = result.vulnerable;
  const head = lang === 'nl' ? `Kwetsbare functies${mark === '' ? '' : ` ${mark}`}` : `Vulnerable functions${mark === '' ? '' : ` ${mark}`}`;
  if (v.suppressed !== undefined) {
    const m = withheldMark(v.suppressed, result.privacy.min_group);
    return lang === 'nl' ? `${head}: ${v.functions}, met ${m} personen bij de start.` : `${head}: ${v.functions}, with ${m} people at the start.`;
  }
  return lang === 'nl'
    ? `${head}: ${v.functions}, met ${formatNumber(v.persons, 0, lang)} ${v.persons === 1 ? 'persoon' : 'personen'} (${formatNumber(v.fte, 1, lang)} fte) bij de start.`
    : `${head}: ${v.functions}, with ${formatNumber(v.persons, 0, lang)} ${v.persons === 1 ? 'person' : 'people'} (${formatNumber(v.fte, 1, lang)} FTE) at the start.`;
}

/**
 * The project result as published in JSON: the personal year keys of a suppressed function, family
 * or total are null, and the vulnerable persons and FTE too when that total is suppressed.
 */
function publishedProject({ assumptionFacts: _facts, ...result }: ProjectResult): unknown {
  const years = (g: { suppressed?: Withheld; years: readonly SourcedYearRow[] }): unknown[] => g.years.map((y) => publishedRow(y, g.suppressed, result.privacy.suppressed_keys));
  const v = result.vulnerable;
  return {
    ...result,
    functions: result.functions.map((f) => ({ ...f, years: years(f) })),
    families: result.families.map((f) => ({ ...f, years: years(f) })),
    groups: result.groups.map((g) => ({ ...g, years: g.years.map((y) => withoutKeys(y, GROUP_WITHHELD_KEYS)) })),
    totals: { ...result.totals, years: years(result.totals).map((y) => withoutKeys(y, result.totals.withheld_keys)) },
    vulnerable: v.suppressed === undefined ? v : { ...v, persons: null, fte: null },
  };
}

/** A published year row with `keys` set to null (the total's moves when a withheld function moves people). */
function withoutKeys(row: unknown, keys: readonly string[] | undefined): unknown {
  if (keys === undefined || row === null || typeof row !== 'object') return row;
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, keys.includes(k) ? null : v]));
}

/** Canonical JSON: pretty-printed, trailing newline; byte-identical for the same input. */
export function renderJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export const projectRenderers = {
  table: renderProjectTable,
  json: (r: ProjectResult) => renderJson(publishedProject(r)),
  csv: renderProjectCsv,
  md: renderProjectMarkdown,
} satisfies Record<ProjectFormat, (r: ProjectResult, o: ProjectRenderOptions) => string>;
