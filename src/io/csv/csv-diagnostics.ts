import type { DiagnosticCode } from '../../diagnostics/codes.js';
import { diagnosticsFor, type Diagnostic, type Severity } from '../../diagnostics/diagnostic.js';
import type { Message } from '../../diagnostics/message.js';

/** At most this many diagnostics of one code are listed per file; the rest are summarised. */
export const MAX_PER_CODE = 100;

/**
 * How a row error whose message ends with a hint is said on a later row of its kind: the column as
 * the message names it, the cell's value (quoted unless hidden) and the hint's gist.
 */
export interface RowRepeat {
  /** The column as the message names it (`Geboortedatum (birth_date)`), or words of both languages (`de taakaandelen`). */
  label: string | Message;
  /** The cell's text; '' when the message does not quote it. */
  value: string;
  gist: Message;
}

/**
 * Diagnostics of one CSV file. A million-row export with the same mistake in every row must not
 * produce a million diagnostics: after MAX_PER_CODE of one code the rest are counted and summarised
 * once by `finish()` (every problem is still seen, and the rows are still left out of the value).
 *
 * An explanation is said in full once: of the row errors with the same code in the same column, the
 * first of a kind keeps its whole message, and a later one whose message would repeat a hint (a
 * `RowRepeat` with its gist) or the note why the column's values are not shown (`hideValues`) says it
 * short, with the line of the first — each row keeps its own located diagnostic (README, "Diagnostics").
 */
export class CsvDiagnostics {
  readonly file: string;
  private readonly sink: ReturnType<typeof diagnosticsFor>;
  private readonly counts = new Map<
    string,
    { code: DiagnosticCode; severity: Severity; count: number; firstHidden: number; column: number }
  >();
  /** The listed row errors that end with a hint, and its short form. */
  private readonly repeats = new Map<Diagnostic, RowRepeat>();
  /** The listed diagnostics whose value `hideValues` took out: the value and the message before. */
  private readonly hidden = new Map<Diagnostic, { value: string; message: Message }>();

  constructor(file: string) {
    this.file = file;
    this.sink = diagnosticsFor(file);
  }

  /** An error; `repeat` for a row error whose message ends with a hint, said short on the later rows of its kind. */
  error(code: DiagnosticCode, line: number, column: number, message: Message, path?: string, repeat?: RowRepeat): void {
    if (this.add('error', code, line, column, message, path) && repeat !== undefined) this.repeats.set(this.sink.list.at(-1)!, repeat);
  }

  warning(code: DiagnosticCode, line: number, column: number, message: Message, path?: string, rows?: number): void {
    this.add('warning', code, line, column, message, path, rows);
  }

  notice(code: DiagnosticCode, line: number, column: number, message: Message, path?: string): void {
    this.add('notice', code, line, column, message, path);
  }

  /** True when an error has been recorded. */
  get hasErrors(): boolean {
    for (const c of this.counts.values()) if (c.severity === 'error') return true;
    return false;
  }

  /**
   * Gives every diagnostic of `code` listed so far the text `message` (one that must not repeat a value
   * of the file): the first in full, the ones after it `repeat(line of the first)` when given; with
   * `only`, just those on the lines it accepts.
   */
  reword(code: DiagnosticCode, message: Message, repeat?: (first: number) => Message, only?: (line: number) => boolean): void {
    let first: number | undefined;
    for (const d of this.sink.list) {
      if (d.code !== code || (only !== undefined && !only(d.line))) continue;
      const text = first === undefined || repeat === undefined ? message : repeat(first);
      first ??= d.line;
      d.message = text.en;
      d.messageNl = text.nl;
    }
  }

  /** Replaces, in the diagnostics of `code` at `column`, the value each was given (`values`, by line) with `shown`. */
  hideValues(code: DiagnosticCode, column: number, values: ReadonlyMap<number, string>, shown: Message): void {
    for (const d of this.sink.list) {
      if (d.code !== code || d.column !== column) continue;
      const value = values.get(d.line);
      if (value === undefined) continue;
      if (!this.hidden.has(d)) this.hidden.set(d, { value, message: { en: d.message, nl: d.messageNl } });
      d.message = withoutValue(d.message, value, shown.en);
      d.messageNl = withoutValue(d.messageNl, value, shown.nl);
    }
  }

