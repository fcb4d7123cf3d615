import Table from 'cli-table3';
import { Chalk } from 'chalk';
import { terminalText } from '../diagnostics/terminal-text.js';

type Align = 'left' | 'right';
export interface Column {
  header: string;
  width: number;
  align?: Align;
  /** fitTable: a name column that shares the room left over (cut with "…" below its natural width, never below `min`). */
  flex?: boolean;
  /** fitTable: the narrowest a flex column may become (default 8). */
  min?: number;
  /**
   * The text cells that, longer than the column, go on over more lines (at their spaces) instead of
   * being cut with "…": a name that must be read whole ("7 functies samen afgeschermd (privacy)"
   * lost its meaning as "… (privac…"). Other cells are still cut: a function's code says which it is.
   */
  wrap?: (text: string) => boolean;
}

/**
 * The function codes a table shows (`TableOptions.codes`): a code in a text cell — the whole cell, its
 * start (`GEMEENTE-VOORBEELD-FIN-ADV-0001 Senior adviseur …`) or a word further on (`F014 →
 * GEMEENTE-VOORBEELD-FIN-ADV-0001`, `functie 0123`) — is never cut. Where the column holds the text up
 * to its last code (and `" …"` after it when a name follows) only the name is shortened with "…";
 * where it is narrower, the text goes on over more lines of its cell, a code longer than the column
 * broken after a `-`, `.` or `_` where it can, the name after the last code on the last line,
 * shortened. A code is how a reader finds the function back in the export; a table keeps its width.
 */
export interface TableOptions {
  color: boolean;
  codes?: ReadonlySet<string>;
}

/**
 * Where the codes of `codes` stand in a text, as [start, end) (UTF-16 indexes), in order: a code
 * begins where a word does (the text's start, after a space or a `(`) and ends where one does (the
 * text's end, or before a space, `,`, `:`, `;` or `)`), the longest at each start (`FIN 14 Medewerker`
 * holds FIN 14, not FIN). So `F014 → GEMEENTE-…-0001` holds two, `Verloop: functie 0123` one.
 */
function codeSpans(text: string, codes: ReadonlySet<string> | undefined): [number, number][] {
  if (codes === undefined || codes.size === 0) return [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '(')) starts.push(i);
    if (i > 0 && (i === text.length || ' ,:;)'.includes(text[i]!))) ends.push(i);
  }
  const spans: [number, number][] = [];
  let from = 0;
  for (const start of starts) {
    if (start < from) continue;
    for (let k = ends.length - 1; k >= 0 && ends[k]! > start; k--) {
      if (codes.has(text.slice(start, ends[k]))) {
        spans.push([start, ends[k]!]);
        from = ends[k]!;
        break;
      }
    }
  }
  return spans;
}

/** A code over lines of at most `width` characters, each broken after a `-`, `.`, `_`, `/` or space in its second half where there is one. */
export function breakCode(code: string, width: number): string[] {
  const lines: string[] = [];
  let rest = [...code];
  while (rest.length > width) {
    const head = rest.slice(0, width);
    const mark = Math.max(...['-', '.', '_', '/', ' '].map((ch) => head.lastIndexOf(ch)));
    const take = mark >= width / 2 ? mark + 1 : width;
    lines.push(rest.slice(0, take).join('').trimEnd());
    rest = rest.slice(take);
  }
  lines.push(rest.join(''));
  return lines;
}

/**
 * A text `width` wide whose codes (codeSpans) must not be cut, as lines: the text as one line when a
 * cut with "…" would fall after its last code and a space (the caller cuts it, or it fits); else the
 * text up to its last code over as many lines as it needs — a code whole on a line, one longer than a
 * line broken after a `-`, `.`, `_` or `/` — and what follows the last code (a name) on the last line
 * (or, without room there, the next), shortened with "…". Plain text only (a coloured cell is left as it is).
 */
