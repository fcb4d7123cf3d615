import { renamedCodeNote, type BacktestResult, type BacktestRow } from '../domain/backtest.js';
import { formatNumber } from '../domain/round.js';
import { renderCsv, type CsvDialect } from './csv.js';
import { fitTable, terminalSafe, wrapText } from './table.js';
import { escapeMarkdown } from './markdown.js';

export type BacktestFormat = 'table' | 'json' | 'md' | 'csv';
interface BacktestRenderOptions {
  color: boolean;
  lang: 'nl' | 'en';
  dialect: CsvDialect;
  /** table: the terminal's width (80 when unknown). */
  width?: number;
}

/**
 * The paragraph for a report's appendix: how far the model was off when it projected last year.
 * ("Dit model, toegepast op de bezetting van 1 januari 2025, projecteerde 1 januari 2026 …")
 */
export function backtestParagraph(r: BacktestResult, lang: 'nl' | 'en'): string {
  const t = r.totals;
  const f1 = (v: number): string => formatNumber(v, 1, lang);
  const pct = (v: number): string => `${formatNumber(v * 100, 1, lang)}%`;
  const diff = t.actual_fte > 0 ? t.error_fte / t.actual_fte : 0;
  const signed = (v: number): string => `${v > 0 ? '+' : v < 0 ? '−' : ''}${pct(Math.abs(v))}`;
  const joiners = t.joiners_persons;
  const share = r.share_inside_band;
  const bandNl = share === null ? '' : ` Bij de Monte Carlo-doorrekening viel de werkelijke bezetting bij ${pct(share)} van de functies binnen de band P10–P90 (bij een goed gekalibreerd model ongeveer 80%).`;
  const bandEn = share === null ? '' : ` In the Monte Carlo runs the actual workforce fell inside the P10–P90 band for ${pct(share)} of the functions (about 80% for a well-calibrated model).`;
  if (lang === 'nl') {
    const basis =
      r.basis === 'linked'
        ? `Vergeleken is met de medewerkers die er op beide peildata waren; de ${joiners ?? 0} nieuwkomers (${f1(t.joiners_fte ?? 0)} fte) vallen erbuiten, omdat het model geen werving projecteert.`
        : 'Zonder personeelsnummers is vergeleken met de hele bezetting, nieuwkomers inbegrepen, terwijl het model geen werving projecteert; de afwijking is daardoor minder zuiver.';
    return (
      `Dit model (scenario ${r.scenario.id}), toegepast op de bezetting van 1 januari ${r.from}, projecteerde de bezetting op 1 januari ${r.to} ` +
      `per functie binnen ${pct(r.wape_fte)} gewogen gemiddelde afwijking (WAPE, in fte): in totaal ${f1(t.projected_fte)} fte geprojecteerd tegen ` +
      `${f1(t.actual_fte)} fte werkelijk (${signed(diff)}).${bandNl} ${basis}`
    );
  }
  const basis =
    r.basis === 'linked'
      ? `The comparison is with the employees present on both dates; the ${joiners ?? 0} joiners (${f1(t.joiners_fte ?? 0)} FTE) are left out, as the model projects no hiring.`
      : 'Without employee ids the comparison is with the whole workforce, joiners included, while the model projects no hiring; the error is therefore less clean.';
  return (
    `This model (scenario ${r.scenario.id}), applied to the workforce of 1 January ${r.from}, projected the workforce of 1 January ${r.to} ` +
    `per function within ${pct(r.wape_fte)} weighted absolute percentage error (WAPE, in FTE): ${f1(t.projected_fte)} FTE projected in total against ` +
    `${f1(t.actual_fte)} FTE actual (${signed(diff)}).${bandEn} ${basis}`
  );
}

/**
 * How the WAPE is computed, said under it: over every function on its own, the withheld ones too.
 * Summed over the table's rows it came out lower (errors inside the merged row cancel), so an
 * analyst checking 9.3% against the table found 8.8% and no explanation.
 */
