import type { DiagnosticCode } from '../diagnostics/codes.js';
import { localNumber, type Message } from '../diagnostics/message.js';
import { hasErrors, type Checked } from '../diagnostics/diagnostic.js';
import type { FunctionProfile } from '../domain/workforce.js';
import { round, withinTolerance } from '../domain/round.js';
import { CsvDiagnostics, type RowRepeat } from './csv/csv-diagnostics.js';
import type { CsvOptions } from './csv/csv-options.js';
import { FUNCTIONS_FILE } from './csv/column-specs.js';
import { columnLabel, matchHeaders, type HeaderMatch } from './csv/match-headers.js';
import { dialectNumber, numberExamples, oneLine, parseInteger, parseNumber, parseShare, thousandsPointHint } from './csv/parse-values.js';
import { streamCsv } from './csv/stream-csv.js';

export type { CsvOptions } from './csv/csv-options.js';

/** Task shares must sum to 1 within this tolerance (SPEC §2.2)… */
const SHARE_TOLERANCE = 0.01;
/** …or to 100 within this one when written as percentages. */
const PERCENT_TOLERANCE = 1;
/** Upper bounds of the open-ended columns: beyond any real function, small enough that the model's sums stay exact (#13). */
const MAX_PAY = 10_000_000;
const MAX_FORMATION_FTE = 1_000_000;
const MAX_LEVEL = 100;

/**
 * functions.csv read: the profiles, and — for `spp validate`, which checks references even when some
 * rows have errors (#13 class 8: one run shows every problem) — the ids of the rows left out for an
 * error, with their name and family and the header's task and skill names (no shares, no levels).
 */
export type FunctionsRead = Checked<FunctionProfile[]> & {
  leftOut: FunctionProfile[];
  rows: FunctionRows;
  /** Where each `task.<category>` column's header is (file, line, field number), for diagnostics on a category. */
  taskColumns?: { name: string; file: string; line: number; column: number }[];
};

/**
 * Where each function stands in functions.csv, for a diagnostic about a function found after the
 * read (a withheld function without a formation, app/formation-privacy.ts): the line of its row and
 * the column of `formation_fte` (1-based, as the header names it), or null when the file has none.
 */
export interface FunctionRows {
  path: string;
  header: number;
  formation: { column: number; name: string } | null;
  lines: ReadonlyMap<string, number>;
}

/**
 * The profiles references are checked against: all of them when the file was read without errors;
 * with errors in some rows, every function the file names — the rows left out included — so an error
 * in functions.csv hides no unknown id elsewhere (#13 class 8). Undefined when it names none.
 */
export function namedFunctions(read: FunctionsRead): FunctionProfile[] | undefined {
  if (!hasErrors(read.diagnostics)) return read.value;
  return read.value.length + read.leftOut.length > 0 ? [...read.value, ...read.leftOut] : undefined;
}

/**
 * Reads functions.csv (SPEC §2.2) into function profiles in file order: task shares normalised to
 * sum to exactly 1, skills 1–5 (0/empty left out), pay in euros per year, formation in FTE.
 * Rows with an error are reported and left out of the value.
 */
