import type { Block, ReportDocument, TableBlock } from './compose-report.js';

/**
 * The report as Markdown, for pasting into a memo: the same content as the HTML page, with each
 * chart replaced by its text alternative (caption and table).
 */
export function renderMarkdownReport(doc: ReportDocument): string {
  const out: string[] = [];
  const title = doc.organisation === null ? doc.title : `${doc.title} — ${doc.organisation}`;
  out.push(`# ${escapeMd(title)}`, '', `*${escapeMd(doc.subtitle)}*`, '');
  if (doc.notice !== null) out.push(`> ${escapeMd(doc.notice)}`, '');
  out.push(...renderStory(doc));
  out.push(`## ${escapeMd(doc.texts.summaryTitle)}`, '', doc.summary.map(escapeMd).join(' '), '');
  doc.sections.forEach((section, i) => {
    const number = i < doc.sections.length - 1 ? `${i + 1}. ` : '';
    out.push(`## ${number}${escapeMd(section.title)}`, '', `*${escapeMd(section.lead)}*`, '');
    for (const block of section.blocks) out.push(...renderBlock(block), '');
  });
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/** The first page: the scenario's story and the few assumptions that drive it. */
function renderStory(doc: ReportDocument): string[] {
  const { story } = doc;
  if (story.text === null && story.drivers.length === 0) return [];
  const out = [`## ${escapeMd(doc.texts.story.title)}`, ''];
  if (story.text !== null) out.push(escapeMd(story.text), '');
  if (story.drivers.length > 0) {
    out.push(`**${escapeMd(doc.texts.story.driversTitle)}**`, '', ...story.drivers.map((d) => `- ${escapeMd(d)}`), '', `*${escapeMd(doc.texts.story.driversNote)}*`, '');
  }
  return out;
}

function renderBlock(block: Block): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [escapeMd(block.text)];
    case 'heading':
      return [`### ${escapeMd(block.text)}`];
    case 'list':
      return block.items.map((item) => `- ${escapeMd(item)}`);
    case 'table':
      return renderTable(block);
    case 'chart':
      // The chart's text alternative: its title, the sentence and the data table.
      return [`### ${escapeMd(block.title)}`, '', escapeMd(block.caption), '', ...renderTable(untitled(block.table))];
  }
}

function untitled(table: TableBlock): TableBlock {
  const { title: _title, ...rest } = table;
  return rest;
}

function renderTable(table: TableBlock): string[] {
  const lines: string[] = [];
  if (table.title) lines.push(`**${escapeMd(table.title)}**`, '');
  const row = (cells: string[]): string => `| ${cells.map(escapeCell).join(' | ')} |`;
  const body = (cells: string[]): string =>
    `| ${cells.map((c, i) => (table.code?.[i] === true && c !== '' ? `\`${c.replace(/\|/g, '\\|')}\`` : escapeCell(c))).join(' | ')} |`;
  lines.push(row(table.head));
  lines.push(`|${table.align.map((a) => (a === 'r' ? ' ---: ' : ' --- ')).join('|')}|`);
  for (const r of table.rows) lines.push(body(r));
  if (table.foot) lines.push(row(table.foot.map((c) => (c === '' ? '' : `**${c}**`))));
  if (table.extra) lines.push(row(table.extra.map((c) => (c === '' ? '' : `*${c}*`))));
  if (table.note) lines.push('', `*${escapeMd(table.note)}*`);
  return lines;
}

/** Escapes Markdown's inline markup characters in plain text. */
function escapeMd(text: string): string {
  // `<` only where it could open a tag: "< 5" stays readable.
  return text.replace(/([\\`*_[\]|])/g, '\\$1').replace(/<(?=[A-Za-z/!?])/g, '\\<').replace(/^#/, '\\#');
}

function escapeCell(text: string): string {
  // Table cells: the same escapes; bold/italic wrappers added above are kept.
  const wrapped = /^(\*\*?)(.*)\1$/.exec(text);
  if (wrapped && text.length > 2) return `${wrapped[1]}${escapeMd(wrapped[2]!)}${wrapped[1]}`;
  return escapeMd(text);
}
