import type { BacktestResult, BacktestRow } from '../domain/backtest.js';
import { formatNumber } from '../domain/round.js';
import { renderCsv, type CsvDialect } from './csv.js';
import { renderTable, wrapText } from './table.js';

export type BacktestFormat = 'table' | 'json' | 'md' | 'csv';
interface BacktestRenderOptions {
  color: boolean;
  lang: 'nl' | 'en';
  dialect: CsvDialect;
}

/**
 * The paragraph for a report's appendix: how far the model was off when it projected last year.
 * ("Dit model, toegepast op de bezetting van 1 januari 2025, projecteerde 1 januari 2026 …")
 */
function backtestParagraph(r: BacktestResult, lang: 'nl' | 'en'): string {
  const t = r.totals;
  const f1 = (v: number): string => formatNumber(v, 1, lang);
  const pct = (v: number): string => `${formatNumber(v * 100, 1, lang)} %`;
  const diff = t.actual_fte > 0 ? t.error_fte / t.actual_fte : 0;
  const signed = (v: number): string => `${v > 0 ? '+' : v < 0 ? '−' : ''}${pct(Math.abs(v))}`;
  const joiners = t.joiners_persons;
  if (lang === 'nl') {
    const basis =
      r.basis === 'linked'
        ? `Vergeleken is met de medewerkers die er op beide peildata waren; de ${joiners ?? 0} nieuwkomers (${f1(t.joiners_fte ?? 0)} fte) vallen erbuiten, omdat het model geen werving projecteert.`
        : 'Zonder personeelsnummers is vergeleken met de hele bezetting, nieuwkomers inbegrepen, terwijl het model geen werving projecteert; de afwijking is daardoor minder zuiver.';
    return (
      `Dit model (scenario ${r.scenario.id}), toegepast op de bezetting van 1 januari ${r.from}, projecteerde de bezetting op 1 januari ${r.to} ` +
      `per functie binnen ${pct(r.wape_fte)} gewogen gemiddelde afwijking (WAPE, in fte): in totaal ${f1(t.projected_fte)} fte geprojecteerd tegen ` +
      `${f1(t.actual_fte)} fte werkelijk (${signed(diff)}). ${basis}`
    );
  }
  const basis =
    r.basis === 'linked'
      ? `The comparison is with the employees present on both dates; the ${joiners ?? 0} joiners (${f1(t.joiners_fte ?? 0)} FTE) are left out, as the model projects no hiring.`
      : 'Without employee ids the comparison is with the whole workforce, joiners included, while the model projects no hiring; the error is therefore less clean.';
  return (
    `This model (scenario ${r.scenario.id}), applied to the workforce of 1 January ${r.from}, projected the workforce of 1 January ${r.to} ` +
    `per function within ${pct(r.wape_fte)} weighted absolute percentage error (WAPE, in FTE): ${f1(t.projected_fte)} FTE projected in total against ` +
    `${f1(t.actual_fte)} FTE actual (${signed(diff)}). ${basis}`
  );
}

function rowsOf(r: BacktestResult): BacktestRow[] {
  return [...r.functions, ...(r.other !== null ? [r.other] : [])];
}

const n1 = (v: number): string => formatNumber(v, 1);
const signed1 = (v: number): string => (v > 0.05 ? `+${n1(v)}` : n1(v));