export async function readFunctions(path: string, options: CsvOptions = {}): Promise<FunctionsRead> {
  const diagnostics = new CsvDiagnostics(path);
  const profiles: FunctionProfile[] = [];
  const leftOut: FunctionProfile[] = [];
  const firstLine = new Map<string, number>();
  /** The first id of each id in lower case: 'f01' after 'F01' is said (CSV_ID_CASE). */
  const folded = new Map<string, string>();
  /** The first id of each id without its leading zeros: '123' after '0123' is said (CSV_ID_LEADING_ZEROS). */
  const unpadded = new Map<string, string>();
  let match: HeaderMatch | undefined;
  let header = 1;
  // Pay under MIN_ANNUAL_PAY: the first such row, and how many (one warning for the file).
  let monthly: { line: number; column: number; text: string; count: number } | undefined;
  // The file's own: excel-nl's decimal comma, unless the file is in spp's `,` format (CSV_PRESET_DELIMITER).
  let decimalComma = options.decimalComma === true;

  await streamCsv(path, options, diagnostics, {
    header(names, line, dialect) {
      header = line;
      decimalComma = dialect.decimalComma;
      match = matchHeaders(names, line, FUNCTIONS_FILE, options, diagnostics);
      if (!match.prefixed.some((p) => p.kind === 'task')) {
        match.complete = false;
        if (!hasBadTaskColumn(names)) diagnostics.error(
          'CSV_MISSING_COLUMN',
          line,
          0,
          { en: "the functions file has no task column: expected at least one 'task.<category>' (or 'taak.<category>') column with the share of the work in that category", nl: "het functiebestand heeft geen taakkolom: verwacht ten minste één kolom 'task.<categorie>' (of 'taak.<categorie>') met het aandeel van het werk in die categorie" },
          'task',
        );
      }
      return match.complete;
    },
    row(fields, line) {
      const profile = readProfile(fields, line, match!, diagnostics, firstLine, { folded, unpadded }, decimalComma);
      if (profile !== undefined && profile.pay !== null && profile.pay > 0 && profile.pay < MIN_ANNUAL_PAY) {
        const index = match!.index.get('pay')!;
        if (monthly === undefined) monthly = { line, column: index + 1, text: fields[index]!.trim(), count: 0 };
        monthly.count++;
      }
      if (profile !== undefined) profiles.push(profile);
      else {
        const id = fields[match!.index.get('function_id') ?? -1]?.trim() ?? '';
        if (id !== '' && firstLine.get(id) === line) leftOut.push(namesOnly(id, fields, match!));
      }
    },
  });
  if (monthly !== undefined) {
    const more = monthly.count - 1;
    diagnostics.warning(
      'CSV_PAY_MONTHLY',
      monthly.line,
      monthly.column,
      {
        en: `${columnLabel(match, monthly.column - 1, 'pay')} ${monthly.text}${more > 0 ? ` (and ${more} more ${more === 1 ? 'row' : 'rows'})` : ''} is under €12,000 a year: it looks like a monthly salary; spp expects annual pay in euros (12 months plus holiday pay and year-end bonus), which prices overstaffing in the plan`,
        nl: `${columnLabel(match, monthly.column - 1, 'pay')} ${monthly.text}${more > 0 ? ` (en nog ${more} ${more === 1 ? 'regel' : 'regels'})` : ''} is minder dan € 12.000 per jaar: het lijkt een maandsalaris; spp verwacht het jaarsalaris in euro (12 maanden plus vakantiegeld en eindejaarsuitkering), waarmee het plan overbezetting prijst`,
      },
      'pay',
    );
  }
  const formation = match?.index.get('formation_fte');
  const rows: FunctionRows = { path, header, formation: formation === undefined ? null : { column: formation + 1, name: match!.names[formation]! }, lines: firstLine };
  const taskColumns = (match?.prefixed ?? []).filter((p) => p.kind === 'task').map((p) => ({ name: p.name, file: path, line: header, column: p.index + 1 }));
  return { value: profiles, diagnostics: diagnostics.finish(), leftOut, rows, taskColumns };
}

/** Annual pay under this (a full-time minimum wage is about € 26,000) is a monthly salary in the wrong column. */
const MIN_ANNUAL_PAY = 12_000;

/** What a row left out for an error still tells: its id, name, family and the header's task and skill names. */
function namesOnly(id: string, fields: string[], match: HeaderMatch): FunctionProfile {
  const text = (canonical: string): string => oneLine(fields[match.index.get(canonical) ?? -1] ?? '');
  const names = (kind: 'task' | 'skill'): Record<string, number> => {
    const out = Object.create(null) as Record<string, number>;
    for (const p of match.prefixed) if (p.kind === kind) out[p.name] = 0;
    return out;
  };
  return { id, name: text('name'), family: text('family'), level: null, pay: null, formationFte: null, tasks: names('task'), skills: names('skill') };
}

