import { CONTROL } from '../diagnostics/terminal-text.js';

/**
 * The one Markdown writer of every Markdown output (project, reskill, the directie report): text
 * from the data (function names, families, scenario titles, column values) can never become
 * markup — no HTML, no table break-out through `|` or a newline, no code span through a backtick.
 */

/** Escapes text for a Markdown paragraph, heading or table cell (CommonMark + GFM tables). */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/\r\n|\r|\n|\t/g, ' ')
      .replace(CONTROL, '')
      .replace(/([\\`*_[\]|])/g, '\\$1')
      // `<` only where it could open a tag or autolink: "< 5" stays readable.
      .replace(/<(?=[A-Za-z/!?])/g, '\\<')
      // An entity (`&lt;`, `&#60;`) would be decoded into markup.
      .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
      .replace(/^#/, '\\#')
  );
}

/** Text as an inline code span: a fence longer than any backtick run inside, `|` escaped for tables. */
export function markdownCode(text: string): string {
  const flat = text.replace(/\r\n|\r|\n|\t/g, ' ').replace(CONTROL, '');
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat.replace(/\|/g, '\\|')}${pad}${fence}`;
}

/** A scenario setting in a memo: its words with its path beside it as code, or the path alone when spp has no words for it. */
export function labelWithPath(label: string, path: string): string {
  return label === path ? markdownCode(path) : `${escapeMarkdown(label)} (${markdownCode(path)})`;
}

/** A table cell: plain text (escaped), or text shown bold, italic or as code. */
export type MarkdownCell = string | { text: string; style: 'bold' | 'italic' | 'code' } | { text: string; key: string };

function cell(value: MarkdownCell): string {
  if (typeof value === 'string') return escapeMarkdown(value);
  // Words with the key they stand for (a scenario setting), the key as code after them.
  if ('key' in value) return `${escapeMarkdown(value.text)} (${markdownCode(value.key)})`;
  if (value.text === '') return '';
  if (value.style === 'code') return markdownCode(value.text);
  const mark = value.style === 'bold' ? '**' : '*';
  return `${mark}${escapeMarkdown(value.text)}${mark}`;
}

/** A GFM table: a header row, the alignment row (`l` left, `r` right) and the body rows. */
export function markdownTable(head: readonly MarkdownCell[], align: readonly ('l' | 'r')[], rows: readonly (readonly MarkdownCell[])[]): string[] {
  const row = (cells: readonly MarkdownCell[]): string => `| ${cells.map(cell).join(' | ')} |`;
  return [row(head), `|${align.map((a) => (a === 'r' ? ' ---: ' : ' --- ')).join('|')}|`, ...rows.map(row)];
}