export function keepCodeLines(text: string, width: number, codes: ReadonlySet<string> | undefined): string[] {
  if (width < 2 || text !== terminalText(text) || [...text].length <= width) return [text];
  const spans = codeSpans(text, codes);
  const lastEnd = spans.at(-1)?.[1];
  // Cut after the last code and its space: "CODE …" shows the code whole.
  if (lastEnd === undefined || [...text.slice(0, lastEnd)].length + 2 <= width) return [text];
  // The words up to the last code, each code one word however many spaces it holds.
  const words: string[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    words.push(...text.slice(at, start).split(' ').filter((w) => w !== ''), text.slice(start, end));
    at = end;
  }
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const joined = line === '' ? word : `${line} ${word}`;
    if ([...joined].length <= width) {
      line = joined;
      continue;
    }
    if (line !== '') lines.push(line);
    const pieces = breakCode(word, width);
    line = pieces.pop()!;
    lines.push(...pieces);
  }
  const after = text.slice(lastEnd);
  const rest = after.trim();
  if (rest !== '') {
    const joined = `${line}${/^\s/.test(after) ? ' ' : ''}${rest}`;
    const cut = (text: string): string => ([...text].length <= width ? text : `${[...text].slice(0, width - 1).join('')}…`);
    if ([...joined].length <= width || [...line].length + 2 <= width) line = cut(joined);
    else {
      // No room left for even " …": the name on a line of its own.
      lines.push(line);
      line = cut(rest);
    }
  }
  lines.push(line);
  return lines;
}

/** A cell `width` wide whose codes are not cut (keepCodeLines), its lines joined for cli-table3. */
function keepCode(cell: string, width: number, codes: ReadonlySet<string> | undefined): string {
  return keepCodeLines(cell, width, codes).join('\n');
}

/**
 * A borderless terminal table (cli-table3) whose columns fit a known width: the widths given are
 * the content widths. Text cells longer than that are cut with "…"; a right-aligned (number) column
 * is widened to its longest cell instead, so a number is never cut (#13: never a silent wrong number).
 * Colour only when `color` is true. A code of `codes` in a text cell is never cut (keepCode).
 */
export function renderTable(given: readonly Column[], rows: readonly string[][], options: TableOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const columns = given.map((c, i) =>
    c.align === 'right' ? { ...c, width: Math.max(c.width, ...rows.map((r) => visibleLength(r[i] ?? ''))) } : c,
  );
  // A header wider than its column goes on over more lines at its spaces, never cut with "…": calibrate's
  // "Verloop (per jaa…" at 60 columns and "Doorstroom (per ja…" at 40 (probe).
  const heads = columns.map((c) => (visibleLength(c.header) > c.width ? wrapHeader(c.header, c.width) : c.header));
  const table = new Table({
    head: heads.map((h) => chalk.bold(h)),
    colWidths: columns.map((c) => c.width + 1),
    colAligns: columns.map((c) => c.align ?? 'left'),
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 1, compact: true },
    truncate: '…',
    chars: {
      top: '', 'top-mid': '', 'top-left': '', 'top-right': '',
      bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
      left: '', 'left-mid': '', mid: '', 'mid-mid': '',
      right: '', 'right-mid': '', middle: ' ',
    },
  });
  for (const row of rows) {
    table.push(
      row.map((cell, i) => {
        const column = columns[i];
        if (column === undefined || column.align === 'right') return cell;
        return column.wrap?.(cell) === true && visibleLength(cell) > column.width ? wrapWhole(cell, column.width, '') : keepCode(cell, column.width, options.codes);
      }),
    );
  }
  // trimEnd, not /\s+$/: that regex backtracks over every run of spaces (quadratic; minutes for a 20,000-column line).
  const lines = table.toString().split('\n').map((l) => l.trimEnd());
  const rule = '─'.repeat(columns.reduce((s, c) => s + c.width + 2, -1));
  lines.splice(Math.max(...heads.map((h) => h.split('\n').length)), 0, options.color ? chalk.dim(rule) : rule);
  return `${lines.join('\n')}\n`;
}