function wapeBasis(r: BacktestResult, lang: 'nl' | 'en'): string {
  const withheld = r.other?.functions ?? 0;
  const all = r.functions.length + withheld;
  if (lang === 'nl') {
    const extra = withheld === 0 ? '' : withheld === 1 ? ', ook de afgeschermde functie' : `, ook de ${withheld} afgeschermde elk apart`;
    const cancel = withheld > 1 ? '; de regels van de tabel kunnen een lager getal geven, omdat afwijkingen binnen de afgeschermde regel elkaar opheffen' : '';
    return `(Σ |afwijking| ÷ Σ werkelijk over ${all === 1 ? 'de ene functie' : `alle ${all} functies`}${extra}${cancel})`;
  }
  const extra = withheld === 0 ? '' : withheld === 1 ? ', the withheld one included' : `, each of the ${withheld} withheld ones on its own`;
  const cancel = withheld > 1 ? "; the table's rows can give a lower figure, as errors inside the withheld row cancel out" : '';
  return `(Σ |error| ÷ Σ actual over ${all === 1 ? 'the one function' : `all ${all} functions`}${extra}${cancel})`;
}

function rowsOf(r: BacktestResult): BacktestRow[] {
  return [...r.functions, ...(r.other !== null ? [r.other] : [])];
}

/** The words of the terminal table, per language. */
const TABLE_WORDS = {
  nl: {
    head: (id: string, from: number, to: number, linked: boolean) =>
      `Terugblik: scenario ${id} vanaf 1 januari ${from}, geprojecteerd tegen werkelijk op 1 januari ${to}` +
      (linked ? ' (medewerkers die er op beide peildata waren; nieuwkomers apart)' : ' (iedereen, nieuwkomers inbegrepen)'),
    function: 'Functie',
    projFte: 'Proj. fte',
    actFte: 'Werk. fte',
    error: 'Afwijking',
    projPersons: 'Proj. p.',
    actPersons: 'Werk. p.',
    inBand: 'In',
    joined: 'Nieuw',
    yes: 'ja',
    no: 'nee',
    total: 'Totaal',
    other: (count: number) => `${count} functies samen afgeschermd (privacy)`,
    otherShort: 'Overig (privacy)',
    wape: (fte: string, persons: string) => `WAPE: ${fte}% in fte, ${persons}% in personen`,
    inside: (share: string) => ` Werkelijk binnen P10–P90: ${share}% van de functies.`,
  },
  en: {
    head: (id: string, from: number, to: number, linked: boolean) =>
      `Backtest: scenario ${id} from 1 January ${from}, projected vs actual on 1 January ${to}` + (linked ? ' (people present on both dates; joiners apart)' : ' (everyone, joiners included)'),
    function: 'Function',
    projFte: 'Proj. FTE',
    actFte: 'Act. FTE',
    error: 'Error',
    projPersons: 'Proj. p.',
    actPersons: 'Act. p.',
    inBand: 'In',
    joined: 'Joined',
    yes: 'yes',
    no: 'no',
    total: 'Total',
    other: (count: number) => `${count} functions withheld together (privacy)`,
    otherShort: 'Other (privacy)',
    wape: (fte: string, persons: string) => `WAPE: ${fte}% in FTE, ${persons}% in persons`,
    inside: (share: string) => ` Actual inside P10–P90: ${share}% of the functions.`,
  },
} as const satisfies Record<'nl' | 'en', unknown>;

