import type { Block, ReportDocument, TableBlock } from './compose-report.js';
import { escapeMarkdown as escapeMd, markdownTable, type MarkdownCell } from '../markdown.js';

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
  // Soft hyphens are for the HTML's narrow columns; in Markdown (and terminals) they are noise.
  return `${out.join('\n').replace(/\u00ad/g, '').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
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
  const styled = (cells: readonly string[], style: 'bold' | 'italic'): MarkdownCell[] => cells.map((text) => ({ text, style }));
  const keyOf = (row: number, i: number): string | undefined => (i === 0 && table.keys?.[row] !== '' ? table.keys?.[row] : undefined);
  const rows: MarkdownCell[][] = table.rows.map((r, row) =>
    r.map((text, i): MarkdownCell => {
      const key = keyOf(row, i);
      if (key !== undefined) return { text, key };
      return table.code?.[i] === true ? { text, style: 'code' } : text;
    }),
  );
  if (table.foot) rows.push(styled(table.foot, 'bold'));
  if (table.extra) rows.push(styled(table.extra, 'italic'));
  lines.push(...markdownTable(table.head, table.align, rows));
  if (table.note) lines.push('', `*${escapeMd(table.note)}*`);
  return lines;
}
