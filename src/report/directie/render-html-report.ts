import { escapeXml as escapeHtml } from './charts.js';
import type { Block, ReportDocument, TableBlock } from './compose-report.js';

/**
 * The report as one self-contained HTML page: CSS inline, charts as inline SVG, no scripts, fonts
 * or images from elsewhere, so it opens offline and makes no request. Printed on A4 every page
 * shows its page number; the cover (title, story, summary, contents) opens the first page and chapter 1
 * follows it without a forced break, as the chapters follow each other, so a summary a few lines
 * longer than the page does not leave a page nearly empty; a heading stays with what follows, and no
 * chart or short table is cut across pages.
 */
export function renderHtmlReport(doc: ReportDocument): string {
  const t = doc.texts;
  const numbered = doc.sections.map((s, i) => ({ ...s, number: i < doc.sections.length - 1 ? `${i + 1}. ` : '' }));
  const toc = numbered.map((s) => `<li><a href="#${s.id}">${escapeHtml(`${s.number}${s.title}`)}</a></li>`).join('');
  const sections = numbered
    .map(
      (s) =>
        `<section class="chapter" id="${s.id}">\n` +
        renderBlocks(s.blocks, t.chartDataTitle, `<h2>${escapeHtml(`${s.number}${s.title}`)}</h2>\n<p class="lead">${escapeHtml(s.lead)}</p>`) +
        '\n</section>',
    )
    .join('\n');
  return [
    '<!DOCTYPE html>',
    `<html lang="${t.htmlLang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Nothing may be fetched: no scripts, no external styles, fonts or images.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${escapeHtml(`${doc.title} — ${doc.subtitle}`)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<header class="cover">',
    doc.organisation === null ? '' : `<p class="organisation">${escapeHtml(doc.organisation)}</p>`,
    `<h1>${escapeHtml(doc.title)}</h1>`,
    `<p class="subtitle">${escapeHtml(doc.subtitle)}</p>`,
    doc.notice === null ? '' : `<p class="notice">${escapeHtml(doc.notice)}</p>`,
    renderStory(doc),
    `<h2 class="summary-title">${escapeHtml(t.summaryTitle)}</h2>`,
    `<div class="summary">${doc.summary.map((s) => `<p>${escapeHtml(s)}</p>`).join('')}</div>`,
    `<nav class="toc" aria-label="${escapeHtml(t.contentsTitle)}"><h2>${escapeHtml(t.contentsTitle)}</h2><ol>${toc}</ol></nav>`,
    '</header>',
    '<main>',
    sections,
    '</main>',
    '</body>',
    '</html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n');
}

/** The first page: the scenario's story and the few assumptions that drive it. */
function renderStory(doc: ReportDocument): string {
  const { story } = doc;
  const t = doc.texts.story;
  if (story.text === null && story.drivers.length === 0) return '';
  return [
    '<section class="story">',
    `<h2>${escapeHtml(t.title)}</h2>`,
    story.text === null ? '' : `<p class="story-text">${escapeHtml(story.text)}</p>`,
    story.drivers.length === 0
      ? ''
      : `<h3>${escapeHtml(t.driversTitle)}</h3><ul class="drivers">${story.drivers.map((d) => `<li>${escapeHtml(d)}</li>`).join('')}</ul><p class="note">${escapeHtml(t.driversNote)}</p>`,
    '</section>',
  ]
    .filter((x) => x !== '')
    .join('');
}

/** A paragraph (or list) short enough (about three lines) that, alone under its heading at the foot of a page, it would leave the heading stranded. */
const SHORT_PARAGRAPH = 300;

/**
 * A chapter's blocks, each heading (and the chapter's own heading and lead, `start`) kept on one page
 * with the start of what follows: a `keep` group is not split, so a heading never ends a page. The
 * group holds the first block, and when that is a short paragraph or list, the start of the block
 * after it too ("1. Doorlichten", its lead and one line stood at the foot of page 1, their table on page 2). Of
 * a chart only the figure goes into the group, not the table beside it: a group taller than needed
 * left most of a page empty (krimp-vacaturestop's page 6). A long table (more than 20 rows) may run
 * over pages, so its heading keeps only to the table's title and first rows (`break-after: avoid`)
 * rather than pushing the whole table to the next page.
 */
function renderBlocks(blocks: Block[], chartDataTitle: string, start: string): string {
  const out: string[] = [];
  let pending = start === '' ? [] : [start];
  const long = (block: Block | undefined): boolean => block?.kind === 'table' && block.rows.length > 20;
  // A paragraph or list of a few lines: after a longer one the page may break, the block after it
  // starting the next page (keeping them together left most of a page empty).
  const short = (block: Block): boolean =>
    (block.kind === 'paragraph' && block.text.length <= SHORT_PARAGRAPH) || (block.kind === 'list' && block.items.join(' ').length <= SHORT_PARAGRAPH);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const [head, tail] = renderParts(block, chartDataTitle);
    if (block.kind === 'heading') {
      pending.push(head);
      continue;
    }
    if (pending.length === 0) out.push(head + tail);
    else if (long(block)) out.push(`<div class="heading-group">${pending.join('\n')}</div>`, head + tail);
    else {
      const next = blocks[i + 1];
      if (tail === '' && short(block) && next !== undefined && next.kind !== 'heading' && !long(next)) {
        const [nextHead, nextTail] = renderParts(next, chartDataTitle);
        out.push(`<div class="keep-with-next">${pending.join('\n')}\n${head}\n${nextHead}</div>${nextTail}`);
        i++;
      } else out.push(`<div class="keep-with-next">${pending.join('\n')}\n${head}</div>${tail}`);
    }
    pending = [];
  }
  if (pending.length > 0) out.push(`<div class="keep-with-next">${pending.join('\n')}</div>`);
  return out.join('\n');
}

/** A block as the part a heading keeps with (a chart's figure) and the rest (the chart's table), '' when none. */
function renderParts(block: Block, chartDataTitle: string): [string, string] {
  if (block.kind !== 'chart') return [renderBlock(block), ''];
  // The text alternative: the caption always; the table visible when it carries content of its
  // own (e.g. the pathways' hours and cost), else folded away (and left out of print).
  return [
    `<figure class="chart-figure">\n<h3>${escapeHtml(block.title)}</h3>\n${block.svg}\n<figcaption>${escapeHtml(block.caption)}</figcaption>\n</figure>`,
    '\n' +
      (block.showTable
        ? renderTable(block.table)
        : `<details><summary>${escapeHtml(chartDataTitle)}</summary>\n${renderTable(block.table)}\n</details>`),
  ];
}

function renderBlock(block: Exclude<Block, { kind: 'chart' }>): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'heading':
      return `<h3>${escapeHtml(block.text)}</h3>`;
    case 'list':
      return `<ul>${block.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
    case 'table':
      return renderTable(block);
  }
}

function renderTable(table: TableBlock): string {
  const cls = (i: number): string => (table.align[i] === 'r' ? ' class="num"' : '');
  // A figure keeps its unit and sign ("5,6 fte", "€ 1.234", "in 2035"); a cell with words may break
  // between them rather than run into the next column ("5,6 fte in 2035" in a narrow column).
  const value = (c: string, i: number): string => (table.align[i] === 'r' ? escapeHtml(keepFigures(c)) : keepYearSpans(escapeHtml(c)));
  const cells = (row: string[], tag: 'td' | 'th'): string => row.map((c, i) => `<${tag}${cls(i)}>${value(c, i)}</${tag}>`).join('');
  // Many columns (a year per column) get narrower padding, and from ten on smaller type, so the table
  // fits the page (178 mm, 673 px on screen) instead of needing a horizontal scroll.
  const wide = table.head.length >= 10 ? ' wide many' : table.head.length >= 5 ? ' wide' : '';
  // A short table stays on one page; a long one may break between rows, repeating its header.
  const size = table.rows.length <= 20 ? ' keep' : '';
  const code = (i: number): boolean | 'digest' => table.code?.[i] ?? false;
  const cellsOf = (row: string[], tag: 'td' | 'th', key?: string): string =>
    row
      .map((c, i) => {
        const text = c === '' || code(i) === false ? value(c, i) : code(i) === 'digest' ? `<code class="digest">${digestHtml(c)}</code>` : `<code>${breakableKey(c)}</code>`;
        return `<${tag}${cls(i)}>${i === 0 && key !== undefined && key !== '' ? `${text}<br><code class="key">${breakableKey(key)}</code>` : text}</${tag}>`;
      })
      .join('');
  return [
    `<div class="table-block${wide}${size}">`,
    table.title ? `<h4>${escapeHtml(table.title)}</h4>` : '',
    table.widths ? `<table class="fixed"><colgroup>${table.widths.map((w) => `<col style="width: ${w}%">`).join('')}</colgroup>` : '<table>',
    // A header may break after a slash ("tekort/overschot") rather than inside a word.
    `<thead><tr>${table.head.map((h, i) => `<th scope="col"${cls(i)}>${escapeHtml(h).replaceAll('/', '/<wbr>')}</th>`).join('')}</tr></thead>`,
    // The total and the line after it are rows of the body, not a <tfoot>: Chromium keeps rows together
    // (break-before: avoid) only within one row group, and a total alone at the top of a page, under the
    // repeated header, read as a table of its own (a big city's 'Routes in het plan'). As a footer group
    // Chromium would also repeat it at the foot of every page the table spans.
    `<tbody>${table.rows.map((r, i) => `<tr>${cellsOf(r, 'td', table.keys?.[i])}</tr>`).join('')}` +
      `${table.foot ? `<tr class="total">${cells(table.foot, 'td')}</tr>` : ''}${table.extra ? `<tr class="extra">${cells(table.extra, 'td')}</tr>` : ''}</tbody>`,
    '</table>',
    table.note ? `<p class="note">${escapeHtml(table.note)}</p>` : '',
    '</div>',
  ]
    .filter((s) => s !== '')
    .join('');
}

/** A scenario key that may break after its dots, brackets and equals signs (`demand.emerging[N01].<wbr>demand`), not inside a word. */
function breakableKey(key: string): string {
  return escapeHtml(key).replace(/([.[=])(?=.)/g, '$1<wbr>');
}

/** A SHA-256 in two halves of 32 characters, one per line where the column is narrow (it broke as 62 characters above "52"). */
function digestHtml(digest: string): string {
  return digest.length === 64 ? `${escapeHtml(digest.slice(0, 32))}<wbr>${escapeHtml(digest.slice(32))}` : escapeHtml(digest);
}

/** A span of years ("2030–2031") kept on one line: a narrow column broke a route's years as "2030–" above "2031". */
function keepYearSpans(html: string): string {
  return html.replace(/\b(\d{4}–\d{4})\b/g, '<span class="years">$1</span>');
}

/** A cell's figures bound to their unit, sign and year by no-break spaces: "5,6 fte in 2035" may break only before "in". */
function keepFigures(text: string): string {
  return text.replace(/€ (?=[\d−-])/g, '€\u00a0').replace(/(\d) (?=\p{L}|%)/gu, '$1\u00a0').replace(/(\p{L}) (?=[\d−+-])/gu, '$1\u00a0');
}

const CSS = `
@page { size: A4; margin: 16mm 16mm 18mm 16mm; @bottom-right { content: counter(page) " / " counter(pages); font-family: Helvetica, Arial, sans-serif; font-size: 8pt; color: #555555; } }
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: "Helvetica Neue", Helvetica, Arial, sans-serif; font-size: 10.5pt; line-height: 1.45; color: #1a1a1a; background: #ffffff; margin: 0 auto; max-width: 178mm; padding: 12mm 0; }
h1 { font-size: 24pt; margin: 0 0 2mm; line-height: 1.15; }
h2 { font-size: 16pt; margin: 0 0 2mm; border-bottom: 1.5pt solid #1a1a1a; padding-bottom: 1mm; }
h3 { font-size: 12pt; margin: 6mm 0 2mm; break-after: avoid; page-break-after: avoid; }
h4 { font-size: 10.5pt; margin: 4mm 0 1.5mm; break-after: avoid; }
p { margin: 0 0 2.5mm; }
.organisation { font-size: 13pt; font-weight: bold; letter-spacing: 0.02em; margin: 0 0 2mm; }
.subtitle { font-size: 13pt; color: #444444; margin-bottom: 6mm; }
.story { margin-top: 6mm; }
.story h3 { margin-top: 4mm; }
.story-text { font-size: 11.5pt; }
.drivers li { margin-bottom: 1mm; }
.notice { border-left: 3pt solid #6b6b6b; padding: 1.5mm 3mm; background: #f2f2f2; }
.summary-title { margin-top: 8mm; break-after: avoid; page-break-after: avoid; }
.summary p { font-size: 11.5pt; margin-bottom: 2mm; }
.toc { margin-top: 8mm; }
.toc h2 { font-size: 12pt; border: none; }
.toc ol { list-style: none; padding: 0; margin: 0; }
.toc li { padding: 0.8mm 0; }
.toc a { color: #1a1a1a; text-decoration: none; }
.lead { font-style: italic; color: #444444; margin-bottom: 4mm; }
.cover { break-after: auto; }
.chapter { padding-top: 8mm; }
.chapter h2 { break-after: avoid; page-break-after: avoid; }
.lead { break-after: avoid; }
/* A heading (and a chapter's heading with its lead) is kept on one page with the block after it. */
.keep-with-next { break-inside: avoid; page-break-inside: avoid; }
.heading-group { break-inside: avoid; page-break-inside: avoid; break-after: avoid; page-break-after: avoid; }
.table-block { margin: 2mm 0 4mm; overflow-x: auto; }
.table-block.keep { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
/* A page does not end on a table's first row, nor start with its last row or its total alone: the total
   and the line after it go with the two rows before ("Overige routes (40)" and the route before it). */
tbody tr:first-child { break-after: avoid; page-break-after: avoid; }
tbody tr:last-child, tr.total, tr.extra, tbody tr:has(+ tr.total) { break-before: avoid; page-break-before: avoid; }
/* A key breaks at its dots and brackets (<wbr>); inside a word only when a part alone is wider than its column. */
code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 8.5pt; overflow-wrap: break-word; }
code.key { font-size: 7pt; color: #666666; }
/* A SHA-256 has no place to break: small enough to fit its column on one line, else it breaks anywhere rather than overflow. */
code.digest { font-size: 7pt; overflow-wrap: anywhere; }
.table-block.wide table { font-size: 8.5pt; }
.table-block.wide th, .table-block.wide td { padding-left: 1.5mm; padding-right: 1.5mm; }
.table-block.many table { font-size: 8pt; }
.table-block.many th, .table-block.many td { padding-left: 1mm; padding-right: 1mm; }
table.fixed { table-layout: fixed; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; font-variant-numeric: tabular-nums; }
th, td { text-align: left; vertical-align: top; padding: 1.2mm 2mm; border-bottom: 0.5pt solid #c8c8c8; overflow-wrap: break-word; hyphens: auto; }
thead th { border-bottom: 1pt solid #1a1a1a; font-weight: bold; }
td.num { text-align: right; white-space: nowrap; }
.years { white-space: nowrap; }
/* In a table of set column widths a cell with words wraps at its (normal) spaces rather than run into the next column. */
table.fixed td.num { white-space: normal; }
th.num { text-align: right; }
tr.total td { font-weight: bold; border-top: 1pt solid #1a1a1a; border-bottom: none; }
tr.extra td { font-style: italic; border-bottom: none; }
.note { font-size: 8.5pt; color: #444444; margin-top: 1mm; }
figure.chart-figure { break-inside: avoid; page-break-inside: avoid; margin: 4mm 0 6mm; }
figure.chart-figure svg { display: block; width: 100%; height: auto; max-width: 100%; max-height: 225mm; }
figcaption { font-size: 9.5pt; margin-top: 1.5mm; }
details { margin-top: 1.5mm; font-size: 9pt; }
summary { cursor: pointer; color: #444444; }
ul { margin: 0 0 3mm; padding-left: 5mm; }
@media print {
  body { padding: 0; max-width: none; }
  .table-block { overflow: visible; }
  details > summary { display: none; }
  /* On paper the contents list has no page numbers to offer; the cover keeps to one page. */
  .toc { display: none; }
  a { color: inherit; text-decoration: none; }
}
`.trim();