  /** The diagnostics, with one summary per code that went over the limit. */
  finish(): Diagnostic[] {
    this.sayRepeatsShort();
    for (const c of this.counts.values()) {
      const code = c.code;
      if (c.count > MAX_PER_CODE) {
        const hidden = c.count - MAX_PER_CODE;
        this.sink[c.severity](
          code,
          c.firstHidden,
          c.column,
          {
            en: `…and ${hidden} more ${hidden === 1 ? 'row' : 'rows'} with this problem (${code}), not listed; the first is on line ${c.firstHidden}.`,
            nl: `…en nog ${hidden} ${hidden === 1 ? 'regel' : 'regels'} met dit probleem (${code}), niet getoond; de eerste staat op regel ${c.firstHidden}.`,
          },
        );
      }
    }
    this.counts.clear();
    return this.sink.list;
  }

  /**
   * The later row errors of a kind — same severity, code, column and hint — that would repeat the
   * first's hint or its note on hidden values, said short: `Geboortedatum (birth_date): hetzelfde als
   * regel 2 (een Excel-datumgetal in plaats van een datum)`, `fte (niet getoond, zie regel 2): verwacht …`.
   * A message with neither (`contract 'ja': verwacht vast, …`) is short and says its own value: it stays.
   */
  private sayRepeatsShort(): void {
    const firsts = new Map<string, number>();
    for (const d of this.sink.list) {
      const repeat = this.repeats.get(d);
      const hidden = this.hidden.get(d);
      if (repeat === undefined && hidden === undefined) continue;
      const key = `${d.severity}\u0000${d.code}\u0000${d.column}\u0000${repeat?.gist.en ?? ''}`;
      const first = firsts.get(key);
      if (first === undefined) {
        firsts.set(key, d.line);
        continue;
      }
      if (repeat !== undefined) {
        const value = hidden !== undefined || repeat.value === '' ? '' : ` '${repeat.value}'`;
        const label = typeof repeat.label === 'string' ? { en: repeat.label, nl: repeat.label } : repeat.label;
        d.message = `${label.en}${value}: same as line ${first} (${repeat.gist.en})`;
        d.messageNl = `${label.nl}${value}: hetzelfde als regel ${first} (${repeat.gist.nl})`;
      } else if (hidden !== undefined) {
        d.message = withoutValue(hidden.message.en, hidden.value, `(not shown, see line ${first})`);
        d.messageNl = withoutValue(hidden.message.nl, hidden.value, `(niet getoond, zie regel ${first})`);
      }
    }
    this.repeats.clear();
    this.hidden.clear();
  }

  /** Adds a diagnostic, or counts it past MAX_PER_CODE; true when it was listed. */
  private add(severity: Severity, code: DiagnosticCode, line: number, column: number, message: Message, path?: string, rows?: number): boolean {
    const key = `${severity}\u0000${code}`;
    let c = this.counts.get(key);
    if (c === undefined) {
      c = { code, severity, count: 0, firstHidden: 0, column: 0 };
      this.counts.set(key, c);
    }
    c.count++;
    if (c.count <= MAX_PER_CODE) {
      this.sink[severity](code, line, column, message, path, rows);
      return true;
    }
    if (c.count === MAX_PER_CODE + 1) {
      c.firstHidden = line;
      c.column = column;
    }
    return false;
  }
}

/** `text` with `value` replaced by `by`: quoted ('E00001'), and bare when it is 3 characters or more. */
function withoutValue(text: string, value: string, by: string): string {
  const quoted = text.replaceAll(`'${value}'`, by);
  if (value.length < 3) return quoted;
  // Unquoted only where it stands alone: a number within a longer number or word is not the cell's
  // value ('regel 10012' stays when the hidden value is 1001, as '1001,5').
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return quoted.replace(new RegExp(`(?<![\\p{L}\\p{N}]|\\p{N}[.,])${escaped}(?![\\p{L}\\p{N}]|[.,]\\p{N})`, 'gu'), by);
}
