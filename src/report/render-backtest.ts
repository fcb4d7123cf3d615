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
  const band = bandCount(r);
  const bandNl = band === null ? '' : ` ${bandSentence(r, band, 'nl')}`;
  const bandEn = band === null ? '' : ` ${bandSentence(r, band, 'en')}`;
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

/** Of the functions shown on their own with a P10–P90 band: how many, and how many had the actual inside it; null without runs. */
function bandCount(r: BacktestResult): { inside: number; shown: number } | null {
  if (r.share_inside_band === null) return null;
  const banded = r.functions.filter((f) => f.band !== undefined);
  return { inside: banded.filter((f) => f.band!.inside).length, shown: banded.length };
}

/**
 * The bands said for a reader who is no statistician (a works council): what the band is, how many
 * functions fell inside it in counts, what to expect, and what this share means — "te zeker" when it
 * is well under 8 in 10 (more than twice the chance spread of that many functions), "te voorzichtig"
 * when well over; with fewer than 10 functions, that it says little yet. It said "binnen de band
 * P10–P90 (bij een goed gekalibreerd model ongeveer 80%)", and no word of what either meant.
 */
function bandSentence(r: BacktestResult, band: { inside: number; shown: number }, lang: 'nl' | 'en'): string {
  const share = band.shown === 0 ? 0 : band.inside / band.shown;
  const pct = `${formatNumber(share * 100, 1, lang)}%`;
  const spread = 2 * Math.sqrt((0.8 * 0.2) / Math.max(1, band.shown));
  const verdict = band.shown < 10 ? 'few' : share < 0.8 - spread ? 'sure' : share > 0.8 + spread ? 'careful' : 'right';
  const runs = r.runs ?? 0;
  if (lang === 'nl') {
    const what = `In ${formatNumber(runs, 0, 'nl')} doorrekeningen met toeval (wie vertrekt, wie met pensioen gaat, en de onzekere aannames) gaf het model per functie een marge, P10–P90, waarbinnen 8 van de 10 uitkomsten lagen. De werkelijke bezetting lag bij ${band.inside} van de ${band.shown} functies binnen die marge (${pct}); bij een model dat zijn eigen onzekerheid goed inschat is dat ongeveer 8 van de 10.`;
    const meaning = { few: ` Met ${band.shown} ${band.shown === 1 ? 'functie' : 'functies'} zegt dat nog weinig.`, sure: ' Hier is het duidelijk minder: het model is te zeker, de werkelijkheid wisselt meer dan de marges zeggen.', careful: ' Hier is het duidelijk meer: het model is te voorzichtig, de marges zijn ruimer dan nodig.', right: ' Dat klopt hier ongeveer.' }[verdict];
    return what + meaning;
  }
  const what = `In ${formatNumber(runs, 0, 'en')} runs with chance (who leaves, who retires, and the uncertain assumptions) the model gave each function a range, P10–P90, that held 8 in 10 of the outcomes. The actual workforce fell inside that range for ${band.inside} of the ${band.shown} functions (${pct}); for a model that judges its own uncertainty well that is about 8 in 10.`;
  const meaning = { few: ` With ${band.shown} ${band.shown === 1 ? 'function' : 'functions'} that says little yet.`, sure: ' Here it is clearly fewer: the model is too sure, reality varies more than its ranges say.', careful: ' Here it is clearly more: the model is too cautious, its ranges are wider than needed.', right: ' That roughly holds here.' }[verdict];
  return what + meaning;
}

/**
 * How the WAPE is computed, said under it in words (it said "Σ |afwijking| ÷ Σ werkelijk", a formula for
 * a works council): over every function on its own, the withheld ones too.
 * Summed over the table's rows it came out lower (errors inside the merged row cancel), so an
 * analyst checking 9.3% against the table found 8.8% and no explanation.
 */
function wapeBasis(r: BacktestResult, lang: 'nl' | 'en'): string {
  const withheld = r.other?.functions ?? 0;
  const all = r.functions.length + withheld;
  if (lang === 'nl') {
    const extra = withheld === 0 ? '' : withheld === 1 ? ', ook de afgeschermde functie' : `, ook de ${withheld} afgeschermde elk apart`;
    const cancel = withheld > 1 ? '; de regels van de tabel kunnen een lager getal geven, omdat afwijkingen binnen de afgeschermde regel elkaar opheffen' : '';
    return `de afwijkingen per functie opgeteld zonder plus of min, gedeeld door de werkelijke bezetting, over ${all === 1 ? 'de ene functie' : `alle ${all} functies`}${extra}${cancel}`;
  }
  const extra = withheld === 0 ? '' : withheld === 1 ? ', the withheld one included' : `, each of the ${withheld} withheld ones on its own`;
  const cancel = withheld > 1 ? "; the table's rows can give a lower figure, as errors inside the withheld row cancel out" : '';
  return `the errors per function added up without their sign, divided by the actual workforce, over ${all === 1 ? 'the one function' : `all ${all} functions`}${extra}${cancel}`;
}

/** "F001 Medewerker Klantcontactcentrum"; a code the functions file does not know (no name) says so. */
function named(row: BacktestRow, lang: 'nl' | 'en'): string {
  return row.name !== '' ? `${row.id} ${row.name}` : `${row.id} ${lang === 'nl' ? '(niet in functiebestand)' : '(not in functions file)'}`;
}