/** A header's words: split at its spaces, but a part in brackets ("(per jaar)") is one word. */
function headerWords(header: string): string[] {
  return header.split(/ (?![^(]*\))/).filter((w) => w !== '');
}

/** A header over lines of at most `width`, broken between its words (headerWords); a word longer than a line is broken too (wrapWhole). */
function wrapHeader(header: string, width: number): string {
  const lines: string[] = [];
  for (const word of headerWords(header)) {
    const last = lines.at(-1);
    if (last !== undefined && visibleLength(last) + 1 + visibleLength(word) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(...wrapWhole(word, width, '').split('\n'));
  }
  return lines.join('\n');
}

/**
 * A terminal table that fits `width` columns (80 when unknown). Every column but a `flex` one gets its
 * longest cell or header, so no number and no status word is ever cut; the flex columns (names) share
 * what is left, each between its `min` and its longest cell. When even that does not fit, the columns
 * are split over several tables, each repeating the first (key) column, so a narrow terminal gets two
 * short tables instead of wrapped or cut lines. A header wider than its column wraps at its spaces
 * (renderTable). A code of `codes` is never cut (keepCode).
 */
export function fitTable(given: readonly Column[], rows: readonly string[][], options: TableOptions & { width?: number }): string {
  const width = options.width ?? 80;
  const natural = given.map((c, i) => Math.max(visibleLength(c.header), ...rows.map((r) => visibleLength(r[i] ?? ''))));
  const fixed = given.map((c, i) => (c.flex === true ? 0 : Math.max(c.align === 'right' ? 0 : c.width, natural[i]!)));
  // A flex column is never narrower than the longest word of its header, which then wraps whole (renderTable).
  const floor = (i: number): number => Math.min(natural[i]!, Math.max(given[i]!.min ?? 8, ...headerWords(given[i]!.header).map(visibleLength)));
  // A table of n columns is sum(width + 2) − 1 wide; its lines must fit the terminal.
  const span = (indices: number[], widthOf: (i: number) => number): number => indices.reduce((s, i) => s + widthOf(i) + 2, -1);
  const all = given.map((_, i) => i);
  if (span(all, (i) => (given[i]!.flex === true ? floor(i) : fixed[i]!)) <= width) {
    return renderTable(shareFlex(given, all, natural, fixed, floor, width), rows, options);
  }
  const parts: number[][] = [];
  let part = [0];
  for (let i = 1; i < given.length; i++) {
    if (part.length > 1 && span([...part, i], (k) => (given[k]!.flex === true ? floor(k) : fixed[k]!)) > width) {
      parts.push(part);
      part = [0];
    }
    part.push(i);
  }
  parts.push(part);
  return parts
    .map((indices) => renderTable(shareFlex(given, indices, natural, fixed, floor, width), rows.map((r) => indices.map((i) => r[i] ?? '')), options))
    .join('\n');
}

/** The columns `indices` with their widths: fixed ones as measured, flex ones sharing the room left (at least their floor). */
function shareFlex(given: readonly Column[], indices: number[], natural: number[], fixed: number[], floor: (i: number) => number, width: number): Column[] {
  const flex = indices.filter((i) => given[i]!.flex === true);
  // Each column takes its width plus two, less one for the last: what is left is the flex columns' room.
  let room = width + 1 - indices.reduce((s, i) => s + (given[i]!.flex === true ? 0 : fixed[i]!) + 2, 0);
  const widths = new Map<number, number>();
  // The narrowest first, so a short name gives its unused room to the longer ones.
  const order = [...flex].sort((a, b) => natural[a]! - natural[b]! || a - b);
  order.forEach((i, k) => {
    const share = Math.floor(room / (order.length - k));
    const w = Math.max(floor(i), Math.min(natural[i]!, share));
    widths.set(i, w);
    room -= w;
  });
  return indices.map((i) => ({
    header: given[i]!.header,
    width: widths.get(i) ?? fixed[i]!,
    ...(given[i]!.align ? { align: given[i]!.align } : {}),
    ...(given[i]!.wrap ? { wrap: given[i]!.wrap } : {}),
  }));
}

/**
 * A copy of a result (or any plain data) whose strings are terminalText: applied to the data before a
 * terminal renderer adds its own colours, so a function name cannot move the cursor, clear the
 * screen or forge a line.
 */
export function terminalSafe<T>(value: T): T {
  if (typeof value === 'string') return terminalText(value) as T;
  if (Array.isArray(value)) return value.map((v) => terminalSafe(v)) as T;
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [terminalSafe(k), terminalSafe(v)])) as T;
  if (value !== null && typeof value === 'object') {
    const out = Object.create(Object.getPrototypeOf(value) as object) as Record<string, unknown>;
    for (const [k, v] of Object.entries(value)) Object.defineProperty(out, terminalText(k), { value: terminalSafe(v), enumerable: true, writable: true, configurable: true });
    return out as T;
  }
  return value;
}

