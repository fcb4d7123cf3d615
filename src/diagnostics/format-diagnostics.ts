import { isAbsolute, relative } from 'node:path';
import { Chalk } from 'chalk';
import { compareText } from '../domain/compare-text.js';
import type { Diagnostic, Severity } from './diagnostic.js';
import { diagnosticText, sortDiagnostics } from './diagnostic.js';
import type { MessageLang } from './message.js';
import { terminalLines, terminalText } from './terminal-text.js';

/**
 * Renderers of diagnostics (publint style: diagnostics are data, formatting is separate).
 * Each returns a string; the caller decides where it goes. Paths are shown relative to the
 * current directory so the output reads the same on every machine and in CI logs.
 */

export type DiagnosticFormat = 'text' | 'json' | 'github';

/** A file path as shown to the user: relative to `cwd` when it was absolute. */
export function displayPath(file: string, cwd: string = process.cwd()): string {
  if (file === '' || !isAbsolute(file)) return file;
  const rel = relative(cwd, file).split('\\').join('/');
  // Outside the working folder the shorter of the two: '../shared/x.yaml', but '/dev/null', not '../../dev/null'.
  return rel === '' || (rel.startsWith('../') && file.length <= rel.length) ? file : rel;
}

const SEVERITY_ORDER: Record<Severity, number> = { notice: 0, warning: 1, error: 2 };

/** The words around the messages, per language: severity (singular, plural) and the summary's "in … file(s)". */
const FRAME: Record<MessageLang, { severity: Record<Severity, [string, string]>; file: [string, string] }> = {
  en: { severity: { error: ['error', 'errors'], warning: ['warning', 'warnings'], notice: ['notice', 'notices'] }, file: ['file', 'files'] },
  nl: { severity: { error: ['fout', 'fouten'], warning: ['waarschuwing', 'waarschuwingen'], notice: ['melding', 'meldingen'] }, file: ['bestand', 'bestanden'] },
};

/**
 * Human-readable text: grouped by file (files sorted), errors last within a file (the most important
 * line last, clig.dev), one line per diagnostic `file:line:col  severity  message  (CODE)`, then a
 * one-line summary. Empty input gives the empty string.
 */
export function formatDiagnosticsText(diagnostics: readonly Diagnostic[], options: { color: boolean; lang: MessageLang }): string {
  if (diagnostics.length === 0) return '';
  // The caller decided about colour (TTY, NO_COLOR, --no-color); chalk's own detection would disagree.
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const paint: Record<Severity, (s: string) => string> = {
    error: (s) => c.red.bold(s),
    warning: (s) => c.yellow(s),
    notice: (s) => c.cyan(s),
  };
  const byFile = groupByFile(diagnostics);
  const lines: string[] = [];
  for (const [file, list] of byFile) {
    const ordered = [...sortDiagnostics(list)].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    for (const d of ordered) {
      // A position names a real column (1-based) or the line only: `file:6`, never `file:6:0`.
      const where = terminalText(d.line > 0 ? (d.column > 0 ? `${file}:${d.line}:${d.column}` : `${file}:${d.line}`) : file);
      const severity = FRAME[options.lang].severity[d.severity][0];
      lines.push(`${c.bold(where)}  ${paint[d.severity](severity)}  ${terminalText(diagnosticText(d, options.lang))}  ${c.dim(`(${d.code})`)}`);
    }
  }
  lines.push(summarize(diagnostics, byFile.size, options.lang));
  return `${lines.join('\n')}\n`;
}

/** "2 errors, 1 warning in 3 files" / "2 fouten, 1 waarschuwing in 3 bestanden" (notices only when there are some). */
function summarize(diagnostics: readonly Diagnostic[], files: number, lang: MessageLang): string {
  const frame = FRAME[lang];
  const plural = (n: number, [one, many]: [string, string]): string => `${n} ${n === 1 ? one : many}`;
  const of = (severity: Severity): string => plural(diagnostics.filter((d) => d.severity === severity).length, frame.severity[severity]);
  const parts = [of('error'), of('warning')];
  if (diagnostics.some((d) => d.severity === 'notice')) parts.push(of('notice'));
  return `${parts.join(', ')} in ${plural(files, frame.file)}`;
}

/**
 * GitHub Actions workflow commands (`::error file=…,line=…,col=…,title=CODE::message`), one per line,
 * escaped per the workflow-command rules: `%`, CR, LF in the message; also `:` and `,` in properties.
 * Control and escape sequences from the data are removed first, as in the text format (line breaks stay, as `%0A`).
 * The message is in `lang` (an annotation is read by people); the command word stays GitHub's.
 */
export function formatDiagnosticsGithub(diagnostics: readonly Diagnostic[], lang: MessageLang): string {
  const lines = sortDiagnostics(diagnostics).map((d) => {
    const properties = [`file=${escapeProperty(terminalText(displayPath(d.file)))}`];
    if (d.line > 0) {
      properties.push(`line=${d.line}`);
      if (d.column > 0) properties.push(`col=${d.column}`);
    }
    properties.push(`title=${escapeProperty(d.code)}`);
    // The log that shows an annotation is a terminal too: the data's escape sequences are removed as in the text format.
    return `::${d.severity} ${properties.join(',')}::${escapeData(terminalLines(diagnosticText(d, lang)))}`;
  });
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** Escapes the message part of a workflow command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value of a workflow command. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * The machine-readable form (SPEC §4 `spp.diagnostics/1`), sorted, paths relative. `message` is
 * English whatever `--lang` says (a script that matches it keeps working); `message_nl` is the Dutch text.
 */
export interface DiagnosticsJson {
  schema: 'spp.diagnostics/1';
  errors: number;
  warnings: number;
  diagnostics: { code: string; severity: Severity; file: string; line: number; column: number; message: string; message_nl: string; path?: string }[];
}

/** Builds the `spp.diagnostics/1` document. */
export function diagnosticsJson(diagnostics: readonly Diagnostic[]): DiagnosticsJson {
  return {
    schema: 'spp.diagnostics/1',
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    diagnostics: sortDiagnostics(diagnostics).map((d) => {
      const out: DiagnosticsJson['diagnostics'][number] = {
        code: d.code,
        severity: d.severity,
        file: displayPath(d.file),
        line: d.line,
        column: d.column,
        message: d.message,
        message_nl: d.messageNl,
      };
      if (d.path !== undefined) out.path = d.path;
      return out;
    }),
  };
}

/** `spp.diagnostics/1` as pretty JSON text with a final newline. */
export function formatDiagnosticsJson(diagnostics: readonly Diagnostic[]): string {
  return `${JSON.stringify(diagnosticsJson(diagnostics), null, 2)}\n`;
}

function groupByFile(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const file = displayPath(d.file);
    const list = byFile.get(file);
    if (list) list.push(d);
    else byFile.set(file, [d]);
  }
  return new Map([...byFile].sort(([a], [b]) => compareText(a, b)));
}