function renderBacktestTable(r: BacktestResult, options: BacktestRenderOptions): string {
  const label = (row: BacktestRow): string => (row.id === 'other' || row.id === 'total' ? row.name : `${row.id} ${row.name}`);
  const rows = [...rowsOf(r), r.totals].map((row) => [
    label(row),
    n1(row.projected_fte),
    n1(row.actual_fte),
    signed1(row.error_fte),
    n1(row.projected_persons),
    String(row.actual_persons),
    row.joiners_persons === null ? '' : String(row.joiners_persons),
  ]);
  const head = `Backtest: scenario ${r.scenario.id} from 1 January ${r.from}, projected vs actual on 1 January ${r.to}` + (r.basis === 'linked' ? ' (people present on both dates; joiners apart)' : ' (everyone, joiners included)');
  const table = renderTable(
    [
      { header: 'Function', width: 22 },
      { header: 'Proj. FTE', width: 9, align: 'right' },
      { header: 'Act. FTE', width: 8, align: 'right' },
      { header: 'Error', width: 6, align: 'right' },
      { header: 'Proj. p.', width: 8, align: 'right' },
      { header: 'Act. p.', width: 7, align: 'right' },
      { header: 'Joined', width: 6, align: 'right' },
    ],
    rows,
    options,
  );
  const lines = [wrapText(head, 80, ''), '', table.trimEnd(), '', `WAPE: ${formatNumber(r.wape_fte * 100, 1)}% in FTE, ${formatNumber(r.wape_persons * 100, 1)}% in persons.`, '', wrapText(backtestParagraph(r, options.lang), 80, '')];
  for (const note of r.notes) lines.push(wrapText(`* ${note}`, 80, '  '));
  return `${lines.join('\n')}\n`;
}

function renderBacktestJson(r: BacktestResult): string {
  return `${JSON.stringify({ ...r, summary: { nl: backtestParagraph(r, 'nl'), en: backtestParagraph(r, 'en') } }, null, 2)}\n`;
}

function renderBacktestMarkdown(r: BacktestResult, options: BacktestRenderOptions): string {
  const nl = options.lang === 'nl';
  const out: string[] = [];
  out.push(nl ? `# Terugblik: scenario ${r.scenario.id}, ${r.from} → ${r.to}` : `# Backtest: scenario ${r.scenario.id}, ${r.from} → ${r.to}`, '');
  out.push(backtestParagraph(r, options.lang), '');
  out.push(
    nl ? '| functie | fte geprojecteerd | fte werkelijk | afwijking | personen geprojecteerd | personen werkelijk | nieuwkomers |' : '| function | projected FTE | actual FTE | error | projected persons | actual persons | joiners |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const row of [...rowsOf(r), r.totals]) {
    const name = row.id === 'other' ? (nl ? `Overige functies (onder ${r.min_group} personen)` : row.name) : row.id === 'total' ? (nl ? '**Totaal**' : '**Total**') : `${row.id} ${row.name}`;
    out.push(`| ${name} | ${formatNumber(row.projected_fte, 1, options.lang)} | ${formatNumber(row.actual_fte, 1, options.lang)} | ${formatNumber(row.error_fte, 1, options.lang)} | ${formatNumber(row.projected_persons, 1, options.lang)} | ${row.actual_persons} | ${row.joiners_persons ?? ''} |`);
  }
  out.push('', `WAPE: ${formatNumber(r.wape_fte * 100, 1, options.lang)} % (fte), ${formatNumber(r.wape_persons * 100, 1, options.lang)} % (${nl ? 'personen' : 'persons'}).`, '');
  if (r.notes.length > 0) out.push(...r.notes.map((n) => `* ${n}`), '');
  return out.join('\n');
}

function renderBacktestCsv(r: BacktestResult, options: BacktestRenderOptions): string {
  return renderCsv(
    ['function', 'name', 'projected_fte', 'actual_fte', 'error_fte', 'projected_persons', 'actual_persons', 'error_persons', 'joiners_persons', 'joiners_fte'],
    [...rowsOf(r), r.totals].map((row) => [row.id, row.name, row.projected_fte, row.actual_fte, row.error_fte, row.projected_persons, row.actual_persons, row.error_persons, row.joiners_persons, row.joiners_fte]),
    options.dialect,
  );
}

export const backtestRenderers = {
  table: renderBacktestTable,
  json: (r: BacktestResult) => renderBacktestJson(r),
  md: renderBacktestMarkdown,
  csv: renderBacktestCsv,
} satisfies Record<BacktestFormat, (r: BacktestResult, o: BacktestRenderOptions) => string>;