/** The notes of the backtest (English in the result) in Dutch; one on a renamed code said from its pair of codes. */
function backtestNote(note: string, r: Pick<BacktestResult, 'renamed'>, lang: 'nl' | 'en'): string {
  if (lang === 'en') return note;
  const unknown = /^(\d+) function codes? of the actual snapshot (?:is|are) not in the functions file and not compared\.$/.exec(note);
  if (unknown) return `${unknown[1]} ${unknown[1] === '1' ? 'functiecode' : 'functiecodes'} uit de werkelijke momentopname ${unknown[1] === '1' ? 'staat' : 'staan'} niet in het functiebestand en ${unknown[1] === '1' ? 'is' : 'zijn'} niet vergeleken.`;
  const renamed = r.renamed.find((pair) => renamedCodeNote(pair) === note);
  if (renamed) return `Functiecode ${renamed.to} uit de werkelijke momentopname is ${renamed.from} onder een nieuwe code (de medewerkers van ${renamed.from} staan er onder ${renamed.to}, een code die de oude momentopname niet heeft): vergeleken als ${renamed.from}.`;
  if (note.startsWith('Without employee ids the actual side is everyone')) {
    return 'Zonder personeelsnummers is de werkelijke kant iedereen in de nieuwe momentopname, nieuwkomers inbegrepen, terwijl het model geen werving projecteert: de afwijkingen bevatten de werving (minder exact).';
  }
  return note;
}

function renderBacktestTable(data: BacktestResult, options: BacktestRenderOptions): string {
  const r = terminalSafe(data);
  const lang = options.lang;
  const width = options.width ?? 80;
  const w = TABLE_WORDS[lang];
  const n1 = (v: number): string => formatNumber(v, 1, lang);
  const signed1 = (v: number): string => (v > 0.05 ? `+${n1(v)}` : n1(v));
  /** The P10–P90 range of a row's projected FTE, or '' without one. */
  const bandText = (row: BacktestRow): string => (row.band === undefined ? '' : `${n1(row.band.p10)}–${n1(row.band.p90)}`);
  const label = (row: BacktestRow): string => (row.id === 'other' ? w.otherShort : row.id === 'total' ? w.total : `${row.id} ${row.name}`);
  // With Monte Carlo bands the person columns make way for the band and whether the actual fell in it.
  const bands = r.share_inside_band !== null;
  const rows = [...rowsOf(r), r.totals].map((row) => [
    label(row),
    n1(row.projected_fte),
    n1(row.actual_fte),
    signed1(row.error_fte),
    ...(bands
      ? [bandText(row), row.band === undefined ? '' : row.band.inside ? w.yes : w.no]
      : [n1(row.projected_persons), formatNumber(row.actual_persons, 0, lang)]),
    row.joiners_persons === null ? '' : formatNumber(row.joiners_persons, 0, lang),
  ]);
  const table = fitTable(
    [
      { header: w.function, width: bands ? 20 : 18, flex: true, min: 12 },
      { header: w.projFte, width: 9, align: 'right' },
      { header: w.actFte, width: 9, align: 'right' },
      { header: w.error, width: 9, align: 'right' },
      ...(bands
        ? [{ header: 'P10–P90', width: 11, align: 'right' as const }, { header: w.inBand, width: 3 }]
        : [{ header: w.projPersons, width: 8, align: 'right' as const }, { header: w.actPersons, width: 8, align: 'right' as const }]),
      { header: w.joined, width: 6, align: 'right' },
    ],
    rows,
    { color: options.color, width },
  );
  const pct = (v: number): string => formatNumber(v * 100, 1, lang);
  const lines = [
    wrapText(w.head(r.scenario.id, r.from, r.to, r.basis === 'linked'), width, ''),
    '',
    table.trimEnd(),
    '',
    wrapText(`${w.wape(pct(r.wape_fte), pct(r.wape_persons))} ${wapeBasis(r, lang)}.` + (bands ? w.inside(pct(r.share_inside_band!)) : ''), width, ''),
    '',
    wrapText(backtestParagraph(r, lang), width, ''),
  ];
  for (const note of r.notes) lines.push(wrapText(`* ${backtestNote(note, r, lang)}`, width, '  '));
  return `${lines.join('\n')}\n`;
}

