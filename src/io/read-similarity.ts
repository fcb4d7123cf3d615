import type { DiagnosticCode } from '../diagnostics/codes.js';
import { didYouMean, type Checked } from '../diagnostics/diagnostic.js';
import { similarityKey } from '../domain/similarity-key.js';
import { CsvDiagnostics } from './csv/csv-diagnostics.js';
import type { CsvOptions } from './csv/csv-options.js';
import { SIMILARITY_FILE } from './csv/column-specs.js';
import { matchHeaders, type HeaderMatch } from './csv/match-headers.js';
import { parseShare } from './csv/parse-values.js';
import { streamCsv } from './csv/stream-csv.js';

/**
 * Reads a similarity file (`from,to,similarity`, e.g. computed from ESCO) into a map keyed by
 * `similarityKey(from, to)`; similarity is a share 0–1 (`85%` = 0.85). Duplicated pairs and values
 * out of range are errors and left out; with `knownFunctions`, a pair naming an unknown function is an
 * error too (it would otherwise be silently unused).
 */
export async function readSimilarity(
  path: string,
  options: CsvOptions & { knownFunctions?: ReadonlySet<string> } = {},
): Promise<Checked<Map<string, number>>> {
  const diagnostics = new CsvDiagnostics(path);
  const value = new Map<string, number>();
  const firstLine = new Map<string, number>();
  let match: HeaderMatch | undefined;
  await streamCsv(path, options, diagnostics, {
    header(names, line) {
      match = matchHeaders(names, line, SIMILARITY_FILE, options, diagnostics);
      return match.complete;
    },
    row(fields, line) {
      const m = match!;
      const column = (canonical: string): number => m.index.get(canonical)!;
      const text = (index: number): string => fields[index]!.trim();
      let ok = true;
      const fail = (code: DiagnosticCode, index: number, message: string): void => {
        ok = false;
        diagnostics.error(code, line, index + 1, message, m.names[index]);
      };
      const from = text(column('from'));
      const to = text(column('to'));
      if (from === '') fail('CSV_MISSING_VALUE', column('from'), "expected the function a pathway starts from ('from')");
      if (to === '') fail('CSV_MISSING_VALUE', column('to'), "expected the function a pathway leads to ('to')");
      const s = text(column('similarity'));
      const share = s === '' ? undefined : parseShare(s);
      let similarity = NaN;
      if (s === '') fail('CSV_MISSING_VALUE', column('similarity'), 'expected a similarity 0–1 (or 0–100%)');
      else if (share === undefined) fail('CSV_BAD_NUMBER', column('similarity'), `similarity '${s}': expected a number 0–1 like 0,75 or 0.75, or 75%`);
      else if (share.value < 0 || share.value > 1) fail('CSV_OUT_OF_RANGE', column('similarity'), `similarity ${s}: expected 0–1 (or 0–100%)`);
      else similarity = share.value;
      if (from === '' || to === '') return;
      const known = options.knownFunctions;
      if (known !== undefined) {
        for (const [id, name] of [[from, 'from'], [to, 'to']] as const) {
          if (!known.has(id)) fail('CSV_UNKNOWN_FUNCTION', column(name), `function '${id}' is not in the functions file or the scenario's emerging functions.${didYouMean(id, known)}`);
        }
      }
      const key = similarityKey(from, to);
      const first = firstLine.get(key);
      if (first !== undefined) {
        fail('CSV_DUPLICATE_PAIR', column('from'), `the pair ${from} → ${to} was already given on line ${first}; expected each pair once`);
        return;
      }
      firstLine.set(key, line);
      if (ok) value.set(key, similarity);
    },
  });
  return { value, diagnostics: diagnostics.finish() };
}
