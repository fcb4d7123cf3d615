import type { DiagnosticCode } from '../../diagnostics/codes.js';
import { diagnosticsFor, type Diagnostic, type Severity } from '../../diagnostics/diagnostic.js';
import type { Message } from '../../diagnostics/message.js';

/** At most this many diagnostics of one code are listed per file; the rest are summarised. */
export const MAX_PER_CODE = 100;

/**
 * Diagnostics of one CSV file. A million-row export with the same mistake in every row must not
 * produce a million diagnostics: after MAX_PER_CODE of one code the rest are counted and summarised
 * once by `finish()` (every problem is still seen, and the rows are still left out of the value).
 */
export class CsvDiagnostics {
  readonly file: string;
  private readonly sink: ReturnType<typeof diagnosticsFor>;
  private readonly counts = new Map<
    string,
    { code: DiagnosticCode; severity: Severity; count: number; firstHidden: number; column: number }
  >();

  constructor(file: string) {
    this.file = file;
    this.sink = diagnosticsFor(file);
  }

  error(code: DiagnosticCode, line: number, column: number, message: Message, path?: string): void {
    this.add('error', code, line, column, message, path);
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

  /** Gives every diagnostic of `code` listed so far the text `message` (one that must not repeat a value of the file). */
  reword(code: DiagnosticCode, message: Message): void {
    for (const d of this.sink.list) {
      if (d.code !== code) continue;
      d.message = message.en;
      d.messageNl = message.nl;
    }
  }

  /** Replaces, in the diagnostics of `code` at `column`, the value each was given (`values`, by line) with `shown`. */
  hideValues(code: DiagnosticCode, column: number, values: ReadonlyMap<number, string>, shown: Message): void {
    for (const d of this.sink.list) {
      if (d.code !== code || d.column !== column) continue;
      const value = values.get(d.line);
      if (value === undefined) continue;
      const hide = (text: string, by: string): string => {
        const quoted = text.replaceAll(`'${value}'`, by);
        return value.length >= 3 ? quoted.replaceAll(value, by) : quoted;
      };
      d.message = hide(d.message, shown.en);
      if (d.messageNl !== undefined) d.messageNl = hide(d.messageNl, shown.nl);
    }
  }

  /** The diagnostics, with one summary per code that went over the limit. */
  finish(): Diagnostic[] {
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

  private add(severity: Severity, code: DiagnosticCode, line: number, column: number, message: Message, path?: string, rows?: number): void {
    const key = `${severity}\u0000${code}`;
    let c = this.counts.get(key);
    if (c === undefined) {
      c = { code, severity, count: 0, firstHidden: 0, column: 0 };
      this.counts.set(key, c);
    }
    c.count++;
    if (c.count <= MAX_PER_CODE) {
      this.sink[severity](code, line, column, message, path, rows);
    } else if (c.count === MAX_PER_CODE + 1) {
      c.firstHidden = line;
      c.column = column;
    }
  }
}
