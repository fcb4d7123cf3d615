import type { DiagnosticCode } from './codes.js';
import type { Message, MessageLang } from './message.js';
import { hiddenCharacters, terminalText } from './terminal-text.js';

/** Severity of a diagnostic: errors make a run fail (exit 1), warnings only with --strict, notices never. */
export type Severity = 'error' | 'warning' | 'notice';

/**
 * A problem found in an input, as data (publint style). Formatting is a separate step
 * (see format-diagnostics.ts). `line`/`column` are 1-based; 0 means "the whole file".
 * `code` is a stable SCREAMING_SNAKE identifier documented in the README.
 */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  file: string;
  line: number;
  column: number;
  /** Dotted path inside a structured file (scenario key), or the CSV column name. */
  path?: string;
  /** The English text: stable, what `--format json` keeps as `message` whatever `--lang` says. */
  message: string;
  /** The same text in Dutch (`--lang nl`, the default of the human formats). */
  messageNl: string;
  /** A diagnostic said once for many rows of a file (CSV_CONTRACT_ENDED): how many rows it stands for. */
  rows?: number;
}

/** Result of a reading or validating stage: it returns problems instead of throwing. */
export interface Checked<T> {
  value: T;
  diagnostics: Diagnostic[];
}

/** Helper to build diagnostics for one file. */
export function diagnosticsFor(file: string) {
  const list: Diagnostic[] = [];
  const add =
    (severity: Severity) =>
    (code: DiagnosticCode, line: number, column: number, message: Message, path?: string, rows?: number): void => {
      const d: Diagnostic = { code, severity, file, line, column, message: message.en, messageNl: message.nl };
      if (path !== undefined) d.path = path;
      if (rows !== undefined) d.rows = rows;
      list.push(d);
    };
  return { list, error: add('error'), warning: add('warning'), notice: add('notice') };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/**
 * Each diagnostic once, in first-seen order: several scenarios on one data file (`spp compare`,
 * `spp report -s A -s B`) each carry that file's diagnostics, which the data was read once for.
 */
export function distinctDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = [d.code, d.severity, d.file, d.line, d.column, d.message].join('\0');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Stable order: by file, line, column, then code. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

/** The text of a diagnostic in `lang`. */
export function diagnosticText(d: Diagnostic, lang: MessageLang): string {
  return lang === 'nl' ? d.messageNl : d.message;
}

/**
 * A user error that stops a command (missing file, usage problem, invalid input).
 * The CLI prints `text` in the chosen language (and the diagnostics, if any) without a stack trace;
 * `message` is the English text (what `Error` carries).
 * exitCode: 1 invalid input, 2 usage error. `saidByDiagnostics`: an error diagnostic already says
 * all of it (a refused `--by`), so the CLI prints the diagnostics without `text` after them — one
 * message, not the same refusal twice.
 */
export class UserError extends Error {
  constructor(
    readonly text: Message,
    readonly exitCode: 1 | 2 = 2,
    readonly diagnostics: Diagnostic[] = [],
    readonly saidByDiagnostics = false,
  ) {
    super(text.en);
    this.name = 'UserError';
  }
}

/** An id without its leading zeros (`000260` → `260`; `000` → `0`), lower case: how a spreadsheet or YAML shows a code. */
function withoutLeadingZeros(id: string): string {
  return id.toLowerCase().replace(/^0+(?=.)/, '');
}

/** The first of `candidates` other than `input` that equals it but for leading zeros and case (`260` → `000260`), or undefined. */
export function samePastLeadingZeros(input: string, candidates: Iterable<string>): string | undefined {
  const bare = withoutLeadingZeros(input);
  for (const c of candidates) if (c !== input && withoutLeadingZeros(c) === bare) return c;
  return undefined;
}

/**
 * Suggest the nearest of `candidates` to `input`, or undefined: first one that equals it but for
 * leading zeros (`260` → `000260`: a spreadsheet or YAML dropped them, and they are too many for the
 * distance below), or but for a letter typed for the digit it looks like (`F00l` → `F001`), else the
 * nearest by Levenshtein distance, case-insensitive — when it is the only one that near. Several as
 * near make any pick arbitrary: for 'F08' among F01…F07 the first of seven codes one digit away was
 * 'F01', a different function, which a user who follows the hint assigns people to.
 */
export function nearest(input: string, candidates: Iterable<string>): string | undefined {
  const match = nearestMatch(input, candidates);
  return match?.tied === false ? match.candidate : undefined;
}

/** Whether some candidate is near `input` (as `nearest` counts it), even when several are equally so. */
export function anyNear(input: string, candidates: Iterable<string>): boolean {
  return nearestMatch(input, candidates) !== undefined;
}

/** The nearest candidate within the distance a suggestion allows, and whether another is as near; undefined when none is. */
function nearestMatch(input: string, candidates: Iterable<string>): { candidate: string; tied: boolean } | undefined {
  const a = input.toLowerCase();
  const list = [...candidates];
  const padded = samePastLeadingZeros(input, list);
  if (padded !== undefined) return { candidate: padded, tied: false };
  // A letter typed for the digit it looks like ('F00l' for F001, 'FO12' for F012) is one candidate, not a tie.
  const lookalike = (x: string): string => x.toLowerCase().replace(/o/g, '0').replace(/[il]/g, '1');
  const alike = list.filter((c) => c !== input && lookalike(c) === lookalike(input));
  if (alike.length === 1) return { candidate: alike[0]!, tied: false };
  let best: string | undefined;
  let bestDistance = Infinity;
  let tied = false;
  for (const candidate of list) {
    const d = levenshtein(a, candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
      tied = false;
    } else if (d === bestDistance && candidate.toLowerCase() !== best!.toLowerCase()) tied = true;
  }
  if (best === undefined) return undefined;
  const limit = Math.max(2, Math.floor(Math.max(a.length, best.length) / 3));
  return bestDistance <= limit ? { candidate: best, tied } : undefined;
}

function levenshtein(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** " Did you mean `x`?" / " Bedoelt u `x`?", or "" in both languages */
export function didYouMean(input: string, candidates: Iterable<string>): Message {
  const list = [...candidates];
  // 'F\u200B01' (a zero-width space copied along) reads as F01 on a terminal: "'F01' is not in … Did you mean 'F01'?".
  const hidden = hiddenCharacters(input);
  if (hidden.length > 0) {
    const shown = terminalText(input);
    if (list.includes(shown)) {
      const which = hidden.join(', ');
      const one = hidden.length === 1;
      return {
        en: ` It holds ${one ? 'an invisible character' : 'invisible characters'} (${which}) that '${shown}' has not: delete the value and type it again.`,
        nl: ` Er ${one ? `staat een onzichtbaar teken in (${which}) dat` : `staan onzichtbare tekens in (${which}) die`} '${shown}' niet heeft: wis de waarde en typ hem opnieuw.`,
      };
    }
  }
  const n = nearest(input, list);
  return n === undefined ? { en: '', nl: '' } : { en: ` Did you mean '${n}'?`, nl: ` Bedoelt u '${n}'?` };
}