function renderBacktestJson(r: BacktestResult): string {
  const { renamed: _renamed, ...published } = r;
  return `${JSON.stringify({ ...published, summary: { nl: backtestParagraph(r, 'nl'), en: backtestParagraph(r, 'en') } }, null, 2)}\n`;
}

function renderBacktestMarkdown(r: BacktestResult, options: BacktestRenderOptions): string {
  const nl = options.lang === 'nl';
  const out: string[] = [];
  out.push(nl ? `# Terugblik: scenario ${escapeMarkdown(r.scenario.id)}, ${r.from} → ${r.to}` : `# Backtest: scenario ${escapeMarkdown(r.scenario.id)}, ${r.from} → ${r.to}`, '');
  out.push(backtestParagraph(r, options.lang), '');
  const bands = r.share_inside_band !== null;
  const bandHead = bands ? (nl ? ' fte P10–P90 | binnen de band |' : ' FTE P10–P90 | inside the band |') : '';
  out.push(
    (nl ? '| functie | fte geprojecteerd | fte werkelijk | afwijking | personen geprojecteerd | personen werkelijk | nieuwkomers |' : '| function | projected FTE | actual FTE | error | projected persons | actual persons | joiners |') + bandHead,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |' + (bands ? ' ---: | --- |' : ''),
  );
  const f = (v: number): string => formatNumber(v, 1, options.lang);
  for (const row of [...rowsOf(r), r.totals]) {
    const name = row.id === 'other' ? TABLE_WORDS[options.lang].other(r.other?.functions ?? 0) : row.id === 'total' ? `**${TABLE_WORDS[options.lang].total}**` : escapeMarkdown(`${row.id} ${row.name}`);
    const band = !bands ? '' : row.band === undefined ? '  |  |' : ` ${f(row.band.p10)}–${f(row.band.p90)} | ${row.band.inside ? (nl ? 'ja' : 'yes') : nl ? 'nee' : 'no'} |`;
    out.push(`| ${name} | ${f(row.projected_fte)} | ${f(row.actual_fte)} | ${f(row.error_fte)} | ${f(row.projected_persons)} | ${row.actual_persons} | ${row.joiners_persons ?? ''} |${band}`);
  }
  const pct = (v: number): string => formatNumber(v * 100, 1, options.lang);
  out.push('', `${TABLE_WORDS[options.lang].wape(pct(r.wape_fte), pct(r.wape_persons))} ${wapeBasis(r, options.lang)}.`, '');
  if (r.notes.length > 0) out.push(...r.notes.map((n) => `* ${escapeMarkdown(backtestNote(n, r, options.lang))}`), '');
  return out.join('\n');
}

function renderBacktestCsv(r: BacktestResult, options: BacktestRenderOptions): string {
  const bands = r.share_inside_band !== null;
  return renderCsv(
    ['function', 'name', 'projected_fte', 'actual_fte', 'error_fte', 'projected_persons', 'actual_persons', 'error_persons', 'joiners_persons', 'joiners_fte', ...(bands ? ['projected_fte_p10', 'projected_fte_p90', 'inside_band'] : [])],
    [...rowsOf(r), r.totals].map((row) => [
      row.id, row.name, row.projected_fte, row.actual_fte, row.error_fte, row.projected_persons, row.actual_persons, row.error_persons, row.joiners_persons, row.joiners_fte,
      ...(bands ? [row.band?.p10 ?? null, row.band?.p90 ?? null, row.band === undefined ? null : row.band.inside] : []),
    ]),
    options.dialect,
  );
}

export const backtestRenderers = {
  table: renderBacktestTable,
  json: (r: BacktestResult) => renderBacktestJson(r),
  md: renderBacktestMarkdown,
  csv: renderBacktestCsv,
} satisfies Record<BacktestFormat, (r: BacktestResult, o: BacktestRenderOptions) => string>;