/** An error with one decimal and its sign: "+3,1", "−5,2", "0,0". */
function signedOne(v: number, lang: 'nl' | 'en'): string {
  const text = formatNumber(v, 1, lang);
  return v > 0.05 ? `+${text}` : text;
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
    inBand: 'Binnen',
    joined: 'Nieuw',
    yes: 'ja',
    no: 'nee',
    total: 'Totaal',
    other: (count: number) => `${count} functies samen afgeschermd (privacy)`,
    otherShort: 'Overig (privacy)',
    wape: (fte: string, persons: string) => `Gemiddelde afwijking per functie (WAPE): ${fte}% in fte, ${persons}% in personen:`,
    inside: (inside: number, shown: number) => ` Werkelijk binnen P10–P90: ${inside} van de ${shown} functies.`,
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
    inBand: 'Inside',
    joined: 'Joined',
    yes: 'yes',
    no: 'no',
    total: 'Total',
    other: (count: number) => `${count} functions withheld together (privacy)`,
    otherShort: 'Other (privacy)',
    wape: (fte: string, persons: string) => `Average error per function (WAPE): ${fte}% in FTE, ${persons}% in persons:`,
    inside: (inside: number, shown: number) => ` Actual inside P10–P90: ${inside} of the ${shown} functions.`,
  },
} as const satisfies Record<'nl' | 'en', unknown>;

/** The notes of the backtest (English in the result) in Dutch; one on a renamed code said from its pair of codes. */
function backtestNote(note: string, r: Pick<BacktestResult, 'renamed'>, lang: 'nl' | 'en'): string {
  if (lang === 'en') return note;
  const unknown = /^(\d+) function codes? of the actual snapshot (?:is|are) not in the functions file: compared with a projection of 0/.exec(note);
  if (unknown) {
    const one = unknown[1] === '1';
    return `${unknown[1]} ${one ? 'functiecode' : 'functiecodes'} uit het werkelijke peilbestand ${one ? 'staat' : 'staan'} niet in het functiebestand: vergeleken met een projectie van 0, omdat het model ${one ? 'hem' : 'ze'} niet kan kennen (de medewerkers ervan zijn geprojecteerd in de functies die ze hadden). Een nieuwe functie? Zet ${one ? 'hem' : 'ze'} in het functiebestand.`;
  }
  const renamed = r.renamed.find((pair) => renamedCodeNote(pair) === note);
  if (renamed) return `Functiecode ${renamed.to} uit het werkelijke peilbestand is ${renamed.from} onder een nieuwe code (de medewerkers van ${renamed.from} staan er onder ${renamed.to}, een code die het oude peilbestand niet heeft): vergeleken als ${renamed.from}.`;
  if (note.startsWith('Without employee ids the actual side is everyone')) {
    return 'Zonder personeelsnummers is de werkelijke kant iedereen in het nieuwe peilbestand, nieuwkomers inbegrepen, terwijl het model geen werving projecteert: de afwijkingen bevatten de werving (minder exact).';
  }
  return note;
}

function renderBacktestTable(data: BacktestResult, options: BacktestRenderOptions): string {
  const r = terminalSafe(data);
  const lang = options.lang;
  const width = options.width ?? 80;
  const w = TABLE_WORDS[lang];
  const n1 = (v: number): string => formatNumber(v, 1, lang);
  const signed1 = (v: number): string => signedOne(v, lang);
  /** The P10–P90 range of a row's projected FTE, or '' without one. */
  const bandText = (row: BacktestRow): string => (row.band === undefined ? '' : `${n1(row.band.p10)}–${n1(row.band.p90)}`);
  const label = (row: BacktestRow): string => (row.id === 'other' ? w.otherShort : row.id === 'total' ? w.total : named(row, lang));
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
        ? [{ header: 'P10–P90', width: 11, align: 'right' as const }, { header: w.inBand, width: 6 }]
        : [{ header: w.projPersons, width: 8, align: 'right' as const }, { header: w.actPersons, width: 8, align: 'right' as const }]),
      { header: w.joined, width: 6, align: 'right' },
    ],
    rows,
    { color: options.color, width, codes: new Set(rowsOf(r).map((row) => row.id)) },
  );
  const pct = (v: number): string => formatNumber(v * 100, 1, lang);
  const lines = [
    wrapText(w.head(r.scenario.id, r.from, r.to, r.basis === 'linked'), width, ''),
    '',
    table.trimEnd(),
    '',
    wrapText(`${w.wape(pct(r.wape_fte), pct(r.wape_persons))} ${wapeBasis(r, lang)}.` + (bands ? w.inside(bandCount(r)!.inside, bandCount(r)!.shown) : ''), width, ''),
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
    const name = row.id === 'other' ? TABLE_WORDS[options.lang].other(r.other?.functions ?? 0) : row.id === 'total' ? `**${TABLE_WORDS[options.lang].total}**` : escapeMarkdown(named(row, options.lang));
    const band = !bands ? '' : row.band === undefined ? '  |  |' : ` ${f(row.band.p10)}–${f(row.band.p90)} | ${row.band.inside ? (nl ? 'ja' : 'yes') : nl ? 'nee' : 'no'} |`;
    // Counts with a thousands point and an error with its sign, as the terminal table writes them (it said 1373 under 1.214,5).
    const count = (v: number | null): string => (v === null ? '' : formatNumber(v, 0, options.lang));
    out.push(`| ${name} | ${f(row.projected_fte)} | ${f(row.actual_fte)} | ${signedOne(row.error_fte, options.lang)} | ${f(row.projected_persons)} | ${count(row.actual_persons)} | ${count(row.joiners_persons)} |${band}`);
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
