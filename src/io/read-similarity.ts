import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { Message } from '../diagnostics/message.js';
import { didYouMean, type Checked } from '../diagnostics/diagnostic.js';
import { similarityKey } from '../domain/similarity-key.js';
import { CsvDiagnostics } from './csv/csv-diagnostics.js';
import type { CsvOptions } from './csv/csv-options.js';
import { SIMILARITY_FILE } from './csv/column-specs.js';
import { columnLabel, matchHeaders, type HeaderMatch } from './csv/match-headers.js';
import { parseShare } from './csv/parse-values.js';
import { streamCsv } from './csv/stream-csv.js';

/**
 * Reads a similarity file (`from,to,similarity`, e.g. computed from ESCO) into a map keyed by
 * `similarityKey(from, to)`; similarity is a share 0–1 (`85%` = 0.85). Duplicated pairs and values
 * out of range are errors and left out; with `knownFunctions`, a pair naming an unknown function is an
 * error too (it would otherwise be silently unused). A pair of a function with itself (the diagonal of
 * a full matrix) is no pathway: left out, with one warning per file (CSV_SIMILARITY_SELF_PAIR).
 */
export async function readSimilarity(
  path: string,
  options: CsvOptions & { knownFunctions?: ReadonlySet<string> } = {},
): Promise<Checked<Map<string, number>>> {
  const diagnostics = new CsvDiagnostics(path);
  const value = new Map<string, number>();
  const firstLine = new Map<string, number>();
  let match: HeaderMatch | undefined;
  // Rows pairing a function with itself: the first (line, column, id) and how many, for one warning.
  let self: { line: number; column: number; path: string | undefined; id: string; count: number } | undefined;
  await streamCsv(path, options, diagnostics, {
    header(names, line) {
      match = matchHeaders(names, line, SIMILARITY_FILE, options, diagnostics);
      return match.complete;
    },
    row(fields, line) {
      const m = match!;
      const column = (canonical: string): number => m.index.get(canonical)!;
      const text = (index: number): string => fields[index]!.trim();
      const label = (canonical: string): string => columnLabel(m, column(canonical), canonical);
      let ok = true;
      const fail = (code: DiagnosticCode, index: number, message: Message): void => {
        ok = false;
        diagnostics.error(code, line, index + 1, message, m.names[index]);
      };
      const from = text(column('from'));
      const to = text(column('to'));
      if (from === '') fail('CSV_MISSING_VALUE', column('from'), { en: `expected the function a pathway starts from (${label('from')})`, nl: `verwacht de functie waar een route begint (${label('from')})` });
      if (to === '') fail('CSV_MISSING_VALUE', column('to'), { en: `expected the function a pathway leads to (${label('to')})`, nl: `verwacht de functie waar een route naartoe leidt (${label('to')})` });
      const s = text(column('similarity'));
      const share = s === '' ? undefined : parseShare(s);
      let similarity = NaN;
      if (s === '') fail('CSV_MISSING_VALUE', column('similarity'), { en: 'expected a similarity 0–1 (or 0–100%)', nl: 'verwacht een verwantschap van 0 tot en met 1 (of 0–100%)' });
      else if (share === undefined) fail('CSV_BAD_NUMBER', column('similarity'), { en: `${label('similarity')} '${s}': expected a number 0–1 like 0,75 or 0.75, or 75%`, nl: `${label('similarity')} '${s}': verwacht een getal van 0 tot en met 1, zoals 0,75 of 0.75, of 75%` });
      else if (share.value < 0 || share.value > 1) fail('CSV_OUT_OF_RANGE', column('similarity'), { en: `${label('similarity')} ${s}: expected 0–1 (or 0–100%)`, nl: `${label('similarity')} ${s}: verwacht 0 tot en met 1 (of 0–100%)` });
      else similarity = share.value;
      if (from === '' || to === '') return;
      const known = options.knownFunctions;
      if (known !== undefined) {
        for (const [id, name] of [[from, 'from'], [to, 'to']] as const) {
          if (!known.has(id)) fail('CSV_UNKNOWN_FUNCTION', column(name), { en: `function '${id}' is not in the functions file or the scenario's emerging functions.${didYouMean(id, known).en}`, nl: `functie '${id}' staat niet in het functiebestand en niet bij de nieuwe functies van het scenario.${didYouMean(id, known).nl}` });
        }
      }
      const key = similarityKey(from, to);
      const first = firstLine.get(key);
      if (first !== undefined) {
        fail('CSV_DUPLICATE_PAIR', column('from'), { en: `the pair ${from} → ${to} was already given on line ${first}; expected each pair once`, nl: `het paar ${from} → ${to} staat al op regel ${first}; verwacht elk paar één keer` });
        return;
      }
      firstLine.set(key, line);
      if (from === to) {
        if (self === undefined) self = { line, column: column('to') + 1, path: m.names[column('to')], id: from, count: 0 };
        self.count += 1;
        return;
      }
      if (ok) value.set(key, similarity);
    },
  });
  if (self !== undefined) {
    const { line, column, path: header, id, count } = self;
    const rows: Message = count === 1 ? { en: `the pair ${id} → ${id} pairs`, nl: `het paar ${id} → ${id} koppelt` } : { en: `${count} rows (the first: ${id} → ${id}) pair`, nl: `${count} regels (de eerste: ${id} → ${id}) koppelen` };
    diagnostics.warning('CSV_SIMILARITY_SELF_PAIR', line, column, {
      en: `${rows.en} a function with itself; a function is no pathway to itself, so ${count === 1 ? 'it is' : 'they are'} not used`,
      nl: `${rows.nl} een functie aan zichzelf; een functie is geen route naar zichzelf, dus ${count === 1 ? 'het wordt' : 'ze worden'} niet gebruikt`,
    }, header);
  }
  return { value, diagnostics: diagnostics.finish() };
}
