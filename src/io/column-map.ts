import { readInputFile } from './input-file.js';
import { diagnosticsFor, didYouMean, type Checked } from '../diagnostics/diagnostic.js';
import { displayPath } from '../diagnostics/format-diagnostics.js';
import { FUNCTIONS_FILE, HEADCOUNT_FILE, normalizeHeader, SIMILARITY_FILE, type FileSpec } from './csv/column-specs.js';
import type { CsvOptions, FileRole } from './csv/csv-options.js';
import { parseLocatedYaml, type LocatedNode } from './yaml-located.js';
import { AFAS_FILE, RAET_APPOINTMENTS_FILE, RAET_FUNCTIONS_FILE, RAET_PERSONS_FILE } from './presets/preset-specs.js';

/** A column map: canonical column name → header in the export, for every file and per kind of file. */
export interface ColumnMap {
  /** The top-level entries: for every file that has such a column. */
  all: Record<string, string>;
  /** The entries under `functions:`, `headcount:` or `similarity:`: for that file only, winning over `all`. */
  byRole: Partial<Record<FileRole, Record<string, string>>>;
}

const SPECS: Readonly<Record<FileRole, FileSpec>> = { functions: FUNCTIONS_FILE, headcount: HEADCOUNT_FILE, similarity: SIMILARITY_FILE };
const ROLES = Object.keys(SPECS) as FileRole[];
/**
 * The files of an HR export the presets read in the headcount's place (`--preset`): a map may name
 * their columns too (`start_date: "Datum in dienst"`), at its top level or under `headcount:`.
 */
const EXPORT_SPECS: readonly FileSpec[] = [RAET_PERSONS_FILE, RAET_APPOINTMENTS_FILE, RAET_FUNCTIONS_FILE, AFAS_FILE];
/** The specs whose columns a map's block for `role` (undefined: its top level) may name. */
const specsOf = (role: FileRole | undefined): readonly FileSpec[] =>
  role === undefined ? [...Object.values(SPECS), ...EXPORT_SPECS] : role === 'headcount' ? [SPECS.headcount, ...EXPORT_SPECS] : [SPECS[role]];

/** Canonical column names of one kind of file, sorted. */
function canonicalOf(specs: readonly FileSpec[]): readonly string[] {
  return [...new Set(specs.flatMap((f) => f.columns.map((c) => c.canonical)))].sort();
}

/** Every canonical column name a column map may use at its top level (prefixed `task.x` / `skill.x` names aside). */
const CANONICAL_COLUMNS = canonicalOf(specsOf(undefined));

/** `task.x` / `skill.x` (and the Dutch words) for the prefixes a kind of file has. */
function prefixPattern(specs: readonly FileSpec[]): RegExp | null {
  const words = [...new Set(specs.flatMap((f) => f.prefixes.flatMap((p) => p.words)))];
  return words.length === 0 ? null : new RegExp(`^(${words.join('|')})\\.[a-z0-9_]+$`);
}

/** A record without prototype: a key such as `__proto__` is an ordinary key. */
function record(): Record<string, string> {
  return Object.create(null) as Record<string, string>;
}

/**
 * Reads a column map (`--columns map.yaml`): a YAML mapping `canonical: "Header in export"`, for
 * exports whose headers no alias matches, optionally with a block per kind of file
 * (`functions:`, `headcount:`, `similarity:`) for a header that differs between the files. YAML
 * problems get the same located, translated messages as a scenario's (YAML_SYNTAX,
 * YAML_DUPLICATE_KEY, …); unknown canonical names and non-text headers are errors with their line
 * and column.
 */