function readProfile(
  fields: string[],
  line: number,
  match: HeaderMatch,
  diagnostics: CsvDiagnostics,
  firstLine: Map<string, number>,
  { folded, unpadded }: { folded: Map<string, string>; unpadded: Map<string, string> },
  decimalComma: boolean,
): FunctionProfile | undefined {
  let ok = true;
  const column = (canonical: string): number => match.index.get(canonical) ?? -1;
  const text = (index: number): string => (index < 0 ? '' : fields[index]!.trim());
  const fail = (code: DiagnosticCode, index: number, message: Message, repeat?: RowRepeat): void => {
    ok = false;
    diagnostics.error(code, line, index + 1, message, match.names[index], repeat);
  };
  // A message names a column as the file's header writes it (#probe: 'Schaal', not 'level').
  const label = (index: number, internal: string): string => columnLabel(match, index, internal);

  const idColumn = column('function_id');
  const id = text(idColumn);
  if (id === '') {
    fail('CSV_MISSING_VALUE', idColumn, { en: `expected a value in ${label(idColumn, 'function_id')}; the row is left out`, nl: `verwacht een waarde in ${label(idColumn, 'function_id')}; de regel wordt overgeslagen` });
  } else {
    const first = firstLine.get(id);
    if (first !== undefined) {
      fail('CSV_DUPLICATE_ID', idColumn, { en: `${label(idColumn, 'function_id')} '${id}' was already used on line ${first}; expected each function once`, nl: `${label(idColumn, 'function_id')} '${id}' staat al op regel ${first}; verwacht elke functie één keer` });
    } else {
      firstLine.set(id, line);
      // Two codes that differ only in case are two functions to spp (a headcount row must match one
      // exactly), and nearly always one function typed twice.
      const same = folded.get(id.toLowerCase());
      if (same === undefined) folded.set(id.toLowerCase(), id);
      else {
        const earlier = firstLine.get(same)!;
        diagnostics.warning('CSV_ID_CASE', line, idColumn + 1, {
          en: `${label(idColumn, 'function_id')} '${id}' differs from '${same}' (line ${earlier}) only in upper and lower case: spp reads them as two functions, and a headcount row belongs to the one it matches exactly; write one code if they are one function`,
          nl: `${label(idColumn, 'function_id')} '${id}' verschilt alleen in hoofd- en kleine letters van '${same}' (regel ${earlier}): spp leest ze als twee functies, en een regel van het personeelsbestand hoort bij de code die precies gelijk is; schrijf één code als het één functie is`,
        }, 'function_id');
      }
      // 0123 beside 123: two functions as written, but a spreadsheet makes the one of the other (Excel
      // reads 0123 as the number 123): a headcount saved so counts 0123's people in 123 without a word.
      const bare = id.replace(/^0+(?=.)/, '');
      const other = unpadded.get(bare);
      if (other === undefined) unpadded.set(bare, id);
      else if (id === bare || other === bare) {
        const zeros = id === bare ? other : id;
        const earlier = firstLine.get(other)!;
        diagnostics.warning('CSV_ID_LEADING_ZEROS', line, idColumn + 1, {
          en: `${label(idColumn, 'function_id')} '${id}' differs from '${other}' (line ${earlier}) only in leading zeros: spp reads them as two functions, and a headcount row belongs to the one it writes exactly — a headcount saved by a spreadsheet that drops leading zeros counts the people of '${zeros}' in '${bare}' without a word; keep the codes as the HR system writes them`,
          nl: `${label(idColumn, 'function_id')} '${id}' verschilt alleen in voorloopnullen van '${other}' (regel ${earlier}): spp leest ze als twee functies, en een regel van het personeelsbestand hoort bij de code die precies gelijk is — een personeelsbestand opgeslagen door een spreadsheet die voorloopnullen weglaat, telt de mensen van '${zeros}' zonder waarschuwing bij '${bare}'; houd de codes zoals het HR-systeem ze schrijft`,
        }, 'function_id');
      }
    }
  }

  const nameColumn = column('name');
  const name = oneLine(text(nameColumn));
  if (name === '') fail('CSV_MISSING_VALUE', nameColumn, { en: `expected a name for function '${id}'`, nl: `verwacht een naam voor functie '${id}'` });

  const optionalNumber = (canonical: string, read: (s: string) => number | undefined, expected: Message, max: number, unit: Message): number | null => {
    const index = column(canonical);
    const s = text(index);
    const shownColumn = label(index, canonical);
    if (s === '') return null;
    const n = read(s);
    if (n === undefined) {
      fail('CSV_BAD_NUMBER', index, { en: `${shownColumn} '${s}': expected ${expected.en}`, nl: `${shownColumn} '${s}': verwacht ${expected.nl}` });
      return null;
    }
    if (n < 0) {
      fail('CSV_OUT_OF_RANGE', index, { en: `${shownColumn} ${s}: expected a value of 0 or more`, nl: `${shownColumn} ${s}: verwacht een waarde van 0 of meer` });
      return null;
    }
    if (n > max) {
      // Beyond any real function, and large enough to overflow the model's sums (#13: never a silent wrong number).
      const shown = max.toLocaleString(decimalComma ? 'nl-NL' : 'en-US');
      fail('CSV_OUT_OF_RANGE', index, { en: `${shownColumn} ${s}: expected at most ${shown} ${unit.en}`, nl: `${shownColumn} ${s}: verwacht ten hoogste ${max.toLocaleString('nl-NL')} ${unit.nl}` });
      return null;
    }
    return n;
  };
  const level = optionalNumber('level', (s) => parseInteger(s, decimalComma), { en: 'a whole number (salary scale)', nl: 'een geheel getal (salarisschaal)' }, MAX_LEVEL, { en: '(salary scale)', nl: '(salarisschaal)' });
  const pay = optionalNumber('pay', (s) => parseNumber(s, 'amount', decimalComma), { en: 'an amount in euros per year, e.g. 52000 or 52.000', nl: 'een bedrag in euro per jaar, bijvoorbeeld 52000 of 52.000' }, MAX_PAY, { en: 'euros per year', nl: 'euro per jaar' });
  const examples = numberExamples(12.5, decimalComma);
  const formationFte = optionalNumber('formation_fte', (s) => parseNumber(s, 'decimal', decimalComma), { en: `FTE, e.g. ${examples.en}`, nl: `fte, bijvoorbeeld ${examples.nl}` }, MAX_FORMATION_FTE, { en: 'FTE', nl: 'fte' });

  const tasks = readTasks(fields, match, text, fail, decimalComma);
  // Prototype-free: a skill or task may be called `constructor` or `__proto__` (#13).
  const skills: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const p of match.prefixed) {
    if (p.kind !== 'skill') continue;
    const s = text(p.index);
    if (s === '') continue;
    const n = parseNumber(s, 'decimal', decimalComma);
    if (n === undefined) {
      fail('CSV_BAD_NUMBER', p.index, { en: `${match.names[p.index]} '${s}': expected a proficiency 0–5`, nl: `${match.names[p.index]} '${s}': verwacht een vaardigheidsniveau van 0 tot en met 5` });
    } else if (n < 0 || n > 5) {
      fail('CSV_OUT_OF_RANGE', p.index, { en: `${match.names[p.index]} ${s}: expected a proficiency 0–5 (0 or empty: not required)`, nl: `${match.names[p.index]} ${s}: verwacht een vaardigheidsniveau van 0 tot en met 5 (0 of leeg: niet vereist)` });
    } else if (n > 0) {
      skills[p.name] = n;
    }
  }

  if (!ok || tasks === undefined) return undefined;
  return { id, name, family: oneLine(text(column('family'))), level, pay, formationFte, tasks, skills };
}