/** A labeller (display names of task categories and skills, from the scenario's `labels:`) whose names are terminalText; the identity when none is given. */
export function terminalLabel(label: ((id: string) => string) | undefined): (id: string) => string {
  return (id) => terminalText(label === undefined ? id : label(id));
}

/** Length on screen: without colour codes, counting code points. */
function visibleLength(text: string): number {
  return [...terminalText(text)].length;
}

/** chalk instance honouring our own colour decision (chalk 5 ignores NO_COLOR). */
export function painter(color: boolean): InstanceType<typeof Chalk> {
  return new Chalk({ level: color ? 1 : 0 });
}

/** Wraps text at word boundaries to `width` columns; continuation lines get `indent`. */
export function wrapText(text: string, width = 80, indent = '  '): string {
  const lead = /^\s*/.exec(text)?.[0] ?? '';
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = lead;
  for (const word of words) {
    const candidate = line.trim() === '' ? `${line}${word}` : `${line} ${word}`;
    if ([...candidate].length > width && line.trim() !== '') {
      lines.push(line);
      line = `${indent}${word}`;
    } else line = candidate;
  }
  if (line.trim() !== '') lines.push(line);
  return lines.join('\n');
}

/**
 * Like wrapText, but the spaces inside a line are kept, and nothing is ever longer than `width`: a
 * word longer than a line (a long value without spaces) is broken over lines instead of running past
 * the edge. For values that must be shown whole (#13): wrapped, never cut.
 */
export function wrapWhole(text: string, width = 80, indent = '  '): string {
  const lead = /^\s*/.exec(text)?.[0] ?? '';
  const lines: string[] = [];
  let line = lead;
  // Nothing on the line yet but its lead or indent.
  let fresh = true;
  const add = (word: string): void => {
    if (fresh) {
      if (word === '') return;
      if ([...line].length + [...word].length <= width) {
        line += word;
        fresh = false;
        return;
      }
      // Longer than a whole line: as much as fits (up to a `,`, `+`, `.` or `]` in its second half, so a
      // path breaks between its parts), the rest on the next.
      const room = Math.max(1, width - [...line].length);
      const head = [...word].slice(0, room);
      const mark = Math.max(...[',', '+', '.', ']'].map((ch) => head.lastIndexOf(ch)));
      const take = mark >= room / 2 ? mark + 1 : room;
      lines.push(line + [...word].slice(0, take).join(''));
      line = indent;
      add([...word].slice(take).join(''));
      return;
    }
    const candidate = `${line} ${word}`;
    if ([...candidate].length <= width) line = candidate;
    else {
      lines.push(line.trimEnd());
      line = indent;
      fresh = true;
      add(word);
    }
  };
  // Split on single spaces: a run of spaces inside the text stays as it is.
  for (const word of text.slice(lead.length).split(' ')) add(word);
  if (!fresh) lines.push(line.trimEnd());
  return lines.join('\n');
}
