import { readInputFile } from './input-file.js';
import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import { diagnosticsFor, didYouMean, type Checked } from '../diagnostics/diagnostic.js';
import { FUNCTIONS_FILE, HEADCOUNT_FILE, SIMILARITY_FILE } from './csv/column-specs.js';

/** Every canonical column name a column map may use (prefixed `task.x` / `skill.x` names aside). */
const CANONICAL_COLUMNS: readonly string[] = [
  ...new Set([FUNCTIONS_FILE, HEADCOUNT_FILE, SIMILARITY_FILE].flatMap((f) => f.columns.map((c) => c.canonical))),
].sort();

const PREFIXED = /^(task|taak|skill|vaardigheid)\.[a-z0-9_]+$/;

/**
 * Reads a column map (`--columns map.yaml`): a YAML mapping `canonical: "Header in export"`, for
 * exports whose headers no alias matches. Unknown canonical names and non-text headers are errors
 * with their line and column.
 */
export async function readColumnMap(path: string): Promise<Checked<Record<string, string>>> {
  const text = readInputFile(path).toString('utf8');
  const { list, error } = diagnosticsFor(path);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, prettyErrors: false });
  const at = (node: Node | null | undefined): { line: number; col: number } =>
    node?.range ? lineCounter.linePos(node.range[0]) : { line: 1, col: 1 };
  const map: Record<string, string> = {};

  for (const e of doc.errors) {
    const pos = lineCounter.linePos(e.pos[0]);
    error('COLUMN_MAP_INVALID', pos.line, pos.col, { en: `YAML syntax: ${e.message.split('\n')[0]}`, nl: `YAML-syntaxis: ${e.message.split('\n')[0]}` });
  }
  if (doc.errors.length > 0) return { value: map, diagnostics: list };
  if (doc.contents === null) return { value: map, diagnostics: list };
  if (!isMap(doc.contents)) {
    const pos = at(doc.contents);
    error('COLUMN_MAP_INVALID', pos.line, pos.col, { en: 'expected a mapping of canonical column names to headers, e.g. function_id: "Functiecode"', nl: 'verwacht een koppeling van spp-kolomnamen aan kolomkoppen, bijvoorbeeld function_id: "Functiecode"' });
    return { value: map, diagnostics: list };
  }
  for (const pair of doc.contents.items) {
    const key = pair.key as Node | null;
    const value = pair.value as Node | null;
    const keyPos = at(key);
    if (!isScalar(key) || typeof key.value !== 'string') {
      error('COLUMN_MAP_INVALID', keyPos.line, keyPos.col, { en: 'expected a canonical column name as key', nl: 'verwacht een spp-kolomnaam als sleutel' });
      continue;
    }
    const canonical = key.value.trim().toLowerCase();
    if (!CANONICAL_COLUMNS.includes(canonical) && !PREFIXED.test(canonical)) {
      error(
        'COLUMN_MAP_UNKNOWN_KEY',
        keyPos.line,
        keyPos.col,
        {
          en: `'${key.value}' is not a column spp reads; expected one of ${CANONICAL_COLUMNS.join(', ')}, task.<category> or skill.<name>.${didYouMean(canonical, CANONICAL_COLUMNS).en}`,
          nl: `'${key.value}' is geen kolom die spp leest; verwacht een van ${CANONICAL_COLUMNS.join(', ')}, task.<categorie> of skill.<naam>.${didYouMean(canonical, CANONICAL_COLUMNS).nl}`,
        },
        key.value,
      );
      continue;
    }
    if (!isScalar(value) || (typeof value.value !== 'string' && typeof value.value !== 'number') || String(value.value).trim() === '') {
      const pos = value ? at(value) : keyPos;
      error('COLUMN_MAP_INVALID', pos.line, pos.col, { en: `${canonical}: expected the header text in the export, e.g. ${canonical}: "Header"`, nl: `${canonical}: verwacht de tekst van de kolomkop in de export, bijvoorbeeld ${canonical}: "Kolomkop"` }, canonical);
      continue;
    }
    map[canonical] = String(value.value);
  }
  return { value: map, diagnostics: list };
}
