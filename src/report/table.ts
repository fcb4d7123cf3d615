import Table from 'cli-table3';
import { Chalk } from 'chalk';
import { terminalText } from '../diagnostics/terminal-text.js';

type Align = 'left' | 'right';
export interface Column {
  header: string;
  width: number;
  align?: Align;
}

/**
 * A borderless terminal table (cli-table3) whose columns fit a known width: the widths given are
 * the content widths. Text cells longer than that are cut with "…"; a right-aligned (number) column
 * is widened to its longest cell instead, so a number is never cut (#13: never a silent wrong number).
 * Colour only when `color` is true.
 */
export function renderTable(given: readonly Column[], rows: readonly string[][], options: { color: boolean }): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const columns = given.map((c, i) =>
    c.align === 'right' ? { ...c, width: Math.max(c.width, ...rows.map((r) => visibleLength(r[i] ?? ''))) } : c,
  );
  const table = new Table({
    head: columns.map((c) => chalk.bold(c.header)),
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
  for (const row of rows) table.push(row);
  const lines = table.toString().split('\n').map((l) => l.replace(/\s+$/, ''));
  const rule = '─'.repeat(columns.reduce((s, c) => s + c.width + 2, -1));
  lines.splice(1, 0, options.color ? chalk.dim(rule) : rule);
  return `${lines.join('\n')}\n`;
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