export async function readColumnMap(path: string): Promise<Checked<ColumnMap>> {
  const text = readInputFile(path, displayPath(path)).toString('utf8').replace(/^\uFEFF/, '');
  const map: ColumnMap = { all: record(), byRole: {} };
  const parsed = parseLocatedYaml(text, path);
  const { list, error } = diagnosticsFor(path);
  const root = parsed.value;
  if (parsed.diagnostics.some((d) => d.severity === 'error' && d.code !== 'YAML_COMPLEX_KEY') || root === null || (root.kind === 'scalar' && root.value === null)) {
    return { value: map, diagnostics: parsed.diagnostics };
  }
  if (root.kind !== 'map') {
    error('COLUMN_MAP_INVALID', root.origin.line, root.origin.column, { en: 'expected a mapping of canonical column names to headers, e.g. function_id: "Functiecode"', nl: 'verwacht een koppeling van spp-kolomnamen aan kolomkoppen, bijvoorbeeld function_id: "Functiecode"' });
    return { value: map, diagnostics: [...parsed.diagnostics, ...list] };
  }

  /** Reads `key: header` into `into`; `role` when it stands in that file's block. */
  const entry = (key: string, node: LocatedNode, into: Record<string, string>, role: FileRole | undefined): void => {
    const line = node.origin.keyLine ?? node.origin.line;
    const column = node.origin.keyColumn ?? node.origin.column;
    const canonical = key.trim().toLowerCase();
    const specs = specsOf(role);
    const names = role === undefined ? CANONICAL_COLUMNS : canonicalOf(specs);
    if (!names.includes(canonical) && !(prefixPattern(specs)?.test(canonical) ?? false)) {
      const where = role === undefined ? { en: 'a column spp reads', nl: 'kolom die spp leest' } : { en: `a column of ${SPECS[role].title.en}`, nl: `kolom van ${SPECS[role].title.nl}` };
      const prefixes = role === undefined ? { en: ', task.<category> or skill.<name>', nl: ', task.<categorie> of skill.<naam>' } : prefixHint(SPECS[role]);
      error(
        'COLUMN_MAP_UNKNOWN_KEY',
        line,
        column,
        {
          en: `'${key}' is not ${where.en}; expected one of ${names.join(', ')}${prefixes.en}.${didYouMean(canonical, names).en}`,
          nl: `'${key}' is geen ${where.nl}; verwacht een van ${names.join(', ')}${prefixes.nl}.${didYouMean(canonical, names).nl}`,
        },
        key,
      );
      return;
    }
    const value = node.kind === 'scalar' && (typeof node.value === 'string' || typeof node.value === 'number') ? (node.origin.text ?? String(node.value)) : '';
    if (value.trim() === '') {
      error('COLUMN_MAP_INVALID', node.origin.line, node.origin.column, { en: `${canonical}: expected the header text in the export, e.g. ${canonical}: "Header"`, nl: `${canonical}: verwacht de tekst van de kolomkop in de export, bijvoorbeeld ${canonical}: "Kolomkop"` }, canonical);
      return;
    }
    into[canonical] = value;
    (where.get(into) ?? where.set(into, new Map()).get(into)!).set(canonical, { line, column });
  };
  /** Where each entry of a block (or of the top level) stands, for COLUMN_MAP_SHARED_HEADER. */
  const where = new Map<Record<string, string>, Map<string, { line: number; column: number }>>();

  for (const [key, node] of root.entries) {
    const role = ROLES.find((r) => r === key.trim().toLowerCase());
    // `similarity` is a column too: a block (a mapping) is the file's, a text the column's header.
    if (role !== undefined && node.kind === 'map') {
      const into = (map.byRole[role] ??= record());
      for (const [k, v] of node.entries) entry(k, v, into, role);
    } else {
      entry(key, node, map.all, undefined);
    }
  }
  // Two of spp's columns on one header of a file (`employee_id: fte` beside `fte: fte`): the file's
  // header would then be read as one of them and the other be missing, said as a duplicate column and
  // a missing one far from the line to fix. Checked per file, the top level together with its block.
  const at = (block: Record<string, string>, canonical: string) => where.get(block)?.get(canonical) ?? { line: 0, column: 0 };
  const reported = new Set<string>();
  for (const role of ROLES) {
    const block = map.byRole[role] ?? record();
    const seen = new Map<string, { canonical: string; block: Record<string, string> }>();
    const entries: [string, string, Record<string, string>][] = [
      ...Object.entries(map.all).filter(([c]) => !(c in block) && canonicalOf(specsOf(role)).includes(c)).map(([c, h]): [string, string, Record<string, string>] => [c, h, map.all]),
      ...Object.entries(block).map(([c, h]): [string, string, Record<string, string>] => [c, h, block]),
    ];
    for (const [canonical, header, from] of entries) {
      const key = normalizeHeader(header);
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, { canonical, block: from });
        continue;
      }
      // Said once per pair, however many files share the top level's entries.
      const pair = `${from === map.all ? '' : role}:${canonical}|${first.block === map.all ? '' : role}:${first.canonical}`;
      if (reported.has(pair)) continue;
      reported.add(pair);
      const { line, column } = at(from, canonical);
      const other = at(first.block, first.canonical);
      error('COLUMN_MAP_SHARED_HEADER', line, column, {
        en: `${canonical} and ${first.canonical} (line ${other.line}) both name the header "${header}": one column of the export cannot be two of spp's columns; give each its own header`,
        nl: `${canonical} en ${first.canonical} (regel ${other.line}) noemen allebei de kolomkop "${header}": één kolom van de export kan niet twee kolommen van spp zijn; geef elk een eigen kolomkop`,
      }, canonical);
    }
  }
  return { value: map, diagnostics: [...parsed.diagnostics, ...list] };
}

function prefixHint(spec: FileSpec): { en: string; nl: string } {
  const kinds = spec.prefixes.map((p) => p.kind);
  if (kinds.length === 0) return { en: '', nl: '' };
  return { en: `, ${kinds.map((k) => (k === 'task' ? 'task.<category>' : 'skill.<name>')).join(' or ')}`, nl: `, ${kinds.map((k) => (k === 'task' ? 'task.<categorie>' : 'skill.<naam>')).join(' of ')}` };
}

/** The CSV options that apply a column map read from `file` (shown relative in messages). */
export function columnMapOptions(map: ColumnMap, file: string): Pick<CsvOptions, 'columns' | 'columnsByRole' | 'columnsFile'> {
  return { columns: map.all, columnsByRole: map.byRole, columnsFile: displayPath(file) };
}