/** Task shares of one row normalised to sum to exactly 1, or undefined (with an error) when they cannot be. */
function readTasks(
  fields: string[],
  match: HeaderMatch,
  text: (index: number) => string,
  fail: (code: DiagnosticCode, index: number, message: Message, repeat?: RowRepeat) => void,
  decimalComma: boolean,
): Record<string, number> | undefined {
  const values: { name: string; value: number }[] = [];
  let percent = false;
  /** The first share written with a point in an excel-nl file, read as thousands (1.000 is 1000). */
  let pointed: string | undefined;
  let bad = false;
  let firstIndex = -1;
  for (const p of match.prefixed) {
    if (p.kind !== 'task') continue;
    if (firstIndex === -1) firstIndex = p.index;
    const s = text(p.index);
    if (s === '') continue;
    const share = parseShare(s, decimalComma);
    if (share === undefined) {
      const examples = numberExamples(0.4, decimalComma);
      const point = thousandsPointHint(s, decimalComma);
      fail('CSV_BAD_NUMBER', p.index, { en: `${match.names[p.index]} '${s}': expected a share like ${examples.en} or 40%${point.en}`, nl: `${match.names[p.index]} '${s}': verwacht een aandeel zoals ${examples.nl} (of een percentage zoals 40%)${point.nl}` }, point.gist === undefined ? undefined : { label: match.names[p.index]!, value: s, gist: point.gist });
      bad = true;
    } else if (share.value < 0) {
      fail('CSV_OUT_OF_RANGE', p.index, { en: `${match.names[p.index]} ${s}: expected a share of 0 or more`, nl: `${match.names[p.index]} ${s}: verwacht een aandeel van 0 of meer` });
      bad = true;
    } else {
      percent ||= share.percent;
      if (pointed === undefined && decimalComma && s.includes('.')) pointed = s;
      values.push({ name: p.name, value: share.value });
    }
  }
  if (bad) return undefined;
  let sum = values.reduce((total, v) => total + v.value, 0);
  // Shares written as whole percentages without a % sign: the row sums to ~100. Both tolerances include their bound.
  if (!percent && withinTolerance(sum, 100, PERCENT_TOLERANCE)) {
    for (const v of values) v.value /= 100;
    sum /= 100;
  } else if (!withinTolerance(sum, 1, SHARE_TOLERANCE)) {
    // English in the file's dialect (what to type in an excel-nl file: 0,99); Dutch always with a decimal comma.
    const shown = (lang: 'en' | 'nl'): string => {
      const n = percent ? round(sum * 100, 2) : round(sum, 4);
      return `${lang === 'nl' ? localNumber(n, 'nl') : dialectNumber(n, decimalComma)}${percent ? '%' : ''}`;
    };
    const point = thousandsPointHint(pointed ?? '', decimalComma);
    fail(
      'CSV_TASK_SHARES_SUM',
      firstIndex,
      {
        en: `the task shares sum to ${shown('en')}; expected 1 (±${dialectNumber(SHARE_TOLERANCE, decimalComma)}) or 100 (±${PERCENT_TOLERANCE})${point.en}`,
        nl: `de taakaandelen tellen op tot ${shown('nl')}; verwacht 1 (±${localNumber(SHARE_TOLERANCE, 'nl')}) of 100 (±${localNumber(PERCENT_TOLERANCE, 'nl')})${point.nl}`,
      },
      point.gist === undefined ? undefined : { label: { en: 'the task shares', nl: 'de taakaandelen' }, value: '', gist: point.gist },
    );
    return undefined;
  }
  const tasks: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const v of values) if (v.value > 0) tasks[v.name] = v.value / sum;
  return tasks;
}

/** A task column whose name is not an identifier was reported already; do not also say "no task column". */
function hasBadTaskColumn(names: string[]): boolean {
  return names.some((n) => /^\[?\s*(task|taak)\s*\./i.test(n.trim()));
}
